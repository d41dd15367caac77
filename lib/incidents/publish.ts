// The live feed of incidents, after the commit: each changed incident to its
// consulate's room and its region's supervisors (the rooms of its cases), and
// each case that joined or changed as a case:updated. An incident carries its
// centre (where many panics fell), never one person's point or name.
import "server-only";
import { publishCaseChanges, publishToConsulate } from "@/lib/cases/publish";
import { wakeNoticeSender } from "@/lib/notices/outbox-signal";
import { getCommittedIncidents } from "./data";
import { INCIDENT_CHANGED } from "./types";
import { errorMessage, log } from "@/lib/server/log";

export const publishIncidents = async (incidentIds: Iterable<string>) => {
  const ids = [...new Set(incidentIds)];
  // An incident that opened queued its staff notices with it: send them now, not at the sender's next poll.
  if (ids.length > 0) wakeNoticeSender();
  try {
    for (const { summary, regionId } of await getCommittedIncidents(ids)) {
      publishToConsulate({ consulateId: summary.consulateId, regionId }, INCIDENT_CHANGED, summary);
    }
  } catch (error) {
    // Committed already; a screen that missed the push reads it on its next fetch.
    log("incidents").error({ error: errorMessage(error) }, "incident publish failed");
  }
};

export const publishCases = (caseIds: Iterable<string>) => publishCaseChanges("case:updated", caseIds);
