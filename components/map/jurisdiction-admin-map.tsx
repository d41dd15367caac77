"use client";
import "maplibre-gl/dist/maplibre-gl.css";
import { feature } from "topojson-client";
import type { GeometryCollection } from "topojson-specification";
import { useEffect, useMemo, useRef, useState } from "react";
import { boundsOf, type UsTopology } from "@/lib/geo/shapes";
import type { CountyRow } from "@/lib/consulates/types";
import { buildStyle, SOURCES } from "./layers";
import { colourOf, JURISDICTION_ADMIN_LAYERS, jurisdictionAdminOverlay } from "./jurisdiction-admin-layers";
import { setSourceData } from "./map-sources";
import { MapFailure } from "./map-failure";
import { useMap } from "./use-map";
import { useSettled } from "./use-settled";

export type JurisdictionAdminMapProps = {
  counties: CountyRow[];
  selected: string | null;
  onSelect: (fips: string) => void;
  label: string;
};

let topology: Promise<UsTopology> | undefined;
const loadTopology = () =>
  (topology ??= fetch("/map/us-counties-10m.json")
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<UsTopology>;
    })
    .catch((error) => {
      topology = undefined;
      throw error;
    }));

/**
 * Counties coloured by their consulate; a click picks one. The list beside
 * it (jurisdiction-editor.tsx) is the keyboard's way to the same choice.
 */
export const JurisdictionAdminMap = ({ counties, selected, onSelect, label }: JurisdictionAdminMapProps) => {
  const container = useRef<HTMLDivElement>(null);
  const [us, setUs] = useState<UsTopology | null>(null);
  const [shapesFailed, setShapesFailed] = useState(false);
  useEffect(() => {
    loadTopology().then(setUs, () => setShapesFailed(true));
  }, []);
  const { map, failed, basemapFailed } = useMap(container, {
    style: (origin) => buildStyle({ origin, overlay: jurisdictionAdminOverlay() }),
    center: [-98.5, 38],
    zoom: 3.3,
    label,
  });
  const [drawn, setDrawn] = useState(false);
  const settled = useSettled(map, drawn || shapesFailed);
  const select = useRef(onSelect);
  select.current = onSelect;

  const shapes = useMemo(() => (us ? (feature(us, us.objects.counties as GeometryCollection) as GeoJSON.FeatureCollection) : null), [us]);
  const byFips = useMemo(() => new Map(counties.map((c) => [c.fips, c])), [counties]);

  useEffect(() => {
    if (!map || !shapes) return;
    const colour = colourOf(counties.map((c) => c.consulateCode));
    const features = shapes.features.flatMap((f) => {
      const county = byFips.get(String(f.id));
      return county ? [{ ...f, properties: { fips: county.fips, consulate: county.consulateCode, colour: colour(county.consulateCode) } }] : [];
    });
    void setSourceData(map, SOURCES.counties, { type: "FeatureCollection", features }).then(() => setDrawn(true));
  }, [map, shapes, counties, byFips]);

  useEffect(() => {
    if (!map) return;
    const onClick = (event: { features?: { properties: Record<string, unknown> }[] }) => {
      const fips = event.features?.[0]?.properties.fips;
      if (typeof fips === "string") select.current(fips);
    };
    const pointer = () => (map.getCanvas().style.cursor = "pointer");
    const plain = () => (map.getCanvas().style.cursor = "");
    map.on("click", JURISDICTION_ADMIN_LAYERS.fill, onClick);
    map.on("mouseenter", JURISDICTION_ADMIN_LAYERS.fill, pointer);
    map.on("mouseleave", JURISDICTION_ADMIN_LAYERS.fill, plain);
    return () => {
      map.off("click", JURISDICTION_ADMIN_LAYERS.fill, onClick);
      map.off("mouseenter", JURISDICTION_ADMIN_LAYERS.fill, pointer);
      map.off("mouseleave", JURISDICTION_ADMIN_LAYERS.fill, plain);
    };
  }, [map]);

  // The chosen county outlined and in view (chosen from the list, the map goes to it).
  useEffect(() => {
    if (!map) return;
    map.setFilter(JURISDICTION_ADMIN_LAYERS.selected, ["==", ["get", "fips"], selected ?? ""]);
    const shape = selected ? shapes?.features.find((f) => String(f.id) === selected) : null;
    const bounds = shape ? boundsOf([shape.geometry]) : null;
    if (bounds) map.fitBounds(bounds, { padding: 80, maxZoom: 7, duration: 0 });
  }, [map, selected, shapes]);

  return (
    <div className="region-map jurisdiction-map">
      <MapFailure failed={failed} basemapFailed={basemapFailed || shapesFailed} />
      <div
        ref={container}
        className="region-map__canvas"
        data-testid="jurisdiction-map"
        data-map-state={failed ? "failed" : settled ? "idle" : "loading"}
      />
    </div>
  );
};
