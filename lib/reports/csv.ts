// CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a
// comma, quote or line break, quotes doubled. A cell that a spreadsheet would
// read as a formula (=, +, -, @, or a leading tab or carriage return) gets a
// leading apostrophe, so an exported name cannot run code on an officer's PC.
const FORMULA_START = /^[=+\-@\t\r]/;

export const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const toCsv = (header: readonly string[], rows: readonly (readonly unknown[])[]) =>
  [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
