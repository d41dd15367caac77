// The basemap's vector tiles (cut at install by scripts/copy-map-assets.ts,
// served from /map/tiles/): what the tiles hold and where, shared by the
// script that cuts them and the style that draws them.

/** The source layer every basemap feature is in; its `kind` tells them apart. */
export const BASEMAP_LAYER = "basemap";
/** The deepest tiles: the shapes hold no more detail than this. */
export const BASEMAP_MAX_ZOOM = 7;
/** West, south, east, north: Hawai'i and Alaska to Puerto Rico, and Mexico. */
export const BASEMAP_BOUNDS: [number, number, number, number] = [-180, 10, -60, 72];

/**
 * The borders between consulates' jurisdictions come as vector tiles too, cut
 * by the server from the jurisdictions table (lib/map/jurisdiction-shapes.ts):
 * their source layer, and their deepest zoom (that of the same shapes).
 */
export const JURISDICTION_LAYER = "jurisdictions";
export const JURISDICTION_MAX_ZOOM = BASEMAP_MAX_ZOOM;
