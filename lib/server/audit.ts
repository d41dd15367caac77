// The audit log: an append-only table every domain, and the auth gate, write
// to. It knows no domain, so it lives with the other infrastructure.
import "server-only";
import { db, type Tx } from "@/lib/server/db";

type AuditEntry = {
  action: string;
  actorUserId?: string | null;
  actorKeyId?: string | null;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
};

/** Appends to the audit log, inside the caller's transaction when given one. */
export const recordAudit = async (entry: AuditEntry, tx?: Tx) => {
  await (tx ?? db).auditLog.create({
    data: {
      action: entry.action,
      actorUserId: entry.actorUserId ?? null,
      actorKeyId: entry.actorKeyId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      data: (entry.data ?? {}) as object,
    },
  });
};
