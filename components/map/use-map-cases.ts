"use client";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCaseSocket } from "@/components/cases/use-case-socket";
import type { CaseSummary } from "@/lib/cases/events";
import { filterToSearchParams, type QueueFilter } from "@/lib/cases/filters";
import { fromColumns, type MapCaseColumns } from "@/lib/map/schema";
import { SOURCES } from "./layers";
import type { FrameMeter } from "./frame-meter";
import { createBatcher } from "./live-batch";
import { diffFor, matchesMapFilter, toCollection, type MapPoint } from "./map-cases";
import { exposeProbe } from "./map-probe";
import { geojsonSource, setSourceData } from "./map-sources";

/** How long events gather before one change to the map, at least. */
const BATCH_MS = 300;
/**
 * A batch redraws the cases' tiles, a few frames; on a machine where frames
 * are slow (software WebGL) batches are spaced to twenty frames' time, so
 * that a burst of events cannot keep the main thread drawing; but never more
 * than MAX_BATCH_MS, so that a case is on the map within a few seconds.
 */
const FRAMES_PER_BATCH = 20;
const MAX_BATCH_MS = 3_000;

type Options = { map: MapLibreMap | null; meter: FrameMeter | null; filter?: QueueFilter; userId: string };

const fetchCases = async () => {
  const response = await fetch("/api/v1/map/cases", { cache: "no-store" });
  if (!response.ok) throw new Error(String(response.status));
  return fromColumns((await response.json()) as MapCaseColumns);
};

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

/**
 * The cases on the officer map: the first read, then live events in batches
 * (see live-batch.ts), and a fresh read after a reconnection, when events may
 * have been missed. `count` is null until the first read is on the map.
 */
export const useMapCases = ({ map, meter, filter, userId }: Options) => {
  const store = useRef(new Map<string, MapPoint>());
  const shown = useRef(new Set<string>());
  const keep = useRef((point: MapPoint) => matchesMapFilter(point, filter, userId));
  const [firstLoad] = useState(deferred);
  const ready = useRef(firstLoad.promise);
  const reading = useRef(true);
  const mapRef = useRef(map);
  const meterRef = useRef(meter);
  const loaded = useRef(false);
  const [count, setCount] = useState<number | null>(null);
  const [fresh, setFresh] = useState(0);
  const [revision, setRevision] = useState(0);
  const [loadFailed, setLoadFailed] = useState(false);

  const publish = useCallback(() => {
    let unacknowledged = 0;
    for (const id of shown.current) if (store.current.get(id)?.status === "NEW") unacknowledged++;
    setCount(shown.current.size);
    setFresh(unacknowledged);
    setRevision((r) => r + 1);
  }, []);

  const redraw = useCallback(async () => {
    if (!map) return;
    const points = [...store.current.values()].filter(keep.current);
    shown.current = new Set(points.map((p) => p.id));
    await setSourceData(map, SOURCES.cases, toCollection(points));
    loaded.current = true;
    publish();
  }, [map, publish]);

  const applyNow = (summaries: CaseSummary[]) => {
    const diff = diffFor({ summaries, store: store.current, shown: shown.current, keep: keep.current });
    if (diff.add.length === 0 && diff.remove.length === 0) return Promise.resolve();
    publish();
    const source = mapRef.current && geojsonSource(mapRef.current, SOURCES.cases);
    return source ? source.updateData(diff) : Promise.resolve();
  };
  const [batcher] = useState(() =>
    createBatcher({
      delayMs: () => Math.min(MAX_BATCH_MS, Math.max(BATCH_MS, (meterRef.current?.cost() ?? 0) * FRAMES_PER_BATCH)),
      // While a read is under way, events wait for it, so that a stale read never overwrites them.
      apply: (summaries) => (reading.current ? ready.current.then(() => applyNow(summaries)) : applyNow(summaries)),
    }),
  );
  useEffect(() => {
    mapRef.current = map;
    meterRef.current = meter;
  }, [map, meter]);
  useEffect(() => {
    exposeProbe({ stats: batcher.stats });
    return batcher.dispose;
  }, [batcher]);

  /** Reads the cases and puts them on the map; `pending` is a read already under way. */
  const load = useCallback(
    (pending = fetchCases()) => {
      reading.current = true;
      const read = (async () => {
        try {
          store.current = new Map((await pending).map((c) => [c.id, c]));
          setLoadFailed(false);
        } catch {
          setLoadFailed(true);
        }
        await redraw();
        reading.current = false;
      })();
      ready.current = read;
      return read;
    },
    [redraw],
  );

  // The first read starts with the component, while MapLibre is still starting.
  const [firstRead] = useState(() => {
    const read = fetchCases();
    read.catch(() => undefined); // handled when the map is ready, in load()
    return read;
  });
  useEffect(() => {
    if (!map) return;
    void load(firstRead).then(firstLoad.resolve);
  }, [map, load, firstLoad, firstRead]);

  // The queue's filter changed: same cases, another selection of them.
  const filterKey = filter ? filterToSearchParams(filter).toString() : null;
  useEffect(() => {
    keep.current = (point) => matchesMapFilter(point, filter, userId);
    if (loaded.current) void redraw();
    // `filter` is compared by value, through its URL form: a parent need not memoise it.
  }, [filterKey, userId]);

  const live = useCaseSocket({
    onCreated: batcher.push,
    onUpdated: batcher.push,
    onConnected: ({ reconnected }) => {
      if (reconnected) void load();
    },
  });

  const getPoint = useCallback((id: string) => store.current.get(id) ?? null, []);

  return { count, fresh, revision, live, loadFailed, getPoint };
};
