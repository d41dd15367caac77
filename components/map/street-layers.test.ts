import { describe, expect, it } from "vitest";
import { CASE_LAYERS, caseOverlay } from "./case-layers";
import { buildStyle, FONT, SOURCES } from "./layers";
import { MARKER_IMAGES } from "./marker-images";
import { regionOverlay } from "./region-layers";
import { streetLayers } from "./street-layers";

const origin = "https://desk.example.org";
const streets = (locale: "es" | "en" = "es") => streetLayers({ origin, locale, attribution: "© OpenStreetMap" });
const ids = (style: ReturnType<typeof buildStyle>) => style.layers.map((layer) => layer.id);

describe("the street basemap's style", () => {
  it("reads the archive the app serves, through the pmtiles protocol", () => {
    expect(streets().source).toMatchObject({ type: "vector", url: `pmtiles://${origin}/map/streets.pmtiles` });
    expect(streets().source.attribution).toContain("© OpenStreetMap");
  });

  it("asks no other host: glyphs from /map/fonts in the one font served, no sprite, no icons but those the page draws", () => {
    const style = buildStyle({ origin, overlay: caseOverlay(), streets: streets() });
    expect(style.sprite).toBeUndefined();
    expect(style.glyphs?.startsWith(`${origin}/`)).toBe(true);
    const text = JSON.stringify(style.layers);
    // The street layers need no icon; the only icons are the markers the page itself adds (marker-images.ts).
    expect(JSON.stringify(streets().base) + JSON.stringify(streets().labels)).not.toContain("icon-image");
    const icons = style.layers.flatMap((layer) => (layer.type === "symbol" && layer.layout?.["icon-image"] ? [layer.layout["icon-image"]] : []));
    for (const icon of icons) expect(Object.values(MARKER_IMAGES)).toContain(icon);
    expect(new Set(text.match(/"Noto Sans[^"]*"/g))).toEqual(new Set([JSON.stringify(FONT[0])]));
    // Every URL in the style but the attribution's link (a link, never fetched) is on the desk's own origin.
    const { attribution: _link, ...source } = streets().source;
    const urls = JSON.stringify({ ...style, sources: { ...style.sources, [SOURCES.streets]: source } }).match(/[a-z]+:\/\/[^"{]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.replace(/^pmtiles:\/\//, "")).toMatch(new RegExp(`^${origin}`));
  });

  it("names streets in the UI's language", () => {
    expect(JSON.stringify(streets("es").labels)).toContain('"name:es"');
    expect(JSON.stringify(streets("en").labels)).toContain('"name:en"');
  });

  it("draws streets over the app's land, and their names under the borders' neighbours: cases and consulates stay on top", () => {
    const style = ids(buildStyle({ origin, overlay: caseOverlay(), streets: streets() }));
    const at = (id: string) => style.indexOf(id);
    const streetIds = style.filter((id) => id.startsWith(`${SOURCES.streets}-`));
    expect(streetIds).toContain("streets-roads_major");
    expect(streetIds).toContain("streets-roads_labels_major");
    expect(at("streets-roads_major")).toBeGreaterThan(at("us-land"));
    expect(at("streets-roads_major")).toBeLessThan(at("own-area"));
    expect(at("streets-roads_labels_major")).toBeGreaterThan(at("consulate-line"));
    const lastStreet = Math.max(...streetIds.map(at));
    for (const id of [CASE_LAYERS.clusters, CASE_LAYERS.points, "consulate-dots", "consulate-labels", "trail-line"]) expect(at(id)).toBeGreaterThan(lastStreet);
    // Layer ids are unique in a style, whatever the archive's layers are called.
    expect(new Set(style).size).toBe(style.length);
  });

  it("keeps the supervisors' counties and possible raids over the streets, their names over the counties' shading", () => {
    const overlay = regionOverlay();
    const style = ids(buildStyle({ origin, overlay, streets: streets() }));
    const at = (id: string) => style.indexOf(id);
    for (const layer of overlay.below) expect(at(layer.id)).toBeGreaterThan(at("streets-roads_major"));
    for (const layer of overlay.below) expect(at(layer.id)).toBeLessThan(at("streets-roads_labels_major"));
    for (const layer of overlay.top) expect(at(layer.id)).toBeGreaterThan(at("streets-roads_labels_major"));
  });

  it("is the map as before without an archive", () => {
    const style = buildStyle({ origin, overlay: caseOverlay() });
    expect(style.sources[SOURCES.streets]).toBeUndefined();
    expect(ids(style).some((id) => id.startsWith(`${SOURCES.streets}-`))).toBe(false);
    expect(ids(style).slice(0, 5)).toEqual(["background", "land", "country-line", "us-land", "own-area"]);
  });
});
