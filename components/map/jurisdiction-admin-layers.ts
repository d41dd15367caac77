// The jurisdictions screen's overlay: every county filled with its
// consulate's colour, and the chosen county outlined. Colours repeat across
// the network's consulates; the borders between jurisdictions (drawn by the
// basemap's boundary layer) tell neighbours of one colour apart.
import type { LayerSpecification } from "maplibre-gl";
import { SOURCES, emptySource, type Overlay } from "./layers";

export const JURISDICTION_ADMIN_LAYERS = { fill: "admin-county-fill", selected: "admin-county-selected" } as const;

const COLOURS = ["#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3"];

/** Each consulate's colour, by its place among the codes in order. */
export const colourOf = (codes: readonly string[]) => {
  const sorted = [...new Set(codes)].sort();
  const index = new Map(sorted.map((code, i) => [code, COLOURS[i % COLOURS.length]]));
  return (code: string) => index.get(code) ?? "#eeeeee";
};

const layers: LayerSpecification[] = [
  {
    id: JURISDICTION_ADMIN_LAYERS.fill,
    type: "fill",
    source: SOURCES.counties,
    paint: { "fill-color": ["get", "colour"], "fill-opacity": 0.75 },
  },
];

const selected: LayerSpecification = {
  id: JURISDICTION_ADMIN_LAYERS.selected,
  type: "line",
  source: SOURCES.counties,
  filter: ["==", ["get", "fips"], ""],
  paint: { "line-color": "#0a3845", "line-width": 3 },
};

export const jurisdictionAdminOverlay = (): Overlay => ({
  sources: { [SOURCES.counties]: emptySource({ promoteId: "fips" }) },
  below: layers,
  above: [selected],
  top: [],
});
