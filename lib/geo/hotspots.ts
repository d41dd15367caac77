// Possible raids: places where many alerts arrive close together in a short
// time. A density clustering (DBSCAN) over recent alerts, in space and time:
// an alert is a core point when enough others fell within `radiusKm` and
// `windowMinutes` of it; connected core points and their neighbours form a
// hotspot. A grid keeps the neighbour search near linear.
import { haversineKm, type LatLng } from "./distance";

export type TimedPoint = LatLng & { id: string; at: number };

export type Hotspot = {
  center: LatLng;
  /** Distance from the centre to the farthest member, at least `radiusKm`. */
  radiusKm: number;
  ids: string[];
  firstAt: number;
  lastAt: number;
};

export type HotspotOptions = { radiusKm?: number; windowMinutes?: number; minAlerts?: number };

const KM_PER_DEGREE_LAT = 111.32;

export const findHotspots = (
  points: readonly TimedPoint[],
  { radiusKm = 2, windowMinutes = 30, minAlerts = 5 }: HotspotOptions = {},
): Hotspot[] => {
  const windowMs = windowMinutes * 60_000;
  const cell = radiusKm / KM_PER_DEGREE_LAT; // degrees; longitude cells are narrower, which only adds candidates
  const key = (lat: number, lng: number) => `${Math.floor(lat / cell)}:${Math.floor(lng / cell)}`;
  const grid = new Map<string, number[]>();
  points.forEach((p, i) => {
    const k = key(p.lat, p.lng);
    const bucket = grid.get(k);
    if (bucket) bucket.push(i);
    else grid.set(k, [i]);
  });

  const neighbours = (i: number) => {
    const p = points[i];
    const row = Math.floor(p.lat / cell);
    // Near the poles a degree of longitude is short: widen the search so no neighbour is missed.
    const span = Math.ceil(1 / Math.max(Math.cos((p.lat * Math.PI) / 180), 0.01));
    const col = Math.floor(p.lng / cell);
    const found: number[] = [];
    for (let r = row - 1; r <= row + 1; r++) {
      for (let c = col - span; c <= col + span; c++) {
        for (const j of grid.get(`${r}:${c}`) ?? []) {
          const q = points[j];
          if (Math.abs(q.at - p.at) <= windowMs && haversineKm(p, q) <= radiusKm) found.push(j);
        }
      }
    }
    return found; // includes i itself
  };

  const cluster = new Int32Array(points.length).fill(-1);
  const hotspots: number[][] = [];
  for (let i = 0; i < points.length; i++) {
    if (cluster[i] !== -1) continue;
    const seeds = neighbours(i);
    if (seeds.length < minAlerts) continue;
    const id = hotspots.length;
    const members: number[] = [];
    hotspots.push(members);
    const queue = [...seeds];
    while (queue.length) {
      const j = queue.pop()!;
      if (cluster[j] !== -1) continue;
      cluster[j] = id;
      members.push(j);
      const more = neighbours(j);
      if (more.length >= minAlerts) queue.push(...more.filter((k) => cluster[k] === -1));
    }
  }

  return hotspots
    .map((members) => {
      const ps = members.map((m) => points[m]);
      const center = {
        lat: ps.reduce((s, p) => s + p.lat, 0) / ps.length,
        lng: ps.reduce((s, p) => s + p.lng, 0) / ps.length,
      };
      return {
        center,
        radiusKm: Math.max(radiusKm, ...ps.map((p) => haversineKm(center, p))),
        ids: ps.map((p) => p.id).sort(),
        firstAt: Math.min(...ps.map((p) => p.at)),
        lastAt: Math.max(...ps.map((p) => p.at)),
      };
    })
    .sort((a, b) => b.ids.length - a.ids.length);
};
