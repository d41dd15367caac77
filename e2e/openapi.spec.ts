// The intake's OpenAPI document as the production server serves it: public,
// cacheable, the same as the checked-in docs/openapi.json, and describing
// what the running intake accepts and answers.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { openApiValidator } from "../lib/alerts/testing/openapi-validator";
import { postAlert } from "./support/relay";

const checkedIn = readFileSync(path.join(import.meta.dirname, "..", "docs", "openapi.json"), "utf8");

test("[INTAKE] the OpenAPI document is served to anyone, cacheable, and is the checked-in one", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(response.headers()["cache-control"]).toMatch(/^public, max-age=\d+$/);
  expect(await response.text()).toBe(checkedIn);
  const etag = response.headers()["etag"];
  const again = await request.get("/api/v1/openapi.json", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
});

test("[INTAKE] the running intake accepts the document's panic example and answers as it documents", async ({ request }) => {
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as unknown;
  const validator = openApiValidator(document);
  const example = validator.operation.requestBody.content["application/json"].examples!.panic.value as Record<string, unknown>;
  // Fresh ids for a person of its own; no location (routed by registration), so it joins no other spec's raid incident.
  const person = { ...(example.person as object), appUserId: `e2e_${randomUUID()}` };
  const event = { ...example, eventId: randomUUID(), alertId: randomUUID(), person, location: null };
  const accepted = await postAlert(request, event);
  expect(accepted.status).toBe(202);
  expect(validator.answerProblems({ status: 202, body: accepted.body, headers: new Headers() })).toEqual([]);
  const replay = await postAlert(request, event);
  expect(replay.status).toBe(200);
  expect(validator.answerProblems({ status: 200, body: replay.body, headers: new Headers() })).toEqual([]);
  const unknownKey = await postAlert(request, event, { id: "nobody", secret: "x" });
  expect(unknownKey.status).toBe(401);
  expect(validator.answerProblems({ status: 401, body: unknownKey.body, headers: new Headers() })).toEqual([]);
});
