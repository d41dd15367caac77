// Cases on the officer map: the read's MapCase, what a live summary turns
// into, whether a case belongs in the view (the queue's filter, when the map
// sits beside the queue), and the GeoJSON the map draws. Pure.
import type { CaseSummary } from "@/lib/cases/events";
import { statusesOf, type QueueFilter } from "@/lib/cases/filters";
import { isEnded } from "@/lib/cases/lifecycle";
import type { MapCase } from "@/lib/map/schema";

/** A case on the map. Live events also tell how often the person pressed. */
export type MapPoint = MapCase & { pressCount?: number };

/** The case as the map should show it after this event, or null when it leaves the map (ended, or no location). */
export const pointFromSummary = (summary: CaseSummary): MapPoint | null => {
  if (isEnded(summary.status) || !summary.lastLocation) return null;
  return {
    id: summary.id,
    number: summary.number,
    status: summary.status,
    priority: summary.priority,
    duress: summary.duress,
    pressedAgain: summary.pressedAgain,
    rescinded: summary.rescinded,
    owned: summary.owner !== null,
    ownerId: summary.owner?.id ?? null,
    pressCount: summary.pressCount,
    alertAtMs: Date.parse(summary.alertAt),
    lat: summary.lastLocation.lat,
    lng: summary.lastLocation.lng,
  };
};

const ownerMatches = (point: MapPoint, owner: string, userId: string) => {
  if (owner === "unassigned") return !point.owned;
  return point.ownerId === (owner === "me" ? userId : owner);
};

/**
 * Whether a case belongs on a map that shares the queue's filter: status,
 * case ids, owner and flag. Free text (`q`) needs the server and is not applied here.
 */
export const matchesMapFilter = (point: MapPoint, filter: QueueFilter | undefined, userId: string) => {
  if (!filter) return true;
  if (!statusesOf(filter.status).includes(point.status)) return false;
  if (filter.ids && !filter.ids.includes(point.id)) return false;
  if (filter.owner && !ownerMatches(point, filter.owner, userId)) return false;
  if (filter.flag === "duress" && !point.duress) return false;
  if (filter.flag === "pressed_again" && !point.pressedAgain) return false;
  if (filter.flag === "rescinded" && !point.rescinded) return false;
  return true;
};

/** Only what the style reads: fewer properties, less to cluster. */
export type CaseFeatureProps = { id: string; status: MapPoint["status"]; priority: MapPoint["priority"]; critical: boolean; fresh: boolean };

export const toFeature = (point: MapPoint): GeoJSON.Feature<GeoJSON.Point, CaseFeatureProps> => ({
  type: "Feature",
  id: point.id,
  properties: {
    id: point.id,
    status: point.status,
    priority: point.priority,
    // An ended case is never red on the map: it calls for no one.
    critical: !isEnded(point.status) && (point.duress || point.priority === "CRITICAL"),
    fresh: point.status === "NEW",
  },
  geometry: { type: "Point", coordinates: [point.lng, point.lat] },
});

export const toCollection = (points: Iterable<MapPoint>): GeoJSON.FeatureCollection<GeoJSON.Point> => ({
  type: "FeatureCollection",
  features: Array.from(points, toFeature),
});

/** What one batch of events does to the map's source, given what it shows now. */
export const diffFor = ({
  summaries,
  store,
  shown,
  keep,
}: {
  summaries: readonly CaseSummary[];
  store: Map<string, MapPoint>;
  shown: Set<string>;
  keep: (point: MapPoint) => boolean;
}) => {
  const add: GeoJSON.Feature[] = [];
  const remove: string[] = [];
  for (const summary of summaries) {
    const point = pointFromSummary(summary);
    if (point) store.set(point.id, point);
    else store.delete(summary.id);
    if (point && keep(point)) {
      shown.add(point.id);
      add.push(toFeature(point));
    } else if (shown.delete(summary.id)) {
      remove.push(summary.id);
    }
  }
  return { add, remove };
};
