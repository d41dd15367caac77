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
