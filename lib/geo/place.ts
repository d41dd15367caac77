// A point described as a place: the structured answer of describePlace
// (lib/geo/places.ts, server only), carried in the payloads that place a
// case and worded in the browser by lib/i18n/format-place.ts, so that the
// wording follows the UI's language. Pure: no data, no framework.

/** The eight points of the compass, clockwise from north. */
export const BEARINGS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"] as const;
export type Bearing = (typeof BEARINGS)[number];

/**
 * - `in`: the point is on US land, in a county, within PLACE_TOWN_KM of the
 *   town named: the town, the nearest ZIP (ZCTA centroid) and the county.
 * - `near`: anywhere else (at sea, in Mexico or Canada, or farther than
 *   PLACE_TOWN_KM from any town): only how far, and which way, from the
 *   nearest town; no ZIP and no county are claimed.
 */
export type Place = {
  kind: "in" | "near";
  town: string;
  /** USPS code of a US state, or the name of a Mexican state. */
  region: string;
  country: "US" | "MX";
  zip: string | null;
  county: { fips: string; name: string; state: string } | null;
  /** Whole kilometres from the town's centre; null under 1 km (the point is the town). */
  km: number | null;
  /** Which way the point lies from the town's centre; null with km. */
  bearing: Bearing | null;
};

/** Past this distance from every town a point is only "N km from" the nearest. */
export const PLACE_TOWN_KM = 40;

/** The compass point (of eight) of a bearing in degrees clockwise from north. */
export const bearingOf = (degrees: number): Bearing => BEARINGS[Math.round((((degrees % 360) + 360) % 360) / 45) % 8];

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** The initial great-circle bearing from `from` to `to`, degrees clockwise from north. */
export const bearingDegrees = (from: { lat: number; lng: number }, to: { lat: number; lng: number }) => {
  const φ1 = toRad(from.lat);
  const φ2 = toRad(to.lat);
  const Δλ = toRad(to.lng - from.lng);
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (Math.atan2(y, x) * 180) / Math.PI;
};
