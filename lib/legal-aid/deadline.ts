// A case's next deadline on the legal-aid queue: the earliest of its open
// tasks' due times and its upcoming hearings. Pure, so the queue's order and
// the page's badge agree.
export type Deadline = { kind: "task" | "hearing"; id: string; title: string; at: string };

type Candidate = { kind: "task" | "hearing"; id: string; title: string; at: Date };

export const nextDeadline = (candidates: readonly (Candidate | null)[]): Deadline | null => {
  const present = candidates.filter((c): c is Candidate => c !== null);
  if (present.length === 0) return null;
  const first = present.reduce((a, b) => (b.at.getTime() < a.at.getTime() ? b : a));
  return { ...first, at: first.at.toISOString() };
};

/** Overdue cases first, then by next deadline (none last), then the given tie-break. */
export const compareLegalQueue =
  <T extends { overdueTasks: number; nextDeadline: Deadline | null }>(tieBreak: (a: T, b: T) => number) =>
  (a: T, b: T) =>
    Number(b.overdueTasks > 0) - Number(a.overdueTasks > 0) ||
    (a.nextDeadline ? Date.parse(a.nextDeadline.at) : Infinity) - (b.nextDeadline ? Date.parse(b.nextDeadline.at) : Infinity) ||
    tieBreak(a, b);
