// server.ts answers GET /api/v1/cases ahead of Next's router, through the
// Node adapter of the same definition Next's route serves
// (lib/cases/queue-read.ts). Both must answer alike: the same pages for the
// same session, the same errors, and the same headers a browser relies on.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { cookieFor } from "@/lib/server/testing/sockets";
import { staffReadNode } from "@/lib/server/http/staff-read-node";
import { withStaffRead } from "@/lib/server/http/with-staff";
import { QUEUE_PATH, readQueue } from "./queue-read";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const GET = withStaffRead(readQueue);

type Staff = Awaited<ReturnType<typeof createStaff>>;
let officer: Staff;
let cookie: string;
let server: Server;
let base: string;

beforeAll(async () => {
  await ensureNetwork();
  officer = await createStaff("OFFICER", { consulate: "LAX" });
  cookie = await cookieFor(officer.user.id);
  // Owned by this officer alone, so the `owner=me` pages are this test's.
  for (let i = 0; i < 3; i++) await createCaseAt({ consulate: "LAX", ownerId: officer.user.id, status: "IN_CONTACT", alertAt: new Date(Date.now() - i * 60_000) });
  const node = staffReadNode(readQueue);
  server = createServer((req, res) => void node(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

/** The same query to server.ts's mount (with the session's cookie) and to Next's route (with its scope). */
const both = async (query: string, signedIn = true) => {
  const viaNode = await fetch(`${base}${QUEUE_PATH}?${query}`, { headers: signedIn ? { cookie } : {} });
  session.scope = signedIn ? officer.scope : null;
  const viaNext = await GET(new Request(`http://localhost${QUEUE_PATH}?${query}`), { params: Promise.resolve({}) });
  return {
    node: { status: viaNode.status, body: await viaNode.json() },
    next: { status: viaNext.status, body: await viaNext.json() },
    headers: viaNode.headers,
  };
};

/** A raw GET, so the test sees the bytes on the wire (fetch would unzip them). */
const raw = (path: string, headers: Record<string, string>) =>
  new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });

describe("[QUEUE] server.ts's mount answers as Next's route does", () => {
  it("the same page, counts and cursor for the same officer", async () => {
    const first = await both("owner=me&limit=2");
    expect(first.node).toEqual(first.next);
    expect(first.node.status).toBe(200);
    expect(first.node.body.cases).toHaveLength(2);
    expect(first.node.body.total).toBe(3);
    const second = await both(`owner=me&limit=2&cursor=${first.node.body.nextCursor}`);
    expect(second.node).toEqual(second.next);
    expect(second.node.body.cases).toHaveLength(1);
    const counts = await both("only=counts&owner=me");
    expect(counts.node).toEqual(counts.next);
    expect(counts.node.body.total).toBe(3);
    // A raid's link: exactly the listed cases, from either mount.
    const listed = first.node.body.cases.map((c: { id: string }) => c.id);
    const raid = await both(`ids=${listed.join(",")}`);
    expect(raid.node).toEqual(raid.next);
    expect(raid.node.body.cases.map((c: { id: string }) => c.id)).toEqual(listed);
  });

  it("400 naming the parameter, and 401 without a session, alike", async () => {
    const bad = await both("status=NOPE&cursor=forged&ids=nope");
    expect(bad.node).toEqual(bad.next);
    expect(bad.node.status).toBe(400);
    expect(bad.node.body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["cursor", "ids.0", "status.0"]);
    const anonymous = await both("", false);
    expect(anonymous.node).toEqual(anonymous.next);
    expect(anonymous.node).toEqual({ status: 401, body: { error: "unauthorized" } });
    const forged = await fetch(`${base}${QUEUE_PATH}`, { headers: { cookie: "next-auth.session-token=forged%E0%A4%A" } });
    expect(forged.status).toBe(401);
  });

  it("carries the security headers, is never cached, and gzips a page for a client that accepts it", async () => {
    const { headers } = await both("owner=me");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("cache-control")).toBe("no-store");
    const zipped = await raw(`${QUEUE_PATH}?owner=me`, { cookie, "accept-encoding": "gzip, deflate" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(zipped.body).toString()).total).toBe(3);
    const plain = await raw(`${QUEUE_PATH}?owner=me`, { cookie, "accept-encoding": "gzip;q=0, identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).total).toBe(3);
  });
});
