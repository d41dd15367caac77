// What the simulator sends next: a pure, seeded scheduler over the fake
// events, so its mix and its invariants can be tested without a server.
import { fakeCancel, fakeLocationUpdate, fakePanic, type Faker } from "./fake";
import type { LatLng } from "../../geo/distance";
import type { PersonInput } from "./panic";
import type { AlertEventInput } from "../schema";

export type StepKind = "panic" | "repeat" | "location" | "cancel" | "retry";
export type Mix = Record<StepKind, number>;

/** One request to make. `body` is the exact JSON to sign and send; a retry repeats an earlier body byte for byte. */
export type Step = { kind: StepKind; event: AlertEventInput; body: string };

// Mostly new presses; the rest exercise the other paths of the intake.
export const DEFAULT_MIX: Mix = { panic: 0.63, repeat: 0.1, location: 0.2, cancel: 0.05, retry: 0.02 };

type AlertState = { alertId: string; last: LatLng | null; cancelled: boolean; duress: boolean };

// Long runs must not grow without bound; older alerts simply stop being
// candidates for updates, cancels and retries.
const MEMORY = 2000;

const remember = <T>(list: T[], item: T) => {
  list.push(item);
  if (list.length > MEMORY) list.shift();
};

export type SimulationOptions = {
  faker: Faker;
  mix?: Mix;
  /** Every alert around one point (a raid). */
  near?: LatLng;
  /** Only new presses by new people: `--count N` then opens N cases. */
  panicsOnly?: boolean;
  /** Share of cancels made with the duress PIN. */
  duressShare?: number;
};

export const createSimulation = ({
  faker,
  mix = DEFAULT_MIX,
  near,
  panicsOnly = false,
  duressShare = 0.2,
}: SimulationOptions) => {
  const alerts: AlertState[] = [];
  const people: { person: PersonInput; last: LatLng | null }[] = [];
  const originals: Step[] = [];
  const kinds = Object.entries(mix) as [StepKind, number][];

  const emit = (kind: StepKind, event: AlertEventInput): Step => {
    const step = { kind, event, body: JSON.stringify(event) };
    remember(originals, step);
    return step;
  };

  const press = (kind: "panic" | "repeat", earlier?: (typeof people)[number]) => {
    const event = fakePanic(faker, { near: earlier?.last ?? near, person: earlier?.person });
    const last = event.location ? { lat: event.location.lat, lng: event.location.lng } : null;
    remember(alerts, { alertId: event.alertId, last, cancelled: false, duress: false });
    if (earlier) earlier.last = last ?? earlier.last;
    else remember(people, { person: event.person, last });
    return emit(kind, event);
  };

  // A phone that was cancelled under duress keeps reporting its position
  // (the person is not safe); an honest cancel ends the updates.
  const movable = (a: AlertState) => a.last !== null && (!a.cancelled || a.duress);

  const attempt = (kind: StepKind): Step | undefined => {
    switch (kind) {
      case "panic":
        return press("panic");
      case "repeat":
        return people.length ? press("repeat", faker.pick(people)) : undefined;
      case "location": {
        const candidates = alerts.filter(movable);
        if (!candidates.length) return undefined;
        const alert = faker.pick(candidates);
        const event = fakeLocationUpdate(faker, { alertId: alert.alertId, from: alert.last! });
        alert.last = { lat: event.location.lat, lng: event.location.lng };
        return emit(kind, event);
      }
      case "cancel": {
        const candidates = alerts.filter((a) => !a.cancelled);
        if (!candidates.length) return undefined;
        const alert = faker.pick(candidates);
        alert.cancelled = true;
        alert.duress = faker.chance(duressShare);
        return emit(kind, fakeCancel(faker, { alertId: alert.alertId, duress: alert.duress }));
      }
      case "retry": {
        if (!originals.length) return undefined;
        const { event, body } = faker.pick(originals);
        return { kind, event, body };
      }
    }
  };

  /** The next request; falls back to a new press while nothing earlier fits (e.g. the first step). */
  const next = (): Step => (panicsOnly ? press("panic") : (attempt(faker.weighted(kinds)) ?? press("panic")));

  return { next };
};

export type Simulation = ReturnType<typeof createSimulation>;
