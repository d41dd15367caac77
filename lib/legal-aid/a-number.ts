// Alien registration numbers (A-numbers): "A" and 8 or 9 digits, written in
// many ways ("A-123-456-789", "a 12345678", "123456789"). Stored in one
// canonical form, nine digits zero-padded, so that the same number typed two
// ways is one number, and the database's unique index can hold it.
export type ANumberResult = { ok: true; value: string } | { ok: false; reason: "format" | "zero" };

export const normalizeANumber = (input: string): ANumberResult => {
  const compact = input.trim().replace(/[\s.\-–—]/g, "").replace(/^a#?/i, "");
  if (!/^\d{8,9}$/.test(compact)) return { ok: false, reason: "format" };
  if (/^0+$/.test(compact)) return { ok: false, reason: "zero" };
  return { ok: true, value: compact.padStart(9, "0") };
};

/** "A123-456-789": how staff read and say it. */
export const formatANumber = (canonical: string) =>
  `A${canonical.slice(0, 3)}-${canonical.slice(3, 6)}-${canonical.slice(6)}`;
