// Human case numbers: <consulate code>-<year>-<6-digit sequence>, e.g.
// LAX-2026-000123. The sequence is per consulate and year (case_counters).

const PATTERN = /^([A-Z]{3})-(\d{4})-(\d{6})$/;

export const formatCaseNumber = ({ code, year, sequence }: { code: string; year: number; sequence: number }) => {
  if (!/^[A-Z]{3}$/.test(code)) throw new RangeError(`Invalid consulate code: ${code}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) {
    throw new RangeError(`Case sequence out of range: ${sequence}`);
  }
  return `${code}-${year}-${String(sequence).padStart(6, "0")}`;
};

export const parseCaseNumber = (value: string) => {
  const match = PATTERN.exec(value.trim().toUpperCase());
  if (!match) return null;
  return { code: match[1], year: Number(match[2]), sequence: Number(match[3]) };
};

/** The calendar year at `at` in the consulate's time zone (a case opened on 31 December, 22:00 in Los Angeles, is that year's). */
export const yearInZone = (at: Date, timeZone: string) =>
  Number(new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric" }).format(at));
