// Which consulate answers an alert (docs/alert-api.md, "What the dashboard
// does with an event"). Pure: the county lookup and the jurisdiction table are
// passed in, so the intake can use the database's jurisdictions and tests can
// use the computed ones.
import { nearestConsulate, type LatLng, type Located } from "./distance";

/** The embassy's consular section: answers when nothing else can be known. */
export const FALLBACK_CONSULATE = "WAS";

export type RouteReason = "county" | "registered" | "nearest" | "fallback";

export type RouteInput = {
  location: LatLng | null;
  registeredConsulate?: string | null;
};

export type RouteDeps = {
  findCounty: (lat: number, lng: number) => { fips: string } | null;
  countyToConsulate: (fips: string) => string | undefined;
  consulates: readonly Located[];
};

export type Route = {
  consulateCode: string;
  reason: RouteReason;
  countyFips?: string;
};

export const routeAlert = (input: RouteInput, deps: RouteDeps): Route => {
  const { location } = input;
  if (location) {
    const county = deps.findCounty(location.lat, location.lng);
    const code = county ? deps.countyToConsulate(county.fips) : undefined;
    if (county && code) return { consulateCode: code, reason: "county", countyFips: county.fips };
    // Outside every county (at sea, in Mexico or Canada), or a county the
    // jurisdiction table lacks: the closest office can still act at once. The
    // registered consulate is not used here: where the person is matters more
    // than where they once signed up.
    const nearest = nearestConsulate(location, deps.consulates);
    if (nearest) {
      return county
        ? { consulateCode: nearest.code, reason: "nearest", countyFips: county.fips }
        : { consulateCode: nearest.code, reason: "nearest" };
    }
  } else {
    // The phone sends what the person typed or picked; tolerate case and spaces.
    const registered = input.registeredConsulate?.trim().toUpperCase();
    if (registered && deps.consulates.some((c) => c.code === registered)) {
      return { consulateCode: registered, reason: "registered" };
    }
  }
  return { consulateCode: FALLBACK_CONSULATE, reason: "fallback" };
};
