"use client";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { RegionOverview } from "@/lib/map/schema";
import { useT } from "@/lib/i18n/client";
import { boundsAround, countiesByConsulate, type Jurisdictions, type UsTopology } from "@/lib/geo/shapes";
import { loadCountyShapes } from "./county-shapes";
import { buildStyle, SOURCES } from "./layers";
import { consulateFeatures, setSourceData } from "./map-sources";
import { addMarkerImages } from "./marker-images";
import { choroplethColor, hotspotFeatures, REGION_LAYERS, regionOverlay } from "./region-layers";
import { RegionMapLegend } from "./region-map-legend";
import { MapFailure } from "./map-failure";
import { useMap } from "./use-map";
import { useSettled } from "./use-settled";
import { streetLayers } from "./street-layers";

export type RegionMapProps = {
  overview: RegionOverview;
  label: string;
  /** Whether the server has a street basemap archive (docs/basemap.md). */
  streets: boolean;
};

type CountyShapes = { us: UsTopology; jurisdictions: Jurisdictions };

/**
 * The supervisors' map: counties shaded by the open cases of their
 * consulate, consulate markers, possible raids as areas. Aggregates only:
 * it never asks for, nor draws, a case's point.
 */
export const RegionMap = ({ overview, label, streets }: RegionMapProps) => {
  const { t, locale } = useT();
  const container = useRef<HTMLDivElement>(null);
  // The counties download while MapLibre starts.
  const [shapes, setShapes] = useState<CountyShapes | null>(null);
  const [shapesFailed, setShapesFailed] = useState(false);
  useEffect(() => {
    loadCountyShapes().then(setShapes, () => setShapesFailed(true));
  }, []);
  const { map, failed, basemapFailed: tilesFailed } = useMap(container, {
    style: (origin) =>
      buildStyle({
        origin,
        overlay: regionOverlay(),
        streets: streets ? streetLayers({ origin, locale, attribution: t("map.attribution.streets") }) : null,
      }),
    center: [-98.5, 38],
    zoom: 3.3,
    label,
  });
  // The region's consulates, as a stable key: counties are recomputed only when the set changes.
  const codes = useMemo(() => overview.consulates.map((c) => c.code).join(","), [overview.consulates]);
  const drawn = useRef<{ map: MapLibreMap; codes: string } | null>(null);
  const [countiesDrawn, setCountiesDrawn] = useState(false);

  const basemapFailed = tilesFailed || shapesFailed;
  const settled = useSettled(map, countiesDrawn || shapesFailed);

  // The region's counties once both map and shapes are in, and again when another region is chosen;
  // the camera on its consulates (before the shapes are tiled, the first time). A set already drawn is skipped.
  const { consulates } = overview;
  useEffect(() => {
    if (!shapes || !map || (drawn.current?.map === map && drawn.current.codes === codes)) return;
    drawn.current = { map, codes };
    const counties = countiesByConsulate(shapes.us, shapes.jurisdictions, new Set(codes.split(",")));
    const bounds = boundsAround(consulates);
    if (bounds) map.fitBounds(bounds, { padding: 24, maxZoom: 8, duration: 0 });
    void setSourceData(map, SOURCES.counties, counties).then(() => setCountiesDrawn(true));
  }, [map, shapes, codes, consulates]);

  useEffect(() => {
    if (!map) return;
    addMarkerImages(map);
    map.setPaintProperty(REGION_LAYERS.counties, "fill-color", choroplethColor(overview.consulates));
    void setSourceData(map, SOURCES.consulates, consulateFeatures(overview.consulates));
    void setSourceData(map, SOURCES.hotspots, hotspotFeatures(overview.hotspots));
  }, [map, overview]);

  return (
    <div className="region-map">
      <MapFailure failed={failed} basemapFailed={basemapFailed} />
      <div
        ref={container}
        className="region-map__canvas"
        data-testid="region-map"
        data-map-state={failed ? "failed" : settled ? "idle" : "loading"}
      />
      <RegionMapLegend />
    </div>
  );
};
