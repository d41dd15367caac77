"use client";
// The page's side of the case worker: typed calls that resolve with its answer.
import { viewKey, type View } from "./case-index";
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

type LoadResult = CaseIndexCalls["load"]["result"];
export type EarlyCaseIndex = { client: CaseIndexClient; read: Promise<LoadResult>; key: string };

let early: EarlyCaseIndex | null = null;

/**
 * Starts the case worker and its read while the map's own code (MapLibre, a
 * megabyte) is still loading: the lazy wrapper calls it. The map takes it
 * over (takeEarlyCaseIndex); if the map never comes, disposeEarlyCaseIndex.
 */
export const startCaseIndexEarly = (view: View) => {
  if (early) return;
  const client = createCaseIndexClient();
  const read = client.call("load", view);
  read.catch(() => undefined); // the map reports it, when it takes the read over
  early = { client, read, key: viewKey(view) };
};

export const takeEarlyCaseIndex = () => {
  const started = early;
  early = null;
  return started;
};

export const disposeEarlyCaseIndex = () => takeEarlyCaseIndex()?.client.dispose();
