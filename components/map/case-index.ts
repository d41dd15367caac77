// The officer map's cases, held and clustered off the main thread (see
// case-index.worker.ts): every case the map may show, the selection the
// queue's filter keeps, and a supercluster index over it. The map itself only
// ever receives the clusters and points of the area in view, a few hundred
// features whatever the number of cases. Pure: no DOM, no MapLibre.
import Supercluster from "supercluster";
import type { CaseSummary } from "@/lib/cases/events";
import { filterToSearchParams, type QueueFilter } from "@/lib/cases/filters";
import type { MapCase } from "@/lib/map/schema";
import { diffFor, matchesMapFilter, toFeature, type CaseFeatureProps, type MapPoint } from "./map-cases";

/** Zoom past which every case is its own point. */
export const CLUSTER_MAX_ZOOM = 13;
/** Cluster radius, in pixels of a 512-pixel tile. */
export const CLUSTER_RADIUS = 46;

type PointProps = CaseFeatureProps;
/** Per cluster: how many of its cases are critical (red) and still unacknowledged (ringed). */
type ClusterProps = { critical: number; fresh: number };

export type Bbox = [west: number, south: number, east: number, north: number];

export type Counts = { count: number; fresh: number };

/** Which cases the map keeps: the queue's filter (none on /map), for this user ("mine"). */
export type View = { filter?: QueueFilter; userId: string };

/** A View as a string, to tell whether the worker already holds it. */
export const viewKey = ({ filter, userId }: View) => `${filter ? filterToSearchParams(filter).toString() : "all"} ${userId}`;

export class CaseIndex {
  private store = new Map<string, MapPoint>();
  private shown = new Set<string>();
  private keep: (point: MapPoint) => boolean = () => true;
  private index = CaseIndex.empty();

  private static empty() {
    return new Supercluster<PointProps, ClusterProps>({
      radius: CLUSTER_RADIUS,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: (p) => ({ critical: p.critical ? 1 : 0, fresh: p.fresh ? 1 : 0 }),
      reduce: (into, p) => {
        into.critical += p.critical;
        into.fresh += p.fresh;
      },
    });
  }

  /** Replaces every case (a fresh read), and the filter. */
  load(cases: readonly MapCase[], view: View) {
    this.store = new Map(cases.map((c) => [c.id, c]));
    this.setFilter(view);
  }

  setFilter({ filter, userId }: View) {
    this.keep = (point) => matchesMapFilter(point, filter, userId);
    this.rebuild();
  }

  /** Takes a batch of live summaries; true when what the map shows changed. */
  apply(summaries: readonly CaseSummary[]) {
    const diff = diffFor({ summaries, store: this.store, shown: this.shown, keep: this.keep });
    if (diff.add.length === 0 && diff.remove.length === 0) return false;
    // supercluster's index is immutable: one batch, one rebuild (tens of ms per 10,000 cases).
    this.rebuild();
    return true;
  }

  private rebuild() {
    const features = [];
    this.shown = new Set();
    for (const point of this.store.values()) {
      if (!this.keep(point)) continue;
      this.shown.add(point.id);
      features.push(toFeature(point));
    }
    this.index = CaseIndex.empty().load(features);
  }

  counts(): Counts {
    let fresh = 0;
    for (const id of this.shown) if (this.store.get(id)?.status === "NEW") fresh++;
    return { count: this.shown.size, fresh };
  }

  /** The clusters and single cases in a box at a zoom: what the map's source draws. */
  clusters(bbox: Bbox, zoom: number): GeoJSON.FeatureCollection<GeoJSON.Point> {
    const features = this.index.getClusters(bbox, Math.floor(zoom));
    // A single case keeps its id as the feature's id, for feature-state and clicks.
    for (const f of features) if (!("cluster" in f.properties)) f.id = f.properties.id;
    return { type: "FeatureCollection", features };
  }

  expansionZoom(clusterId: number) {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** A case's last known summary, shown or not (the panel keeps a case that just left). */
  point(id: string) {
    return this.store.get(id) ?? null;
  }

  /** Whether the case is on the map now (as a point or inside a cluster). */
  has(id: string) {
    return this.shown.has(id);
  }
}
