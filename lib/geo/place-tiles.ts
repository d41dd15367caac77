// The towns' labels on the maps: vector tiles cut at install by
// scripts/copy-map-assets.ts from the same towns describePlace names (served
// from /map/places/), and what they hold, shared by that script and the style.

/** The source layer of the town labels; each feature has `name` and `population`. */
export const PLACE_LAYER = "places";
/** The shallowest tiles: no town is labelled on a whole-continent view. */
export const PLACE_MIN_ZOOM = 4;
/** The deepest tiles, holding every town; MapLibre scales them for closer views. */
export const PLACE_MAX_ZOOM = 8;

/**
 * The shallowest zoom whose tiles hold a town: big cities from 4, towns of
 * 1,000 people from 8. The labels never overlap, and bigger towns win a
 * place (the style sorts them by population), so deeper zooms only add.
 */
export const placeMinZoom = (population: number) =>
  population >= 1_000_000 ? 4 : population >= 250_000 ? 5 : population >= 50_000 ? 6 : population >= 15_000 ? 7 : 8;
