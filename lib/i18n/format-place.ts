// A place (lib/geo/place.ts) in the UI's words: the one formatter for every
// screen that names where a case is (queue rows, case page, map panel,
// notices). Spanish "Compton, CA 90220 · 3 km al N", English "… · 3 km N";
// a point away from every town: "25 km al S de Malibu, CA".
import type { Place } from "@/lib/geo/place";
import type { Translate } from "./translate";

/**
 * The place in words; null when there is nothing to say (no location, or not
 * described). A place of null is a point far from every town.
 */
export const formatPlace = (place: Place | null | undefined, t: Translate): string | null => {
  if (place === undefined) return null;
  if (place === null) return t("place.none");
  const town = place.zip
    ? t("place.townZip", { town: place.town, region: place.region, zip: place.zip })
    : t("place.town", { town: place.town, region: place.region });
  if (place.km === null || place.bearing === null) return town;
  const offset = { place: town, km: place.km, bearing: t(`place.bearing.${place.bearing}`) };
  return place.kind === "in" ? t("place.offset", offset) : t("place.near", offset);
};

/** "Condado de Los Angeles, CA" / "Los Angeles County, CA". */
export const formatCounty = (county: Place["county"], t: Translate): string | null =>
  county ? t("place.county", { county: county.name, state: county.state }) : null;
