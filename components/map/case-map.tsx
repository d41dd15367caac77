"use client";
import "maplibre-gl/dist/maplibre-gl.css";
import type { MapLayerMouseEvent } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { LiveStatus } from "@/components/ui/live-status";
import type { QueueFilter } from "@/lib/cases/filters";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { Bounds } from "@/lib/geo/shapes";
import { CASE_LAYERS, caseOverlay, selectedFilter } from "./case-layers";
import { CaseMapLegend } from "./case-map-legend";
import { CaseMapPanel } from "./case-map-panel";
import { buildStyle } from "./layers";
import type { MapPoint } from "./map-cases";
import { consulateByCode, consulateFeatures } from "./map-sources";
import { addMarkerImages } from "./marker-images";
import { useCaseTrail } from "./use-case-trail";
import { MapFailure } from "./map-failure";
import { useMap } from "./use-map";
import { useMapCases } from "./use-map-cases";
import { usePulse } from "./use-pulse";
import { useSettled } from "./use-settled";
import { streetLayers } from "./street-layers";

export type CaseMapProps = {
  /** The viewer's consulate: the map opens on its jurisdiction. */
  consulateCode: string;
  userId: string;
  timeZone: string;
  /** The queue's filter, when the map sits beside the queue: the map shows the cases the list would (free text aside). */
  filter?: QueueFilter;
  /** The box of the consulate's jurisdiction (getJurisdictionBounds), where the map opens. */
  bounds: Bounds | null;
  /** Whether the server has a street basemap archive (docs/basemap.md). */
  streets: boolean;
};

/**
 * The officer's live map: their consulate's open cases, clustered, coloured
 * by status and priority, unacknowledged ones pulsing; a click on a cluster
 * zooms in, a click on a case opens its summary and trail beside the map.
 */
export const CaseMap = ({ consulateCode, userId, timeZone, filter, bounds, streets }: CaseMapProps) => {
  const { t, locale } = useT();
  const container = useRef<HTMLDivElement>(null);
  const home = consulateByCode(consulateCode);
  const { map, meter, failed, basemapFailed } = useMap(container, {
    style: (origin) =>
      buildStyle({
        origin,
        overlay: caseOverlay(),
        own: consulateCode,
        consulates: consulateFeatures(undefined, consulateCode),
        streets: streets ? streetLayers({ origin, locale, attribution: t("map.attribution.streets") }) : null,
      }),
    center: home ? [home.lng, home.lat] : [-98.5, 39.5],
    zoom: home ? 8 : 3.5,
    // Open on the consulate's own jurisdiction, known before the map starts.
    bounds,
    label: t("map.officer.label", { code: consulateCode }),
  });
  // The icons first: the cases' source asks for them with its first features.
  useEffect(() => {
    if (map) addMarkerImages(map);
  }, [map]);
  const cases = useMapCases({ map, meter, filter, userId });
  const { expansionZoom } = cases;
  const settled = useSettled(map, cases.count !== null);
  // The pulse waits for the first complete draw: each of its steps is a frame, and while loading every frame is dear.
  usePulse(map, meter, settled && cases.fresh > 0);

  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The picked case's last known summary (kept when it has just left the map), and whether it is still on it.
  const [picked, setPicked] = useState<{ point: MapPoint; shown: boolean } | null>(null);
  const { lookup, revision } = cases;
  useEffect(() => {
    if (!selectedId) return setPicked(null);
    let current = true;
    void lookup(selectedId).then(({ point: found, shown }) => {
      if (!current) return;
      setPicked((before) => {
        const known = found ?? (before?.point.id === selectedId ? before.point : null);
        return known ? { point: known, shown } : null;
      });
    });
    return () => {
      current = false;
    };
  }, [lookup, selectedId, revision]);
  const point = picked?.point ?? null;
  const trail = useCaseTrail(map, point?.id ?? null, point ? `${point.lat},${point.lng}` : "");

  useEffect(() => {
    map?.getCanvas().setAttribute("aria-describedby", "case-map-help");
  }, [map]);

  useEffect(() => {
    if (!map) return;
    map.setFilter(CASE_LAYERS.selected, selectedFilter(selectedId));
  }, [map, selectedId]);

  useEffect(() => {
    if (!map) return;
    const zoomInto = async (event: MapLayerMouseEvent) => {
      const cluster = event.features?.[0];
      if (!cluster || cluster.geometry.type !== "Point") return;
      const zoom = await expansionZoom(cluster.properties.cluster_id as number);
      if (zoom !== undefined) map.easeTo({ center: cluster.geometry.coordinates as [number, number], zoom });
    };
    const open = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties.id;
      if (typeof id === "string") setSelectedId(id);
    };
    const pointer = () => (map.getCanvas().style.cursor = "pointer");
    const plain = () => (map.getCanvas().style.cursor = "");
    map.on("click", CASE_LAYERS.clusters, zoomInto);
    map.on("click", CASE_LAYERS.points, open);
    for (const layer of [CASE_LAYERS.clusters, CASE_LAYERS.points]) {
      map.on("mouseenter", layer, pointer);
      map.on("mouseleave", layer, plain);
    }
    return () => {
      map.off("click", CASE_LAYERS.clusters, zoomInto);
      map.off("click", CASE_LAYERS.points, open);
      for (const layer of [CASE_LAYERS.clusters, CASE_LAYERS.points]) {
        map.off("mouseenter", layer, pointer);
        map.off("mouseleave", layer, plain);
      }
    };
  }, [map, expansionZoom]);

  const close = () => {
    setSelectedId(null);
    container.current?.querySelector("canvas")?.focus();
  };

  const count = cases.count ?? 0;
  return (
    <div className="case-map">
      <div className="case-map__bar">
        <p className="case-map__count" data-testid="map-case-count" data-count={cases.count ?? ""} role="status">
          {cases.count === null ? t("common.loading") : count === 1 ? t("map.count.one") : t("map.count.many", { count: formatNumber(count, locale) })}
          {cases.fresh > 0 && <span className="case-map__fresh">{t("map.count.fresh", { count: formatNumber(cases.fresh, locale) })}</span>}
        </p>
        <LiveStatus state={cases.live} />
      </div>
      <MapFailure failed={failed} basemapFailed={basemapFailed} casesFailed={cases.loadFailed} />
      <div className="case-map__body">
        <div
          ref={container}
          className="case-map__canvas"
          data-testid="case-map"
          data-map-state={failed ? "failed" : settled ? "idle" : "loading"}
        />
        {point && (
          <CaseMapPanel point={point} gone={!picked?.shown} trail={trail?.points ?? null} place={trail?.place} timeZone={timeZone} onClose={close} />
        )}
      </div>
      <p id="case-map-help" className="case-map__help">
        {t("map.officer.help")}
      </p>
      <CaseMapLegend />
    </div>
  );
};
