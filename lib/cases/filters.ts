// The queue's filters, sort and search terms. Pure and shared: the page and
// GET /api/v1/cases parse the URL with the same schema (schema.ts), listCases
// turns the result into SQL, and the browser decides with matchesFilter
// whether a live event belongs in the view.
import { CaseStatus, type CasePriority } from "@/lib/generated/prisma/enums";
import type { CaseSummary } from "./events";
import { isEnded } from "./lifecycle";

export const CASE_STATUSES = Object.values(CaseStatus);
export const OPEN_STATUSES = CASE_STATUSES.filter((status) => !isEnded(status));
export const QUEUE_FLAGS = ["duress", "pressed_again", "rescinded"] as const;
export type QueueFlag = (typeof QUEUE_FLAGS)[number];

/** The most rows the legal-aid queue returns; the response's `total` says how many matched. */
export const QUEUE_LIMIT = 500;
export const SEARCH_MAX_LENGTH = 100;
/**
 * The most case ids one queue link may name (`ids=`, a possible raid's cases).
 * 200 ids are about 7.8 KB of URL: under the 8 KB request line that common
 * proxies accept. A larger raid is linked in parts (components/map/raid-links.ts).
 */
export const IDS_MAX = 200;
/** Rows per page of the triage queue unless the request asks for another size; at most PAGE_MAX. */
export const PAGE_SIZE = 50;
export const PAGE_MAX = 200;

/** "open" (the default: every status that has not ended), "all", or an explicit list in enum order. */
export type StatusFilter = "open" | "all" | readonly CaseStatus[];

export type QueueFilter = {
  status: StatusFilter;
  /** "me", "unassigned", a user id, or null for anyone. */
  owner: string | null;
  flag: QueueFlag | null;
  /** Free text, trimmed; "" for none. */
  q: string;
  /** Exactly these cases (lowercase UUIDs, sorted), when present: a possible raid's. Still within the scope. */
  ids?: readonly string[];
  /** The cases of one raid incident (lib/incidents), when present (a lowercase UUID). Still within the scope. */
  incident?: string;
};

/** How many cases matched: exact, or at least `total` when `totalCapped`. */
export type QueueTotal = { total: number; totalCapped: boolean };

/** Cases per status, every status present. */
export type StatusCounts = Record<CaseStatus, number>;

export const DEFAULT_FILTER: QueueFilter = { status: "open", owner: null, flag: null, q: "" };

/** A URL's parameters: URLSearchParams, or a page's `searchParams`. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

const valuesOf = (params: RawParams, key: string): string[] => {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
};

/** One value per key, "" meaning absent; `status` may repeat or be comma-separated. */
export const rawFilterParams = (params: RawParams) => {
  const single = (key: string) => valuesOf(params, key).find((v) => v !== "");
  return {
    status: valuesOf(params, "status").flatMap((v) => v.split(",")).filter((v) => v !== ""),
    owner: single("owner"),
    flag: single("flag"),
    q: single("q"),
    ids: valuesOf(params, "ids").flatMap((v) => v.split(",")).filter((v) => v !== ""),
    incident: single("incident"),
  };
};

// One canonical form per set of statuses, so that a URL round-trips and the
// select in the filter bar can show it.
export const canonicalStatus = (values: readonly string[]): StatusFilter => {
  if (values.length === 0 || values.includes("all")) return values.length === 0 ? "open" : "all";
  const wanted = new Set(values.includes("open") ? [...values, ...OPEN_STATUSES] : values);
  const list = CASE_STATUSES.filter((status) => wanted.has(status));
  if (list.length === CASE_STATUSES.length) return "all";
  if (list.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => wanted.has(s))) return "open";
  return list;
};

/** The parameters for a filter, defaults left out: `/cases?status=NEW&owner=unassigned`. */
export const filterToSearchParams = (filter: QueueFilter) => {
  const params = new URLSearchParams();
  if (filter.status !== "open") params.set("status", filter.status === "all" ? "all" : filter.status.join(","));
  if (filter.owner) params.set("owner", filter.owner);
  if (filter.flag) params.set("flag", filter.flag);
  if (filter.q) params.set("q", filter.q);
  if (filter.ids?.length) params.set("ids", filter.ids.join(","));
  if (filter.incident) params.set("incident", filter.incident);
  return params;
};

export const isDefaultFilter = (filter: QueueFilter) => filterToSearchParams(filter).size === 0;

export const statusesOf = (status: StatusFilter): readonly CaseStatus[] =>
  status === "open" ? OPEN_STATUSES : status === "all" ? CASE_STATUSES : status;

/**
 * Whether a case belongs in the view, by status, case ids, incident, owner and flag. Free text
 * (`q`) cannot be decided from a summary, which holds neither phone nor CURP:
 * a view with a search re-reads the server instead.
 */
export const matchesFilter = (summary: CaseSummary, filter: QueueFilter, { userId }: { userId: string }) => {
  if (!statusesOf(filter.status).includes(summary.status)) return false;
  if (filter.ids && !filter.ids.includes(summary.id)) return false;
  if (filter.incident && summary.incidentId !== filter.incident) return false;
  const ownerId = summary.owner?.id ?? null;
  if (filter.owner === "me" && ownerId !== userId) return false;
  if (filter.owner === "unassigned" && ownerId !== null) return false;
  if (filter.owner && filter.owner !== "me" && filter.owner !== "unassigned" && ownerId !== filter.owner) return false;
  if (filter.flag === "duress" && !summary.duress) return false;
  if (filter.flag === "pressed_again" && !summary.pressedAgain) return false;
  if (filter.flag === "rescinded" && !summary.rescinded) return false;
  return true;
};

export const PRIORITY_ORDER = ["CRITICAL", "HIGH", "NORMAL", "LOW"] as const satisfies readonly CasePriority[];

type Sortable = Pick<CaseSummary, "priority" | "alertAt" | "number">;

/** The queue's order: most urgent priority, then the longest wait (oldest alert), then case number. */
export const compareQueue = (a: Sortable, b: Sortable) =>
  PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority) ||
  Date.parse(a.alertAt) - Date.parse(b.alertAt) ||
  (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);

export type SearchTerms = {
  /** Per word of the query, the spellings that may stand for it in a name (any one of them matches). */
  words: string[][];
  /** The digits of a query that looks like a phone number. */
  digits: string | null;
  /** The query uppercased without spaces, when it could be a case number or a CURP. */
  code: string | null;
};

export const foldAccents = (text: string) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

const ACCENTED: Record<string, readonly string[]> = { a: ["á"], e: ["é"], i: ["í"], o: ["ó"], u: ["ú", "ü"] };

const replaceAt = (word: string, index: number, letter: string) =>
  word.slice(0, index) + letter + word.slice(index + 1);

const subsets = (items: readonly number[]): number[][] =>
  items.reduce<number[][]>((all, item) => [...all, ...all.map((set) => [...set, item])], [[]]);

/**
 * Every spelling of a word with at most one accented vowel and any of its
 * (first three) n as ñ: "nunez" → "nunez", "núnez", "nuñez", "núñez", …
 * PostgreSQL's `unaccent` is not installed, and ILIKE compares accents
 * exactly; Spanish writes at most one acute accent per word, so this finds
 * "Núñez" and "José" from "nunez" and "jose" with plain ILIKE. ILIKE folds
 * case, but only where the database's ctype knows the letter: an accented
 * capital at the start of the word is listed too.
 */
export const spellings = (word: string): string[] => {
  const base = foldAccents(word);
  const letters = [...base];
  const accented = [
    base,
    ...letters.flatMap((letter, i) => (ACCENTED[letter] ?? []).map((accent) => replaceAt(base, i, accent))),
  ];
  const ns = letters.flatMap((letter, i) => (letter === "n" ? [i] : [])).slice(0, 3);
  const all = accented.flatMap((spelling) =>
    subsets(ns).map((set) => set.reduce((w, i) => replaceAt(w, i, "ñ"), spelling)),
  );
  const capitals = all.filter((w) => w.charCodeAt(0) > 127).map((w) => w[0].toUpperCase() + w.slice(1));
  return [...new Set([...all, ...capitals])];
};

const MAX_WORDS = 5;

/** What a search box query may mean: words of a name, a phone number, a case number or CURP. Null when empty. */
export const searchTerms = (q: string): SearchTerms | null => {
  const text = q.trim().slice(0, SEARCH_MAX_LENGTH);
  if (!text) return null;
  // LIKE's wildcards and escape are dropped: a search is always literal.
  const words = text
    .replace(/[%_\\]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map(spellings);
  const digits = /^[\d\s()+.-]+$/.test(text) ? text.replace(/\D/g, "") : "";
  const code = text.toUpperCase().replace(/\s+/g, "");
  return {
    words,
    digits: digits.length >= 3 ? digits : null,
    code: /^[A-Z0-9-]{3,}$/.test(code) ? code : null,
  };
};

export type SearchKeys = {
  /** The query's words, folded as the cases' search key is (lowercase, no accents, ñ as n). */
  words: string[];
  /** The digits of a query that looks like a phone number (or the digits of a case number). */
  digits: string | null;
};

/**
 * The query as the queue's search reads it: every word must appear somewhere
 * in the case's search key (name, phone digits, CURP, case number; see
 * migration 20261204000100_queue_scale), or, for a phone-like query, its
 * digits in a row. Null when empty.
 */
export const searchKeys = (q: string): SearchKeys | null => {
  const text = q.trim().slice(0, SEARCH_MAX_LENGTH);
  if (!text) return null;
  const words = foldAccents(text).replace(/[%_\\]/g, " ").split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const digits = /^[\d\s()+.-]+$/.test(text) ? text.replace(/\D/g, "") : "";
  return { words, digits: digits.length >= 3 ? digits : null };
};
