// Benchmark of the county lookup: decode + index build time, then the mean
// cost of findCounty over random points in the contiguous US bounding box;
// then the same for the place lookup (describePlace).
// Prints figures; asserts nothing. Run: npm run bench:geo
import { loadCounties } from "@/lib/geo/counties";
import { buildCountyIndex } from "@/lib/geo/jurisdiction";
import { describePlace, loadPlaces } from "@/lib/geo/places";

const LOOKUPS = 100_000;
const BOX = { minLat: 24.5, maxLat: 49.4, minLng: -124.8, maxLng: -66.9 };

// A fixed-seed generator (mulberry32), so that runs compare like with like.
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const ms = (from: number) => (performance.now() - from).toFixed(1);

let started = performance.now();
const counties = loadCounties();
console.log(`decode us-atlas:  ${ms(started)} ms (${counties.length} counties)`);

started = performance.now();
const index = buildCountyIndex(counties);
console.log(`build index:      ${ms(started)} ms (${index.size} polygons)`);

const random = rng(20260314);
const points = Array.from({ length: LOOKUPS }, () => ({
  lat: BOX.minLat + random() * (BOX.maxLat - BOX.minLat),
  lng: BOX.minLng + random() * (BOX.maxLng - BOX.minLng),
}));

// Warm the JIT, then measure.
for (let i = 0; i < 10_000; i++) index.findCounty(points[i].lat, points[i].lng);
let hits = 0;
started = performance.now();
for (const p of points) if (index.findCounty(p.lat, p.lng)) hits++;
const elapsed = performance.now() - started;

console.log(`lookups:          ${LOOKUPS.toLocaleString("en-US")} in ${elapsed.toFixed(1)} ms`);
console.log(`mean per lookup:  ${((elapsed * 1000) / LOOKUPS).toFixed(2)} µs`);
console.log(`inside a county:  ${((100 * hits) / LOOKUPS).toFixed(1)} % (the rest is sea, Mexico or Canada)`);

// The place lookup (lib/geo/places.ts): loading the towns and ZIPs, what
// they keep in memory (after a collection, when run with --expose-gc), and a
// lookup's mean cost over the same points (the county lookup included).
const collect = () => (globalThis as { gc?: () => void }).gc?.();
collect();
const before = process.memoryUsage();
started = performance.now();
loadPlaces();
console.log(`load places:      ${ms(started)} ms (towns of the US and northern Mexico, ZCTA centroids)`);
const peakRss = process.memoryUsage().rss;
collect();
const after = process.memoryUsage();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`places memory:    RSS +${mb(peakRss - before.rss)} MiB while loading, heap and buffers +${mb(after.heapUsed + after.external - before.heapUsed - before.external)} MiB kept${(globalThis as { gc?: unknown }).gc ? "" : " (no --expose-gc: heap not collected)"}`);

for (let i = 0; i < 10_000; i++) describePlace(points[i].lat, points[i].lng);
let described = 0;
started = performance.now();
for (const p of points) if (describePlace(p.lat, p.lng)?.kind === "in") described++;
const placeElapsed = performance.now() - started;
console.log(`place lookups:    ${LOOKUPS.toLocaleString("en-US")} in ${placeElapsed.toFixed(1)} ms`);
console.log(`mean per place:   ${((placeElapsed * 1000) / LOOKUPS).toFixed(2)} µs (town, ZIP and county)`);
console.log(`in a town:        ${((100 * described) / LOOKUPS).toFixed(1)} % (the rest: at sea, abroad, or over 40 km from a town)`);

// Where the cases are: points within 30 km of downtown Los Angeles, among the
// densest towns and ZIPs of the data (a box search weighs every town within 30 km).
const la = Array.from({ length: LOOKUPS }, () => ({ lat: 34.05 + (random() - 0.5) * 0.5, lng: -118.25 + (random() - 0.5) * 0.6 }));
for (let i = 0; i < 10_000; i++) describePlace(la[i].lat, la[i].lng);
started = performance.now();
for (const p of la) describePlace(p.lat, p.lng);
const laElapsed = performance.now() - started;
console.log(`mean per place, Los Angeles: ${((laElapsed * 1000) / LOOKUPS).toFixed(2)} µs`);
