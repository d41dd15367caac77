"use client";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { basemapFeatures, loadJurisdictions, loadTopologies, type Jurisdictions, type UsTopology } from "./basemap";
import { SOURCES } from "./layers";
import { exposeProbe } from "./map-probe";
import { setSourceData } from "./map-sources";

export type BasemapData = { us: UsTopology; jurisdictions: Jurisdictions };

/** Starts the downloads; a view calls it as soon as it mounts, before its map is ready. */
export const prefetchBasemap = () => {
  void loadTopologies().catch(() => undefined);
  void loadJurisdictions().catch(() => undefined);
};

/**
 * Puts land, borders and the consulates' jurisdiction boundaries on `map`,
 * in one go. `beforeDraw` runs first, with the shapes: a view sets its
 * camera there (so the worker tiles everything once, at the zoom it will be
 * seen at) and may return features of its own for the basemap source.
 * Returns the shapes once drawn; `failed` when they could not be loaded.
 */
export const useBasemap = (map: MapLibreMap | null, beforeDraw?: (data: BasemapData) => GeoJSON.Feature[] | void) => {
  const [data, setData] = useState<BasemapData | null>(null);
  const [failed, setFailed] = useState(false);
  const prepare = useRef(beforeDraw);
  useEffect(() => {
    prepare.current = beforeDraw;
  });

  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    const draw = async () => {
      const [topologies, jurisdictions] = await Promise.allSettled([loadTopologies(), loadJurisdictions()]);
      if (cancelled) return;
      // Without the jurisdictions the land still shows; without the shapes there is nothing to draw.
      if (topologies.status === "rejected") throw topologies.reason;
      const { us } = topologies.value;
      const shapes = jurisdictions.status === "fulfilled" ? { us, jurisdictions: jurisdictions.value } : null;
      const extra = (shapes && prepare.current?.(shapes)) || [];
      const features = [...basemapFeatures(topologies.value, shapes?.jurisdictions ?? null), ...extra];
      await setSourceData(map, SOURCES.basemap, { type: "FeatureCollection", features });
      exposeProbe({ basemapAt: performance.now() });
      if (cancelled) return;
      if (shapes) setData(shapes);
      else setFailed(true);
    };
    draw().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
    };
  }, [map]);

  return { basemap: data, failed };
};
