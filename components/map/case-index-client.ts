"use client";
// The page's side of the case worker: typed calls that resolve with its answer.
import type { CaseIndexCalls, CaseIndexMethod, CaseIndexReply, CaseIndexRequest } from "./case-index-protocol";

export type CaseIndexClient = {
  call: <M extends CaseIndexMethod>(method: M, args: CaseIndexCalls[M]["args"]) => Promise<CaseIndexCalls[M]["result"]>;
  dispose: () => void;
};

export const createCaseIndexClient = (): CaseIndexClient => {
  const worker = new Worker(new URL("./case-index.worker.ts", import.meta.url), { name: "amparo-cases" });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let seq = 0;
  worker.onmessage = (event: MessageEvent<CaseIndexReply>) => {
    const { seq: id, result, error } = event.data;
    const call = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) call?.reject(new Error(error));
    else call?.resolve(result);
  };
  worker.onerror = (event) => {
    for (const call of waiting.values()) call.reject(new Error(event.message || "case worker failed"));
    waiting.clear();
  };
  return {
    call: (method, args) =>
      new Promise((resolve, reject) => {
        seq += 1;
        waiting.set(seq, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ seq, method, args } as CaseIndexRequest);
      }),
    dispose: () => {
      worker.terminate();
      for (const call of waiting.values()) call.reject(new Error("disposed"));
      waiting.clear();
    },
  };
};

let early: CaseIndexClient | null = null;

/**
 * Starts the case worker, which starts reading the cases at once: the lazy
 * wrapper calls it while MapLibre's code (a megabyte) is still loading. The
 * map takes it over (takeEarlyCaseIndex); if the map never comes,
 * disposeEarlyCaseIndex. (Started before the map on a page that already has
 * MapLibre's code, its read and clustering only compete with MapLibre's start:
 * /map was slower so.)
 */
export const startCaseIndexEarly = () => {
  early ??= createCaseIndexClient();
};

export const takeEarlyCaseIndex = () => {
  const started = early;
  early = null;
  return started;
};

export const disposeEarlyCaseIndex = () => takeEarlyCaseIndex()?.dispose();
