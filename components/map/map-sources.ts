// Small helpers over MapLibre's GeoJSON sources, shared by both maps.
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import { CONSULATES } from "@/lib/consulates/network";

export const geojsonSource = (map: MapLibreMap, id: string) => map.getSource<GeoJSONSource>(id);

/** Replaces a source's data; resolves once the worker has it. A removed map is ignored. */
export const setSourceData = async (map: MapLibreMap, id: string, data: GeoJSON.GeoJSON) => {
  await geojsonSource(map, id)?.setData(data);
};

type ConsulatePoint = { code: string; name: string; lat: number; lng: number };

/** Consulate markers; `own` rings the viewer's consulate. */
export const consulateFeatures = (consulates: readonly ConsulatePoint[] = CONSULATES, own?: string | null): GeoJSON.FeatureCollection => ({
  type: "FeatureCollection",
  features: consulates.map((c) => ({
    type: "Feature",
    properties: { code: c.code, name: c.name, own: c.code === own },
    geometry: { type: "Point", coordinates: [c.lng, c.lat] },
  })),
});

export const consulateByCode = (code: string | null) => CONSULATES.find((c) => c.code === code) ?? null;
