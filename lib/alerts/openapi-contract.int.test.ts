// The OpenAPI document as served (GET /api/v1/openapi.json) against the real
// intake, through both of its mounts (Next's route and server.ts's Node
// adapter) and the real PostgreSQL: every status the document lists is
// produced, and every answer on the way must be a status the document lists,
// with a body and headers valid against its schema (Ajv, JSON Schema
// 2020-12). An accepted request must fit the document's request schema, and
// each request example in it must be accepted.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { GET } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/server/db";
import { intake } from "@/lib/alerts/intake";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { openApiValidator } from "./testing/openapi-validator";

type Key = Awaited<ReturnType<typeof createTestRelayKey>>;
type Answer = { status: number; body: unknown; headers: Headers };
type Send = (request: Request) => Promise<Answer>;
type Validator = ReturnType<typeof openApiValidator>;

let validator: Validator;
let server: Server;
let nodeUrl: string;

/** Every request sent and what came back, for the checks after each producer. */
type Exchange = { sent: { body: unknown; headers: Headers }; answer: Answer };

const mounts = (log: Exchange[]): Record<"next" | "node", Send> => {
  const record = (via: (request: Request) => Promise<Response>): Send => async (request) => {
    const text = await request.clone().text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON on purpose (a 400 case): kept as text.
    }
    const response = await via(request);
    const answer = { status: response.status, body: await response.json(), headers: response.headers };
    log.push({ sent: { body, headers: request.headers }, answer });
    return answer;
  };
  return {
    next: record((request) => POST(request)),
    node: record((request) => fetch(new Request(`${nodeUrl}/api/v1/alerts`, request))),
  };
};

const signed = (key: Key, body: unknown, options: { raw?: string; contentType?: string } = {}) => signedRequest({ key, body, ...options });

// A commit that fails: a deferred constraint trigger raises at COMMIT for one marked person
// (the app's user id: the message is sealed before PostgreSQL sees it).
const failingCommit = async (marker: string) => {
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION test_openapi_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.app_user_id = '${marker}' THEN RAISE EXCEPTION 'simulated commit failure'; END IF;
      RETURN NULL;
    END $$`);
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_openapi_fail_commit ON people`);
  await db.$executeRawUnsafe(
    `CREATE CONSTRAINT TRIGGER test_openapi_fail_commit AFTER INSERT ON people DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_openapi_fail_commit()`,
  );
  return () => db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_openapi_fail_commit ON people`);
};

/** How to make the real handler answer each status, with a key of its own. */
const PRODUCERS: Record<number, (send: Send, key: Key) => Promise<Answer>> = {
  202: (send, key) => send(signed(key, panicEvent())),
  200: async (send, key) => {
    const event = panicEvent();
    await send(signed(key, event));
    return send(signed(key, event));
  },
  400: async (send, key) => {
    await send(signed(key, null, { raw: "{not json" }));
    const event = panicEvent({ location: { lat: 123, lng: -118 } });
    event.person.curp = "NOT-A-CURP";
    return send(signed(key, event));
  },
  401: (send, key) => send(signed({ id: key.id, secret: "wrong-secret" }, panicEvent())),
  404: (send, key) =>
    send(signed(key, { eventId: randomUUID(), type: "location", alertId: randomUUID(), occurredAt: new Date().toISOString(), location: { lat: 34, lng: -118 } })),
  409: async (send, key) => {
    const event = panicEvent();
    await send(signed(key, event));
    return send(signed(key, { ...event, message: "otro mensaje" }));
  },
  413: (send, key) => send(signed(key, panicEvent({ message: "x".repeat(70 * 1024) }))),
  415: (send, key) => send(signed(key, panicEvent(), { contentType: "text/plain" })),
  429: async (send, key) => {
    const burst = Number(process.env.RELAY_RATE_BURST ?? 200);
    for (let i = 0; i < burst; i++) await send(signed(key, { type: "noise" }));
    return send(signed(key, panicEvent()));
  },
  503: async (send, key) => {
    const marker = `commit-fails-${randomUUID()}`;
    const restore = await failingCommit(marker);
    try {
      const event = panicEvent();
      event.person.appUserId = marker;
      return await send(signed(key, event));
    } finally {
      await restore();
    }
  },
};

/** What is wrong with a run's exchanges: an answer off the document, or an accepted request the document would refuse. */
const problemsOf = (log: Exchange[]) =>
  log.flatMap(({ sent, answer }, index) => {
    const problems = validator.answerProblems(answer).map((problem) => `answer ${index} (${answer.status}): ${problem}`);
    if (answer.status < 300) problems.push(...validator.requestProblems(sent).map((problem) => `accepted request ${index}: ${problem}`));
    return problems;
  });

beforeAll(async () => {
  await ensureNetwork();
  const served = await GET(new Request("http://localhost/api/v1/openapi.json"));
  expect(served.status).toBe(200);
  validator = openApiValidator(await served.json());
  server = createServer((req, res) => void intake.node(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  nodeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("[INTAKE] the served OpenAPI document", () => {
  it("is public, cacheable, and revalidates with its ETag", async () => {
    const first = await GET(new Request("http://localhost/api/v1/openapi.json"));
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await GET(new Request("http://localhost/api/v1/openapi.json", { headers: { "if-none-match": `W/${etag}` } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("has a way to produce exactly the statuses it documents", () => {
    expect(Object.keys(PRODUCERS).map(Number).sort((a, b) => a - b)).toEqual(validator.statuses());
  });
});

describe.each(["next", "node"] as const)("[INTAKE] the intake through %s's mount keeps the OpenAPI document", (mount) => {
  it.each(Object.keys(PRODUCERS).map(Number))("answers %i as documented, and every answer on the way too", async (status) => {
    const log: Exchange[] = [];
    const key = await createTestRelayKey();
    const answer = await PRODUCERS[status](mounts(log)[mount], key);
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
    expect(problemsOf(log)).toEqual([]);
    // The refusal for a schema failure is one the document's schema makes too.
    if (status === 400) expect(validator.requestProblems(log.at(-1)!.sent)).not.toEqual([]);
  });

  it("accepts each request example in the document, in its order", async () => {
    const log: Exchange[] = [];
    const key = await createTestRelayKey();
    const send = mounts(log)[mount];
    const examples = validator.operation.requestBody.content["application/json"].examples!;
    for (const [name, { value }] of Object.entries(examples)) {
      const { status } = await send(signed(key, value));
      // The first mount stores them (202); the second is told they are duplicates (200).
      expect({ name, accepted: [200, 202].includes(status) }).toEqual({ name, accepted: true });
    }
    expect(problemsOf(log)).toEqual([]);
  });
});
