// Which unique index a failed write ran into. Prisma reports it as P2002 for
// its own queries and as P2010 carrying PostgreSQL's 23505 for raw SQL; both
// name the index in the driver adapter's cause.

type AdapterCause = { originalCode?: string; constraint?: { index?: string; fields?: string[] } };

type PrismaFailure = { code?: unknown; meta?: { target?: string | string[]; driverAdapterError?: { cause?: AdapterCause } } };

/**
 * The violated unique index's name, the empty string when the driver did not
 * name it, or null when `error` is no unique violation. Duck-typed: Next's
 * bundles may hold another copy of Prisma's error classes than the client's.
 */
export const violatedUniqueIndex = (error: unknown): string | null => {
  if (typeof error !== "object" || error === null) return null;
  const { code, meta } = error as PrismaFailure;
  const cause = meta?.driverAdapterError?.cause;
  if (code !== "P2002" && cause?.originalCode !== "23505") return null;
  const named = cause?.constraint?.index ?? cause?.constraint?.fields ?? meta?.target ?? "";
  return Array.isArray(named) ? named.join(",") : named;
};
