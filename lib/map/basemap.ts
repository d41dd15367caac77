// The optional street basemap (docs/basemap.md), as the browser knows it:
// where the app serves the archive, and the MapLibre source that reads it.

/** The PMTiles archive, served by server.ts with range requests when AMPARO_BASEMAP_PMTILES holds one. */
export const STREET_BASEMAP_PATH = "/map/streets.pmtiles";

/** The `pmtiles` protocol that components/map/use-map.ts registers with MapLibre. */
export const PMTILES_PROTOCOL = "pmtiles";
