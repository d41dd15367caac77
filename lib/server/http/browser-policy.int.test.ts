// The answers server.ts writes itself (the relay's intake, the queue's read)
// carry the same locked-down headers as Next's, and every answer, Next's
// included, a Content-Security-Policy whose nonce is its own: the listener
// behind the wrapper (Next's handler in server.ts) finds that same policy on
// the request, whatever policy the client sent. The pages' nonces on their
// script tags are checked against the production build in e2e/security.spec.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The intake's key lookup, as server.ts registers it.
import "@/lib/register";
import { intake } from "@/lib/alerts/intake";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { QUEUE_PATH, readQueue } from "@/lib/cases/queue-read";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { cookieFor } from "@/lib/server/testing/sockets";
import { withBrowserPolicy } from "./browser-policy";
import { PERMISSIONS_POLICY } from "./security-headers";
import { staffReadNode } from "./staff-read-node";

let server: Server;
let base: string;
let cookie: string;
/** The Content-Security-Policy request header the stand-in for Next's handler received. */
let seenByNext: string | undefined;

beforeAll(async () => {
  await ensureNetwork();
  const officer = await createStaff("OFFICER", { consulate: "LAX" });
  cookie = await cookieFor(officer.user.id);
  const queue = staffReadNode(readQueue);
  // server.ts's routing: its two mounts, and Next's handler for the rest.
  const next = (request: IncomingMessage, response: ServerResponse) => {
    seenByNext = request.headers["content-security-policy"] as string | undefined;
    response.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html>");
  };
  server = createServer(
    withBrowserPolicy(
      (req, res) => {
        if (req.method === "POST" && req.url === "/api/v1/alerts") return void intake.node(req, res);
        if (req.method === "GET" && req.url?.startsWith(QUEUE_PATH)) return void queue(req, res);
        next(req, res);
      },
      { dev: false },
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const nonceOf = (policy: string | null) => policy?.match(/script-src 'self' 'nonce-([A-Za-z0-9+/]+={0,2})' 'strict-dynamic';/)?.[1];

/** The policy the wrapper adds to every answer, Next's included. */
const expectPolicy = (headers: Headers) => {
  expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(nonceOf(headers.get("content-security-policy"))).toBeTruthy();
};

/** And the fixed headers, which node-reply.ts writes as next.config.ts has Next write them. */
const expectLockedDown = (headers: Headers) => {
  expectPolicy(headers);
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("referrer-policy")).toBe("no-referrer");
  expect(headers.get("permissions-policy")).toBe(PERMISSIONS_POLICY);
  // The suites run outside production: HSTS is production's alone.
  expect(headers.get("strict-transport-security")).toBeNull();
};

describe("[AUTH] server.ts's own answers are locked down like Next's", () => {
  it("the intake's answers, accepted and refused", async () => {
    const key = await createTestRelayKey();
    const accepted = await fetch(signedRequest({ key, body: panicEvent(), url: `${base}/api/v1/alerts` }));
    expect(accepted.status).toBe(202);
    expectLockedDown(accepted.headers);
    const refused = await fetch(`${base}/api/v1/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(refused.status).toBe(401);
    expectLockedDown(refused.headers);
  });

  it("the queue's read, signed in and not", async () => {
    const page = await fetch(`${base}${QUEUE_PATH}?owner=me`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expectLockedDown(page.headers);
    const anonymous = await fetch(`${base}${QUEUE_PATH}`);
    expect(anonymous.status).toBe(401);
    expectLockedDown(anonymous.headers);
  });

  it("a nonce per answer, handed to Next on the request in place of any the client sent", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const answer = await fetch(`${base}/cases`, { headers: { "content-security-policy": "script-src 'nonce-chosenbyclient'" } });
      expectPolicy(answer.headers);
      expect(seenByNext).toBe(answer.headers.get("content-security-policy"));
      nonces.add(nonceOf(answer.headers.get("content-security-policy"))!);
    }
    expect(nonces.size).toBe(5);
    expect(nonces.has("chosenbyclient")).toBe(false);
  });
});
