// The kinds of read the read audit records (lib/audit/reads.ts), each written
// as the action `read.<kind>`: the audit view's filter and labels list them
// from here, so a new kind cannot be written without being named there.
export const READ_KINDS = ["case", "trail", "legal", "search", "queue", "map", "legal_queue", "incident", "tasks", "transfers", "export", "subject", "region"] as const;

export type ReadKind = (typeof READ_KINDS)[number];
