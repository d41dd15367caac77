// Immigration detention facilities where the network's nationals are most
// often held (ICE processing centers, contract and county facilities). The
// county, and so the responsible consulate, is not written here: the seed
// resolves it from the coordinates with lib/geo, like an alert's location.
export type FacilitySeed = {
  code: string;
  name: string;
  city: string;
  state: string;
  lat: number;
  lng: number;
};

export const DETENTION_FACILITIES: readonly FacilitySeed[] = [
  { code: "ADELANTO", name: "Adelanto ICE Processing Center", city: "Adelanto", state: "CA", lat: 34.5597, lng: -117.4417 },
  { code: "DESERT_VIEW", name: "Desert View Annex", city: "Adelanto", state: "CA", lat: 34.5497, lng: -117.4214 },
  { code: "OTAY_MESA", name: "Otay Mesa Detention Center", city: "San Diego", state: "CA", lat: 32.5756, lng: -116.9217 },
  { code: "IMPERIAL", name: "Imperial Regional Detention Facility", city: "Calexico", state: "CA", lat: 32.6789, lng: -115.4989 },
  { code: "GOLDEN_STATE", name: "Golden State Annex", city: "McFarland", state: "CA", lat: 35.6766, lng: -119.2293 },
  { code: "MESA_VERDE", name: "Mesa Verde ICE Processing Facility", city: "Bakersfield", state: "CA", lat: 35.3881, lng: -119.0322 },
  { code: "CALIFORNIA_CITY", name: "California City Detention Facility", city: "California City", state: "CA", lat: 35.1330, lng: -117.9420 },
  { code: "TACOMA", name: "Northwest ICE Processing Center", city: "Tacoma", state: "WA", lat: 47.2494, lng: -122.4239 },
  { code: "ELOY", name: "Eloy Detention Center", city: "Eloy", state: "AZ", lat: 32.7797, lng: -111.5556 },
  { code: "LA_PALMA", name: "La Palma Correctional Center", city: "Eloy", state: "AZ", lat: 32.7820, lng: -111.5620 },
  { code: "FLORENCE", name: "Florence Service Processing Center", city: "Florence", state: "AZ", lat: 33.0314, lng: -111.3870 },
  { code: "PAHRUMP", name: "Nevada Southern Detention Center", city: "Pahrump", state: "NV", lat: 36.2290, lng: -115.9830 },
  { code: "AURORA", name: "Denver Contract Detention Facility", city: "Aurora", state: "CO", lat: 39.7617, lng: -104.8436 },
  { code: "OTERO", name: "Otero County Processing Center", city: "Chaparral", state: "NM", lat: 32.0420, lng: -106.3925 },
  { code: "TORRANCE", name: "Torrance County Detention Facility", city: "Estancia", state: "NM", lat: 34.7555, lng: -106.0590 },
  { code: "CIBOLA", name: "Cibola County Correctional Center", city: "Milan", state: "NM", lat: 35.1800, lng: -107.8950 },
  { code: "EL_PASO", name: "El Paso Service Processing Center", city: "El Paso", state: "TX", lat: 31.7930, lng: -106.3640 },
  { code: "PORT_ISABEL", name: "Port Isabel Service Processing Center", city: "Los Fresnos", state: "TX", lat: 26.1623, lng: -97.3350 },
  { code: "RIO_GRANDE", name: "Rio Grande Processing Center", city: "Laredo", state: "TX", lat: 27.5850, lng: -99.4860 },
  { code: "DILLEY", name: "South Texas Family Residential Center", city: "Dilley", state: "TX", lat: 28.6689, lng: -99.1700 },
  { code: "KARNES", name: "Karnes County Immigration Processing Center", city: "Karnes City", state: "TX", lat: 28.8852, lng: -97.9014 },
  { code: "HUTTO", name: "T. Don Hutto Residential Center", city: "Taylor", state: "TX", lat: 30.5683, lng: -97.4160 },
  { code: "MONTGOMERY", name: "Montgomery Processing Center", city: "Conroe", state: "TX", lat: 30.2860, lng: -95.4540 },
  { code: "HOUSTON_CDF", name: "Houston Contract Detention Facility", city: "Houston", state: "TX", lat: 29.9530, lng: -95.3500 },
  { code: "IAH_POLK", name: "IAH Secure Adult Detention Facility (Polk)", city: "Livingston", state: "TX", lat: 30.7360, lng: -94.9320 },
  { code: "PRAIRIELAND", name: "Prairieland Detention Center", city: "Alvarado", state: "TX", lat: 32.4060, lng: -97.2120 },
  { code: "BLUEBONNET", name: "Bluebonnet Detention Facility", city: "Anson", state: "TX", lat: 32.7560, lng: -99.8960 },
  { code: "LASALLE", name: "Central Louisiana ICE Processing Center (LaSalle)", city: "Jena", state: "LA", lat: 31.6830, lng: -92.1330 },
  { code: "RICHWOOD", name: "Richwood Correctional Center", city: "Monroe", state: "LA", lat: 32.4470, lng: -92.0690 },
  { code: "JACKSON_PARISH", name: "Jackson Parish Correctional Center", city: "Jonesboro", state: "LA", lat: 32.2430, lng: -92.7160 },
  { code: "PINE_PRAIRIE", name: "Pine Prairie ICE Processing Center", city: "Pine Prairie", state: "LA", lat: 30.7840, lng: -92.4250 },
  { code: "ADAMS_COUNTY", name: "Adams County Correctional Center", city: "Natchez", state: "MS", lat: 31.4650, lng: -91.3100 },
  { code: "STEWART", name: "Stewart Detention Center", city: "Lumpkin", state: "GA", lat: 32.0470, lng: -84.8000 },
  { code: "IRWIN", name: "Irwin County Detention Center", city: "Ocilla", state: "GA", lat: 31.5960, lng: -83.2510 },
  { code: "FOLKSTON", name: "Folkston ICE Processing Center", city: "Folkston", state: "GA", lat: 30.8340, lng: -82.0100 },
  { code: "KROME", name: "Krome North Service Processing Center", city: "Miami", state: "FL", lat: 25.7545, lng: -80.4880 },
  { code: "BROWARD", name: "Broward Transitional Center", city: "Pompano Beach", state: "FL", lat: 26.2550, lng: -80.1590 },
  { code: "GLADES", name: "Glades County Detention Center", city: "Moore Haven", state: "FL", lat: 26.8330, lng: -81.0870 },
  { code: "BAKER", name: "Baker County Detention Center", city: "Macclenny", state: "FL", lat: 30.2820, lng: -82.1300 },
  { code: "BROADVIEW", name: "Broadview Processing Center", city: "Broadview", state: "IL", lat: 41.8530, lng: -87.8530 },
  { code: "MOSHANNON", name: "Moshannon Valley Processing Center", city: "Philipsburg", state: "PA", lat: 40.8880, lng: -78.1800 },
  { code: "ELIZABETH", name: "Elizabeth Contract Detention Facility", city: "Elizabeth", state: "NJ", lat: 40.6630, lng: -74.1870 },
  { code: "DELANEY_HALL", name: "Delaney Hall Detention Facility", city: "Newark", state: "NJ", lat: 40.7226, lng: -74.1323 },
  { code: "BATAVIA", name: "Buffalo (Batavia) Service Processing Center", city: "Batavia", state: "NY", lat: 43.0180, lng: -78.1880 },
];
