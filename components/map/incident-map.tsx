"use client";
import "maplibre-gl/dist/maplibre-gl.css";
import type { MapLayerMouseEvent } from "maplibre-gl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { CaseMapLegend } from "./case-map-legend";
import { INCIDENT_LAYERS, INCIDENT_SOURCES, incidentArea, incidentBounds, incidentCaseFeatures, incidentOverlay, pickedFilter } from "./incident-layers";
import { buildStyle } from "./layers";
import { consulateFeatures, setSourceData } from "./map-sources";
import { addMarkerImages } from "./marker-images";
import { streetLayers } from "./street-layers";
import { MapFailure } from "./map-failure";
import { useMap } from "./use-map";
import { useSettled } from "./use-settled";

export type IncidentMapProps = {
  consulateCode: string;
  center: { lat: number; lng: number };
  radiusKm: number;
  firstAt: string;
  lastAt: string;
  cases: readonly CaseSummary[];
  pickedId: string | null;
  onPick: (caseId: string) => void;
  /** Whether the server has a street basemap archive (docs/basemap.md). */
  streets: boolean;
};

/** An incident's area and its cases, live; a click on a dot marks its case in the list. */
export const IncidentMap = ({ consulateCode, center, radiusKm, firstAt, lastAt, cases, pickedId, onPick, streets }: IncidentMapProps) => {
  const { t, locale } = useT();
  const container = useRef<HTMLDivElement>(null);
  // useMap opens a jurisdiction at most at zoom 10; an incident is a few kilometres: closer, to tell its dots apart.
  const opening = useRef(incidentBounds({ center, radiusKm, firstAt, lastAt }, cases));
  const { map, failed, basemapFailed } = useMap(container, {
    style: (origin) =>
      buildStyle({
        origin,
        overlay: incidentOverlay(),
        own: consulateCode,
        consulates: consulateFeatures(undefined, consulateCode),
        streets: streets ? streetLayers({ origin, locale, attribution: t("map.attribution.streets") }) : null,
      }),
    center: [center.lng, center.lat],
    zoom: 12,
    bounds: opening.current,
    label: t("incidents.map.label"),
  });
  const [drawn, setDrawn] = useState(false);
  const settled = useSettled(map, drawn);
  const features = useMemo(() => incidentCaseFeatures(cases), [cases]);
  const unplaced = cases.length - features.features.length;

  useEffect(() => {
    if (!map) return;
    addMarkerImages(map);
    map.fitBounds(opening.current, { padding: 32, maxZoom: 15, duration: 0 });
  }, [map]);

  useEffect(() => {
    if (!map) return;
    void setSourceData(map, INCIDENT_SOURCES.area, incidentArea({ center, radiusKm, firstAt, lastAt }));
  }, [map, center, radiusKm, firstAt, lastAt]);

  useEffect(() => {
    if (!map) return;
    void setSourceData(map, INCIDENT_SOURCES.cases, features).then(() => setDrawn(true));
  }, [map, features]);

  useEffect(() => {
    map?.setFilter(INCIDENT_LAYERS.picked, pickedFilter(pickedId));
  }, [map, pickedId]);

  const latestPick = useRef(onPick);
  useEffect(() => {
    latestPick.current = onPick;
  });
  useEffect(() => {
    if (!map) return;
    const open = (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties.id;
      if (typeof id === "string") latestPick.current(id);
    };
    const pointer = () => (map.getCanvas().style.cursor = "pointer");
    const plain = () => (map.getCanvas().style.cursor = "");
    map.on("click", INCIDENT_LAYERS.points, open);
    map.on("mouseenter", INCIDENT_LAYERS.points, pointer);
    map.on("mouseleave", INCIDENT_LAYERS.points, plain);
    return () => {
      map.off("click", INCIDENT_LAYERS.points, open);
      map.off("mouseenter", INCIDENT_LAYERS.points, pointer);
      map.off("mouseleave", INCIDENT_LAYERS.points, plain);
    };
  }, [map]);

  return (
    <div className="case-map incident-map">
      <MapFailure failed={failed} basemapFailed={basemapFailed} />
      <div
        ref={container}
        className="case-map__canvas incident-map__canvas"
        data-testid="incident-map"
        data-map-state={failed ? "failed" : settled ? "idle" : "loading"}
        data-drawn-cases={features.features.length}
      />
      <p className="case-map__help">{t("incidents.map.help")}</p>
      {unplaced > 0 && <p className="case-map__help">{t("incidents.map.noLocation", { count: formatNumber(unplaced, locale) })}</p>}
      <CaseMapLegend />
    </div>
  );
};
