// Realistic fake relay events for the simulator, the demo seed and the
// end-to-end specs. A seeded PRNG drives every choice of content, so a seed
// reproduces the same people; ids come from randomUUID so that two runs never
// collide on an eventId.
import { randomUUID } from "node:crypto";
import type { LatLng } from "../../geo/distance";
import type { AlertEventInput } from "../schema";
import { panicEvent, type PanicInput, type PersonInput } from "./panic";

type LocationInput = Extract<AlertEventInput, { type: "location" }>;
type CancelInput = Extract<AlertEventInput, { type: "cancel" }>;

export type Faker = {
  float: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  chance: (p: number) => boolean;
  gaussian: () => number;
};

// mulberry32: tiny, fast, and good enough for test data (not for secrets).
export const createFaker = (seed: number): Faker => {
  let a = seed >>> 0;
  const float = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(float() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(float() * items.length)];
  const weighted = <T>(items: readonly (readonly [T, number])[]) => {
    let r = float() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1][0];
  };
  // Box-Muller; 1 - float() keeps log() away from 0.
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - float())) * Math.cos(2 * Math.PI * float());
  return { float, int, pick, weighted, chance: (p) => float() < p, gaussian };
};

type Hotspot = { code: string; lat: number; lng: number; weight: number; spreadKm: number; areaCodes: number[] };

// Centres sit in the Mexican neighbourhoods of each consulate's city, moved
// inland where the downtown is on the water or on the border; spreadKm is small
// enough that the jitter (each axis capped at 2 sigma) stays on land on the US
// side (checked against us-atlas's nation outline: 0 of 85,000 points off it).
// Codes are airport-style three-letter codes, like the contract's "LAX".
export const HOTSPOTS: readonly Hotspot[] = [
  { code: "LAX", lat: 34.04, lng: -118.2, weight: 20, spreadKm: 6, areaCodes: [213, 323, 562, 626, 818] },
  { code: "SNA", lat: 33.745, lng: -117.87, weight: 4, spreadKm: 4, areaCodes: [714, 657] },
  { code: "SBD", lat: 34.1, lng: -117.3, weight: 4, spreadKm: 6, areaCodes: [909, 951] },
  { code: "SAN", lat: 32.74, lng: -117.07, weight: 4, spreadKm: 3, areaCodes: [619] },
  { code: "CXL", lat: 32.705, lng: -115.5, weight: 1, spreadKm: 1.5, areaCodes: [760] },
  { code: "OXR", lat: 34.2, lng: -119.15, weight: 1, spreadKm: 2, areaCodes: [805] },
  { code: "FAT", lat: 36.74, lng: -119.79, weight: 3, spreadKm: 5, areaCodes: [559] },
  { code: "SMF", lat: 38.56, lng: -121.45, weight: 2, spreadKm: 5, areaCodes: [916] },
  { code: "SJC", lat: 37.35, lng: -121.84, weight: 3, spreadKm: 4, areaCodes: [408, 669] },
  { code: "SFO", lat: 37.76, lng: -122.418, weight: 2, spreadKm: 1.2, areaCodes: [415, 628] },
  { code: "HOU", lat: 29.74, lng: -95.33, weight: 10, spreadKm: 8, areaCodes: [713, 281, 832, 346] },
  { code: "DAL", lat: 32.78, lng: -96.8, weight: 7, spreadKm: 7, areaCodes: [214, 469, 972] },
  { code: "SAT", lat: 29.42, lng: -98.49, weight: 4, spreadKm: 6, areaCodes: [210, 726] },
  { code: "AUS", lat: 30.27, lng: -97.74, weight: 2, spreadKm: 5, areaCodes: [512, 737] },
  { code: "ELP", lat: 31.84, lng: -106.42, weight: 3, spreadKm: 3, areaCodes: [915] },
  { code: "MFE", lat: 26.22, lng: -98.23, weight: 1, spreadKm: 4, areaCodes: [956] },
  { code: "LRD", lat: 27.56, lng: -99.45, weight: 1, spreadKm: 2, areaCodes: [956] },
  { code: "PHX", lat: 33.45, lng: -112.07, weight: 5, spreadKm: 8, areaCodes: [602, 480, 623] },
  { code: "TUS", lat: 32.22, lng: -110.97, weight: 1, spreadKm: 5, areaCodes: [520] },
  { code: "LAS", lat: 36.17, lng: -115.14, weight: 2, spreadKm: 6, areaCodes: [702, 725] },
  { code: "DEN", lat: 39.74, lng: -104.99, weight: 2, spreadKm: 6, areaCodes: [303, 720] },
  { code: "ABQ", lat: 35.08, lng: -106.65, weight: 1, spreadKm: 5, areaCodes: [505] },
  { code: "CHI", lat: 41.84, lng: -87.72, weight: 7, spreadKm: 3, areaCodes: [312, 773, 872, 708] },
  { code: "ATL", lat: 33.75, lng: -84.39, weight: 2, spreadKm: 8, areaCodes: [404, 678, 770] },
  { code: "RDU", lat: 35.78, lng: -78.64, weight: 1.5, spreadKm: 6, areaCodes: [919, 984] },
  { code: "NYC", lat: 40.748, lng: -73.88, weight: 3, spreadKm: 1, areaCodes: [718, 347, 929] },
  { code: "MIA", lat: 25.8, lng: -80.33, weight: 1, spreadKm: 4, areaCodes: [305, 786] },
  { code: "SEA", lat: 47.4, lng: -122.24, weight: 1, spreadKm: 3, areaCodes: [206, 253, 425] },
  { code: "PDX", lat: 45.5, lng: -122.55, weight: 1, spreadKm: 4, areaCodes: [503, 971] },
  { code: "SLC", lat: 40.7, lng: -111.93, weight: 1, spreadKm: 5, areaCodes: [801, 385] },
];

const KM_PER_DEG_LAT = 111.32;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

const offsetKm = (from: LatLng, northKm: number, eastKm: number): LatLng => ({
  lat: round(from.lat + northKm / KM_PER_DEG_LAT, 5),
  lng: round(from.lng + eastKm / (KM_PER_DEG_LAT * Math.cos((from.lat * Math.PI) / 180)), 5),
});

export const distanceKm = (a: LatLng, b: LatLng) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

const nearestHotspot = (point: LatLng) =>
  HOTSPOTS.reduce((best, h) => (distanceKm(point, h) < distanceKm(point, best) ? h : best));

const jitter = (faker: Faker, centre: LatLng, spreadKm: number) => {
  const clamp = (z: number) => Math.max(-2, Math.min(2, z));
  return offsetKm(centre, clamp(faker.gaussian()) * spreadKm, clamp(faker.gaussian()) * spreadKm);
};

const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

// Phones stamp an event a moment before the relay forwards it, and take the
// fix a little before that.
const stamps = (faker: Faker) => {
  const occurredMs = Date.now() - faker.int(1, 5) * 1000;
  return { occurredAt: rfc3339(occurredMs), capturedAt: rfc3339(occurredMs - faker.int(0, 15) * 1000) };
};

const words = (s: string) => s.trim().split(/\s+/);
const FEMALE = words(`María Guadalupe Juana Rosa Ana Verónica Leticia Adriana Alejandra Patricia Gabriela
  Yolanda Margarita Sofía Ximena Fernanda Araceli Claudia Lucía Elena Teresa Itzel Mónica Beatriz`);
const MALE = words(`José Juan Luis Miguel Jesús Francisco Antonio Alejandro Jorge Pedro Ramón Raúl Sergio
  Óscar Héctor Efraín Martín Rubén Joaquín Andrés Julián Tomás Ángel Víctor`);
const SURNAMES = words(`Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores
  Gómez Morales Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz Castillo Moreno Romero
  Álvarez Chávez Rivera Juárez Domínguez Muñoz Ibarra Núñez Ávila Peña Orozco Zúñiga Ochoa Villaseñor`);
// Weighted towards the states most US migrants come from.
const BIRTH_STATES = [
  ["MN", 5], ["JC", 5], ["GT", 4], ["GR", 3], ["OC", 3], ["ZS", 3], ["MC", 3],
  ["DF", 3], ["PL", 3], ["VZ", 2], ["CH", 2], ["SP", 2], ["DG", 2], ["HG", 2],
] as const;

const MESSAGES_ES = [
  "Me detuvieron en el trabajo. Avisen al consulado.",
  "Hay agentes de ICE afuera de la casa.",
  "Me pararon en un retén y me están pidiendo papeles.",
  "Se llevaron a mi esposo, no sé a dónde.",
  "Estoy en la corte de inmigración y no tengo abogado.",
  "Me quieren hacer firmar un papel en inglés que no entiendo.",
  "Llegaron agentes a la obra, nos están juntando a todos.",
  "Tocaron la puerta, no abrimos. Siguen afuera.",
  "Me subieron a una camioneta, no sé a dónde vamos.",
  "Mis hijos están solos en la escuela, necesito que alguien los recoja.",
  "Redada en el mercado, por favor manden ayuda.",
  "Ayuda por favor.",
];
const MESSAGES_EN = ["They detained me at work. Please tell the consulate.", "ICE agents are outside my house."];
const RELATIONSHIPS = [
  ["spouse", 4], ["mother", 2], ["brother", 2], ["sister", 1], ["daughter", 2], ["son", 1], ["friend", 2],
] as const;
const APP_VERSIONS = [["2.3.1", 6], ["2.3.0", 3], ["2.2.4", 1]] as const;

const ascii = (s: string) => s.toUpperCase().replace(/Ñ/g, "X").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const firstInner = (word: string, re: RegExp) => ascii(word).slice(1).match(re)?.[0] ?? "X";
const VOWEL = /[AEIOU]/;
const CONSONANT = /[B-DF-HJ-NP-TV-Z]/;
// RENAPO replaces the second letter when the first four spell a rude word.
const RUDE = new Set(
  words(`BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO
  FALO FETO GETA GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA
  KULO LILO LOCA LOCO LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA
  PEDO PENE PIPI PITO POPO PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI
  VUEY WUEI WUEY`),
);
const CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/** A CURP consistent with the name and birth date; the check digit uses RENAPO's algorithm. */
export const buildCurp = (p: {
  given: string[];
  paternal: string;
  maternal: string;
  birthDate: string;
  sex: "H" | "M";
  state: string;
  homoclave: string;
}) => {
  // "María" and "José" are so common that RENAPO uses the second given name.
  const given = p.given.length > 1 && ["MARIA", "JOSE"].includes(ascii(p.given[0])) ? p.given[1] : p.given[0];
  let head = ascii(p.paternal)[0] + firstInner(p.paternal, VOWEL) + ascii(p.maternal)[0] + ascii(given)[0];
  if (RUDE.has(head)) head = `${head[0]}X${head.slice(2)}`;
  const consonants = [p.paternal, p.maternal, given].map((w) => firstInner(w, CONSONANT)).join("");
  const body = `${head}${p.birthDate.slice(2).replace(/-/g, "")}${p.sex}${p.state}${consonants}${p.homoclave}`;
  const sum = [...body].reduce((acc, ch, i) => acc + CHECK_ALPHABET.indexOf(ch) * (18 - i), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
};

const phoneFor = (faker: Faker, areaCodes: readonly number[]) =>
  `+1${faker.pick(areaCodes)}5550${faker.int(100, 199)}`;

const fakeBirthDate = (faker: Faker) => {
  const from = Date.UTC(1960, 0, 1);
  const days = faker.int(0, Math.round((Date.UTC(2005, 11, 31) - from) / 86_400_000));
  return new Date(from + days * 86_400_000).toISOString().slice(0, 10);
};

const fakeLocation = (faker: Faker, point: LatLng, capturedAt: string) => ({
  ...point,
  accuracyM: faker.weighted([[faker.int(5, 30), 6], [faker.int(30, 80), 3], [faker.int(80, 150), 1]]),
  capturedAt,
});

const fakePerson = (faker: Faker, home: Hotspot, appUserId?: string): PersonInput => {
  const sex = faker.chance(0.5) ? "M" : "H";
  const names = sex === "M" ? FEMALE : MALE;
  const given = [faker.pick(names)];
  if (faker.chance(0.4)) given.push(faker.pick(names.filter((n) => n !== given[0])));
  const [paternal, maternal] = [faker.pick(SURNAMES), faker.pick(SURNAMES)];
  const birthDate = fakeBirthDate(faker);
  const homoclave = birthDate < "2000" ? String(faker.int(0, 9)) : faker.pick([..."ABCDEFGHIJ"]);
  const curp = buildCurp({ given, paternal, maternal, birthDate, sex, state: faker.weighted(BIRTH_STATES), homoclave });
  // People move: some are registered at another consulate, some at none.
  const registered = faker.weighted([[home.code, 80], [faker.pick(HOTSPOTS).code, 15], [undefined, 5]]);
  return {
    appUserId: appUserId ?? `u_${Math.floor(faker.float() * 36 ** 10).toString(36).padStart(10, "0")}`,
    fullName: `${given.join(" ")} ${paternal} ${maternal}`,
    birthDate,
    phone: phoneFor(faker, home.areaCodes),
    curp,
    preferredLanguage: faker.chance(0.9) ? "es" : "en",
    ...(faker.chance(0.7) && { consularIdNumber: `${registered ?? home.code}-${faker.int(1_000_000, 9_999_999)}` }),
    ...(registered && { registeredConsulate: registered }),
  };
};

// Relatives carry the person's surnames as Mexican naming does: a mother's
// first surname is the person's second, a mother's children carry their
// father's, a spouse keeps their own. Read back from the person so that a
// reused person works too.
const fakeContacts = (faker: Faker, person: PersonInput, home: Hotspot) => {
  const [paternal, maternal] = words(person.fullName).slice(-2);
  const male = person.curp?.[10] === "H";
  return Array.from({ length: faker.weighted([[0, 2], [1, 4], [2, 3], [3, 1]]) }, () => {
    const relationship = faker.weighted(RELATIONSHIPS);
    const female =
      ["mother", "sister", "daughter"].includes(relationship) ||
      (relationship === "spouse" ? male : relationship === "friend" && faker.chance(0.5));
    const sibling = relationship === "brother" || relationship === "sister";
    const child = relationship === "son" || relationship === "daughter";
    const surname =
      relationship === "mother" ? maternal : sibling || (male && child) ? paternal : faker.pick(SURNAMES);
    return {
      name: `${faker.pick(female ? FEMALE : MALE)} ${surname}`,
      ...(faker.chance(0.9) && { phone: phoneFor(faker, home.areaCodes) }),
      relationship,
      notified: faker.chance(0.8),
    };
  });
};

export type FakePanicOptions = {
  /** All alerts around one point (a raid): a tighter jitter than a city's. */
  near?: LatLng;
  appUserId?: string;
  alertId?: string;
  /** An exact position, or null for "the phone had no fix". */
  location?: LatLng | null;
  /** Reuse a person who pressed before (a repeated press). */
  person?: PersonInput;
};

export const fakePanic = (faker: Faker, opts: FakePanicOptions = {}): PanicInput => {
  const home = opts.near ? nearestHotspot(opts.near) : faker.weighted(HOTSPOTS.map((h) => [h, h.weight] as const));
  const fresh = fakePerson(faker, home, opts.appUserId);
  const person = opts.person ?? fresh;
  const { occurredAt, capturedAt } = stamps(faker);
  const noFix = faker.chance(0.05);
  const centre = opts.near ?? home;
  const spreadKm = opts.near ? 1.5 : home.spreadKm;
  const point = opts.location !== undefined ? opts.location : noFix ? null : jitter(faker, centre, spreadKm);
  const english = person.preferredLanguage === "en" && faker.chance(0.6);
  // In this order: a seed must keep drawing the same people (the demo seed's case among them).
  const location = point && fakeLocation(faker, point, capturedAt);
  const contacts = fakeContacts(faker, person, home);
  const message = faker.chance(0.85) ? faker.pick(english ? MESSAGES_EN : MESSAGES_ES) : undefined;
  const device = faker.chance(0.95)
    ? { platform: faker.chance(0.7) ? "android" : "ios", appVersion: faker.weighted(APP_VERSIONS), batteryPct: faker.int(3, 100) }
    : undefined;
  return panicEvent({ alertId: opts.alertId ?? randomUUID(), occurredAt, person, location, contacts, message, device });
};

/** A newer position 200 m to 3 km from `from`, in any direction. */
export const fakeLocationUpdate = (faker: Faker, opts: { alertId: string; from: LatLng }): LocationInput => {
  const km = 0.2 + faker.float() * 2.8;
  const bearing = faker.float() * 2 * Math.PI;
  const { occurredAt, capturedAt } = stamps(faker);
  return {
    eventId: randomUUID(),
    type: "location",
    alertId: opts.alertId,
    occurredAt,
    location: fakeLocation(faker, offsetKm(opts.from, km * Math.cos(bearing), km * Math.sin(bearing)), capturedAt),
  };
};

export const fakeCancel = (faker: Faker, opts: { alertId: string; duress?: boolean }): CancelInput => ({
  eventId: randomUUID(),
  type: "cancel",
  alertId: opts.alertId,
  occurredAt: stamps(faker).occurredAt,
  reason: faker.chance(0.7) ? "safe" : "mistake",
  duress: opts.duress ?? false,
});
