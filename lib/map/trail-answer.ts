// The trail route's answer: the positions, and the last one described as a
// place (lib/geo/places), which the map's side panel shows in words.
import "server-only";
import { describePlace } from "@/lib/geo/places";
import type { TrailAnswer, TrailPoint } from "./schema";

export const trailAnswer = (trail: TrailPoint[]): TrailAnswer => {
  const last = trail.at(-1);
  return last ? { trail, place: describePlace(last.lat, last.lng) } : { trail };
};
