// The search box over blind indexes (lib/privacy/blind-index.ts): the query's
// words become keyed hashes before any SQL is written, and a case matches
// when each word is one of its person's whole words, phone, CURP or A-number
// tokens; or the query is the case's number (a case number is no personal
// data: it is matched as is). "mar" no longer finds "María": whole words only.
import type { Prisma } from "@/lib/generated/prisma/client";
import { blindQuery } from "@/lib/privacy/blind-index";
import { keyring } from "@/lib/privacy/keys-data";
import { join, sql, type Sql } from "@/lib/server/sql";
import { SEARCH_MAX_LENGTH, type QueueFilter } from "./filters";

const MAX_TERMS = 5;

export type BlindSearch = { terms: string[][]; number: string | null };

/** LAX-2026-000123 as typed, any case, dashes or not. */
export const caseNumberOf = (q: string): string | null => {
  const m = /^([a-z]{3})-?(\d{4})-?(\d{6})$/i.exec(q.trim());
  return m ? `${m[1].toUpperCase()}-${m[2]}-${m[3]}` : null;
};

export const blindSearch = async (q: string): Promise<BlindSearch | null> => {
  const text = q.trim().slice(0, SEARCH_MAX_LENGTH);
  if (!text) return null;
  const number = caseNumberOf(text);
  return { terms: number ? [] : blindQuery(await keyring(), text).slice(0, MAX_TERMS), number };
};

/** The filter with its search turned into blind tokens: every queue read calls this before writing SQL. */
export type SearchableFilter = QueueFilter & { search?: BlindSearch | null };

export const withSearch = async <F extends QueueFilter>(filter: F): Promise<F & { search: BlindSearch | null }> => ({
  ...filter,
  search: "search" in filter && filter.search !== undefined ? (filter.search as BlindSearch | null) : await blindSearch(filter.q),
});

const searchOf = (filter: SearchableFilter): BlindSearch | null => {
  if (filter.q.trim() === "") return null;
  if (filter.search === undefined) throw new Error("A queue search was not blinded (withSearch) before its SQL was written");
  return filter.search;
};

/** Whether the filter searches at all. */
export const searches = (filter: SearchableFilter) => searchOf(filter) !== null;

export const searchSql = (filter: SearchableFilter): Sql => {
  const search = searchOf(filter);
  if (!search) return sql`TRUE`;
  if (search.number) return sql`c.number = ${search.number}`;
  if (search.terms.length === 0) return sql`FALSE`;
  return sql`(${join(search.terms.map((alternatives) => sql`c.search_tokens && ${alternatives}::text[]`), " AND ")})`;
};

export const searchWhere = (filter: SearchableFilter): Prisma.CaseWhereInput => {
  const search = searchOf(filter);
  if (!search) return {};
  if (search.number) return { number: search.number };
  if (search.terms.length === 0) return { id: { in: [] } };
  return { AND: search.terms.map((alternatives) => ({ searchTokens: { hasSome: alternatives } })) };
};
