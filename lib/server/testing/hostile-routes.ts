// Every staff API route with a valid request, for the property suite
// (lib/server/http/hostile-input.int.test.ts): a hostile request is one change
// to it. Each route gets a world of its own (a case with a contact, hearing,
// task, draft, pending transfer and reminder), so one route's writes never
// turn another's valid request stale.
import { randomUUID } from "node:crypto";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { draftFamilyMessage } from "@/lib/family/mutations";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { createTask } from "@/lib/legal-aid/tasks";
import { requestTransfer } from "@/lib/legal-aid/transfers";
import { createNotice, createPushDevice, pushSubscriptionBody } from "@/lib/notices/testing/fixtures";
import { keyring } from "@/lib/privacy/keys-data";
import { db } from "@/lib/server/db";
import { appCode, beginTwoFactor, enrolTwoFactor } from "@/lib/server/testing/two-factor";
import { createCaseAt, createStaff, createTestRelayKey } from "./fixtures";
import { createIncidentAt } from "./incidents";
import { getManagedStaff } from "@/lib/users/staff-data";
import { inviteStaff } from "@/lib/users/staff-mutations";

type Staff = Awaited<ReturnType<typeof createStaff>>;
export type StaffSet = Record<"officer" | "legal" | "legal2" | "houLegal" | "supervisor" | "admin", Staff>;

const DAY = 86_400_000;
/** Petroleum County, MT. */
const HOSTILE_COUNTY = "30069";

export const createWorld = async (
  staff: StaffSet,
  {
    status = "REFERRED_LEGAL_AID",
    transfer: pending = true,
    incident: withIncident = false,
    staff: withStaff = false,
    twoFactor: withTwoFactor = false,
    legalHold: withHold = false,
  }: Pick<RouteCase, "status" | "transfer" | "incident" | "staff" | "twoFactor" | "legalHold"> = {},
) => {
  const { officer, legal } = staff;
  const created = await createCaseAt({ status, ownerId: officer.user.id });
  // Only for lifting a hold: the case already on one.
  const c = withHold
    ? await db.case.update({ where: { id: created.id }, data: { legalHoldAt: new Date(), legalHoldById: legal.user.id, legalHoldReason: "Demanda en curso" } })
    : created;
  // A relative as the intake stores one: sealed (lib/privacy).
  const ring = await keyring();
  const contact = await db.caseContact.create({ data: { caseId: c.id, eventId: randomUUID(), name: ring.seal("José Hernández"), phone: ring.seal("+13235550199") } });
  const ended = status === "CLOSED";
  const soon = new Date(Date.now() + 3 * DAY);
  const hearing = ended ? null : await scheduleHearing({ scope: legal.scope, caseId: c.id, hearing: { court: "Corte de Inmigración de Adelanto", scheduledAt: soon, type: "BOND" } });
  const task = ended ? null : await createTask({ scope: legal.scope, caseId: c.id, task: { title: "Pedir copia del NTA", dueAt: soon } });
  const draft = ended ? null : await draftFamilyMessage({ scope: legal.scope, caseId: c.id, draft: { contactId: String(contact.id), template: "released" } });
  const transfer = ended || !pending ? null : await requestTransfer({ scope: legal.scope, caseId: c.id, toConsulateCode: "HOU", reason: "Trasladado a un centro de Texas" });
  const reminder = await db.reminder.create({
    data: { userId: legal.user.id, caseId: c.id, targetType: "task", targetId: task?.id ?? randomUUID(), offsetMinutes: 120, dueAt: soon },
  });
  const relayKey = await createTestRelayKey();
  const shift = await db.dutyShift.create({
    data: { consulateId: c.consulateId, userId: officer.user.id, kind: "WEEKLY", weekday: 1, startsLocal: new Date("1970-01-01T08:00:00Z"), endsLocal: new Date("1970-01-01T16:00:00Z"), createdById: staff.supervisor.user.id },
  });
  // A raid proposal and an open incident with two new cases, in the officer's consulate: only for the incident's routes.
  const proposal = withIncident ? await createIncidentAt({ cases: 1, status: "PROPOSED" }) : null;
  const incident = withIncident ? await createIncidentAt({ cases: 2, status: "OPEN" }) : null;
  const notice = await createNotice({ caseId: c.id, userId: officer.user.id });
  const pushDevice = await createPushDevice(officer.user.id);
  // A new case of HOU that its escalation offered to this world's consulate (lib/escalation).
  const offered = await createCaseAt({ consulate: "HOU" });
  const offer = await db.caseOffer.create({ data: { caseId: offered.id, fromConsulateId: offered.consulateId, toConsulateId: c.consulateId }, select: { id: true } });
  // Only for the staff routes: a LAX officer to change, and an invitation's link for the public route.
  const member = withStaff ? await createStaff("OFFICER", { consulate: "LAX" }) : null;
  const invited = withStaff
    ? await inviteStaff({
        scope: staff.admin.scope,
        invite: { email: `invited.${randomUUID()}@consulado.test`, name: "Persona Invitada", role: "LEGAL_AID", consulateId: c.consulateId },
      })
    : null;
  const memberVersion = member ? (await getManagedStaff({ scope: staff.admin.scope, userId: member.user.id }))!.version : "0000000000000000";
  // The administration of consulates and jurisdictions: the settings of a consulate no suite's cases use
  // (Presidio) as they stand, and a rural county no suite's alerts use, to move to whichever of two
  // consulates does not hold it.
  const settingsOf = await db.consulate.findUniqueOrThrow({ where: { code: "PRS" }, select: { id: true } });
  const settingsVersion = await db.consulateSettingChange.count({ where: { consulateId: settingsOf.id } });
  // The schedule of closed cases as it stands: saving the defaults again changes nothing another suite counts on.
  const retentionVersion = (await db.retentionPolicy.findUniqueOrThrow({ where: { class: "CLOSED" }, select: { version: true } })).version;
  const county = await db.jurisdiction.findUniqueOrThrow({ where: { countyFips: HOSTILE_COUNTY }, select: { consulate: { select: { code: true } } } });
  const countyTarget = await db.consulate.findUniqueOrThrow({ where: { code: county.consulate.code === "DEN" ? "BOI" : "DEN" }, select: { id: true } });
  // Two factors are each user's own: this world's own users, one half-way through an enrolment, one enrolled (only for those routes).
  const [enrolling, enrolled] = withTwoFactor ? await twoFactorUsers() : [staff.officer, staff.legal].map((s) => ({ ...s, secret: "", recoveryCodes: [] as string[] }));
  // The subject view's person: a case of their own (everything about them stored sealed), at the version a correction is made at.
  const subject = await createCaseAt({});
  const person = await db.person.findUniqueOrThrow({ where: { id: subject.personId }, select: { updatedAt: true } });
  return {
    staff,
    personId: subject.personId,
    personVersion: person.updatedAt.toISOString(),
    memberId: member?.user.id ?? randomUUID(),
    memberVersion,
    consulateId: c.consulateId,
    linkToken: invited?.link.path.split("/").pop() ?? "A".repeat(43),
    settingsConsulateId: settingsOf.id,
    settingsVersion,
    retentionVersion,
    countyFips: HOSTILE_COUNTY,
    countyTargetId: countyTarget.id,
    caseId: c.id,
    version: c.version,
    contactId: String(contact.id),
    hearingId: hearing?.id ?? randomUUID(),
    taskId: task?.id ?? randomUUID(),
    messageId: draft?.id ?? randomUUID(),
    transferId: transfer?.id ?? randomUUID(),
    reminderId: String(reminder.id),
    relayKeyId: relayKey.id,
    shiftId: shift.id,
    proposalId: proposal?.incident.id ?? randomUUID(),
    incidentId: incident?.incident.id ?? randomUUID(),
    incidentCases: incident?.cases.map((c) => ({ id: c.id, version: c.version })) ?? [],
    noticeToken: notice.token,
    pushDeviceId: pushDevice.id,
    offerId: offer.id,
    enrolling,
    enrolled,
  };
};

const twoFactorUsers = async () => {
  const [enrolling, enrolled] = await Promise.all([createStaff("OFFICER", { consulate: "LAX" }), createStaff("LEGAL_AID", { consulate: "LAX" })]);
  const [begun, twoFactor] = await Promise.all([beginTwoFactor(enrolling.user.id), enrolTwoFactor(enrolled.user.id)]);
  return [{ ...enrolling, ...begun, recoveryCodes: [] as string[] }, { ...enrolled, ...twoFactor }];
};

export type World = Awaited<ReturnType<typeof createWorld>>;

export type RouteCase = {
  /** Who sends it. */
  as: (world: World) => Staff;
  status?: CaseStatus;
  /** Whether the world has a pending transfer (one at a time per case). */
  transfer?: boolean;
  /** Whether the world has a raid proposal and an open incident (the incident routes). */
  incident?: boolean;
  /** Whether the world has a staff member to change and an invitation's link (the staff routes). */
  staff?: boolean;
  /** Whether the world has its own users half-way through and done with a two-factor enrolment (lib/two-factor). */
  twoFactor?: boolean;
  /** Whether the world's case is on legal hold (lifting one). */
  legalHold?: boolean;
  params?: (world: World) => Record<string, string>;
  query?: (world: World) => Record<string, string>;
  /** Query keys whose value, poisoned, must be refused naming the key. */
  named?: string[];
  body?: (world: World) => Record<string, unknown>;
  validStatus?: number;
};

const officer = (w: World) => w.staff.officer;
const legal = (w: World) => w.staff.legal;
const onCase = (w: World) => ({ id: w.caseId });
const later = () => new Date(Date.now() + 5 * DAY).toISOString();
const FILTERS = ["q", "status", "owner", "flag"];

export const ROUTES: Record<string, RouteCase> = {
  "GET /api/v1/admin/audit": {
    as: (w) => w.staff.admin,
    query: (w) => ({ user: w.staff.officer.user.id, case: w.caseId, action: "case.viewed", from: "2026-01-01", to: "2026-12-31" }),
    named: ["user", "case", "action", "from", "to", "cursor"],
  },
  "GET /api/v1/admin/audit/export": {
    as: (w) => w.staff.admin,
    query: (w) => ({ user: w.staff.officer.user.id, case: w.caseId, action: "case.viewed", from: "2026-01-01", to: "2026-12-31" }),
    named: ["user", "case", "action", "from", "to"],
  },
  "GET /api/v1/cases": {
    as: officer,
    query: (w) => ({ q: "Persona", status: "open", owner: "me", flag: "duress", limit: "10", ids: w.caseId, incident: w.incidentId }),
    named: [...FILTERS, "limit", "cursor", "ids", "incident"],
  },
  "GET /api/v1/cases/[id]": { as: officer, params: onCase },
  "GET /api/v1/cases/[id]/assignees": { as: officer, params: onCase },
  "POST /api/v1/cases/[id]/assignment": { as: officer, params: onCase, body: (w) => ({ ownerId: w.staff.officer.user.id, version: w.version }) },
  "POST /api/v1/cases/[id]/contact-attempts": {
    as: officer,
    params: onCase,
    body: () => ({ contactName: "José Hernández", phone: "+13235550199", result: "NO_ANSWER", notes: "Buzón lleno" }),
    validStatus: 201,
  },
  "PATCH /api/v1/cases/[id]/contacts/[contactId]": { as: legal, params: (w) => ({ id: w.caseId, contactId: w.contactId }), body: () => ({ language: "en" }) },
  "POST /api/v1/cases/[id]/family-messages": { as: legal, params: onCase, body: (w) => ({ contactId: w.contactId, template: "released" }), validStatus: 201 },
  "PATCH /api/v1/cases/[id]/hearings/[hearingId]": {
    as: legal,
    params: (w) => ({ id: w.caseId, hearingId: w.hearingId }),
    body: () => ({ version: 1, court: "Corte de San Diego", scheduledAt: later(), judge: "Hon. Rosa Medina" }),
  },
  "POST /api/v1/cases/[id]/hearings": {
    as: legal,
    params: onCase,
    body: () => ({ court: "Corte de Inmigración de Adelanto", scheduledAt: later(), type: "MASTER_CALENDAR", judge: "Hon. Ruiz" }),
    validStatus: 201,
  },
  "GET /api/v1/cases/[id]/legal": { as: legal, params: onCase },
  "GET /api/v1/cases/[id]/viewers": { as: officer, params: onCase },
  "GET /api/v1/cases/[id]/notices": { as: officer, params: onCase },
  "PATCH /api/v1/cases/[id]/legal": {
    as: legal,
    params: onCase,
    body: () => ({ version: 0, lawyerName: "Lic. Ana Soto", detainedOn: "2026-01-10", facilityOther: "Centro de Adelanto", partnerOrg: "CLINIC" }),
  },
  "PUT /api/v1/cases/[id]/legal-hold": { as: legal, status: "CLOSED", params: onCase, body: (w) => ({ version: w.version, reason: "Demanda pendiente" }) },
  "DELETE /api/v1/cases/[id]/legal-hold": { as: (w) => w.staff.supervisor, legalHold: true, params: onCase, body: (w) => ({ version: w.version }) },
  "POST /api/v1/cases/[id]/notes": { as: officer, params: onCase, body: () => ({ body: "Llamó la hermana." }), validStatus: 201 },
  "POST /api/v1/cases/[id]/reopen": { as: officer, status: "CLOSED", params: onCase, body: (w) => ({ version: w.version, reason: "Volvió a llamar" }) },
  "PATCH /api/v1/cases/[id]/tasks/[taskId]": {
    as: legal,
    params: (w) => ({ id: w.caseId, taskId: w.taskId }),
    body: () => ({ version: 1, title: "Pedir copia del NTA y del I-213", dueAt: later() }),
  },
  "POST /api/v1/cases/[id]/tasks": { as: legal, params: onCase, body: () => ({ title: "Llamar al abogado", dueAt: later() }), validStatus: 201 },
  "POST /api/v1/cases/[id]/transfers": { as: legal, transfer: false, params: onCase, body: () => ({ toConsulateCode: "SAN", reason: "Se mudó la familia" }), validStatus: 201 },
  "POST /api/v1/cases/[id]/transitions": {
    as: legal,
    params: onCase,
    body: (w) => ({ to: "CLOSED", version: w.version, outcome: "RELEASED", reason: "Liberado", cancelOpenTasks: true }),
  },
  "GET /api/v1/cases/[id]/workers": { as: legal, params: onCase },
  "GET /api/v1/cases/[id]/legal-assignees": { as: officer, params: onCase },
  "POST /api/v1/family-messages/[id]/approve": { as: (w) => w.staff.legal2, params: (w) => ({ id: w.messageId }), body: () => ({}) },
  "POST /api/v1/family-messages/[id]/discard": { as: legal, params: (w) => ({ id: w.messageId }), body: () => ({}) },
  "GET /api/v1/legal-aid/cases": {
    as: legal,
    query: () => ({ q: "Persona", status: "REFERRED_LEGAL_AID", owner: "unassigned", overdue: "1" }),
    named: [...FILTERS, "overdue"],
  },
  "GET /api/v1/legal-aid/facilities": { as: legal },
  "GET /api/v1/incidents": { incident: true, as: officer, query: () => ({ status: "PROPOSED,OPEN" }), named: ["status"] },
  "GET /api/v1/incidents/[id]": { incident: true, as: officer, params: (w) => ({ id: w.incidentId }) },
  "PATCH /api/v1/incidents/[id]": { incident: true, as: officer, params: (w) => ({ id: w.incidentId }), body: (w) => ({ version: 1, leadId: w.staff.officer.user.id }) },
  "POST /api/v1/incidents/[id]/confirm": { incident: true, as: officer, params: (w) => ({ id: w.proposalId }), body: () => ({ version: 1 }) },
  "POST /api/v1/incidents/[id]/dismiss": { incident: true, as: officer, params: (w) => ({ id: w.proposalId }), body: () => ({ version: 1, reason: "Era un simulacro escolar" }) },
  "POST /api/v1/incidents/[id]/close": { incident: true, as: officer, params: (w) => ({ id: w.incidentId }), body: () => ({ version: 1 }) },
  "POST /api/v1/incidents/[id]/notes": { incident: true, as: officer, params: (w) => ({ id: w.incidentId }), body: () => ({ body: "Punto de reunión en la parroquia." }), validStatus: 201 },
  "POST /api/v1/incidents/[id]/bulk": {
    incident: true,
    as: (w) => w.staff.supervisor,
    params: (w) => ({ id: w.incidentId }),
    body: (w) => ({ action: "assign", ownerId: w.staff.officer.user.id, cases: w.incidentCases, reason: "Reparto del operativo" }),
  },
  "POST /api/v1/offers/[id]/take": { as: officer, params: (w) => ({ id: w.offerId }), body: () => ({}) },
  "GET /api/v1/offers": { as: officer },
  "GET /api/v1/map/cases/[id]/trail": { as: officer, params: onCase },
  "GET /api/v1/map/cases": { as: officer },
  "GET /api/v1/map/jurisdiction-area": { as: officer, query: () => ({ code: "LAX" }), named: ["code"] },
  "GET /api/v1/map/jurisdiction-tiles/[z]/[x]/[y]": { as: officer, params: () => ({ z: "4", x: "2", y: "6" }) },
  "GET /api/v1/map/jurisdictions": { as: officer },
  "GET /api/v1/map/overview": { as: (w) => w.staff.supervisor, query: () => ({ region: "OESTE" }), named: ["region"] },
  "POST /api/v1/notices/[token]/acknowledge": { as: officer, params: (w) => ({ token: w.noticeToken }), body: () => ({}) },
  // Public (the intake contract as OpenAPI): any caller, signed in or not, gets the same document.
  "GET /api/v1/openapi.json": { as: officer },
  "GET /api/v1/profile": { as: officer },
  "PATCH /api/v1/profile": {
    as: officer,
    body: () => ({ mobilePhone: "+13235550123", noticeEmail: "guardia@consulado.test", notifySms: false, notifyEmail: true }),
  },
  "POST /api/v1/profile/push-subscriptions": { as: officer, body: () => pushSubscriptionBody(), validStatus: 201 },
  "DELETE /api/v1/profile/push-subscriptions/[id]": { as: officer, params: (w) => ({ id: w.pushDeviceId }) },
  "GET /api/v1/push/public-key": { as: officer },
  "GET /api/v1/profile/two-factor": { as: officer },
  "POST /api/v1/profile/two-factor": { twoFactor: true, as: (w) => w.enrolling, validStatus: 201 },
  "POST /api/v1/profile/two-factor/confirm": { twoFactor: true, as: (w) => w.enrolling, body: (w) => ({ code: appCode(w.enrolling.secret) }) },
  "POST /api/v1/profile/two-factor/recovery-codes": { twoFactor: true, as: (w) => w.enrolled, body: (w) => ({ code: w.enrolled.recoveryCodes[0] }) },
  "POST /api/v1/profile/two-factor/disable": { twoFactor: true, as: (w) => w.enrolled, body: (w) => ({ code: w.enrolled.recoveryCodes[1] }) },
  "POST /api/v1/staff/[id]/two-factor/reset": { twoFactor: true, as: (w) => w.staff.admin, params: (w) => ({ id: w.enrolled.user.id }) },
  "POST /api/v1/preferences/locale": { as: officer, body: () => ({ locale: "en" }) },
  "GET /api/v1/admin/consulates": { as: (w) => w.staff.admin },
  "PATCH /api/v1/admin/consulates/[id]": {
    as: (w) => w.staff.admin,
    params: (w) => ({ id: w.settingsConsulateId }),
    body: (w) => ({ version: w.settingsVersion, ackAmberMinutes: 4, ackRedMinutes: 14, timeZone: "America/Los_Angeles", contactPhone: "+12135550100" }),
  },
  "GET /api/v1/admin/retention": { as: (w) => w.staff.admin },
  "PUT /api/v1/admin/retention/[class]": {
    as: (w) => w.staff.admin,
    params: () => ({ class: "CLOSED" }),
    body: (w) => ({ version: w.retentionVersion, coarsenAfterDays: null, purgeAfterDays: 1825 }),
  },
  "GET /api/v1/admin/jurisdictions/[fips]": { as: (w) => w.staff.admin, params: (w) => ({ fips: w.countyFips }) },
  "PATCH /api/v1/admin/jurisdictions/[fips]": {
    as: (w) => w.staff.admin,
    params: (w) => ({ fips: w.countyFips }),
    body: (w) => ({ consulateId: w.countyTargetId, reason: "Reasignación de prueba", moveOpenCases: false }),
  },
  "GET /api/v1/subjects": { as: (w) => w.staff.admin, query: () => ({ q: "Persona" }), named: ["q"] },
  "GET /api/v1/subjects/[id]": {
    as: (w) => w.staff.admin,
    params: (w) => ({ id: w.personId }),
    query: () => ({ purpose: "records_request", purposeText: "Solicitud de registros" }),
    named: ["purpose", "purposeText"],
  },
  "GET /api/v1/subjects/[id]/export": {
    as: (w) => w.staff.admin,
    params: (w) => ({ id: w.personId }),
    query: () => ({ purpose: "records_request", purposeText: "Solicitud de registros" }),
    named: ["purpose", "purposeText"],
  },
  "POST /api/v1/subjects/[id]/corrections": {
    as: (w) => w.staff.admin,
    params: (w) => ({ id: w.personId }),
    body: (w) => ({ version: w.personVersion, reason: "Número equivocado", changes: { phone: "+13235550123", birthDate: "1990-01-31" } }),
  },
  "DELETE /api/v1/relay-keys/[id]": { as: (w) => w.staff.admin, params: (w) => ({ id: w.relayKeyId }) },
  "GET /api/v1/relay-keys": { as: (w) => w.staff.admin },
  "POST /api/v1/relay-keys": { as: (w) => w.staff.admin, body: () => ({ name: "Relé de respaldo" }), validStatus: 201 },
  "GET /api/v1/staff": { as: (w) => w.staff.admin, query: () => ({ q: "Persona", role: "OFFICER", consulate: "LAX", region: "OESTE", status: "active" }), named: ["q", "role", "consulate", "region", "status"] },
  "POST /api/v1/staff": {
    as: (w) => w.staff.admin,
    body: (w) => ({ email: `nueva.${randomUUID()}@consulado.test`, name: "María López", role: "OFFICER", consulateId: w.consulateId }),
    validStatus: 201,
  },
  "PATCH /api/v1/staff/[id]": { as: (w) => w.staff.admin, staff: true, params: (w) => ({ id: w.memberId }), body: (w) => ({ version: w.memberVersion, active: false }) },
  "POST /api/v1/staff/[id]/reset": { as: (w) => w.staff.admin, staff: true, params: (w) => ({ id: w.memberId }), validStatus: 201 },
  "POST /api/v1/staff-tokens/[token]": { as: (w) => w.staff.admin, staff: true, params: (w) => ({ token: w.linkToken }), body: () => ({ password: "una frase larga y segura" }) },
  "POST /api/v1/reminders/[id]/read": { as: legal, params: (w) => ({ id: w.reminderId }), body: () => ({}) },
  "GET /api/v1/reminders": { as: legal, query: () => ({ unread: "1" }) },
  "GET /api/v1/reports/cases": {
    as: officer,
    query: () => ({ queue: "legal", q: "Persona", status: "all", overdue: "0", purpose: "other", purposeNote: "Solicitud de la oficina" }),
    named: [...FILTERS, "overdue", "purpose", "purposeNote"],
  },
  "GET /api/v1/reports/monthly": { as: officer, query: () => ({ month: "2026-01" }), named: ["month"] },
  "GET /api/v1/roster": { as: officer, query: () => ({ consulate: "LAX", week: "2026-12-07" }), named: ["consulate", "week"] },
  "GET /api/v1/roster/on-duty": { as: officer },
  "POST /api/v1/roster/shifts": {
    as: (w) => w.staff.supervisor,
    body: (w) => ({ kind: "ONCE", consulateCode: "LAX", userId: w.staff.officer.user.id, startsAt: new Date().toISOString(), endsAt: later(), note: "Cubre la noche" }),
    validStatus: 201,
  },
  "DELETE /api/v1/roster/shifts/[id]": { as: (w) => w.staff.supervisor, params: (w) => ({ id: w.shiftId }) },
  "GET /api/v1/tasks": { as: legal },
  "POST /api/v1/transfers/[id]/accept": { as: (w) => w.staff.houLegal, params: (w) => ({ id: w.transferId }), body: () => ({}) },
  "POST /api/v1/transfers/[id]/decline": { as: (w) => w.staff.houLegal, params: (w) => ({ id: w.transferId }), body: () => ({ reason: "No es nuestra jurisdicción" }) },
  "GET /api/v1/transfers/incoming": { as: (w) => w.staff.houLegal },
};
