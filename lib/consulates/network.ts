// The network of Mexican consulates in the United States: static seed data,
// read by the seed (prisma/seed/network.ts) and by lib/geo. No framework
// imports, so that scripts and tests can load it directly.
//
// Consulate codes are three uppercase letters, normally the IATA code of the
// city's main airport, so that officers can guess them. The exceptions:
//   CHI  Chicago, NYC New York, WAS Washington: IATA metropolitan codes
//   DAL  Dallas (Love Field; DFW is shared with Fort Worth)
//   HOU  Houston (also the metropolitan code; IAH is the larger airport)
//   MSP  St. Paul (the Minneapolis-Saint Paul airport)
//   NOG  Nogales (the town's name; its small airport is OLS)
//   PRS  Presidio (the town's name: no airline airport)
//   RDU  Raleigh (the Raleigh-Durham airport)
// WAS is the embassy's consular section, which acts as a consulate.
// Case numbers are built from the code (LAX-2026-000123), so a code, once
// issued, must never change or be reused.
//
// lat/lng place the office from its street address, to within about a
// kilometre; they drive the "nearest consulate" fallback, the default county
// assignment and the map. Check them against the SRE directory before relying
// on them for anything finer.

export type RegionSeed = { code: string; name: string };

export type ConsulateSeed = {
  code: string;
  name: string;
  city: string;
  /** USPS two-letter code of the state (or DC, PR) where the office is. */
  state: string;
  lat: number;
  lng: number;
  /** IANA zone of the office, for its working hours and case timestamps. */
  timeZone: string;
  regionCode: string;
};

// Each region is a set one supervisor could oversee. Texas is a region of its
// own (eleven consulates, most of them on the border), as is California.
export const REGIONS: readonly RegionSeed[] = [
  { code: "OESTE", name: "Región Oeste" },
  { code: "NOROESTE", name: "Región Noroeste" },
  { code: "SUROESTE", name: "Región Suroeste" },
  { code: "TEXAS", name: "Región Texas" },
  { code: "CENTRO", name: "Región Centro" },
  { code: "SURESTE", name: "Región Sureste" },
  { code: "NORESTE", name: "Región Noreste" },
];

const LA = "America/Los_Angeles";
const DENVER = "America/Denver";
const PHOENIX = "America/Phoenix";
const CHICAGO = "America/Chicago";
const NEW_YORK = "America/New_York";

const general = (city: string) => `Consulado General de México en ${city}`;
const consulate = (city: string) => `Consulado de México en ${city}`;

export const CONSULATES: readonly ConsulateSeed[] = [
  // Región Oeste: California
  { code: "LAX", name: general("Los Ángeles"), city: "Los Ángeles", state: "CA", lat: 34.0615, lng: -118.2792, timeZone: LA, regionCode: "OESTE" },
  { code: "SAN", name: general("San Diego"), city: "San Diego", state: "CA", lat: 32.7224, lng: -117.1692, timeZone: LA, regionCode: "OESTE" },
  { code: "SFO", name: general("San Francisco"), city: "San Francisco", state: "CA", lat: 37.7868, lng: -122.3955, timeZone: LA, regionCode: "OESTE" },
  { code: "SJC", name: general("San José"), city: "San José", state: "CA", lat: 37.2800, lng: -121.8050, timeZone: LA, regionCode: "OESTE" },
  { code: "SMF", name: general("Sacramento"), city: "Sacramento", state: "CA", lat: 38.6445, lng: -121.5165, timeZone: LA, regionCode: "OESTE" },
  { code: "FAT", name: consulate("Fresno"), city: "Fresno", state: "CA", lat: 36.8425, lng: -119.8090, timeZone: LA, regionCode: "OESTE" },
  { code: "SNA", name: consulate("Santa Ana"), city: "Santa Ana", state: "CA", lat: 33.7475, lng: -117.8440, timeZone: LA, regionCode: "OESTE" },
  { code: "OXR", name: consulate("Oxnard"), city: "Oxnard", state: "CA", lat: 34.1975, lng: -119.2120, timeZone: LA, regionCode: "OESTE" },
  { code: "SBD", name: consulate("San Bernardino"), city: "San Bernardino", state: "CA", lat: 34.1045, lng: -117.2925, timeZone: LA, regionCode: "OESTE" },
  { code: "CXL", name: consulate("Calexico"), city: "Calexico", state: "CA", lat: 32.6770, lng: -115.4950, timeZone: LA, regionCode: "OESTE" },

  // Región Noroeste: the Pacific Northwest and the northern Rockies
  { code: "SEA", name: consulate("Seattle"), city: "Seattle", state: "WA", lat: 47.6135, lng: -122.3430, timeZone: LA, regionCode: "NOROESTE" },
  { code: "PDX", name: consulate("Portland"), city: "Portland", state: "OR", lat: 45.5155, lng: -122.6860, timeZone: LA, regionCode: "NOROESTE" },
  { code: "BOI", name: consulate("Boise"), city: "Boise", state: "ID", lat: 43.6135, lng: -116.2035, timeZone: "America/Boise", regionCode: "NOROESTE" },
  { code: "SLC", name: consulate("Salt Lake City"), city: "Salt Lake City", state: "UT", lat: 40.7540, lng: -111.8835, timeZone: DENVER, regionCode: "NOROESTE" },
  { code: "DEN", name: general("Denver"), city: "Denver", state: "CO", lat: 39.7110, lng: -104.9265, timeZone: DENVER, regionCode: "NOROESTE" },

  // Región Suroeste: Arizona, New Mexico, Nevada
  { code: "PHX", name: general("Phoenix"), city: "Phoenix", state: "AZ", lat: 33.4655, lng: -112.0690, timeZone: PHOENIX, regionCode: "SUROESTE" },
  { code: "TUS", name: consulate("Tucson"), city: "Tucson", state: "AZ", lat: 32.2210, lng: -110.9075, timeZone: PHOENIX, regionCode: "SUROESTE" },
  { code: "NOG", name: general("Nogales"), city: "Nogales", state: "AZ", lat: 31.3395, lng: -110.9400, timeZone: PHOENIX, regionCode: "SUROESTE" },
  { code: "DUG", name: consulate("Douglas"), city: "Douglas", state: "AZ", lat: 31.3440, lng: -109.5450, timeZone: PHOENIX, regionCode: "SUROESTE" },
  { code: "YUM", name: consulate("Yuma"), city: "Yuma", state: "AZ", lat: 32.7235, lng: -114.6180, timeZone: PHOENIX, regionCode: "SUROESTE" },
  { code: "ABQ", name: consulate("Albuquerque"), city: "Albuquerque", state: "NM", lat: 35.0990, lng: -106.6520, timeZone: DENVER, regionCode: "SUROESTE" },
  { code: "LAS", name: consulate("Las Vegas"), city: "Las Vegas", state: "NV", lat: 36.1445, lng: -115.1330, timeZone: LA, regionCode: "SUROESTE" },

  // Región Texas. El Paso keeps Mountain time; Presidio County is on Central.
  { code: "HOU", name: general("Houston"), city: "Houston", state: "TX", lat: 29.7315, lng: -95.3840, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "DAL", name: general("Dallas"), city: "Dallas", state: "TX", lat: 32.8045, lng: -96.8785, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "AUS", name: general("Austin"), city: "Austin", state: "TX", lat: 30.2175, lng: -97.7105, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "SAT", name: general("San Antonio"), city: "San Antonio", state: "TX", lat: 29.4255, lng: -98.4925, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "ELP", name: general("El Paso"), city: "El Paso", state: "TX", lat: 31.7590, lng: -106.4805, timeZone: DENVER, regionCode: "TEXAS" },
  { code: "LRD", name: general("Laredo"), city: "Laredo", state: "TX", lat: 27.5085, lng: -99.5035, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "MFE", name: consulate("McAllen"), city: "McAllen", state: "TX", lat: 26.1975, lng: -98.2300, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "BRO", name: consulate("Brownsville"), city: "Brownsville", state: "TX", lat: 25.9160, lng: -97.4890, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "DRT", name: consulate("Del Rio"), city: "Del Rio", state: "TX", lat: 29.3500, lng: -100.9050, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "EGP", name: consulate("Eagle Pass"), city: "Eagle Pass", state: "TX", lat: 28.7105, lng: -100.4805, timeZone: CHICAGO, regionCode: "TEXAS" },
  { code: "PRS", name: consulate("Presidio"), city: "Presidio", state: "TX", lat: 29.5605, lng: -104.3720, timeZone: CHICAGO, regionCode: "TEXAS" },

  // Región Centro: the Midwest and the Plains
  { code: "CHI", name: general("Chicago"), city: "Chicago", state: "IL", lat: 41.8788, lng: -87.6668, timeZone: CHICAGO, regionCode: "CENTRO" },
  { code: "IND", name: consulate("Indianápolis"), city: "Indianápolis", state: "IN", lat: 39.7640, lng: -86.1580, timeZone: "America/Indiana/Indianapolis", regionCode: "CENTRO" },
  { code: "DTW", name: consulate("Detroit"), city: "Detroit", state: "MI", lat: 42.3303, lng: -83.0480, timeZone: "America/Detroit", regionCode: "CENTRO" },
  { code: "MKE", name: consulate("Milwaukee"), city: "Milwaukee", state: "WI", lat: 43.0505, lng: -87.8915, timeZone: CHICAGO, regionCode: "CENTRO" },
  { code: "MSP", name: consulate("St. Paul"), city: "St. Paul", state: "MN", lat: 44.9605, lng: -93.0710, timeZone: CHICAGO, regionCode: "CENTRO" },
  { code: "MCI", name: consulate("Kansas City"), city: "Kansas City", state: "MO", lat: 39.0935, lng: -94.5845, timeZone: CHICAGO, regionCode: "CENTRO" },
  { code: "OMA", name: consulate("Omaha"), city: "Omaha", state: "NE", lat: 41.2590, lng: -95.9665, timeZone: CHICAGO, regionCode: "CENTRO" },

  // Región Sureste, with Puerto Rico
  { code: "ATL", name: general("Atlanta"), city: "Atlanta", state: "GA", lat: 33.8170, lng: -84.3480, timeZone: NEW_YORK, regionCode: "SURESTE" },
  // The Miami office is in Coral Gables (2555 Ponce de León Blvd).
  { code: "MIA", name: general("Miami"), city: "Miami", state: "FL", lat: 25.7495, lng: -80.2585, timeZone: NEW_YORK, regionCode: "SURESTE" },
  { code: "MCO", name: consulate("Orlando"), city: "Orlando", state: "FL", lat: 28.5790, lng: -81.4090, timeZone: NEW_YORK, regionCode: "SURESTE" },
  { code: "RDU", name: consulate("Raleigh"), city: "Raleigh", state: "NC", lat: 35.7590, lng: -78.5900, timeZone: NEW_YORK, regionCode: "SURESTE" },
  { code: "MSY", name: consulate("Nueva Orleans"), city: "Nueva Orleans", state: "LA", lat: 29.9435, lng: -90.0635, timeZone: CHICAGO, regionCode: "SURESTE" },
  { code: "LIT", name: consulate("Little Rock"), city: "Little Rock", state: "AR", lat: 34.7150, lng: -92.3420, timeZone: CHICAGO, regionCode: "SURESTE" },
  { code: "SJU", name: consulate("San Juan"), city: "San Juan", state: "PR", lat: 18.4225, lng: -66.0605, timeZone: "America/Puerto_Rico", regionCode: "SURESTE" },

  // Región Noreste
  { code: "NYC", name: general("Nueva York"), city: "Nueva York", state: "NY", lat: 40.7507, lng: -73.9802, timeZone: NEW_YORK, regionCode: "NORESTE" },
  { code: "BOS", name: general("Boston"), city: "Boston", state: "MA", lat: 42.3505, lng: -71.0685, timeZone: NEW_YORK, regionCode: "NORESTE" },
  { code: "PHL", name: consulate("Filadelfia"), city: "Filadelfia", state: "PA", lat: 39.9495, lng: -75.1480, timeZone: NEW_YORK, regionCode: "NORESTE" },
  {
    code: "WAS",
    name: "Sección Consular de la Embajada de México en Estados Unidos",
    city: "Washington",
    state: "DC",
    lat: 38.9060,
    lng: -77.0500,
    timeZone: NEW_YORK,
    regionCode: "NORESTE",
  },
];

// The escalation policy's backups (lib/escalation): a case nobody at the first
// consulate took in time is offered to the second, a neighbour with its own
// 24-hour line. Pairs within a region, so its supervisors follow the case.
export const BACKUPS: readonly (readonly [from: string, to: string])[] = [
  ["LAX", "SAN"],
  ["SAN", "LAX"],
  ["SFO", "SJC"],
  ["SJC", "SFO"],
  ["HOU", "DAL"],
  ["DAL", "HOU"],
  ["SAT", "AUS"],
  ["PHX", "TUS"],
  ["CHI", "MKE"],
  ["MIA", "MCO"],
  ["NYC", "PHL"],
];

// Census state FIPS codes (the first two digits of a county FIPS) for every
// state, DC and territory in us-atlas.
export const STATE_FIPS_TO_USPS: Readonly<Record<string, string>> = {
  "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT",
  "10": "DE", "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL",
  "18": "IN", "19": "IA", "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD",
  "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT", "31": "NE",
  "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND",
  "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD",
  "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA", "54": "WV",
  "55": "WI", "56": "WY",
  "60": "AS", "66": "GU", "69": "MP", "72": "PR", "78": "VI",
};
