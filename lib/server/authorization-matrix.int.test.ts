// The authorization matrix (issue 11): every API route file on disk, each
// method it exports, called in process against every caller (the officers of
// LAX and HOU, LAX's legal aid, the supervisors of LAX's region and of HOU's,
// an administrator, nobody) about a case in LAX and one in HOU. Each entry
// says exactly who gets through (2xx); everyone else must be refused with
// 401, 403 or 404, and nobody may get anything else. A route file or method
// without an entry fails the first test. Then the sockets: which rooms each
// caller joins, and what each hears of a LAX case.
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Socket } from "socket.io-client";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { decodeMapCases } from "@/lib/map/case-codec";
import { draftFamilyMessage } from "@/lib/family/mutations";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { createTask } from "@/lib/legal-aid/tasks";
import { requestTransfer } from "@/lib/legal-aid/transfers";
import { createNotice, createPushDevice, pushSubscriptionBody } from "@/lib/notices/testing/fixtures";
import { createCaseAt, createStaff, createTestRelayKey, ensureNetwork, signedRequest, updatePerson } from "@/lib/server/testing/fixtures";
import { createIncidentAt } from "@/lib/server/testing/incidents";
import { publishIncidents } from "@/lib/incidents/publish";
import { startSocketServer, type SocketServer } from "@/lib/server/testing/socket-server";
import { waitFor } from "@/lib/server/testing/sockets";
import { getManagedStaff } from "@/lib/users/staff-data";
import { inviteStaff } from "@/lib/users/staff-mutations";
import { appCode, beginTwoFactor, clearTwoFactor, enrolTwoFactor } from "@/lib/server/testing/two-factor";
import { keyring } from "@/lib/privacy/keys-data";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));
// The language switch sets a cookie, which needs Next's request context: here it goes nowhere.
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => undefined }) }));

const CALLERS = ["officerLAX", "officerHOU", "legalLAX", "supervisorLAX", "supervisorHOU", "admin", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];
type At = "LAX" | "HOU";
const PLACES: At[] = ["LAX", "HOU"];
const other = (at: At): At => (at === "LAX" ? "HOU" : "LAX");

/** The consulate (officers, legal aid) or the region of the consulate (supervisors) each caller works in. */
const WORKS_IN: Partial<Record<Caller, At>> = { officerLAX: "LAX", officerHOU: "HOU", legalLAX: "LAX", supervisorLAX: "LAX", supervisorHOU: "HOU" };
const ROLE: Record<Exclude<Caller, "anonymous">, Role> = {
  officerLAX: "OFFICER",
  officerHOU: "OFFICER",
  legalLAX: "LEGAL_AID",
  supervisorLAX: "SUPERVISOR",
  supervisorHOU: "SUPERVISOR",
  admin: "ADMIN",
};
const role = (caller: Caller) => (caller === "anonymous" ? null : ROLE[caller]);
const sees = (caller: Caller, at: At) => WORKS_IN[caller] === at;
const is = (...roles: Role[]) => (caller: Caller) => roles.includes(role(caller)!);
const caseRole = is("OFFICER", "LEGAL_AID", "SUPERVISOR");
const legalWriter = caseRole;
const anyStaff = (caller: Caller) => caller !== "anonymous";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let staff: Record<Exclude<Caller, "anonymous">, Staff>;
/** Per consulate: a legal-aid colleague who authors what a call needs, and an officer to assign cases to. */
let author: Record<At, Staff>;
let assignee: Record<At, Staff>;
let regionOf: Record<At, string>;

type Call = { path: string; params?: Record<string, string>; query?: string; body?: unknown };
type RouteModule = Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;

type Entry = {
  load: () => Promise<unknown>;
  /** Who gets a 2xx, about a case (or what hangs off it) at `at`. */
  allowed: (caller: Caller, at: At) => boolean;
  /** A fresh request about a case at `at`, for `caller` (what it acts on is new each time). */
  call: (at: At, caller: Caller) => Promise<Call>;
  /** For a list: whether the answer names the thing the call is about. */
  names?: (body: Uint8Array, marker: string) => boolean;
  /** For a list: who finds the thing in it. */
  listed?: (caller: Caller, at: At) => boolean;
  marker?: (call: Call) => string;
};

/** What a route file is excluded for: it is not a staff route, and its own suite covers it. */
const EXCLUDED: Record<string, string> = {
  "app/api/v1/alerts/route.ts POST": "the relay's intake: a signed relay key, not a session (lib/alerts/*.int.test.ts)",
  "app/api/auth/[...nextauth]/route.ts GET": "next-auth's own endpoints (e2e/auth.spec.ts)",
  "app/api/auth/[...nextauth]/route.ts POST": "next-auth's own endpoints (e2e/auth.spec.ts)",
};

// --- what calls act on, made fresh for each call -------------------------------------------------

const point = (at: At) => (at === "LAX" ? { lat: 34.05, lng: -118.25 } : { lat: 29.76, lng: -95.37 });
const newCase = (at: At, status: Parameters<typeof createCaseAt>[0] = {}) => createCaseAt({ consulate: at, location: point(at), ...status });
const referred = (at: At) => newCase(at, { status: "REFERRED_LEGAL_AID", ownerId: assignee[at].user.id });
const future = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const contactOn = async (caseId: string) =>
  String(
    (
      await db.caseContact.create({
        // Sealed, as the intake stores a relative.
        data: { caseId, eventId: randomUUID(), name: (await keyring()).seal("José Hernández"), phone: (await keyring()).seal(`+1323555${randomBytes(2).readUInt16BE() % 10_000}`), language: "es" },
      })
    ).id,
  );
const draftOn = async (at: At) => {
  const c = await referred(at);
  const message = await draftFamilyMessage({ scope: author[at].scope, caseId: c.id, draft: { contactId: await contactOn(c.id), template: "released" } });
  return message.id;
};
const transferOf = async (at: At) => {
  const c = await referred(at);
  const transfer = await requestTransfer({ scope: author[at].scope, caseId: c.id, toConsulateCode: other(at), reason: "Trasladado" });
  return { caseId: c.id, transferId: transfer.id };
};

/** A one-off shift at `at` covering now, for `userId`: its id. */
const shiftNow = async (at: At, userId: string) => {
  const consulate = await db.consulate.findUniqueOrThrow({ where: { code: at }, select: { id: true } });
  const shift = await db.dutyShift.create({
    data: { consulateId: consulate.id, userId, kind: "ONCE", startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000), createdById: userId },
  });
  return shift.id;
};
const incident = async (at: At, status: "PROPOSED" | "OPEN" = "OPEN") => (await createIncidentAt({ consulate: at, cases: 1, status })).incident.id;
/** Officers and supervisors work an incident (confirm, dismiss, close, lead): those of its consulate or region. */
const incidentWorker = (caller: Caller, at: At) => is("OFFICER", "SUPERVISOR")(caller) && sees(caller, at);
/** A new case of the other consulate, offered by its escalation to the one at `at` (lib/escalation). */
const offerTo = async (at: At) => {
  const c = await newCase(other(at));
  const to = await db.consulate.findUniqueOrThrow({ where: { code: at }, select: { id: true } });
  return db.caseOffer.create({ data: { caseId: c.id, fromConsulateId: c.consulateId, toConsulateId: to.id }, select: { id: true, caseId: true } });
};

/** Staff administration: administrators manage everyone, a supervisor the officers and legal aid of their own region. */
const staffManager = (caller: Caller, at: At) => is("ADMIN")(caller) || (is("SUPERVISOR")(caller) && sees(caller, at));
const consulateIdOf = async (at: At) => (await db.consulate.findUniqueOrThrow({ where: { code: at }, select: { id: true } })).id;
/** A fresh officer at `at`, and the version an administrator's screen reads of them. */
const staffMemberAt = async (at: At) => {
  const { user } = await createStaff("OFFICER", { consulate: at });
  return { id: user.id, version: (await getManagedStaff({ scope: staff.admin.scope, userId: user.id }))!.version };
};

/** The subject view: supervisors for the people of their region's cases, administrators for everyone (lib/subjects/policy.ts). */
const subjectReader = is("SUPERVISOR", "ADMIN");
const subjectSees = (caller: Caller, at: At) => is("ADMIN")(caller) || (is("SUPERVISOR")(caller) && sees(caller, at));
const SUBJECT_PURPOSE = "purpose=audit&purposeText=Matriz%20de%20autorizaci%C3%B3n";
/** A new case's person with a name word nobody else has, and the version a correction is made at. */
const subjectAt = async (at: At) => {
  const c = await newCase(at);
  const word = `Mx${randomBytes(4).toString("hex")}`;
  await updatePerson(c.personId, { fullName: `Persona ${word}` });
  const { updatedAt } = await db.person.findUniqueOrThrow({ where: { id: c.personId }, select: { updatedAt: true } });
  return { personId: c.personId, word, version: updatedAt.toISOString() };
};

const byQuery = (call: Call) => new URLSearchParams(call.query).get("marker")!;
const text = (body: Uint8Array, marker: string) => new TextDecoder().decode(body).includes(marker);

// --- the table ---------------------------------------------------------------------------------------

/** A consulate's settings save with the version it stands at: a new contact line each time, the one setting nothing reads. */
const settingsSave = async (at: At): Promise<Call> => {
  const consulate = await db.consulate.findUniqueOrThrow({ where: { code: at }, select: { id: true, _count: { select: { settingChanges: true } } } });
  const phone = `+1713555${String(randomBytes(2).readUInt16BE() % 10_000).padStart(4, "0")}`;
  return { path: "/api/v1/admin/consulates/:id", params: { id: consulate.id }, body: { version: consulate._count.settingChanges, contactPhone: phone } };
};
/** A rural county no other suite's alerts use, moved to whichever of two consulates does not hold it. */
const countyOf: Record<At, { fips: string; codes: [string, string] }> = {
  LAX: { fips: "32009", codes: ["LAS", "SMF"] },
  HOU: { fips: "48301", codes: ["ELP", "DAL"] },
};
const reassignment = async (at: At): Promise<Call> => {
  const { fips, codes } = countyOf[at];
  const county = await db.jurisdiction.findUniqueOrThrow({ where: { countyFips: fips }, select: { consulate: { select: { code: true } } } });
  const to = await db.consulate.findUniqueOrThrow({ where: { code: county.consulate.code === codes[0] ? codes[1] : codes[0] }, select: { id: true } });
  return { path: "/api/v1/admin/jurisdictions/:fips", params: { fips }, body: { consulateId: to.id, reason: "Matriz de autorización" } };
};

const ROUTES: Record<string, Entry> = {
  "app/api/v1/admin/audit/route.ts GET": {
    load: () => import("@/app/api/v1/admin/audit/route"),
    // The whole network's log: administrators only.
    allowed: is("ADMIN"),
    call: async (at) => ({ path: "/api/v1/admin/audit", query: `case=${(await newCase(at)).number}` }),
  },
  "app/api/v1/admin/audit/export/route.ts GET": {
    load: () => import("@/app/api/v1/admin/audit/export/route"),
    allowed: is("ADMIN"),
    call: async (at) => ({ path: "/api/v1/admin/audit/export", query: `case=${(await newCase(at)).number}` }),
  },
  "app/api/v1/admin/consulates/route.ts GET": {
    load: () => import("@/app/api/v1/admin/consulates/route"),
    allowed: is("ADMIN"),
    call: async () => ({ path: "/api/v1/admin/consulates" }),
  },
  "app/api/v1/admin/consulates/[id]/route.ts PATCH": {
    load: () => import("@/app/api/v1/admin/consulates/[id]/route"),
    allowed: is("ADMIN"),
    call: settingsSave,
  },
  "app/api/v1/admin/retention/route.ts GET": {
    load: () => import("@/app/api/v1/admin/retention/route"),
    allowed: is("ADMIN"),
    call: async () => ({ path: "/api/v1/admin/retention" }),
  },
  "app/api/v1/admin/retention/[class]/route.ts PUT": {
    load: () => import("@/app/api/v1/admin/retention/[class]/route"),
    allowed: is("ADMIN"),
    // The schedule as it stands, saved again at its version: the matrix changes no one's retention.
    call: async () => {
      const policy = await db.retentionPolicy.findUniqueOrThrow({ where: { class: "CLOSED" } });
      const { version, coarsenAfterDays, purgeAfterDays } = policy;
      return { path: "/api/v1/admin/retention/:class", params: { class: "CLOSED" }, body: { version, coarsenAfterDays, purgeAfterDays } };
    },
  },
  "app/api/v1/admin/jurisdictions/[fips]/route.ts GET": {
    load: () => import("@/app/api/v1/admin/jurisdictions/[fips]/route"),
    allowed: is("ADMIN"),
    call: async (at) => ({ path: "/api/v1/admin/jurisdictions/:fips", params: { fips: countyOf[at].fips } }),
  },
  "app/api/v1/admin/jurisdictions/[fips]/route.ts PATCH": {
    load: () => import("@/app/api/v1/admin/jurisdictions/[fips]/route"),
    allowed: is("ADMIN"),
    call: reassignment,
  },
  "app/api/v1/cases/route.ts GET": {
    load: () => import("@/app/api/v1/cases/route"),
    allowed: caseRole,
    call: async (at) => {
      const c = await newCase(at);
      return { path: "/api/v1/cases", query: `status=all&q=${c.number}&marker=${c.id}` };
    },
    names: text,
    listed: sees,
    marker: byQuery,
  },
  "app/api/v1/cases/[id]/route.ts GET": {
    load: () => import("@/app/api/v1/cases/[id]/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id", params: { id: (await newCase(at)).id } }),
  },
  "app/api/v1/cases/[id]/assignees/route.ts GET": {
    load: () => import("@/app/api/v1/cases/[id]/assignees/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/assignees", params: { id: (await newCase(at)).id } }),
  },
  "app/api/v1/cases/[id]/assignment/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/assignment/route"),
    // A new case nobody was given: only a supervisor hands it out (an officer hands over only their own).
    allowed: (caller, at) => is("SUPERVISOR")(caller) && sees(caller, at),
    call: async (at) => {
      const c = await newCase(at);
      return { path: "/api/v1/cases/:id/assignment", params: { id: c.id }, body: { ownerId: assignee[at].user.id, version: c.version } };
    },
  },
  "app/api/v1/cases/[id]/contact-attempts/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/contact-attempts/route"),
    allowed: (caller, at) => is("OFFICER", "LEGAL_AID")(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/contact-attempts", params: { id: (await newCase(at)).id }, body: { contactName: "José", result: "NO_ANSWER" } }),
  },
  "app/api/v1/cases/[id]/contacts/[contactId]/route.ts PATCH": {
    load: () => import("@/app/api/v1/cases/[id]/contacts/[contactId]/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => {
      const c = await referred(at);
      return { path: "/api/v1/cases/:id/contacts/:contactId", params: { id: c.id, contactId: await contactOn(c.id) }, body: { language: "en" } };
    },
  },
  "app/api/v1/cases/[id]/family-messages/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/family-messages/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => {
      const c = await referred(at);
      return { path: "/api/v1/cases/:id/family-messages", params: { id: c.id }, body: { contactId: await contactOn(c.id), template: "released" } };
    },
  },
  "app/api/v1/cases/[id]/hearings/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/hearings/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => ({
      path: "/api/v1/cases/:id/hearings",
      params: { id: (await referred(at)).id },
      body: { court: "Adelanto Immigration Court", scheduledAt: future(), type: "MASTER_CALENDAR" },
    }),
  },
  "app/api/v1/cases/[id]/hearings/[hearingId]/route.ts PATCH": {
    load: () => import("@/app/api/v1/cases/[id]/hearings/[hearingId]/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => {
      const c = await referred(at);
      const hearing = await scheduleHearing({
        scope: author[at].scope,
        caseId: c.id,
        hearing: { court: "Adelanto Immigration Court", scheduledAt: new Date(future()), type: "MASTER_CALENDAR" },
      });
      return { path: "/api/v1/cases/:id/hearings/:hearingId", params: { id: c.id, hearingId: hearing.id }, body: { version: hearing.version, judge: "Juez Ruiz" } };
    },
  },
  "app/api/v1/cases/[id]/legal-assignees/route.ts GET": {
    load: () => import("@/app/api/v1/cases/[id]/legal-assignees/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/legal-assignees", params: { id: (await newCase(at)).id } }),
  },
  "app/api/v1/cases/[id]/legal/route.ts GET": {
    load: () => import("@/app/api/v1/cases/[id]/legal/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/legal", params: { id: (await referred(at)).id } }),
  },
  "app/api/v1/cases/[id]/legal/route.ts PATCH": {
    load: () => import("@/app/api/v1/cases/[id]/legal/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/legal", params: { id: (await referred(at)).id }, body: { version: 0, lawyerName: "Lic. Ana Soto" } }),
  },
  "app/api/v1/cases/[id]/legal-hold/route.ts PUT": {
    load: () => import("@/app/api/v1/cases/[id]/legal-hold/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => {
      const c = await newCase(at, { status: "NOT_DETAINED", ownerId: assignee[at].user.id });
      return { path: "/api/v1/cases/:id/legal-hold", params: { id: c.id }, body: { version: c.version, reason: "Demanda en curso" } };
    },
  },
  "app/api/v1/cases/[id]/legal-hold/route.ts DELETE": {
    load: () => import("@/app/api/v1/cases/[id]/legal-hold/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => {
      const c = await newCase(at, { status: "NOT_DETAINED", ownerId: assignee[at].user.id });
      const held = await db.case.update({
        where: { id: c.id },
        data: { legalHoldAt: new Date(), legalHoldById: author[at].user.id, legalHoldReason: "Demanda en curso" },
        select: { version: true },
      });
      return { path: "/api/v1/cases/:id/legal-hold", params: { id: c.id }, body: { version: held.version } };
    },
  },
  "app/api/v1/cases/[id]/notes/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/notes/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/notes", params: { id: (await newCase(at)).id }, body: { body: "Nota" } }),
  },
  "app/api/v1/cases/[id]/reopen/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/reopen/route"),
    allowed: (caller, at) => is("OFFICER", "SUPERVISOR")(caller) && sees(caller, at),
    call: async (at) => {
      const c = await newCase(at, { status: "NOT_DETAINED", ownerId: assignee[at].user.id });
      return { path: "/api/v1/cases/:id/reopen", params: { id: c.id }, body: { version: c.version, reason: "Lo volvieron a detener" } };
    },
  },
  "app/api/v1/cases/[id]/tasks/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/tasks/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/tasks", params: { id: (await referred(at)).id }, body: { title: "Pedir expediente", dueAt: future() } }),
  },
  "app/api/v1/cases/[id]/tasks/[taskId]/route.ts PATCH": {
    load: () => import("@/app/api/v1/cases/[id]/tasks/[taskId]/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => {
      const c = await referred(at);
      const task = await createTask({ scope: author[at].scope, caseId: c.id, task: { title: "Pedir expediente", dueAt: new Date(future()) } });
      return { path: "/api/v1/cases/:id/tasks/:taskId", params: { id: c.id, taskId: task.id }, body: { version: task.version, title: "Pedir el expediente" } };
    },
  },
  "app/api/v1/cases/[id]/transfers/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/transfers/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/transfers", params: { id: (await referred(at)).id }, body: { toConsulateCode: "WAS", reason: "Trasladado" } }),
  },
  "app/api/v1/cases/[id]/transitions/route.ts POST": {
    load: () => import("@/app/api/v1/cases/[id]/transitions/route"),
    // Taking a new case: an officer of its consulate.
    allowed: (caller, at) => is("OFFICER")(caller) && sees(caller, at),
    call: async (at) => {
      const c = await newCase(at);
      return { path: "/api/v1/cases/:id/transitions", params: { id: c.id }, body: { to: "ACKNOWLEDGED", version: c.version } };
    },
  },
  "app/api/v1/cases/[id]/viewers/route.ts GET": {
    load: () => import("@/app/api/v1/cases/[id]/viewers/route"),
    // Who opened a case: everyone who reads it (lib/audit/viewers-data.ts says why).
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/viewers", params: { id: (await newCase(at)).id } }),
  },
  "app/api/v1/cases/[id]/workers/route.ts GET": {
    load: () => import("@/app/api/v1/cases/[id]/workers/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/workers", params: { id: (await newCase(at)).id } }),
  },
  "app/api/v1/family-messages/[id]/approve/route.ts POST": {
    load: () => import("@/app/api/v1/family-messages/[id]/approve/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/family-messages/:id/approve", params: { id: await draftOn(at) }, body: {} }),
  },
  "app/api/v1/family-messages/[id]/discard/route.ts POST": {
    load: () => import("@/app/api/v1/family-messages/[id]/discard/route"),
    allowed: (caller, at) => legalWriter(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/family-messages/:id/discard", params: { id: await draftOn(at) }, body: {} }),
  },
  "app/api/v1/incidents/route.ts GET": {
    load: () => import("@/app/api/v1/incidents/route"),
    allowed: caseRole,
    call: async (at) => ({ path: "/api/v1/incidents", query: `status=OPEN&marker=${await incident(at)}` }),
    names: text,
    listed: sees,
    marker: byQuery,
  },
  "app/api/v1/incidents/[id]/route.ts GET": {
    load: () => import("@/app/api/v1/incidents/[id]/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/incidents/:id", params: { id: await incident(at) } }),
  },
  "app/api/v1/incidents/[id]/route.ts PATCH": {
    load: () => import("@/app/api/v1/incidents/[id]/route"),
    allowed: incidentWorker,
    call: async (at) => ({ path: "/api/v1/incidents/:id", params: { id: await incident(at) }, body: { version: 1, leadId: assignee[at].user.id } }),
  },
  "app/api/v1/incidents/[id]/confirm/route.ts POST": {
    load: () => import("@/app/api/v1/incidents/[id]/confirm/route"),
    allowed: incidentWorker,
    call: async (at) => ({ path: "/api/v1/incidents/:id/confirm", params: { id: await incident(at, "PROPOSED") }, body: { version: 1 } }),
  },
  "app/api/v1/incidents/[id]/dismiss/route.ts POST": {
    load: () => import("@/app/api/v1/incidents/[id]/dismiss/route"),
    allowed: incidentWorker,
    call: async (at) => ({ path: "/api/v1/incidents/:id/dismiss", params: { id: await incident(at, "PROPOSED") }, body: { version: 1, reason: "Simulacro" } }),
  },
  "app/api/v1/incidents/[id]/close/route.ts POST": {
    load: () => import("@/app/api/v1/incidents/[id]/close/route"),
    allowed: incidentWorker,
    call: async (at) => ({ path: "/api/v1/incidents/:id/close", params: { id: await incident(at) }, body: { version: 1 } }),
  },
  "app/api/v1/incidents/[id]/notes/route.ts POST": {
    load: () => import("@/app/api/v1/incidents/[id]/notes/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/incidents/:id/notes", params: { id: await incident(at) }, body: { body: "Nota" } }),
  },
  "app/api/v1/incidents/[id]/bulk/route.ts POST": {
    load: () => import("@/app/api/v1/incidents/[id]/bulk/route"),
    // Taking its new cases: an officer of its consulate (the lifecycle's rule, case by case).
    allowed: (caller, at) => is("OFFICER")(caller) && sees(caller, at),
    call: async (at) => {
      const { incident: made, cases } = await createIncidentAt({ consulate: at, cases: 2 });
      return { path: "/api/v1/incidents/:id/bulk", params: { id: made.id }, body: { action: "take", cases: cases.map((c) => ({ id: c.id, version: c.version })) } };
    },
  },
  "app/api/v1/legal-aid/cases/route.ts GET": {
    load: () => import("@/app/api/v1/legal-aid/cases/route"),
    allowed: caseRole,
    call: async (at) => {
      const c = await referred(at);
      return { path: "/api/v1/legal-aid/cases", query: `q=${c.number}&marker=${c.id}` };
    },
    names: text,
    listed: sees,
    marker: byQuery,
  },
  "app/api/v1/legal-aid/facilities/route.ts GET": {
    load: () => import("@/app/api/v1/legal-aid/facilities/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/legal-aid/facilities" }),
  },
  "app/api/v1/map/cases/route.ts GET": {
    load: () => import("@/app/api/v1/map/cases/route"),
    // The officers' map: exact points, for the roles that have that map.
    allowed: is("OFFICER", "LEGAL_AID"),
    call: async (at) => ({ path: "/api/v1/map/cases", query: `marker=${(await newCase(at)).id}` }),
    names: (body, marker) => decodeMapCases(body).some((c) => c.id === marker),
    listed: sees,
    marker: byQuery,
  },
  "app/api/v1/map/cases/[id]/trail/route.ts GET": {
    load: () => import("@/app/api/v1/map/cases/[id]/trail/route"),
    allowed: (caller, at) => is("OFFICER", "LEGAL_AID")(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/map/cases/:id/trail", params: { id: (await newCase(at)).id } }),
  },
  "app/api/v1/map/jurisdiction-area/route.ts GET": {
    load: () => import("@/app/api/v1/map/jurisdiction-area/route"),
    // Geography, no case: who answers for which counties.
    allowed: anyStaff,
    call: async (at) => ({ path: "/api/v1/map/jurisdiction-area", query: `code=${at}` }),
  },
  "app/api/v1/map/jurisdiction-tiles/[z]/[x]/[y]/route.ts GET": {
    load: () => import("@/app/api/v1/map/jurisdiction-tiles/[z]/[x]/[y]/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/map/jurisdiction-tiles/:z/:x/:y", params: { z: "4", x: "3", y: "6" } }),
  },
  "app/api/v1/map/jurisdictions/route.ts GET": {
    load: () => import("@/app/api/v1/map/jurisdictions/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/map/jurisdictions" }),
  },
  "app/api/v1/map/overview/route.ts GET": {
    load: () => import("@/app/api/v1/map/overview/route"),
    // The regional view of the case's region: its supervisors only.
    allowed: (caller, at) => is("SUPERVISOR")(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/map/overview", query: `region=${regionOf[at]}` }),
  },
  "app/api/v1/cases/[id]/notices/route.ts GET": {
    load: () => import("@/app/api/v1/cases/[id]/notices/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/cases/:id/notices", params: { id: (await newCase(at)).id } }),
  },
  "app/api/v1/notices/[token]/acknowledge/route.ts POST": {
    load: () => import("@/app/api/v1/notices/[token]/acknowledge/route"),
    // Only the notice's addressee (here the officer of the case's consulate): a link is no one else's.
    allowed: (caller, at) => caller === `officer${at}`,
    call: async (at) => {
      const c = await newCase(at);
      const { token } = await createNotice({ caseId: c.id, userId: staff[`officer${at}`].user.id });
      return { path: "/api/v1/notices/:token/acknowledge", params: { token }, body: {} };
    },
  },
  "app/api/v1/profile/route.ts GET": {
    load: () => import("@/app/api/v1/profile/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/profile" }),
  },
  "app/api/v1/profile/route.ts PATCH": {
    load: () => import("@/app/api/v1/profile/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/profile", body: { mobilePhone: "+13235550199", noticeEmail: "", notifySms: true, notifyEmail: true } }),
  },
  "app/api/v1/profile/push-subscriptions/route.ts POST": {
    load: () => import("@/app/api/v1/profile/push-subscriptions/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/profile/push-subscriptions", body: pushSubscriptionBody() }),
  },
  "app/api/v1/profile/push-subscriptions/[id]/route.ts DELETE": {
    load: () => import("@/app/api/v1/profile/push-subscriptions/[id]/route"),
    // A device is its owner's alone (here the officer of `at`).
    allowed: (caller, at) => caller === `officer${at}`,
    call: async (at) => ({ path: "/api/v1/profile/push-subscriptions/:id", params: { id: (await createPushDevice(staff[`officer${at}`].user.id)).id } }),
  },
  // Two factors are each caller's own: every call starts their state afresh (anonymous has none, and is refused first).
  "app/api/v1/profile/two-factor/route.ts GET": {
    load: () => import("@/app/api/v1/profile/two-factor/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/profile/two-factor" }),
  },
  "app/api/v1/profile/two-factor/route.ts POST": {
    load: () => import("@/app/api/v1/profile/two-factor/route"),
    allowed: anyStaff,
    call: async (_at, caller) => {
      if (caller !== "anonymous") await clearTwoFactor(staff[caller].user.id);
      return { path: "/api/v1/profile/two-factor" };
    },
  },
  "app/api/v1/profile/two-factor/confirm/route.ts POST": {
    load: () => import("@/app/api/v1/profile/two-factor/confirm/route"),
    allowed: anyStaff,
    call: async (_at, caller) => {
      const { secret } = caller === "anonymous" ? { secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" } : await beginTwoFactor(staff[caller].user.id);
      return { path: "/api/v1/profile/two-factor/confirm", body: { code: appCode(secret) } };
    },
  },
  "app/api/v1/profile/two-factor/recovery-codes/route.ts POST": {
    load: () => import("@/app/api/v1/profile/two-factor/recovery-codes/route"),
    allowed: anyStaff,
    call: async (_at, caller) => {
      const codes = caller === "anonymous" ? ["AAAAA-AAAAA"] : (await enrolTwoFactor(staff[caller].user.id)).recoveryCodes;
      return { path: "/api/v1/profile/two-factor/recovery-codes", body: { code: codes[0] } };
    },
  },
  "app/api/v1/profile/two-factor/disable/route.ts POST": {
    load: () => import("@/app/api/v1/profile/two-factor/disable/route"),
    allowed: anyStaff,
    call: async (_at, caller) => {
      const codes = caller === "anonymous" ? ["AAAAA-AAAAA"] : (await enrolTwoFactor(staff[caller].user.id)).recoveryCodes;
      return { path: "/api/v1/profile/two-factor/disable", body: { code: codes[0] } };
    },
  },
  "app/api/v1/staff/[id]/two-factor/reset/route.ts POST": {
    load: () => import("@/app/api/v1/staff/[id]/two-factor/reset/route"),
    // An administrator anyone; a supervisor the officers of their own region.
    allowed: (caller, at) => caller === "admin" || (is("SUPERVISOR")(caller) && sees(caller, at)),
    call: async (at) => {
      const target = await createStaff("OFFICER", { consulate: at });
      await enrolTwoFactor(target.user.id);
      return { path: "/api/v1/staff/:id/two-factor/reset", params: { id: target.user.id } };
    },
  },
  "app/api/v1/push/public-key/route.ts GET": {
    load: () => import("@/app/api/v1/push/public-key/route"),
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/push/public-key" }),
  },
  "app/api/v1/openapi.json/route.ts GET": {
    load: () => import("@/app/api/v1/openapi.json/route"),
    // The intake contract as OpenAPI: public like docs/alert-api.md, generated from code, no personal data.
    allowed: () => true,
    call: async () => ({ path: "/api/v1/openapi.json" }),
  },
  "app/api/v1/preferences/locale/route.ts POST": {
    load: () => import("@/app/api/v1/preferences/locale/route"),
    // The language switch works on the sign-in page too.
    allowed: () => true,
    call: async () => ({ path: "/api/v1/preferences/locale", body: { locale: "es" } }),
  },
  "app/api/v1/relay-keys/route.ts GET": {
    load: () => import("@/app/api/v1/relay-keys/route"),
    allowed: is("ADMIN"),
    call: async () => ({ path: "/api/v1/relay-keys" }),
  },
  "app/api/v1/relay-keys/route.ts POST": {
    load: () => import("@/app/api/v1/relay-keys/route"),
    allowed: is("ADMIN"),
    call: async () => ({ path: "/api/v1/relay-keys", body: { name: "matrix" } }),
  },
  "app/api/v1/relay-keys/[id]/route.ts DELETE": {
    load: () => import("@/app/api/v1/relay-keys/[id]/route"),
    allowed: is("ADMIN"),
    call: async () => ({ path: "/api/v1/relay-keys/:id", params: { id: (await createTestRelayKey()).id } }),
  },
  "app/api/v1/staff/route.ts GET": {
    load: () => import("@/app/api/v1/staff/route"),
    allowed: is("ADMIN", "SUPERVISOR"),
    call: async (at) => {
      const { user } = await createStaff("OFFICER", { consulate: at });
      return { path: "/api/v1/staff", query: `q=${encodeURIComponent(user.email)}&marker=${user.id}` };
    },
    names: text,
    listed: staffManager,
    marker: byQuery,
  },
  "app/api/v1/staff/route.ts POST": {
    load: () => import("@/app/api/v1/staff/route"),
    allowed: staffManager,
    call: async (at) => ({
      path: "/api/v1/staff",
      body: { email: `matrix.${randomBytes(6).toString("hex")}@consulado.test`, name: "Matriz", role: "LEGAL_AID", consulateId: await consulateIdOf(at) },
    }),
  },
  "app/api/v1/staff/[id]/route.ts PATCH": {
    load: () => import("@/app/api/v1/staff/[id]/route"),
    allowed: staffManager,
    call: async (at) => {
      const { id, version } = await staffMemberAt(at);
      return { path: "/api/v1/staff/:id", params: { id }, body: { version, active: false } };
    },
  },
  "app/api/v1/staff/[id]/reset/route.ts POST": {
    load: () => import("@/app/api/v1/staff/[id]/reset/route"),
    allowed: staffManager,
    call: async (at) => ({ path: "/api/v1/staff/:id/reset", params: { id: (await staffMemberAt(at)).id } }),
  },
  "app/api/v1/staff-tokens/[token]/route.ts POST": {
    load: () => import("@/app/api/v1/staff-tokens/[token]/route"),
    // Public: whoever holds a live link sets the password (the link is the credential).
    allowed: () => true,
    call: async (at) => {
      const { link } = await inviteStaff({
        scope: staff.admin.scope,
        invite: { email: `link.${randomBytes(6).toString("hex")}@consulado.test`, name: "Enlace", role: "OFFICER", consulateId: await consulateIdOf(at) },
      });
      return { path: "/api/v1/staff-tokens/:token", params: { token: link.path.split("/").pop()! }, body: { password: "una frase larga y segura" } };
    },
  },
  "app/api/v1/reminders/route.ts GET": {
    load: () => import("@/app/api/v1/reminders/route"),
    allowed: caseRole,
    call: async () => ({ path: "/api/v1/reminders" }),
  },
  "app/api/v1/reminders/[id]/read/route.ts POST": {
    load: () => import("@/app/api/v1/reminders/[id]/read/route"),
    // The caller's own reminder (a case role's; others have none to read).
    allowed: caseRole,
    call: async (at, caller) => {
      const userId = caller === "anonymous" ? author[at].user.id : staff[caller].user.id;
      const c = await newCase(at);
      const reminder = await db.reminder.create({
        data: { userId, caseId: c.id, targetType: "task", targetId: randomUUID(), offsetMinutes: 120, dueAt: new Date(future()) },
      });
      return { path: "/api/v1/reminders/:id/read", params: { id: String(reminder.id) }, body: {} };
    },
  },
  "app/api/v1/reports/cases/route.ts GET": {
    load: () => import("@/app/api/v1/reports/cases/route"),
    allowed: caseRole,
    call: async (at) => {
      const c = await newCase(at);
      return { path: "/api/v1/reports/cases", query: `status=all&q=${c.number}&purpose=audit&marker=${c.number}` };
    },
    names: text,
    listed: sees,
    marker: byQuery,
  },
  "app/api/v1/reports/monthly/route.ts GET": {
    load: () => import("@/app/api/v1/reports/monthly/route"),
    // Figures per consulate that name no one: administrators keep them.
    allowed: anyStaff,
    call: async () => ({ path: "/api/v1/reports/monthly" }),
  },
  "app/api/v1/roster/route.ts GET": {
    load: () => import("@/app/api/v1/roster/route"),
    // A consulate's roster: the case roles that read its cases (officers and legal aid their own, supervisors their region's).
    allowed: (caller, at) => caseRole(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/roster", query: `consulate=${at}` }),
  },
  "app/api/v1/roster/on-duty/route.ts GET": {
    load: () => import("@/app/api/v1/roster/on-duty/route"),
    allowed: caseRole,
    call: async (at) => {
      const person = await createStaff("OFFICER", { consulate: at });
      await shiftNow(at, person.user.id);
      return { path: "/api/v1/roster/on-duty", query: `marker=${person.user.id}` };
    },
    names: text,
    listed: sees,
    marker: byQuery,
  },
  "app/api/v1/roster/shifts/route.ts POST": {
    load: () => import("@/app/api/v1/roster/shifts/route"),
    // Only the supervisors of the consulate's region edit its roster.
    allowed: (caller, at) => is("SUPERVISOR")(caller) && sees(caller, at),
    call: async (at) => ({
      path: "/api/v1/roster/shifts",
      body: { kind: "WEEKLY", consulateCode: at, userId: assignee[at].user.id, weekday: 3, startsLocal: "08:00", endsLocal: "16:00" },
    }),
  },
  "app/api/v1/roster/shifts/[id]/route.ts DELETE": {
    load: () => import("@/app/api/v1/roster/shifts/[id]/route"),
    allowed: (caller, at) => is("SUPERVISOR")(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/roster/shifts/:id", params: { id: await shiftNow(at, assignee[at].user.id) } }),
  },
  "app/api/v1/subjects/route.ts GET": {
    load: () => import("@/app/api/v1/subjects/route"),
    // Supervisors and administrators search; each finds only the people with a case they see.
    allowed: subjectReader,
    call: async (at) => {
      const { personId, word } = await subjectAt(at);
      return { path: "/api/v1/subjects", query: `q=${word}&marker=${personId}` };
    },
    names: text,
    listed: subjectSees,
    marker: byQuery,
  },
  "app/api/v1/subjects/[id]/route.ts GET": {
    load: () => import("@/app/api/v1/subjects/[id]/route"),
    allowed: subjectSees,
    call: async (at) => ({ path: "/api/v1/subjects/:id", params: { id: (await subjectAt(at)).personId }, query: SUBJECT_PURPOSE }),
  },
  "app/api/v1/subjects/[id]/export/route.ts GET": {
    load: () => import("@/app/api/v1/subjects/[id]/export/route"),
    allowed: subjectSees,
    call: async (at) => ({ path: "/api/v1/subjects/:id/export", params: { id: (await subjectAt(at)).personId }, query: SUBJECT_PURPOSE }),
  },
  "app/api/v1/subjects/[id]/corrections/route.ts POST": {
    load: () => import("@/app/api/v1/subjects/[id]/corrections/route"),
    allowed: subjectSees,
    call: async (at) => {
      const { personId, version } = await subjectAt(at);
      const phone = `+1213555${String(randomBytes(2).readUInt16BE() % 10_000).padStart(4, "0")}`;
      return { path: "/api/v1/subjects/:id/corrections", params: { id: personId }, body: { version, reason: "Matriz de autorización", changes: { phone } } };
    },
  },
  "app/api/v1/tasks/route.ts GET": {
    load: () => import("@/app/api/v1/tasks/route"),
    allowed: caseRole,
    call: async () => ({ path: "/api/v1/tasks" }),
  },
  "app/api/v1/offers/route.ts GET": {
    load: () => import("@/app/api/v1/offers/route"),
    allowed: caseRole,
    call: async (at) => ({ path: "/api/v1/offers", query: `marker=${(await offerTo(at)).id}` }),
    names: text,
    // The consulate offered the case: its officers and legal aid, not the region's supervisors.
    listed: (caller, at) => is("OFFICER", "LEGAL_AID")(caller) && sees(caller, at),
    marker: byQuery,
  },
  "app/api/v1/offers/[id]/take/route.ts POST": {
    load: () => import("@/app/api/v1/offers/[id]/take/route"),
    // Only an officer of the consulate the case was offered to.
    allowed: (caller, at) => is("OFFICER")(caller) && sees(caller, at),
    call: async (at) => ({ path: "/api/v1/offers/:id/take", params: { id: (await offerTo(at)).id }, body: {} }),
  },
  "app/api/v1/transfers/[id]/accept/route.ts POST": {
    load: () => import("@/app/api/v1/transfers/[id]/accept/route"),
    // The receiving side answers: a transfer of a case at `at` goes to the other consulate.
    allowed: (caller, at) => caseRole(caller) && sees(caller, other(at)),
    call: async (at) => ({ path: "/api/v1/transfers/:id/accept", params: { id: (await transferOf(at)).transferId }, body: {} }),
  },
  "app/api/v1/transfers/[id]/decline/route.ts POST": {
    load: () => import("@/app/api/v1/transfers/[id]/decline/route"),
    allowed: (caller, at) => caseRole(caller) && sees(caller, other(at)),
    call: async (at) => ({ path: "/api/v1/transfers/:id/decline", params: { id: (await transferOf(at)).transferId }, body: { reason: "No nos corresponde" } }),
  },
  "app/api/v1/transfers/incoming/route.ts GET": {
    load: () => import("@/app/api/v1/transfers/incoming/route"),
    allowed: caseRole,
    call: async (at) => ({ path: "/api/v1/transfers/incoming", query: `marker=${(await transferOf(at)).transferId}` }),
    names: text,
    listed: (caller, at) => sees(caller, other(at)),
    marker: byQuery,
  },
};

// --- running a call ----------------------------------------------------------------------------------

const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

const fill = (path: string, params: Record<string, string> = {}) => path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]));

type Outcome = { status: number; body: Uint8Array };

const send = async (route: RouteModule, method: string, caller: Caller, call: Call): Promise<Outcome> => {
  session.scope = caller === "anonymous" ? null : staff[caller].scope;
  const url = `http://localhost${fill(call.path, call.params)}${call.query ? `?${call.query}` : ""}`;
  const request = new Request(url, {
    method,
    ...(call.body !== undefined && { body: JSON.stringify(call.body), headers: { "content-type": "application/json" } }),
  });
  const response = await route[method](request, { params: Promise.resolve(call.params ?? {}) });
  return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) };
};

const REFUSALS = [401, 403, 404];

beforeAll(async () => {
  await ensureNetwork();
  const regions = await db.consulate.findMany({ where: { code: { in: PLACES } }, select: { code: true, region: { select: { code: true } } } });
  regionOf = Object.fromEntries(regions.map((c) => [c.code, c.region.code])) as Record<At, string>;
  const [officerLAX, officerHOU, legalLAX, supervisorLAX, supervisorHOU, admin, authorLAX, authorHOU, assigneeLAX, assigneeHOU] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "HOU" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("SUPERVISOR", { region: regionOf.LAX }),
    createStaff("SUPERVISOR", { region: regionOf.HOU }),
    createStaff("ADMIN"),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "HOU" }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "HOU" }),
  ]);
  staff = { officerLAX, officerHOU, legalLAX, supervisorLAX, supervisorHOU, admin };
  author = { LAX: authorLAX, HOU: authorHOU };
  assignee = { LAX: assigneeLAX, HOU: assigneeHOU };
});

describe("[AUTH] the authorization matrix", () => {
  it("has an entry for every method of every API route file, and no entry for a route that is gone", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const onDisk: string[] = [];
    for (const file of routeFiles(join(root, "app/api"))) {
      const path = relative(root, file);
      const entry = ROUTES[`${path} GET`] ?? ROUTES[`${path} POST`] ?? ROUTES[`${path} PATCH`] ?? ROUTES[`${path} DELETE`] ?? ROUTES[`${path} PUT`];
      // The module is loaded through an entry's own import (vitest needs the path written out); excluded files are listed by method.
      const exported = entry ? ((await entry.load()) as Record<string, unknown>) : null;
      const methods = exported ? METHODS.filter((m) => typeof exported[m] === "function") : Object.keys(EXCLUDED).filter((k) => k.startsWith(`${path} `)).map((k) => k.split(" ")[1]);
      if (!exported && methods.length === 0) onDisk.push(`${path} (no entry)`);
      onDisk.push(...methods.map((method) => `${path} ${method}`));
    }
    expect(onDisk.sort()).toEqual([...Object.keys(ROUTES), ...Object.keys(EXCLUDED)].sort());
  });

  for (const [key, entry] of Object.entries(ROUTES)) {
    it(`${key}: exactly the callers the policy names get through`, async () => {
      const [, method] = key.split(" ");
      const route = (await entry.load()) as RouteModule;
      const expected: string[] = [];
      const through: string[] = [];
      const listedExpected: string[] = [];
      const listedActual: string[] = [];
      for (const at of PLACES) {
        for (const caller of CALLERS) {
          const call = await entry.call(at, caller);
          const { status, body } = await send(route, method, caller, call);
          const who = `${caller}@${at}`;
          if (entry.allowed(caller, at)) expected.push(who);
          if (status >= 200 && status < 300) through.push(who);
          else if (!REFUSALS.includes(status)) throw new Error(`${key} as ${who}: ${status} ${new TextDecoder().decode(body).slice(0, 300)}`);
          if (caller === "anonymous" && status !== 401 && !entry.allowed(caller, at)) throw new Error(`${key} answered nobody ${status}, not 401`);
          if (entry.names && entry.listed && entry.marker && status === 200) {
            if (entry.listed(caller, at)) listedExpected.push(who);
            if (entry.names(body, entry.marker(call))) listedActual.push(who);
          }
        }
      }
      expect(through, "who got a 2xx").toEqual(expected);
      expect(listedActual, "who found it in the list").toEqual(listedExpected);
    });
  }
});

// --- sockets -----------------------------------------------------------------------------------------

const EVENTS = ["case:created", "case:updated", "region:changed", "transfer:requested", "case:transferred", "case:presence", "incident:changed"] as const;

type Heard = { event: string; payload: Record<string, unknown> };

const listen = (socket: Socket) => {
  const heard: Heard[] = [];
  for (const event of EVENTS) socket.on(event, (payload: Record<string, unknown>) => heard.push({ event, payload }));
  return heard;
};

/** What a caller heard, as `event: field,field` with a point marked when it carries one. */
const summary = (heard: Heard[]) =>
  [...new Set(heard.map(({ event, payload }) => {
    const point = "lastLocation" in payload ? (payload.lastLocation ? " +point" : " -point") : "";
    const name = "personName" in payload ? " +name" : "";
    return `${event}${name}${point}`;
  }))].sort();

describe("[AUTH] the sockets' rooms and what each caller hears of a LAX case", () => {
  let server: SocketServer;
  beforeAll(async () => {
    server = await startSocketServer();
  });
  afterAll(() => server.close());

  it("joins each caller to the rooms of what they may read, and sends each only what their screens show", async () => {
    const callers = CALLERS.filter((c): c is Exclude<Caller, "anonymous"> => c !== "anonymous");
    const sockets = await Promise.all(callers.map((caller) => server.connectAs(staff[caller].user.id)));
    await expect(server.connect({})).rejects.toThrow("unauthorized");

    const [lax, laxRegion, hou] = await Promise.all([
      db.consulate.findUniqueOrThrow({ where: { code: "LAX" } }),
      db.region.findUniqueOrThrow({ where: { code: regionOf.LAX } }),
      db.consulate.findUniqueOrThrow({ where: { code: "HOU" } }),
    ]);
    const houRegion = hou.regionId;
    const rooms = Object.fromEntries(
      (await server.io.fetchSockets()).map((s) => [(s.data.scope as StaffScope).userId, [...s.rooms].filter((r) => r !== s.id).sort()]),
    );
    const roomsOf = (caller: Exclude<Caller, "anonymous">) => rooms[staff[caller].user.id];
    const own = (caller: Exclude<Caller, "anonymous">) => `user:${staff[caller].user.id}`;
    expect(roomsOf("officerLAX")).toEqual([`consulate:${lax.id}`, own("officerLAX")].sort());
    expect(roomsOf("legalLAX")).toEqual([`consulate:${lax.id}`, own("legalLAX")].sort());
    expect(roomsOf("officerHOU")).toEqual([`consulate:${hou.id}`, own("officerHOU")].sort());
    expect(roomsOf("supervisorLAX")).toEqual([`region-cases:${laxRegion.id}`, `region:${laxRegion.id}`, own("supervisorLAX")].sort());
    expect(roomsOf("supervisorHOU")).toEqual([`region-cases:${houRegion}`, `region:${houRegion}`, own("supervisorHOU")].sort());
    expect(roomsOf("admin")).toEqual([own("admin")]);

    const heard = Object.fromEntries(callers.map((caller, i) => [caller, listen(sockets[i])])) as Record<Exclude<Caller, "anonymous">, Heard[]>;
    // A new LAX case from the relay, then a transfer of it asked towards HOU; everyone asks to watch it.
    const key = await createTestRelayKey();
    const { caseId } = await (await (await import("@/app/api/v1/alerts/route")).POST(signedRequest({ key, body: panicEvent() }))).json();
    await db.case.update({ where: { id: caseId }, data: { status: "REFERRED_LEGAL_AID" } });
    await requestTransfer({ scope: author.LAX.scope, caseId, toConsulateCode: "HOU", reason: "Trasladado" });
    // A LAX incident changed: its consulate and its region's supervisors hear it, nobody else.
    await publishIncidents([await incident("LAX")]);
    for (const socket of sockets) socket.emit("presence:join", caseId);
    await waitFor(
      () =>
        heard.officerLAX.some((h) => h.event === "case:presence") &&
        heard.officerHOU.some((h) => h.event === "transfer:requested") &&
        heard.supervisorLAX.some((h) => h.event === "incident:changed"),
    );
    // Give a wrongly routed event time to arrive before asserting it did not.
    await new Promise((r) => setTimeout(r, 300));

    const got = Object.fromEntries(callers.map((caller) => [caller, summary(heard[caller])]));
    expect(got).toEqual({
      officerLAX: ["case:created +name +point", "case:presence", "case:updated +name +point", "incident:changed"],
      legalLAX: ["case:created +name +point", "case:presence", "case:updated +name +point", "incident:changed"],
      supervisorLAX: ["case:created +name -point", "case:presence", "case:updated +name -point", "incident:changed", "region:changed"],
      officerHOU: ["transfer:requested"],
      supervisorHOU: ["transfer:requested"],
      admin: [],
    });
    expect(heard.supervisorLAX.find((h) => h.event === "region:changed")?.payload).toEqual({ consulateCode: "LAX" });
  });
});
