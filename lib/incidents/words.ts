// An incident in the UI's words, shared by its page, the queue's folded row
// and the proposal banner. Pure.
import type { Place } from "@/lib/geo/place";
import type { Translate } from "@/lib/i18n/translate";
import type { IncidentSummary } from "./types";

/** The town the incident is at or near ("Compton, CA"): short enough for a row; the page adds the distance. */
export const incidentTown = (place: Place | null, t: Translate) =>
  place ? t("place.town", { town: place.town, region: place.region }) : t("incidents.place.unknown");

/** How many minutes its alerts span, at least 1: "7 alertas en 15 min". */
export const spanMinutes = (incident: Pick<IncidentSummary, "firstAt" | "lastAt">) =>
  Math.max(1, Math.ceil((Date.parse(incident.lastAt) - Date.parse(incident.firstAt)) / 60_000));
