// Reads of the subject view: the search over blind indexes, and one person's
// whole record as this scope may see it. A record is never read without its
// audit row: readSubject writes it before it returns.
import { readThenAudit } from "@/lib/audit/reads";
import type { Keyring } from "@/lib/privacy/keyring";
import "server-only";
import { blindQuery } from "@/lib/privacy/blind-index";
import { keyring } from "@/lib/privacy/keys-data";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/server/ids";
import type { StaffScope } from "@/lib/server/auth/scope";
import { auditSubject } from "./audit";
import { subjectCaseWhere, subjectPersonWhere } from "./policy";
import type { StatedPurpose } from "./schema";
import { openStoredCase, openStoredCorrection, openStoredPerson, storedCaseSelect, storedPersonSelect } from "./stored";

const MAX_TERMS = 5;
const MAX_RESULTS = 50;

export type SubjectMatch = {
  id: string;
  fullName: string | null;
  birthYear: string | null;
  caseCount: number;
  consulates: string[];
};

/**
 * People whose whole words (name, phone, CURP, A-number) match every term,
 * among those this scope may look up. Audited as a read: its terms as blind
 * hashes, the cases of the people it found.
 */
export const searchSubjects = async ({ scope, q, clientAddress }: { scope: StaffScope; q: string; clientAddress: string }): Promise<SubjectMatch[]> => {
  const ring = await keyring();
  const terms = blindQuery(ring, q).slice(0, MAX_TERMS);
  if (terms.length === 0) return [];
  return readThenAudit(
    () => findSubjects(ring, scope, terms),
    ({ caseIds }) => ({ actorUserId: scope.userId, kind: "search", from: "subject", ip: clientAddress, terms, caseIds }),
  ).then(({ matches }) => matches);
};

const findSubjects = async (ring: Keyring, scope: StaffScope, terms: string[][]) => {
  const caseWhere = subjectCaseWhere(scope);
  const rows = await db.person.findMany({
    where: { AND: [subjectPersonWhere(scope), ...terms.map((alternatives) => ({ searchTokens: { hasSome: alternatives } }))] },
    select: {
      id: true,
      ...storedPersonSelect,
      cases: { where: caseWhere, select: { id: true, consulate: { select: { code: true } } } },
    },
    orderBy: { createdAt: "asc" },
    take: MAX_RESULTS,
  });
  const caseIds = rows.flatMap((row) => row.cases.map((c) => c.id));
  const matches = rows.map(({ id, cases, ...stored }): SubjectMatch => {
    const person = openStoredPerson(ring, stored);
    return {
      id,
      fullName: person.fullName,
      birthYear: person.birthDate?.slice(0, 4) ?? null,
      caseCount: cases.length,
      consulates: [...new Set(cases.map((c) => c.consulate.code))].sort(),
    };
  });
  return { matches, caseIds };
};

const loadRecord = async (scope: StaffScope, personId: string) => {
  if (!isUuid(personId)) return null;
  const row = await db.person.findFirst({
    where: { AND: [{ id: personId }, subjectPersonWhere(scope)] },
    select: {
      id: true,
      ...storedPersonSelect,
      preferredLanguage: true,
      registeredConsulate: true,
      createdAt: true,
      updatedAt: true,
      cases: {
        where: subjectCaseWhere(scope),
        orderBy: { alertAt: "asc" },
        select: {
          id: true,
          number: true,
          status: true,
          outcome: true,
          priority: true,
          countyFips: true,
          alertAt: true,
          acknowledgedAt: true,
          contactedAt: true,
          closedAt: true,
          consulate: { select: { code: true, name: true } },
          owner: { select: { name: true } },
          hearings: {
            select: { court: true, scheduledAt: true, type: true, judge: true, result: true, cancelledAt: true },
            orderBy: { scheduledAt: "asc" },
          },
          tasks: { select: { title: true, dueAt: true, status: true, completedAt: true, owner: { select: { name: true } } }, orderBy: { dueAt: "asc" } },
          ...storedCaseSelect,
        },
      },
      corrections: {
        select: { field: true, before: true, after: true, reason: true, createdAt: true, correctedBy: { select: { name: true } } },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!row) return null;
  const ring = await keyring();
  const { id, cases, corrections, preferredLanguage, registeredConsulate, createdAt, updatedAt, ...stored } = row;
  return {
    person: { id, ...openStoredPerson(ring, stored), preferredLanguage, registeredConsulate, createdAt, updatedAt, version: updatedAt.toISOString() },
    cases: cases.map((c) => ({
      id: c.id,
      number: c.number,
      consulate: c.consulate,
      status: c.status,
      outcome: c.outcome,
      priority: c.priority,
      countyFips: c.countyFips,
      alertAt: c.alertAt,
      acknowledgedAt: c.acknowledgedAt,
      contactedAt: c.contactedAt,
      closedAt: c.closedAt,
      owner: c.owner?.name ?? null,
      hearings: c.hearings,
      tasks: c.tasks.map((t) => ({ ...t, title: ring.open(t.title), owner: t.owner.name })),
      ...openStoredCase(ring, c),
    })),
    corrections: corrections.map((c) => ({ at: c.createdAt, by: c.correctedBy.name, ...openStoredCorrection(ring, c) })),
  };
};

export type SubjectRecord = NonNullable<Awaited<ReturnType<typeof loadRecord>>>;

type SubjectRead = {
  scope: StaffScope;
  personId: string;
  purpose: StatedPurpose;
  clientAddress: string;
  /** "exported": the record leaves the system as a file (the audit row says so). */
  as?: "viewed" | "exported";
};

/**
 * One person's record with the cases this scope sees, or null when the person
 * does not exist or has no case this scope sees (indistinguishable on
 * purpose). Audited with the purpose and the case ids it held.
 */
export const readSubject = async ({ scope, personId, purpose, clientAddress, as = "viewed" }: SubjectRead): Promise<SubjectRecord | null> => {
  const record = await loadRecord(scope, personId);
  if (!record) return null;
  await auditSubject({
    scope,
    action: as === "exported" ? "subject.exported" : "subject.viewed",
    personId,
    caseIds: record.cases.map((c) => c.id),
    clientAddress,
    purpose,
  });
  return record;
};
