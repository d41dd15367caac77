// An administrator saves a consulate's settings: checked against the row as
// it stands (a body may carry a few fields), refused with a 409 naming the
// change another administrator made since the form was read, and written in
// one transaction with its history row and its audit entry. After the commit
// every instance drops its copy of the network (lib/consulates/data.ts).
import "server-only";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { forgetNetwork } from "./data";
import { crossFieldIssues, SETTING_FIELDS, type ConsulateSettings, type UpdateSettingsInput } from "./schema";
import { pickSettings, settingsSelect, toSettingChange } from "./settings-data";
import type { SettingChange, SettingChangeEntry } from "./types";

const invalid = (path: string, message: string) => new AppError("invalid_body", "invalid_body", { issues: [{ path, message }] });

export const updateConsulateSettings = async ({ scope, consulateId, input }: { scope: StaffScope; consulateId: string; input: UpdateSettingsInput }) => {
  const result = await db.$transaction(async (tx) => {
    // The row lock orders two saves of one consulate: the second reads the first's history.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text FROM "consulates" WHERE "id" = ${consulateId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found", "not_found");
    const row = await tx.consulate.findUniqueOrThrow({
      where: { id: consulateId },
      select: { code: true, ...settingsSelect, _count: { select: { settingChanges: true } } },
    });
    const current = row._count.settingChanges;
    if (input.version !== current) {
      const latest = await tx.consulateSettingChange.findFirst({
        where: { consulateId },
        orderBy: { id: "desc" },
        select: { id: true, changedAt: true, changes: true, changedBy: { select: { name: true } } },
      });
      throw new AppError("conflict", "stale_version", {
        details: { reason: "stale_version", target: "consulate_settings", currentVersion: current, change: latest ? toSettingChange(latest) : null },
      });
    }
    const before = pickSettings(row);
    const after: ConsulateSettings = { ...before };
    for (const field of SETTING_FIELDS) if (input[field] !== undefined) (after as Record<string, unknown>)[field] = input[field];
    const issues = crossFieldIssues(after);
    if (issues.length > 0) throw new AppError("invalid_body", "invalid_body", { issues });
    if (after.backupConsulateId !== before.backupConsulateId && after.backupConsulateId !== null) {
      if (after.backupConsulateId === consulateId) throw invalid("backupConsulateId", "not_itself");
      const backup = await tx.consulate.findUnique({ where: { id: after.backupConsulateId }, select: { id: true } });
      if (!backup) throw invalid("backupConsulateId", "unknown_consulate");
    }
    const changes: SettingChangeEntry[] = SETTING_FIELDS.filter((field) => after[field] !== before[field]).map((field) => ({
      field,
      from: before[field],
      to: after[field],
    }));
    if (changes.length === 0) return { version: current, change: null as SettingChange | null };
    await tx.consulate.update({ where: { id: consulateId }, data: Object.fromEntries(changes.map((c) => [c.field, c.to])) });
    const stored = await tx.consulateSettingChange.create({
      data: { consulateId, changedById: scope.userId, changes: changes as object[] },
      select: { id: true, changedAt: true, changes: true, changedBy: { select: { name: true } } },
    });
    await recordAudit(
      {
        action: "consulate.settings.update",
        actorUserId: scope.userId,
        targetType: "consulate",
        targetId: consulateId,
        data: { code: row.code, changeId: String(stored.id), fields: changes.map((c) => c.field) },
      },
      tx,
    );
    return { version: current + 1, change: toSettingChange(stored) };
  });
  if (result.change) await forgetNetwork();
  return result;
};
