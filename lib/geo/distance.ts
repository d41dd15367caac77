// Great-circle distances on a spherical Earth: good to about 0.5 %, far finer
// than the choice between two consulates ever needs.
export type LatLng = { lat: number; lng: number };

export type Located = LatLng & { code: string };

// The IUGG mean radius.
const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number) => (deg * Math.PI) / 180;

export const haversineKm = (a: LatLng, b: LatLng): number => {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  // The clamp keeps rounding from pushing asin past its domain at antipodes.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

// Ties go to the smaller code, so that the answer never depends on the order
// in which the consulates happen to be listed or loaded.
export const nearestConsulate = <T extends Located>(point: LatLng, consulates: readonly T[]): T | null => {
  let best: T | null = null;
  let bestKm = Infinity;
  for (const consulate of consulates) {
    const km = haversineKm(point, consulate);
    if (km < bestKm || (km === bestKm && best !== null && consulate.code < best.code)) {
      best = consulate;
      bestKm = km;
    }
  }
  return best;
};
