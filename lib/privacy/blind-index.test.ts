import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { blindPerson, blindQuery, foldToken, nameWords, phoneForms, queryTerms } from "./blind-index";
import { Keyring } from "./keyring";

const ring = new Keyring(new Map([["k1", randomBytes(32)]]), "k1", randomBytes(32));

// A row matches when every term of the query has one alternative among its tokens.
const matches = (tokens: string[], query: string) => {
  const terms = blindQuery(ring, query);
  return terms.length > 0 && terms.every((alternatives) => alternatives.some((t) => tokens.includes(t)));
};

describe("blind index", () => {
  const person = { fullName: "María José Pérez-Núñez", phone: "+1 (213) 555-0101", curp: "PENM900101MDFRXR05", aNumber: "A-012-345-678" };
  const tokens = Object.values(blindPerson(ring, person)).flat();

  it("folds words as the search box did", () => {
    expect(foldToken("Núñez")).toBe("nunez");
    expect(nameWords("María José Pérez-Núñez")).toEqual(["maria", "jose", "perez", "nunez"]);
    expect(phoneForms("+1 (213) 555-0101")).toEqual(["12135550101", "2135550101"]);
  });

  it("finds whole words of the name in any case and accent, in any order", () => {
    for (const q of ["maría", "MARIA", "perez", "Núñez María", "jose perez"]) expect(matches(tokens, q)).toBe(true);
  });

  it("finds the phone written any way, the CURP and the A-number", () => {
    for (const q of ["2135550101", "+1 213 555 0101", "(213) 555-0101", "penm900101mdfrxr05", "A012345678", "012 345 678"]) {
      expect(matches(tokens, q)).toBe(true);
    }
  });

  it("does not find parts of words, other people or nothing", () => {
    for (const q of ["mar", "555", "maria lopez", "PENM900101", "", "   "]) expect(matches(tokens, q)).toBe(false);
    expect(queryTerms("")).toEqual([]);
  });

  it("keeps no clear text in a token", () => {
    for (const t of tokens) expect(t).toMatch(/^[npca]:[A-Za-z0-9_-]{22}$/);
  });
});
