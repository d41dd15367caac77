// The person's fields as stored (sealed) and as staff read them. Every read
// of a person goes through openPerson, every write through sealPerson, so
// that no path stores a clear value or shows a sealed one.
import { aNumberForm, blindPerson, allTokens } from "./blind-index";
import type { Keyring } from "./keyring";

export type StoredPerson = {
  fullName: string | null;
  birthDate?: string | null;
  phone?: string | null;
  curp?: string | null;
  consularIdNumber?: string | null;
  aNumber?: string | null;
};

export type OpenPerson = {
  fullName: string | null;
  birthDate: string | null;
  phone: string | null;
  curp: string | null;
  consularIdNumber: string | null;
  aNumber: string | null;
};

export const openPerson = (ring: Keyring, stored: StoredPerson): OpenPerson => ({
  fullName: ring.open(stored.fullName),
  birthDate: ring.open(stored.birthDate ?? null),
  phone: ring.open(stored.phone ?? null),
  curp: ring.open(stored.curp ?? null),
  consularIdNumber: ring.open(stored.consularIdNumber ?? null),
  aNumber: ring.open(stored.aNumber ?? null),
});

/** The A-number's blind index (unique per person); null when there is none. */
export const aNumberIndex = (ring: Keyring, aNumber: string | null | undefined) => {
  const form = aNumber ? aNumberForm(aNumber) : null;
  return form ? `a:${ring.blind(form)}` : null;
};

/** Sealed columns and blind tokens for a person's whole clear record (corrections, seeds, legacy rows). */
export const sealPerson = (ring: Keyring, person: OpenPerson) => ({
  fullName: ring.seal(person.fullName),
  birthDate: ring.seal(person.birthDate),
  phone: ring.seal(person.phone),
  curp: ring.seal(person.curp),
  consularIdNumber: ring.seal(person.consularIdNumber),
  aNumber: ring.seal(person.aNumber),
  aNumberBidx: aNumberIndex(ring, person.aNumber),
  searchTokens: allTokens(blindPerson(ring, person)),
});
