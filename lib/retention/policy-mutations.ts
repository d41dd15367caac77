// An administrator changes one class's schedule at the version the screen
// read: a save made meanwhile is named in the 409 (who, when, what it set),
// not overwritten. Audited with the schedule before and after, in the same
// transaction.
import "server-only";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { policySelect, toPolicyView, type RetentionPolicyView } from "./policy-data";
import { scheduleIssues, type RetentionClassName, type UpdateRetentionPolicyInput } from "./schema";

export const updateRetentionPolicy = async ({
  scope,
  retentionClass,
  input,
}: {
  scope: StaffScope;
  retentionClass: RetentionClassName;
  input: UpdateRetentionPolicyInput;
}): Promise<RetentionPolicyView> => {
  const issues = scheduleIssues(input);
  if (issues.length > 0) throw new AppError("invalid_body", "invalid_body", { issues });
  return db.$transaction(async (tx) => {
    // The row lock orders two saves of one class: the second sees the first's version.
    await tx.$queryRaw`SELECT "class" FROM "retention_policies" WHERE "class" = ${retentionClass}::"RetentionClass" FOR UPDATE`;
    const row = await tx.retentionPolicy.findUnique({ where: { class: retentionClass }, select: policySelect });
    if (!row) throw new AppError("not_found", "not_found");
    const current = toPolicyView(row);
    if (current.version !== input.version) {
      throw new AppError("conflict", "stale_version", {
        details: { reason: "stale_version", target: "retention_policy", currentVersion: current.version, policy: current },
      });
    }
    const before = { coarsenAfterDays: current.coarsenAfterDays, purgeAfterDays: current.purgeAfterDays };
    const after = { coarsenAfterDays: input.coarsenAfterDays, purgeAfterDays: input.purgeAfterDays };
    // Saving what stands changes nothing, and moves no version another screen holds.
    if (before.coarsenAfterDays === after.coarsenAfterDays && before.purgeAfterDays === after.purgeAfterDays) return current;
    const saved = await tx.retentionPolicy.update({
      where: { class: retentionClass },
      data: { ...after, version: { increment: 1 }, updatedById: scope.userId, updatedAt: new Date() },
      select: policySelect,
    });
    await recordAudit(
      { action: "retention.policy.update", actorUserId: scope.userId, targetType: "retention_policy", targetId: retentionClass, data: { before, after } },
      tx,
    );
    return toPolicyView(saved);
  });
};
