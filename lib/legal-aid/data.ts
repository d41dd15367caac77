// Reads of legal-aid work, each within the scope the auth gate minted.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueWhere } from "@/lib/cases/data";
import { withSearch, type SearchableFilter } from "@/lib/cases/search";
import { compareQueue, QUEUE_LIMIT } from "@/lib/cases/filters";
import { ENDED_STATUSES, isEnded } from "@/lib/cases/lifecycle";
import { caseWhereForScope } from "@/lib/cases/policy";
import { caseSummarySelect, toCaseSummary } from "@/lib/cases/summary";
import { keyring } from "@/lib/privacy/keys-data";
import { openPerson } from "@/lib/privacy/person";
import { formatANumber } from "./a-number";
import { compareLegalQueue, nextDeadline } from "./deadline";
import type { LegalQueueFilter } from "./filters";
import { isUuid } from "@/lib/server/ids";
import { canWriteLegal } from "./policy";
import { legalRecordSelect, suggestTransfer } from "./record";
import { toTask } from "./tasks";

const assigneeWhere = (owner: string | null, scope: StaffScope): Prisma.CaseWhereInput => {
  if (owner === null) return {};
  if (owner === "unassigned") return { OR: [{ legalRecord: null }, { legalRecord: { assigneeId: null } }] };
  return { legalRecord: { assigneeId: owner === "me" ? scope.userId : owner } };
};

/**
 * The legal-aid queue: visible cases matching the filter (by default those
 * referred to legal aid), each with its legal-aid assignee, facility, next
 * deadline and number of overdue tasks; overdue first, then nearest deadline.
 */
/** The legal-aid queue's where-clause (its search blinded first: withSearch); also the CSV export's. */
export const legalQueueWhere = (scope: StaffScope, filter: LegalQueueFilter & Pick<SearchableFilter, "search">, now = new Date()): Prisma.CaseWhereInput => ({
  AND: [
    queueWhere(scope, { ...filter, owner: null }),
    assigneeWhere(filter.owner, scope),
    filter.overdue ? { tasks: { some: { status: "OPEN", dueAt: { lt: now } } } } : {},
  ],
});

export const listLegalAidCases = async (scope: StaffScope, filter: LegalQueueFilter, now = new Date()) => {
  // A search by name, phone, CURP or A-number matches the person's blind tokens (lib/cases/search.ts).
  const where = legalQueueWhere(scope, await withSearch(filter), now);
  const rows = await db.case.findMany({
    where,
    take: 5_000,
    select: {
      ...caseSummarySelect,
      person: { select: { fullName: true, aNumber: true } },
      legalRecord: {
        select: {
          referredAt: true,
          assigneeId: true,
          assignee: { select: { name: true } },
          custodyStatus: true,
          version: true,
          facilityOther: true,
          facility: { select: { name: true } },
        },
      },
      tasks: { where: { status: "OPEN" }, orderBy: { dueAt: "asc" }, take: 1, select: { id: true, title: true, dueAt: true } },
      hearings: {
        where: { cancelledAt: null, result: null, scheduledAt: { gte: now } },
        orderBy: { scheduledAt: "asc" },
        take: 1,
        select: { id: true, court: true, scheduledAt: true },
      },
      _count: { select: { tasks: { where: { status: "OPEN", dueAt: { lt: now } } } } },
    },
  });
  const ring = await keyring();
  const cases = rows.map((row) => {
    const [task] = row.tasks;
    const aNumber = ring.open(row.person.aNumber);
    const [hearing] = row.hearings;
    const legal = row.legalRecord;
    return {
      ...toCaseSummary(ring, row),
      aNumber: aNumber ? formatANumber(aNumber) : null,
      referredAt: legal?.referredAt?.toISOString() ?? null,
      /** The record's version for a PATCH straight from the row ("take"): 0 while no record exists. */
      recordVersion: legal?.version ?? 0,
      legalAssignee: legal?.assigneeId && legal.assignee ? { id: legal.assigneeId, name: legal.assignee.name } : null,
      custodyStatus: legal?.custodyStatus ?? null,
      facilityName: legal?.facility?.name ?? legal?.facilityOther ?? null,
      nextDeadline: nextDeadline([
        task ? { kind: "task", id: task.id, title: ring.open(task.title), at: task.dueAt } : null,
        hearing ? { kind: "hearing", id: hearing.id, title: hearing.court, at: hearing.scheduledAt } : null,
      ]),
      overdueTasks: row._count.tasks,
    };
  });
  cases.sort(compareLegalQueue<(typeof cases)[number]>(compareQueue));
  return { cases: cases.slice(0, QUEUE_LIMIT), total: cases.length };
};

/** The facilities to pick from, with the consulate whose jurisdiction holds each. */
export const listFacilities = async () => {
  const rows = await db.detentionFacility.findMany({
    where: { active: true },
    orderBy: [{ state: "asc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      city: true,
      state: true,
      lat: true,
      lng: true,
      countyFips: true,
      county: { select: { countyName: true, consulate: { select: { code: true } } } },
    },
  });
  return rows.map(({ county, ...f }) => ({ ...f, countyName: county.countyName, consulateCode: county.consulate.code }));
};

/**
 * The legal side of one case: record, A-number, hearings, tasks, transfers,
 * family messages and contacts, the transfer the facility suggests, and
 * whether this scope may write. Null when the case is not visible.
 */
export const getLegalDetail = async (scope: StaffScope, caseId: string, now = new Date()) => {
  if (!isUuid(caseId)) return null;
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseWhereForScope(scope)] },
    select: {
      id: true,
      status: true,
      consulateId: true,
      person: { select: { aNumber: true, preferredLanguage: true } },
      legalRecord: { select: legalRecordSelect },
      hearings: {
        orderBy: { scheduledAt: "asc" },
        select: { id: true, court: true, scheduledAt: true, type: true, judge: true, result: true, cancelledAt: true, version: true },
      },
      tasks: {
        orderBy: [{ status: "asc" }, { dueAt: "asc" }],
        select: { id: true, title: true, dueAt: true, status: true, ownerId: true, owner: { select: { name: true } }, completedAt: true, version: true },
      },
      transfers: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          reason: true,
          declineReason: true,
          createdAt: true,
          decidedAt: true,
          fromConsulate: { select: { code: true } },
          toConsulate: { select: { code: true } },
        },
      },
      familyMessages: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          contactId: true,
          template: true,
          locale: true,
          body: true,
          status: true,
          createdById: true,
          approvedById: true,
          approvedAt: true,
          attempts: true,
          sentAt: true,
          lastError: true,
          createdAt: true,
        },
      },
      contacts: { orderBy: { id: "asc" }, select: { id: true, name: true, phone: true, relationship: true, language: true } },
    },
  });
  if (!row) return null;
  const record = row.legalRecord;
  const pending = row.transfers.find((t) => t.status === "PENDING");
  const ring = await keyring();
  const { aNumber } = openPerson(ring, { fullName: null, aNumber: row.person.aNumber });
  return {
    caseId: row.id,
    writable: canWriteLegal(scope.role) && !isEnded(row.status),
    aNumber,
    aNumberDisplay: aNumber ? formatANumber(aNumber) : null,
    record: record
      ? {
          ...record,
          referredAt: record.referredAt?.toISOString() ?? null,
          detainedOn: record.detainedOn?.toISOString().slice(0, 10) ?? null,
          updatedAt: record.updatedAt.toISOString(),
          assignee: record.assigneeId && record.assignee ? { id: record.assigneeId, name: record.assignee.name } : null,
        }
      : null,
    /** The version to send with the next PATCH: 0 while no record exists. */
    recordVersion: record?.version ?? 0,
    hearings: row.hearings.map((h) => ({ ...h, scheduledAt: h.scheduledAt.toISOString(), cancelledAt: h.cancelledAt?.toISOString() ?? null })),
    tasks: row.tasks.map((t) => toTask(ring, t, now)),
    transfers: row.transfers.map((t) => ({
      id: t.id,
      status: t.status,
      reason: ring.open(t.reason),
      declineReason: ring.open(t.declineReason),
      from: t.fromConsulate.code,
      to: t.toConsulate.code,
      requestedAt: t.createdAt.toISOString(),
      decidedAt: t.decidedAt?.toISOString() ?? null,
    })),
    transferSuggestion: pending ? null : await suggestTransfer(db as unknown as Tx, { consulateId: row.consulateId, facilityId: record?.facilityId ?? null }),
    familyMessages: row.familyMessages.map((m) => ({
      ...m,
      body: ring.open(m.body),
      lastError: ring.open(m.lastError),
      contactId: String(m.contactId),
      approvedAt: m.approvedAt?.toISOString() ?? null,
      sentAt: m.sentAt?.toISOString() ?? null,
      createdAt: m.createdAt.toISOString(),
      /** The signed-in user may approve it: a draft someone else wrote. */
      approvable: m.status === "DRAFT" && m.createdById !== scope.userId && canWriteLegal(scope.role) && !isEnded(row.status),
    })),
    contacts: row.contacts.map((c) => ({
      ...c,
      id: String(c.id),
      name: ring.open(c.name),
      phone: ring.open(c.phone),
      language: c.language ?? row.person.preferredLanguage,
    })),
  };
};

export type LegalDetail = NonNullable<Awaited<ReturnType<typeof getLegalDetail>>>;

/** Who can be given legal-aid work on a case: its consulate's officers and legal-aid staff, its region's supervisors. */
/**
 * Who a referral of this case can name: the active legal-aid staff of its
 * consulate, each with how many open cases they hold, fewest first; the first
 * is the suggestion (the officer may pick another). Null when the case is not visible.
 */
export const listReferralAssignees = async (scope: StaffScope, caseId: string) => {
  if (!isUuid(caseId)) return null;
  const row = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] }, select: { consulateId: true } });
  if (!row) return null;
  const users = await db.user.findMany({
    where: { consulateId: row.consulateId, role: "LEGAL_AID", active: true },
    select: { id: true, name: true, _count: { select: { legalRecords: { where: { case: { status: { notIn: [...ENDED_STATUSES] } } } } } } },
  });
  const assignees = users
    .map((user) => ({ id: user.id, name: user.name, openCases: user._count.legalRecords }))
    .sort((a, b) => a.openCases - b.openCases || a.name.localeCompare(b.name, "es") || a.id.localeCompare(b.id));
  return { assignees, suggestedId: assignees[0]?.id ?? null };
};

export const listCaseWorkers = async (scope: StaffScope, caseId: string) => {
  if (!isUuid(caseId)) return null;
  const row = await db.case.findFirst({
    where: { AND: [{ id: caseId }, caseWhereForScope(scope)] },
    select: { consulateId: true, consulate: { select: { regionId: true } } },
  });
  if (!row) return null;
  return db.user.findMany({
    where: {
      active: true,
      OR: [
        { consulateId: row.consulateId, role: { in: ["OFFICER", "LEGAL_AID"] } },
        { regionId: row.consulate.regionId, role: "SUPERVISOR" },
      ],
    },
    select: { id: true, name: true, role: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
};
