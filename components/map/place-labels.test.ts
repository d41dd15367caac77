import { describe, expect, it } from "vitest";
import { placeMinZoom } from "@/lib/geo/place-tiles";
import { caseOverlay } from "./case-layers";
import { buildStyle } from "./layers";

describe("town labels", () => {
  const style = buildStyle({ origin: "http://127.0.0.1:3000", overlay: caseOverlay() });
  const ids = style.layers.map((layer) => layer.id);

  it("come from the app's own tiles, on the same origin", () => {
    expect(style.sources.places).toMatchObject({ type: "vector", tiles: ["http://127.0.0.1:3000/map/places/{z}/{x}/{y}.pbf"] });
  });

  it("never overlap, put the most populous town first, and lie under the cases and consulates", () => {
    const labels = style.layers.find((layer) => layer.id === "place-labels");
    expect(labels).toMatchObject({ type: "symbol", layout: { "text-allow-overlap": false, "symbol-sort-key": ["-", 0, ["get", "population"]] } });
    expect(ids.indexOf("place-labels")).toBeLessThan(ids.indexOf("cases"));
    expect(ids.indexOf("place-labels")).toBeLessThan(ids.indexOf("clusters"));
    expect(ids.indexOf("place-labels")).toBeLessThan(ids.indexOf("consulate-labels"));
  });

  it("show big cities on wide views and towns only closer in", () => {
    expect(placeMinZoom(3_971_883)).toBe(4);
    expect(placeMinZoom(681_124)).toBe(5);
    expect(placeMinZoom(98_462)).toBe(6);
    expect(placeMinZoom(20_000)).toBe(7);
    expect(placeMinZoom(1_200)).toBe(8);
  });
});
