// <input type="datetime-local"> speaks the browser's wall-clock time without
// a zone; the API wants an instant. Both ways here, so no form gets it wrong.
const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-03-14T09:30" in the browser's zone, for an input's value. */
export const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The instant an input's value names, as ISO 8601; null for an empty or impossible value. */
export const fromLocalInput = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};
