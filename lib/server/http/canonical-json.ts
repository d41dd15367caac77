import { createHash } from "node:crypto";

// Idempotency compares bodies by meaning, not by bytes: a relay that
// re-serialises a retry (other key order, other whitespace) still gets its
// "duplicate", while any change of a value is a conflict.
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
};

export const canonicalSha256 = (value: unknown) => createHash("sha256").update(canonical(value)).digest("hex");
