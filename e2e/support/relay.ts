// Posts signed alerts as the relay would, with the demo key.
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { signBody } from "../../lib/server/http/relay-signature";
import { createFaker, fakePanic, type FakePanicOptions } from "../../lib/alerts/testing/fake";

export { LOS_ANGELES } from "../../lib/alerts/testing/panic";

const DEMO_KEY = { id: "demo-relay", secret: "demo-relay-secret" };

type RelayKey = { id: string; secret: string };

export const postAlert = async (api: APIRequestContext, event: unknown, key: RelayKey = DEMO_KEY) => {
  const body = JSON.stringify(event);
  const response = await api.post("/api/v1/alerts", {
    headers: {
      "content-type": "application/json",
      "x-alert-key": key.id,
      "x-alert-signature": signBody({ secret: key.secret, body }),
    },
    data: body,
  });
  return { status: response.status(), body: await response.json() };
};

let seed = Date.now() % 100_000;
// A person of their own per alert (parallel workers must never be taken for
// one person pressing twice) and, unless told otherwise, a fix exactly at
// `near`, so the routing a spec expects never depends on the dice.
export const panicNear = (options: FakePanicOptions) =>
  fakePanic(createFaker(seed++), { appUserId: `e2e_${randomUUID()}`, location: options.near, ...options });

export const HOUSTON = { lat: 29.7604, lng: -95.3698 };

/**
 * A point somewhere over the San Fernando Valley (LAX's), kilometres from the
 * consulate's door where most specs' alerts gather: those form a raid incident
 * in every run (lib/incidents), whose cases the queue folds into one row. A
 * spec that looks for its case's own row posts here.
 */
export const scatteredInLosAngeles = () => ({
  lat: Math.round((34.17 + Math.random() * 0.1) * 1e5) / 1e5,
  lng: Math.round((-118.6 + Math.random() * 0.3) * 1e5) / 1e5,
});

/** A point over San Diego County (SAN's), whose queue only the burst spec fills. */
export const scatteredInSanDiego = () => ({
  lat: Math.round((32.62 + Math.random() * 0.28) * 1e5) / 1e5,
  lng: Math.round((-117.15 + Math.random() * 0.25) * 1e5) / 1e5,
});
