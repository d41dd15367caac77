// Live case events, gathered and applied in batches: a burst of events
// becomes one change to the map every `delayMs`, never one per event. Events
// for the same case are merged (the newest version wins), and a batch waits
// for the previous one to be applied, so that work cannot pile up: what waits
// is at most one summary per case.
import type { CaseSummary } from "@/lib/cases/events";
import type { LiveStats } from "./map-probe";

type Pending = { summary: CaseSummary; events: number };

export type Batcher = {
  push: (summary: CaseSummary) => void;
  stats: LiveStats;
  dispose: () => void;
};

export const createBatcher = ({
  delayMs,
  apply,
}: {
  /** How long events gather; a function is asked again before each batch. */
  delayMs: number | (() => number);
  /** Applies one batch; its synchronous part is what the page pays on the main thread. */
  apply: (summaries: CaseSummary[]) => Promise<void>;
}): Batcher => {
  const stats: LiveStats = { received: 0, applied: 0, batches: 0, lastBatchMs: 0 };
  let pending = new Map<string, Pending>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let disposed = false;

  const schedule = () => {
    if (timer === undefined && !running && !disposed && pending.size > 0) {
      timer = setTimeout(flush, typeof delayMs === "number" ? delayMs : delayMs());
    }
  };

  const flush = async () => {
    timer = undefined;
    const batch = pending;
    pending = new Map();
    running = true;
    const started = performance.now();
    const applying = apply([...batch.values()].map((p) => p.summary));
    stats.lastBatchMs = performance.now() - started;
    try {
      await applying;
    } catch (error) {
      console.warn("[amparo] map update failed:", (error as Error).message);
    } finally {
      running = false;
      stats.batches += 1;
      for (const p of batch.values()) stats.applied += p.events;
      schedule();
    }
  };

  return {
    stats,
    push: (summary) => {
      stats.received += 1;
      const known = pending.get(summary.id);
      const newest = known && known.summary.version > summary.version ? known.summary : summary;
      pending.set(summary.id, { summary: newest, events: (known?.events ?? 0) + 1 });
      schedule();
    },
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
    },
  };
};
