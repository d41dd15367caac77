import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CaseSummary } from "@/lib/cases/events";
import { createBatcher } from "./live-batch";

const summary = (id: string, version = 1) => ({ id, version }) as CaseSummary;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("[MAP] live events in batches", () => {
  it("applies a burst as one batch, newest version per case", async () => {
    const batches: CaseSummary[][] = [];
    const batcher = createBatcher({ delayMs: 300, apply: async (items) => void batches.push(items) });
    for (let i = 0; i < 100; i++) batcher.push(summary(String(i % 10), i));
    batcher.push(summary("0", 1)); // late and stale: the newer one stays
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(10);
    expect(batches[0].find((s) => s.id === "0")?.version).toBe(90);
    expect(batcher.stats).toMatchObject({ received: 101, applied: 101, batches: 1 });
  });

  it("waits for a slow batch before sending the next, so that nothing piles up", async () => {
    let finish!: () => void;
    const apply = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const batcher = createBatcher({ delayMs: 100, apply });
    batcher.push(summary("a"));
    await vi.advanceTimersByTimeAsync(100);
    for (let i = 0; i < 50; i++) batcher.push(summary("b", i));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(apply).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(apply).toHaveBeenCalledTimes(2);
    expect(apply.mock.calls[1]).toEqual([[summary("b", 49)]]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(batcher.stats).toMatchObject({ received: 51, applied: 51, batches: 2 });
  });

  it("keeps going after a failed batch", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const apply = vi.fn().mockRejectedValueOnce(new Error("gone")).mockResolvedValue(undefined);
    const batcher = createBatcher({ delayMs: 50, apply });
    batcher.push(summary("a"));
    await vi.advanceTimersByTimeAsync(50);
    batcher.push(summary("b"));
    await vi.advanceTimersByTimeAsync(50);
    expect(apply).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
