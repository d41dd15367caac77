// Before and after of every field a write changes: the timeline's record of
// legal work. Values are compared in their JSON form (dates as ISO strings).
export type FieldChange = { field: string; before: unknown; after: unknown };

const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : (value ?? null));

/** The fields of `next` that differ from `current`; fields absent from `next` are unchanged. */
export const diffFields = (current: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] =>
  Object.keys(next)
    .filter((field) => next[field] !== undefined)
    .map((field) => ({ field, before: plain(current[field]), after: plain(next[field]) }))
    .filter(({ before, after }) => JSON.stringify(before) !== JSON.stringify(after));
