// Timeline entries keep the county of their routing as a FIPS code (the
// intake writes it); the case page is sent its name too, so that the browser
// can say "el condado de Los Angeles, CA" without the country's counties.
import "server-only";
import { countyByFips } from "@/lib/geo/county-names";

/** The entry's data with `countyName` and `countyState` beside a known `countyFips`. */
export const withCountyName = (data: Record<string, unknown> | null): Record<string, unknown> | null => {
  const fips = data?.countyFips;
  const county = typeof fips === "string" ? countyByFips(fips) : null;
  return county ? { ...data, countyName: county.name, countyState: county.state } : data;
};
