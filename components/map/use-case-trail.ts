"use client";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";
import { request } from "@/lib/client/request";
import type { Place } from "@/lib/geo/place";
import type { TrailAnswer, TrailPoint } from "@/lib/map/schema";
import { EMPTY, SOURCES } from "./layers";
import { setSourceData } from "./map-sources";

const trailFeatures = (trail: TrailPoint[]): GeoJSON.FeatureCollection => ({
  type: "FeatureCollection",
  features: [
    ...(trail.length > 1
      ? [{ type: "Feature" as const, properties: {}, geometry: { type: "LineString" as const, coordinates: trail.map((p) => [p.lng, p.lat]) } }]
      : []),
    ...trail.map((p) => ({
      type: "Feature" as const,
      properties: { capturedAt: p.capturedAt },
      geometry: { type: "Point" as const, coordinates: [p.lng, p.lat] },
    })),
  ],
});

/**
 * The selected case's positions, oldest first, drawn as a line, and the last
 * one as a place (the server's words for it); read again when `position` (its
 * last known point) changes. Null while loading or with nothing selected.
 */
export const useCaseTrail = (map: MapLibreMap | null, caseId: string | null, position: string) => {
  const [trail, setTrail] = useState<{ caseId: string; points: TrailPoint[]; place?: Place | null } | null>(null);

  useEffect(() => {
    if (!map) return;
    if (!caseId) {
      void setSourceData(map, SOURCES.trail, EMPTY);
      return;
    }
    const aborted = new AbortController();
    const path = `/api/v1/map/cases/${encodeURIComponent(caseId)}/trail`;
    void request<TrailAnswer | null>("GET", path, { signal: aborted.signal }).then((result) => {
      // A refusal draws no trail; no answer (or an aborted one) leaves the map as it is.
      const trail = result.ok ? result.data?.trail : result.failure.kind === "network" ? undefined : [];
      if (aborted.signal.aborted || !trail) return;
      setTrail({ caseId, points: trail, place: result.ok ? result.data?.place : undefined });
      void setSourceData(map, SOURCES.trail, trailFeatures(trail));
    });
    return () => aborted.abort();
  }, [map, caseId, position]);

  return trail && trail.caseId === caseId ? { points: trail.points, place: trail.place } : null;
};
