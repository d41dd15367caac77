// The detection loop started by server.ts (registered in lib/register.ts):
// a pass every couple of seconds, and one soon after the intake wakes it. A
// burst of wakes (a raid's hundreds of panics) folds into one pass at a time,
// with at most one more queued behind it, and passes keep a short gap between
// them: in a raid each pass takes in what arrived meanwhile, instead of the
// loop running without pause beside the intake it serves.
import "server-only";
import { detectAllIncidents } from "./detection-mutations";
import { onIncidentWake } from "./detection-signal";
import { errorMessage, log } from "@/lib/server/log";

/** How often a pass runs without a wake; the background's own interval is longer. */
export const DETECTION_INTERVAL_MS = 2_000;
/** The least time from the end of one pass to the start of the next, however often it is woken. */
export const DETECTION_GAP_MS = 750;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const startIncidentDetection = ({ intervalMs = DETECTION_INTERVAL_MS }: { intervalMs?: number } = {}) => {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let lastEnd = 0;
  const tick = () => {
    if (queued) return;
    queued = true;
    clearTimeout(timer);
    running = running
      .then(async () => {
        const wait = lastEnd + DETECTION_GAP_MS - Date.now();
        if (wait > 0) await sleep(wait);
        queued = false;
        if (!stopped) await detectAllIncidents();
      })
      .catch((error) => log("incidents").error({ error: errorMessage(error) }, "incident detection failed"))
      .finally(() => {
        lastEnd = Date.now();
        clearTimeout(timer);
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  onIncidentWake(() => !stopped && tick());
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      onIncidentWake(undefined);
      clearTimeout(timer);
      await running;
    },
  };
};
