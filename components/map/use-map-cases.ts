"use client";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCaseSocket } from "@/lib/client/use-case-socket";
import type { QueueFilter } from "@/lib/cases/filters";
import { viewKey, type Bbox, type Counts } from "./case-index";
import { createCaseIndexClient, takeEarlyCaseIndex, type CaseIndexClient } from "./case-index-client";
import { SOURCES } from "./layers";
import type { FrameMeter } from "./frame-meter";
import { createBatcher } from "./live-batch";
import { exposeProbe } from "./map-probe";
import { setSourceData } from "./map-sources";

/** How long events gather before one change to the map, at least. */
const BATCH_MS = 300;
/**
 * A batch redraws the cases in view, a few frames; on a machine where frames
 * are slow (software WebGL) batches are spaced to twenty frames' time, so
 * that a burst of events cannot keep the main thread drawing; but never more
 * than MAX_BATCH_MS, so that a case is on the map within a few seconds.
 */
const FRAMES_PER_BATCH = 20;
const MAX_BATCH_MS = 3_000;

type Options = { map: MapLibreMap | null; meter: FrameMeter | null; filter?: QueueFilter; userId: string };

/** The view's box with half a screen around it, so that a short pan shows no gap before the next answer. */
const boxAround = (map: MapLibreMap): Bbox => {
  const bounds = map.getBounds();
  const [west, south, east, north] = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  const dx = (east - west) / 2;
  const dy = (north - south) / 2;
  return [Math.max(-180, west - dx), Math.max(-85, south - dy), Math.min(180, east + dx), Math.min(85, north + dy)];
};

/**
 * The cases on the officer map. A worker holds and clusters them (see
 * case-index.ts): it reads them while MapLibre starts, takes live events in
 * batches, and reads again after a reconnection, when events may have been
 * missed. The map's source only ever holds what is in view. `count` is null
 * until the first read is on the map.
 */
export const useMapCases = ({ map, meter, filter, userId }: Options) => {
  const [client, setClient] = useState<CaseIndexClient | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [revision, setRevision] = useState(0);
  const [loadFailed, setLoadFailed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const filterKey = viewKey({ filter, userId });
  const view = useRef({ filter, userId, key: filterKey });
  view.current = { filter, userId, key: filterKey };
  // The selection the worker holds, so that a filter it already has is not applied twice (a rebuild each).
  const held = useRef<string | null>(null);
  const meterRef = useRef(meter);
  meterRef.current = meter;
  // Only the newest answer about the view is drawn.
  const viewSeq = useRef(0);

  const publish = useCallback((next: Counts) => {
    setCounts(next);
    setRevision((r) => r + 1);
  }, []);

  // The box and zoom last asked for: a moveend that did not move (a resize, a new resolution) asks nothing.
  const drawnView = useRef("");
  const redraw = useCallback(async () => {
    if (!client || !map) return;
    const seq = ++viewSeq.current;
    const bbox = boxAround(map);
    const zoom = map.getZoom();
    drawnView.current = `${bbox.join(",")} ${zoom}`;
    const data = await client.call("view", { bbox, zoom });
    if (seq === viewSeq.current) await setSourceData(map, SOURCES.cases, data);
  }, [client, map]);
  const onMoveEnd = useCallback(() => {
    if (map && `${boxAround(map).join(",")} ${map.getZoom()}` !== drawnView.current) void redraw();
  }, [map, redraw]);

  const load = useCallback(
    async (worker: CaseIndexClient) => {
      try {
        const { filter: wanted, userId: user, key } = view.current;
        held.current = key;
        const { timings, ...next } = await worker.call("load", { filter: wanted, userId: user });
        exposeProbe({ loadTimings: timings });
        publish(next);
        setLoadFailed(false);
      } catch {
        setLoadFailed(true);
        setCounts((c) => c ?? { count: 0, fresh: 0 });
      }
      setLoaded(true);
    },
    [publish],
  );

  // The worker, and its first read, started as the map's code loaded (or start now).
  useEffect(() => {
    const worker = takeEarlyCaseIndex() ?? createCaseIndexClient();
    setClient(worker);
    void load(worker);
    return worker.dispose;
  }, [load]);

  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!map || !loaded) return;
    void redraw().then(() => {
      exposeProbe({ casesAt: performance.now() });
      setDrawn(true);
    });
    map.on("moveend", onMoveEnd);
    return () => {
      map.off("moveend", onMoveEnd);
    };
  }, [map, loaded, redraw, onMoveEnd]);

  // The queue's filter changed: same cases, another selection of them.
  useEffect(() => {
    if (!client || !loaded || held.current === filterKey) return;
    held.current = filterKey;
    void client.call("filter", { filter: view.current.filter, userId: view.current.userId }).then((next) => {
      publish(next);
      return redraw();
    });
    // `filter` is compared by value, through its URL form: a parent need not memoise it.
  }, [client, loaded, filterKey, publish, redraw]);

  const latest = useRef({ client, redraw });
  latest.current = { client, redraw };
  const [batcher] = useState(() =>
    createBatcher({
      delayMs: () => Math.min(MAX_BATCH_MS, Math.max(BATCH_MS, (meterRef.current?.cost() ?? 0) * FRAMES_PER_BATCH)),
      apply: async (summaries) => {
        const { client: worker, redraw: draw } = latest.current;
        if (!worker) return;
        const { changed, ...next } = await worker.call("events", { summaries });
        if (!changed) return;
        publish(next);
        await draw();
      },
    }),
  );
  useEffect(() => {
    exposeProbe({ stats: batcher.stats });
    return batcher.dispose;
  }, [batcher]);
  useEffect(() => {
    if (!client) return;
    exposeProbe({ hasCase: async (id) => (await client.call("lookup", { id })).shown });
  }, [client]);

  const live = useCaseSocket({
    onCreated: batcher.push,
    onUpdated: batcher.push,
    onConnected: ({ reconnected }) => {
      if (reconnected && client) void load(client).then(redraw);
    },
  });

  const lookup = useCallback(async (id: string) => (client ? client.call("lookup", { id }) : { point: null, shown: false }), [client]);
  const expansionZoom = useCallback((clusterId: number) => client?.call("expansionZoom", { clusterId }), [client]);

  return {
    count: drawn ? (counts?.count ?? 0) : null,
    fresh: counts?.fresh ?? 0,
    revision,
    live,
    loadFailed,
    lookup,
    expansionZoom,
  };
};
