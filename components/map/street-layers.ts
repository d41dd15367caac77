// The optional street basemap's layers (docs/basemap.md): Protomaps' basemap
// style over the archive the app serves (lib/map/basemap-route.ts), read in
// the browser through the `pmtiles` protocol (use-map.ts registers it).
// Toned to the desk's palette, labels in the UI's language, glyphs from
// /map/fonts, no sprite: nothing is asked of another host.
import { layers as protomapsLayers, namedFlavor, type Flavor } from "@protomaps/basemaps";
import type { LayerSpecification, VectorSourceSpecification } from "maplibre-gl";
import type { Locale } from "@/lib/i18n/locale";
import { PMTILES_PROTOCOL, STREET_BASEMAP_PATH } from "@/lib/map/basemap";
import { FONT, PALETTE, SOURCES } from "./layers";

// Protomaps' "white" flavour is the one meant to sit under data; its greys are warmed to the desk's land.
const FLAVOR: Flavor = {
  ...namedFlavor("white"),
  background: PALETTE.water,
  earth: PALETTE.usLand,
  water: PALETTE.water,
  buildings: "#f1eee8",
  minor_a: "#e8e4dc",
  minor_b: "#eeeae3",
  other: "#eeeae3",
  minor_service: "#eeeae3",
  link: "#dcd7cd",
  major: "#dcd7cd",
  highway: "#d2ccc0",
  bridges_major: "#dcd7cd",
  bridges_highway: "#d2ccc0",
  // The app serves one weight (scripts/copy-map-assets.ts); the style asks for no other.
  regular: FONT[0],
  bold: FONT[0],
  italic: FONT[0],
};

// The app draws these itself: its own land and water around the extract, its
// borders (jurisdictions, states, counties), and town names (place-labels.ts).
const LEFT_OUT = new Set(["background", "boundaries", "boundaries_country", "places_country", "places_region", "places_locality"]);

/** What another script's glyphs would be fetched as; the desk serves only FONT. */
const withOwnFont = (layer: LayerSpecification) =>
  JSON.parse(JSON.stringify(layer).replaceAll(/"Noto Sans [^"]*"/g, JSON.stringify(FONT[0]))) as LayerSpecification;

/** Without a sprite: no icons, so a layer that needs one (shields, one-way arrows) is left out. */
const needsSprite = (layer: LayerSpecification) => "layout" in layer && layer.layout !== undefined && "icon-image" in layer.layout;

export type StreetLayers = {
  source: VectorSourceSpecification;
  /** Land use, water, roads, buildings: over the app's land, under the borders. */
  base: LayerSpecification[];
  /** Street, water and neighbourhood names: over the borders, under the cases. */
  labels: LayerSpecification[];
};

export const streetLayers = ({ origin, locale, attribution }: { origin: string; locale: Locale; attribution: string }): StreetLayers => {
  const layers = protomapsLayers(SOURCES.streets, FLAVOR, { lang: locale })
    .filter((layer) => !LEFT_OUT.has(layer.id) && !needsSprite(layer))
    .map((layer) => withOwnFont({ ...layer, id: `${SOURCES.streets}-${layer.id}` }));
  return {
    source: {
      type: "vector",
      url: `${PMTILES_PROTOCOL}://${origin}${STREET_BASEMAP_PATH}`,
      attribution: `<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">${attribution}</a>`,
    },
    base: layers.filter((layer) => layer.type !== "symbol"),
    labels: layers.filter((layer) => layer.type === "symbol"),
  };
};
