import { describe, expect, it } from "vitest";
import { createFaker, distanceKm } from "./fake";
import { alertEventSchema } from "../schema";
import { DEFAULT_MIX, createSimulation, type Step, type StepKind } from "./simulation";

const run = (steps: number, seed = 2026, options: Partial<Parameters<typeof createSimulation>[0]> = {}) => {
  const simulation = createSimulation({ faker: createFaker(seed), ...options });
  return Array.from({ length: steps }, () => simulation.next());
};

describe("createSimulation", () => {
  it("keeps the mix near its targets over 1,000 steps", () => {
    const steps = run(1000);
    const share = (kind: StepKind) => steps.filter((s) => s.kind === kind).length / steps.length;
    for (const kind of Object.keys(DEFAULT_MIX) as StepKind[]) {
      expect(share(kind), kind).toBeGreaterThan(DEFAULT_MIX[kind] * 0.6);
      expect(share(kind), kind).toBeLessThan(DEFAULT_MIX[kind] * 1.4 + 0.01);
    }
  });

  it("sends only events that pass the schema, as the JSON of the event", () => {
    for (const step of run(1000, 5)) {
      expect(alertEventSchema.safeParse(JSON.parse(step.body)).success).toBe(true);
      expect(JSON.parse(step.body)).toEqual(step.event);
    }
  });

  it("updates and cancels only alerts already sent, and cancels each at most once", () => {
    const sent = new Set<string>();
    const cancelled = new Map<string, boolean>();
    for (const { kind, event } of run(1000, 77)) {
      if (kind === "retry") continue;
      if (event.type === "panic") {
        expect(sent.has(event.alertId)).toBe(false);
        sent.add(event.alertId);
        continue;
      }
      expect(sent.has(event.alertId)).toBe(true);
      if (event.type === "cancel") {
        expect(cancelled.has(event.alertId)).toBe(false);
        cancelled.set(event.alertId, event.duress);
      } else if (cancelled.has(event.alertId)) {
        // Only a phone cancelled under duress keeps reporting.
        expect(cancelled.get(event.alertId)).toBe(true);
      }
    }
    expect([...cancelled.values()].some((duress) => duress)).toBe(true);
    expect([...cancelled.values()].some((duress) => !duress)).toBe(true);
  });

  it("repeats an earlier press with the same person and a new alertId", () => {
    const steps = run(1000, 3);
    const firstPress = new Map<string, Step>();
    const repeats = steps.filter((s) => s.kind === "repeat");
    expect(repeats.length).toBeGreaterThan(0);
    for (const step of steps) {
      if (step.event.type !== "panic" || step.kind === "retry") continue;
      const earlier = firstPress.get(step.event.person.appUserId);
      if (step.kind === "repeat") {
        expect(earlier).toBeDefined();
        expect(step.event.person).toEqual(earlier!.event.type === "panic" && earlier!.event.person);
        expect(step.event.alertId).not.toBe(earlier!.event.alertId);
      } else {
        expect(earlier).toBeUndefined();
        firstPress.set(step.event.person.appUserId, step);
      }
    }
  });

  it("retries an earlier event byte for byte", () => {
    const steps = run(1000, 11);
    const bodies = new Map<string, string>();
    const retries = steps.filter((s) => s.kind === "retry");
    expect(retries.length).toBeGreaterThan(0);
    steps.forEach((step) => {
      if (step.kind === "retry") expect(bodies.get(step.event.eventId)).toBe(step.body);
      else {
        expect(bodies.has(step.event.eventId)).toBe(false);
        bodies.set(step.event.eventId, step.body);
      }
    });
  });

  it("sends only new presses by distinct people when asked for panics only", () => {
    const steps = run(300, 1, { panicsOnly: true });
    expect(steps.every((s) => s.kind === "panic" && s.event.type === "panic")).toBe(true);
    const people = new Set(steps.map((s) => s.event.type === "panic" && s.event.person.appUserId));
    expect(people.size).toBe(300);
  });

  it("keeps new presses around `near`", () => {
    const near = { lat: 40.748, lng: -73.88 };
    for (const { event } of run(300, 4, { near })) {
      const location = event.type === "panic" || event.type === "location" ? event.location : null;
      if (location) expect(distanceKm(location, near)).toBeLessThan(25);
    }
  });

  it("is reproducible from its seed", () => {
    const shape = (steps: Step[]) => steps.map((s) => [s.kind, s.event.type === "panic" && s.event.person.fullName]);
    expect(shape(run(200, 8))).toEqual(shape(run(200, 8)));
  });
});
