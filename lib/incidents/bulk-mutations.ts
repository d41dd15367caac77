// Bulk actions on an incident's cases: one transaction over all the listed
// cases, each at the version the screen showed. The cases are locked first
// (in id order, so two bulk actions over the same cases wait rather than
// deadlock); one that moved on makes the whole request a 409 that lists it,
// and nothing is written. Each case's move is the lifecycle's own
// (lib/cases/lifecycle.ts checkAction, lib/cases/mutations.ts applyTransition
// and applyAssignment): one timeline entry per case, as if done one by one.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError, isAppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { AfterCommit } from "@/lib/server/jobs/queue";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkAction, type CaseAction } from "@/lib/cases/lifecycle";
import { applyAssignment, applyTransition, caseStateSelect } from "@/lib/cases/mutations";
import { caseWhereForScope } from "@/lib/cases/policy";
import { caseSummarySelect, toCaseSummary } from "@/lib/cases/summary";
import { keyring } from "@/lib/privacy/keys-data";
import { addTimeline } from "@/lib/cases/timeline";
import { withPlace } from "@/lib/cases/with-place";
import { StaleWrite } from "@/lib/cases/write";
import type { CaseSummary } from "@/lib/cases/events";
import { familyParamsFor, sealRendered } from "@/lib/family/mutations";
import { wakeOutbox } from "@/lib/family/outbox-signal";
import { familyLocale, renderFamilyMessage, type FamilyTemplate } from "@/lib/family/templates";
import { assertCanWriteLegal } from "@/lib/legal-aid/policy";
import { findVisibleIncident } from "./data";
import { publishCases, publishIncidents } from "./publish";
import type { BulkInput } from "./schema";
import type { BulkResult, BulkStale } from "./types";
import { errorMessage, log } from "@/lib/server/log";

// The family update renders the consulate's name into its template.
const bulkSelect = { ...caseStateSelect, consulate: { select: { ...caseSummarySelect.consulate.select, name: true } } } satisfies Prisma.CaseSelect;
type BulkRow = Prisma.CaseGetPayload<{ select: typeof bulkSelect }>;

type Ref = { id: string; number: string };

class BulkStaleError extends Error {
  constructor(readonly stale: Ref[]) {
    super("stale");
  }
}

/** What the lifecycle is asked for each action (the family update follows legal aid's rule instead). */
const LIFECYCLE: Record<Exclude<BulkInput["action"], "family_update">, CaseAction> = {
  take: { kind: "transition", to: "ACKNOWLEDGED" },
  assign: { kind: "assign" },
  refer: { kind: "transition", to: "REFERRED_LEGAL_AID" },
  close_false_alarm: { kind: "transition", to: "NOT_DETAINED" },
};

const refusalOf = (scope: StaffScope, row: BulkRow, action: BulkInput["action"]): string | null => {
  if (action === "family_update") {
    try {
      assertCanWriteLegal(scope, row.status);
      return null;
    } catch (error) {
      if (isAppError(error)) return error.message;
      throw error;
    }
  }
  return checkAction({ userId: scope.userId, role: scope.role }, { status: row.status, ownerId: row.ownerId, duress: row.duress, rescinded: row.rescinded }, LIFECYCLE[action]);
};

/** The approved family update to each contact of the case with a phone; one timeline entry for the case. */
const sendFamilyUpdate = async (tx: Tx, { scope, row, template, now }: { scope: StaffScope; row: BulkRow; template: FamilyTemplate; now: Date }) => {
  // One query at a time: a transaction is one connection.
  const contacts = await tx.caseContact.findMany({ where: { caseId: row.id, phone: { not: null } }, select: { id: true, name: true, phone: true, language: true }, orderBy: { id: "asc" } });
  if (contacts.length === 0) return 0;
  const person = await tx.person.findUniqueOrThrow({ where: { id: row.personId }, select: { preferredLanguage: true } });
  const ring = await keyring();
  const messageIds: string[] = [];
  for (const contact of contacts) {
    const locale = familyLocale(contact.language ?? person.preferredLanguage);
    const rendered = renderFamilyMessage({ template, locale, params: await familyParamsFor(tx, { row, template, locale }) });
    if (!rendered.ok) throw new AppError("invalid_body", "template_data", { issues: rendered.issues.map((message) => ({ path: "template", message })) });
    // The caller picked one fixed template for all and may approve: approving is this request.
    const message = await tx.familyMessage.create({
      data: {
        caseId: row.id,
        contactId: contact.id,
        template,
        locale,
        ...sealRendered(ring, rendered),
        phone: contact.phone!,
        createdById: scope.userId,
        status: "APPROVED",
        approvedById: scope.userId,
        approvedAt: now,
        nextAttemptAt: now,
      },
      select: { id: true },
    });
    messageIds.push(message.id);
  }
  await addTimeline(tx, {
    caseId: row.id,
    kind: "FAMILY_MESSAGE",
    actorUserId: scope.userId,
    data: { template, status: "APPROVED", contactName: contacts.map((c) => ring.open(c.name)).join(", "), messageIds, incidentId: row.incidentId },
  });
  return messageIds.length;
};

const applyOne = async (
  tx: Tx,
  { scope, row, version, request, now, afterCommit }: { scope: StaffScope; row: BulkRow; version: number; request: BulkInput; now: Date; afterCommit: (effect: AfterCommit) => void },
) => {
  switch (request.action) {
    case "take":
      return applyTransition(tx, { scope, row, version, to: "ACKNOWLEDGED", afterCommit });
    case "assign":
      return applyAssignment(tx, { scope, row, version, ownerId: request.ownerId! });
    case "refer":
      return applyTransition(tx, { scope, row, version, to: "REFERRED_LEGAL_AID", legalAssigneeId: request.legalAssigneeId, reason: request.reason, afterCommit });
    case "close_false_alarm":
      return applyTransition(tx, { scope, row, version, to: "NOT_DETAINED", reason: request.reason, afterCommit });
    case "family_update": {
      const sent = await sendFamilyUpdate(tx, { scope, row, template: request.template!, now });
      return sent > 0 ? toCaseSummary(await keyring(), await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: caseSummarySelect })) : null;
    }
  }
};

/** Runs one bulk action; `{ stale }` when a listed case moved on (nothing written). */
export const bulkIncidentAction = async ({ scope, incidentId, request }: { scope: StaffScope; incidentId: string; request: BulkInput }): Promise<BulkResult | BulkStale> => {
  const ids = request.cases.map((c) => c.id);
  const effects: AfterCommit[] = [];
  let done: { cases: CaseSummary[]; skipped: Ref[] };
  try {
    done = await db.$transaction(
      async (tx) => {
        const incident = await findVisibleIncident(tx, { scope, incidentId, select: { id: true } });
        await tx.$queryRaw`SELECT "id" FROM "cases" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
        const rows = await tx.case.findMany({ where: { AND: [{ id: { in: ids } }, { incidentId: incident.id }, caseWhereForScope(scope)] }, select: bulkSelect });
        const byId = new Map(rows.map((row) => [row.id, row]));
        const outside = request.cases.flatMap((c, i) => (byId.has(c.id) ? [] : [{ path: `cases.${i}.id`, message: "not a case of this incident" }]));
        if (outside.length > 0) throw new AppError("invalid_body", "invalid_body", { issues: outside });
        const stale = request.cases.filter((c) => byId.get(c.id)!.version !== c.version).map((c) => byId.get(c.id)!);
        if (stale.length > 0) throw new BulkStaleError(stale.map(({ id, number }) => ({ id, number })));
        const refused = rows.flatMap((row) => {
          const reason = refusalOf(scope, row, request.action);
          return reason ? [{ id: row.id, number: row.number, reason }] : [];
        });
        if (refused.length > 0) {
          // A move the lifecycle does not allow from a case's status is a conflict; one this person may not make is forbidden.
          const conflict = refused.some((r) => r.reason === "not_allowed" || r.reason === "case_closed");
          throw new AppError(conflict ? "conflict" : "forbidden", "refused", { details: { reason: "refused", refused } });
        }
        const now = new Date();
        const cases: CaseSummary[] = [];
        const skipped: Ref[] = [];
        for (const { id, version } of request.cases) {
          const row = byId.get(id)!;
          try {
            const written = await applyOne(tx, { scope, row, version, request, now, afterCommit: (effect) => effects.push(effect) });
            if (written) cases.push(written);
            else skipped.push({ id: row.id, number: row.number });
          } catch (error) {
            if (error instanceof StaleWrite) throw new BulkStaleError([{ id: row.id, number: row.number }]);
            // Which case it was: the screen names it.
            if (isAppError(error)) throw new AppError(error.code, error.message, { issues: error.issues, details: { ...error.details, case: { id: row.id, number: row.number } } });
            throw error;
          }
        }
        if (request.action === "family_update" && cases.length > 0) effects.push(wakeOutbox);
        await recordAudit(
          {
            action: `incident.bulk.${request.action}`,
            actorUserId: scope.userId,
            targetType: "incident",
            targetId: incident.id,
            data: { caseIds: cases.map((c) => c.id), ...(request.ownerId && { ownerId: request.ownerId }), ...(request.template && { template: request.template }) },
          },
          tx,
        );
        return { cases, skipped };
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof BulkStaleError) return { error: "stale", stale: error.stale };
    throw error;
  }
  await publishCases(done.cases.map((c) => c.id));
  await publishIncidents([incidentId]);
  for (const effect of effects) await Promise.resolve(effect()).catch((error) => log("incidents").error({ error: errorMessage(error) }, "after-commit failed"));
  return { updated: done.cases.length, cases: done.cases.map(withPlace), ...(done.skipped.length > 0 && { skipped: done.skipped }) };
};
