// The officer map's case worker: reads the cases itself (50,000 cases are
// decoded here, not on the page's thread), keeps them, and clusters them
// (case-index.ts). The page asks it for what is in view.
import { decodeMapCases } from "@/lib/map/case-codec";
import type { MapCase } from "@/lib/map/schema";
import { CaseIndex } from "./case-index";
import type { CaseIndexCalls, CaseIndexMethod, CaseIndexReply, CaseIndexRequest } from "./case-index-protocol";

const index = new CaseIndex();
// Every call waits for the read under way, so that a stale read never overwrites later events.
let ready: Promise<unknown> = Promise.resolve();

/** How long the last read took, in ms: the request, parsing, and indexing (the benchmark prints them). */
const timings = { readMs: 0, parseMs: 0, indexMs: 0 };

const readCases = async () => {
  const started = performance.now();
  const response = await fetch("/api/v1/map/cases", { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) throw new Error(`cases: ${response.status}`);
  const body = await response.arrayBuffer();
  const read = performance.now();
  const cases = decodeMapCases(body);
  timings.readMs = read - started;
  timings.parseMs = performance.now() - read;
  return cases;
};

// The first read starts with the worker, which may be started before the map
// (case-index-client.ts): the first load takes it over.
let firstRead: Promise<MapCase[]> | null = readCases();
firstRead.catch(() => undefined); // reported by the load that takes it

type Handlers = { [M in CaseIndexMethod]: (args: CaseIndexCalls[M]["args"]) => CaseIndexCalls[M]["result"] | Promise<CaseIndexCalls[M]["result"]> };

const handlers: Handlers = {
  load: async (view) => {
    const read = firstRead ?? readCases();
    firstRead = null;
    const previous = ready;
    ready = read.catch(() => undefined);
    await previous;
    const cases = await read;
    const started = performance.now();
    index.load(cases, view);
    timings.indexMs = performance.now() - started;
    return { ...index.counts(), timings };
  },
  filter: (view) => {
    index.setFilter(view);
    return index.counts();
  },
  events: ({ summaries }) => ({ changed: index.apply(summaries), ...index.counts() }),
  view: ({ bbox, zoom }) => index.clusters(bbox, zoom),
  expansionZoom: ({ clusterId }) => index.expansionZoom(clusterId),
  lookup: ({ id }) => ({ point: index.point(id), shown: index.has(id) }),
};

// The DOM's types are in scope here, not the worker's: the two members used, typed.
const scope = self as unknown as {
  onmessage: (event: MessageEvent<CaseIndexRequest>) => void;
  postMessage: (reply: CaseIndexReply) => void;
};

scope.onmessage = async (event) => {
  const { seq, method, args } = event.data;
  let reply: CaseIndexReply;
  try {
    if (method !== "load") await ready;
    reply = { seq, result: await (handlers[method] as (a: typeof args) => unknown)(args) };
  } catch (error) {
    reply = { seq, error: (error as Error).message };
  }
  scope.postMessage(reply);
};
