// A correction of a person's fields: at the version the screen read (409 if
// the person changed since), the person sealed again with fresh blind tokens
// (a trigger copies them to the person's cases) and A-number index, and one
// person_corrections row per changed field with the value before and after,
// both sealed. One transaction; audited inside it. Each of the person's cases
// gets a timeline entry naming the fields (never the values) and is pushed
// live, so an open queue or case page shows the corrected name at once.
import "server-only";
import { publishCaseChanges } from "@/lib/cases/publish";
import { addTimeline } from "@/lib/cases/timeline";
import { keyring } from "@/lib/privacy/keys-data";
import type { OpenPerson } from "@/lib/privacy/person";
import { sealPerson } from "@/lib/privacy/person";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import type { StaffScope } from "@/lib/server/auth/scope";
import { violatedUniqueIndex } from "@/lib/server/unique-violation";
import { auditSubject } from "./audit";
import { subjectCaseWhere, subjectPersonWhere } from "./policy";
import { CORRECTABLE_FIELDS, type CorrectionInput } from "./schema";
import { openStoredPerson, storedPersonSelect } from "./stored";

const A_NUMBER_TAKEN = () =>
  new AppError("conflict", "a_number_taken", {
    issues: [{ path: "changes.aNumber", message: "is already recorded for another person" }],
    details: { reason: "a_number_taken" },
  });

type Correction = { scope: StaffScope; personId: string; input: CorrectionInput; clientAddress: string };

/** The fields corrected, and the person's new version; not_found when this scope may not see the person. */
export const correctPerson = async ({ scope, personId, input, clientAddress }: Correction) => {
  if (!isUuid(personId)) throw new AppError("not_found", "not_found");
  const ring = await keyring();
  let result: { fields: string[]; version: string; caseIds: string[] };
  try {
    result = await db.$transaction(async (tx) => {
      // The row lock makes the version check and the write one step: a second correction waits, then sees the new version.
      await tx.$queryRaw`SELECT 1 FROM people WHERE id = ${personId}::uuid FOR UPDATE`;
      const row = await tx.person.findFirst({
        where: { AND: [{ id: personId }, subjectPersonWhere(scope)] },
        select: { ...storedPersonSelect, updatedAt: true, cases: { where: subjectCaseWhere(scope), select: { id: true } } },
      });
      if (!row) throw new AppError("not_found", "not_found");
      const version = row.updatedAt.toISOString();
      if (version !== new Date(input.version).toISOString()) {
        throw new AppError("conflict", "stale", { details: { reason: "stale_version", version } });
      }
      const before = openStoredPerson(ring, row);
      const after: OpenPerson = { ...before, ...input.changes };
      const changed = CORRECTABLE_FIELDS.filter((field) => field in input.changes && before[field] !== after[field]);
      if (changed.length === 0) return { fields: [], version, caseIds: [] };

      const { aNumberBidx, ...sealed } = sealPerson(ring, after);
      if (changed.includes("aNumber") && aNumberBidx) {
        const holder = await tx.person.findFirst({ where: { aNumberBidx, NOT: { id: personId } }, select: { id: true } });
        if (holder) throw A_NUMBER_TAKEN();
      }
      const updated = await tx.person.update({ where: { id: personId }, data: { ...sealed, aNumberBidx }, select: { updatedAt: true } });
      const reason = ring.seal(input.reason);
      await tx.personCorrection.createMany({
        data: changed.map((field) => ({
          personId,
          field,
          before: ring.seal(before[field]),
          after: ring.seal(after[field]),
          reason,
          correctedById: scope.userId,
        })),
      });
      await auditSubject(
        { scope, action: "subject.corrected", personId, caseIds: row.cases.map((c) => c.id), clientAddress, fields: changed },
        tx,
      );
      // Every case of the person shows the corrected data, so each says so (a case of another region too).
      const cases = await tx.case.findMany({ where: { personId }, select: { id: true } });
      for (const { id } of cases) {
        await addTimeline(tx, { caseId: id, kind: "PERSON_CORRECTED", actorUserId: scope.userId, data: { fields: changed } });
      }
      return { fields: changed, version: updated.updatedAt.toISOString(), caseIds: cases.map((c) => c.id) };
    });
  } catch (error) {
    // Two corrections racing to the same A-number: the unique index decides.
    if (violatedUniqueIndex(error)?.includes("a_number_bidx")) throw A_NUMBER_TAKEN();
    throw error;
  }
  const { caseIds, ...answer } = result;
  await publishCaseChanges("case:updated", caseIds);
  return answer;
};
