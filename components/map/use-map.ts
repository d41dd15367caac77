"use client";
import { addProtocol, Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl, type StyleSpecification } from "maplibre-gl";
import { Protocol } from "pmtiles";
import { useEffect, useRef, useState, type RefObject } from "react";
import { useT } from "@/lib/i18n/client";
import { createFrameMeter, type FrameMeter } from "./frame-meter";
import type { Bounds } from "@/lib/geo/shapes";
import { SOURCES } from "./layers";
import { exposeProbe } from "./map-probe";
import { PMTILES_PROTOCOL } from "@/lib/map/basemap";

// MapLibre 6 ships its worker as an ES module that Next cannot bundle; the
// app serves it (scripts/copy-map-assets.ts), and a same-origin .mjs URL
// makes MapLibre start it as a module worker.
const WORKER_URL = "/map/maplibre-gl-worker.mjs";

// MapLibre's worker starts as soon as its code is here, not when React gets
// to create the map: starting it (a module to fetch and compile) is much of a
// map's first second.
if (typeof window !== "undefined") {
  setWorkerUrl(WORKER_URL);
  prewarm();
  // The street basemap's archive is read in byte ranges from the app (street-layers.ts); unused without one.
  addProtocol(PMTILES_PROTOCOL, new Protocol().tile);
}

type MapOptions = {
  style: (origin: string) => StyleSpecification;
  center: [number, number];
  zoom: number;
  /** Where to open instead of center and zoom, when known. */
  bounds?: Bounds | null;
  /** The canvas's accessible name. */
  label: string;
};

/**
 * A MapLibre map in `container`, handed out as soon as its style is parsed
 * (its sources exist) rather than once everything is drawn, so that the
 * screen's data loads with the basemap, not after it; with the meter of its
 * frames' cost (see frame-meter.ts); removed on unmount.
 */
export const useMap = (container: RefObject<HTMLDivElement | null>, { style, center, zoom, bounds, label }: MapOptions) => {
  const { t } = useT();
  const [ready, setReady] = useState<{ map: MapLibreMap; meter: FrameMeter } | null>(null);
  const [failed, setFailed] = useState(false);
  const [basemapFailed, setBasemapFailed] = useState(false);
  // Created once: later changes of these go through the map's own API.
  const initial = useRef({ style, center, zoom, bounds, label, t });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { style, center, zoom, bounds, label, t } = initial.current;
    let instance: MapLibreMap;
    const createdAt = performance.now();
    try {
      instance = new MapLibreMap({
        container: element,
        style: style(window.location.origin),
        center,
        zoom,
        ...(bounds ? { bounds, fitBoundsOptions: { padding: 32, maxZoom: 10 } } : {}),
        minZoom: 2,
        maxZoom: 17,
        // A case desk needs north up: no rotation, no tilt.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        renderWorldCopies: false,
        // Labels appear at once: a fade-in costs frames, and each frame is dear in software WebGL.
        fadeDuration: 0,
        attributionControl: { compact: true, customAttribution: t("map.attribution") },
        locale: {
          "Map.Title": label,
          "NavigationControl.ZoomIn": t("map.control.zoomIn"),
          "NavigationControl.ZoomOut": t("map.control.zoomOut"),
          "AttributionControl.ToggleAttribution": t("map.control.attribution"),
        },
      });
    } catch {
      // No WebGL: the page still works, through the list.
      setFailed(true);
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), "top-right");
    const meter = createFrameMeter(instance);
    instance.once("style.load", () => setReady({ map: instance, meter }));
    instance.once("load", () => exposeProbe({ readyAt: performance.now() }));
    instance.on("error", (event) => {
      console.warn("[amparo] map:", event.error?.message);
      // Without its tiles or borders the map still shows the cases, over water: say so.
      const sourceId = (event as { sourceId?: string }).sourceId;
      if (sourceId === SOURCES.basemap || sourceId === SOURCES.streets || sourceId === SOURCES.jurisdictions || sourceId === SOURCES.ownArea) setBasemapFailed(true);
    });
    exposeProbe({ map: instance, createdAt });
    return () => {
      setReady(null);
      meter.dispose();
      instance.remove();
    };
  }, [container]);

  return { map: ready?.map ?? null, meter: ready?.meter ?? null, failed, basemapFailed };
};
