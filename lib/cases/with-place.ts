// A case summary with its last location described as a place (lib/geo/places),
// added where summaries leave the server for the consulate's own screens: the
// queue's read and the live events (lib/cases/publish.ts). A lookup costs some
// 20 µs among Los Angeles' towns, so 2 ms for a page of 100 rows (a tenth of
// its read): answers are kept by position, since the queue reads the same open
// cases again after every live event, and a case's position moves rarely.
import "server-only";
import { LRUCache } from "lru-cache";
import type { Place } from "@/lib/geo/place";
import { describePlace } from "@/lib/geo/places";
import type { CaseSummary } from "./events";

// Some 200 bytes each: a few MB for more open cases than a consulate has.
const places = new LRUCache<string, { place: Place | null }>({ max: 20_000 });

const placeAt = (lat: number, lng: number) => {
  const key = `${lat},${lng}`;
  let known = places.get(key);
  if (!known) places.set(key, (known = { place: describePlace(lat, lng) }));
  return known.place;
};

export const withPlace = (summary: CaseSummary): CaseSummary =>
  summary.lastLocation ? { ...summary, place: placeAt(summary.lastLocation.lat, summary.lastLocation.lng) } : summary;
