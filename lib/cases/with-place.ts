// A case summary with its last location described as a place (lib/geo/places),
// added where summaries leave the server for the consulate's own screens: the
// queue's read and the live events (lib/cases/publish.ts). Not on the intake's
// transaction: a lookup is some 20 µs once the towns are read.
import "server-only";
import { describePlace } from "@/lib/geo/places";
import type { CaseSummary } from "./events";

export const withPlace = (summary: CaseSummary): CaseSummary =>
  summary.lastLocation ? { ...summary, place: describePlace(summary.lastLocation.lat, summary.lastLocation.lng) } : summary;
