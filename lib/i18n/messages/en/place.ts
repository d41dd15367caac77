// English messages of a place in words (lib/i18n/format-place.ts; merged into en.ts).
import type { placeEs } from "../es/place";

export const placeEn: Record<keyof typeof placeEs, string> = {
  "place.label": "Place",
  "place.town": "{town}, {region}",
  "place.townZip": "{town}, {region} {zip}",
  "place.offset": "{place} · {km} km {bearing}",
  "place.near": "{km} km {bearing} of {place}",
  "place.none": "Far from any known town (at sea?)",
  "place.caseAt": "{number} ({place})",
  "place.county": "{county} County, {state}",
  "place.bearing.N": "N",
  "place.bearing.NE": "NE",
  "place.bearing.E": "E",
  "place.bearing.SE": "SE",
  "place.bearing.S": "S",
  "place.bearing.SW": "SW",
  "place.bearing.W": "W",
  "place.bearing.NW": "NW",
  "timeline.routing.countyNamed": "Assigned by {county} County, {state}",
  "timeline.routing.nearestCountyNamed": "Assigned to the nearest consulate ({county} County, {state}, has no jurisdiction)",
};
