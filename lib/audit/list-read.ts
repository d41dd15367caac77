// The audited reads of lists of cases (queues, maps, incidents, exports): the
// row names every case the answer held, so it is written once the read is
// known, and the answer waits for its commit. With a search text the row is
// read.search, its terms as blind hashes (search-terms.ts), `from` naming the
// list searched.
import "server-only";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { ReadPurpose } from "./read-purpose";
import { readThenAudit, type ReadEntry, type ReadKind } from "./reads";
import { blindSearchTerms } from "./search-terms";

type ListRead<T> = {
  scope: StaffScope;
  kind: ReadKind;
  address: string;
  read: () => Promise<T>;
  caseIds: (result: T) => readonly string[];
  /** The search text, if any (never stored). */
  q?: string;
  purpose?: ReadPurpose;
  /** Anything else the row keeps (an export's filter without its text, its row count). */
  extra?: (result: T) => Pick<ReadEntry, "count" | "filter" | "truncated">;
};

export const readListAudited = async <T>({ scope, kind, address, read, caseIds, q, purpose, extra }: ListRead<T>): Promise<T> => {
  // Hashed while the list is read; a keyring that cannot load fails the read like the audit would.
  const terms = q?.trim() ? blindSearchTerms(q) : null;
  terms?.catch(() => undefined);
  let blind: string[][] | null = null;
  const result = await readThenAudit(
    async () => {
      const [value, hashed] = await Promise.all([read(), terms]);
      blind = hashed ?? null;
      return value;
    },
    (value) => ({
      actorUserId: scope.userId,
      kind: blind && kind !== "export" ? "search" : kind,
      ip: address,
      caseIds: caseIds(value),
      ...(blind ? { terms: blind, ...(kind !== "export" ? { from: kind } : {}) } : {}),
      ...(purpose ? { purpose } : {}),
      ...extra?.(value),
    }),
  );
  return result;
};
