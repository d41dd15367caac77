// What the case page shows of a legal hold, from a case row: shared by the
// page's read and the hold's writes (whose answer the panel shows at once).
export type LegalHoldView = {
  caseId: string;
  /** The case version this view was read at: the panel shows the newest of the page's and a write's. */
  version: number;
  held: { at: string; byName: string | null; reason: string } | null;
  purged: boolean;
};

export const legalHoldSelect = {
  id: true,
  version: true,
  legalHoldAt: true,
  legalHoldReason: true,
  legalHoldBy: { select: { name: true } },
  purgedAt: true,
} as const;

type HoldRow = {
  id: string;
  version: number;
  legalHoldAt: Date | null;
  legalHoldReason: string | null;
  legalHoldBy: { name: string } | null;
  purgedAt: Date | null;
};

export const toLegalHoldView = (row: HoldRow): LegalHoldView => ({
  caseId: row.id,
  version: row.version,
  held: row.legalHoldAt ? { at: row.legalHoldAt.toISOString(), byName: row.legalHoldBy?.name ?? null, reason: row.legalHoldReason ?? "" } : null,
  purged: row.purgedAt !== null,
});
