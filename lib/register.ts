// The one place where the domains hand lib/server what it runs for them:
// lib/server is infrastructure and imports no domain. Every entry point that
// runs this code imports this file, into its own module copy (see
// lib/server/registration.ts): server.ts (sockets, background work, the
// intake it answers ahead of Next) and the intake's route file (Next's copy).
import "server-only";
import { roomsForScope } from "@/lib/cases/policy";
import { trackPresence } from "@/lib/cases/presence";
import { fireEscalation } from "@/lib/escalation/mutations";
import { ESCALATION_QUEUE } from "@/lib/escalation/steps";
import { startOutboxSender } from "@/lib/family/outbox";
import { loadPlaces } from "@/lib/geo/places";
import { DETECTION_INTERVAL_MS, startIncidentDetection } from "@/lib/incidents/detection-loop";
import { fireReminder, REMINDER_QUEUE } from "@/lib/legal-aid/reminders";
import { startNoticeSender } from "@/lib/notices/outbox";
import { fireRetention, RETENTION_QUEUE } from "@/lib/retention/job";
import { startRetentionScheduler } from "@/lib/retention/schedule-mutations";
import { getActiveRelaySecret, isKnownRelayKey } from "@/lib/relay-keys/data";
import { touchRelayKey } from "@/lib/relay-keys/mutations";
import { registerBackgroundWork } from "@/lib/server/background";
import { registerRelayKeys } from "@/lib/server/http/with-relay-key";
import { registerSocketSetup } from "@/lib/server/realtime/attach";

registerSocketSetup({ roomsForScope, onConnection: trackPresence });
registerBackgroundWork({
  jobs: { [REMINDER_QUEUE]: fireReminder, [ESCALATION_QUEUE]: fireEscalation, [RETENTION_QUEUE]: fireRetention },
  // Raid detection polls faster than the rest: a raid is minutes long.
  loops: [
    startOutboxSender,
    startNoticeSender,
    ({ intervalMs }) => startIncidentDetection({ intervalMs: Math.min(intervalMs, DETECTION_INTERVAL_MS) }),
    startRetentionScheduler,
  ],
});
registerRelayKeys({ activeSecret: getActiveRelaySecret, touch: touchRelayKey, isKnown: isKnownRelayKey });
// The towns and ZIPs that word a case's place are read once (a few tenths of a
// second): just after start, rather than inside the first alert's publish.
setImmediate(loadPlaces);
