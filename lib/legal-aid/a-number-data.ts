// The A-number as stored: sealed on people.a_number, its blind index on
// people.a_number_bidx (the unique index: one number, one person) and its
// "a:" token among the person's search tokens (copied to their cases). Every
// read and write of the column goes through here.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { caseWhereForScope } from "@/lib/cases/policy";
import type { Keyring } from "@/lib/privacy/keyring";
import { aNumberIndex } from "@/lib/privacy/person";

/** Whether the person holding this A-number has a case this scope may see. */
export const holdsVisibleANumber = async (scope: StaffScope, ring: Keyring, aNumber: string) => {
  const bidx = aNumberIndex(ring, aNumber);
  if (!bidx) return false;
  return (await db.person.count({ where: { aNumberBidx: bidx, cases: { some: caseWhereForScope(scope) } } })) > 0;
};

/** The person's A-number in clear (canonical nine digits), or null. */
export const readANumber = async (tx: Tx, ring: Keyring, personId: string) => {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { aNumber: true } });
  return ring.open(person.aNumber);
};

/**
 * Stores the A-number sealed, with its blind index and search token (other
 * tokens kept). A number another person holds fails on the unique index of
 * the blind index (people_a_number_bidx_key).
 */
export const writeANumber = async (tx: Tx, ring: Keyring, { personId, aNumber }: { personId: string; aNumber: string | null }) => {
  const { searchTokens } = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { searchTokens: true } });
  const bidx = aNumberIndex(ring, aNumber);
  await tx.person.update({
    where: { id: personId },
    data: {
      aNumber: ring.seal(aNumber),
      aNumberBidx: bidx,
      searchTokens: [...searchTokens.filter((t) => !t.startsWith("a:")), ...(bidx ? [bidx] : [])],
    },
  });
};
