// Blind indexes: what search matches, without the clear text. Each personal
// value becomes normalised tokens, each token a keyed hash (Keyring.blind)
// with the kind in front ("n:" name word, "p:" phone, "c:" CURP, "a:"
// A-number), kept in search_tokens arrays (GIN-indexed). A query is split the
// same way; each of its terms must match a token of some kind (whole words:
// "mar" no longer finds "María", "maria" does).
import type { Keyring } from "./keyring";

export type TokenKind = "n" | "p" | "c" | "a";
export const TOKEN_KINDS: readonly TokenKind[] = ["n", "p", "c", "a"];

/** Lower case, accents off, letters and digits only: "Ñúñez-Ortiz" → "nunezortiz". */
export const foldToken = (word: string) =>
  word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** Name words: split on spaces and hyphens, each word folded ("María José Pérez-Ruiz" → maria, jose, perez, ruiz). */
export const nameWords = (name: string) => [...new Set(name.split(/[\s\-‐–—]+/u).map(foldToken).filter(Boolean))];

/** A phone's digits, whole and (when longer) its last ten: "+1 213 555 0101" matches "2135550101" too. */
export const phoneForms = (phone: string) => {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 4) return [];
  return [...new Set([digits, digits.slice(-10)])];
};

/** An A-number's nine digits ("A-012 345 678" → 012345678); eight-digit ones padded as USCIS writes them. */
export const aNumberForm = (aNumber: string) => {
  const digits = aNumber.replace(/\D/g, "");
  if (digits.length < 8 || digits.length > 9) return null;
  return digits.padStart(9, "0");
};

export type SearchablePerson = {
  fullName?: string | null;
  phone?: string | null;
  curp?: string | null;
  aNumber?: string | null;
};

/** Plain tokens of a person's searchable fields, by kind (before hashing). */
export const personTokens = (person: SearchablePerson): Record<TokenKind, string[]> => ({
  n: person.fullName ? nameWords(person.fullName) : [],
  p: person.phone ? phoneForms(person.phone) : [],
  c: person.curp ? [foldToken(person.curp)].filter(Boolean) : [],
  a: person.aNumber ? [aNumberForm(person.aNumber)].filter((v): v is string => v !== null) : [],
});

export const hashTokens = (ring: Keyring, kind: TokenKind, tokens: string[]) => tokens.map((t) => `${kind}:${ring.blind(t)}`);

/** The hashed tokens of a person, per kind (what people.search_tokens holds, in that order). */
export const blindPerson = (ring: Keyring, person: SearchablePerson): Record<TokenKind, string[]> => {
  const plain = personTokens(person);
  return { n: hashTokens(ring, "n", plain.n), p: hashTokens(ring, "p", plain.p), c: hashTokens(ring, "c", plain.c), a: hashTokens(ring, "a", plain.a) };
};

export const allTokens = (byKind: Record<TokenKind, string[]>) => TOKEN_KINDS.flatMap((kind) => byKind[kind]);

/**
 * A query's terms, each as the tokens it may match (any kind). A query of
 * digits and separators only ("+1 (213) 555-0101", "A-012 345 678") is one
 * term: a phone or an A-number. Otherwise words, as names and CURPs are.
 */
export const queryTerms = (query: string): string[][] => {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (/^[\d\s()+.\-aA#]+$/.test(trimmed) && /\d/.test(trimmed) && trimmed.replace(/\D/g, "").length >= 4) {
    const digits = trimmed.replace(/\D/g, "");
    const forms = new Set<string>([...phoneForms(digits).map((t) => `p|${t}`)]);
    const a = aNumberForm(digits);
    if (a) forms.add(`a|${a}`);
    return [[...forms]];
  }
  return nameWords(trimmed).map((word) => {
    const alternatives = [`n|${word}`, `c|${word}`];
    if (/^\d{4,}$/.test(word)) {
      alternatives.push(...phoneForms(word).map((t) => `p|${t}`));
      const a = aNumberForm(word);
      if (a) alternatives.push(`a|${a}`);
    }
    return [...new Set(alternatives)];
  });
};

/** The hashed alternatives of each query term: a row matches when, for every term, it holds one of them. */
export const blindQuery = (ring: Keyring, query: string): string[][] =>
  queryTerms(query).map((alternatives) =>
    alternatives.map((alt) => {
      const [kind, token] = alt.split("|") as [TokenKind, string];
      return `${kind}:${ring.blind(token)}`;
    }),
  );
