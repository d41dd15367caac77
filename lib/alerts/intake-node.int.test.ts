// server.ts answers the intake ahead of Next's router, through the Node
// adapter of the same definition Next's route serves (lib/alerts/intake.ts).
// Both must answer every row of the contract alike.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { intake } from "@/lib/alerts/intake";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { countRows, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";

type Key = Awaited<ReturnType<typeof createTestRelayKey>>;
type Answer = { status: number; body: unknown; retryAfter: string | null; connection: string | null };
let key: Key;
let server: Server;
let url: string;

const read = async (response: Response): Promise<Answer> => ({
  status: response.status,
  body: await response.json(),
  retryAfter: response.headers.get("retry-after"),
  connection: response.headers.get("connection"),
});

/** The same signed request to server.ts's mount and to Next's route. */
const both = async (options: { body: unknown; raw?: string; contentType?: string; key?: { id: string; secret: string } }) => {
  const request = () => signedRequest({ key: options.key ?? key, ...options, url: `${url}/api/v1/alerts` });
  // Connection handling is the HTTP server's, not the route's: compared apart.
  const { connection: _, ...viaNode } = await read(await fetch(request()));
  const { connection: __, ...viaNext } = await read(await POST(request()));
  return { viaNode, viaNext };
};

beforeAll(async () => {
  await ensureNetwork();
  key = await createTestRelayKey();
  server = createServer((req, res) => void intake.node(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("[INTAKE] server.ts's mount answers as Next's route does", () => {
  it("202 then 200 duplicate for the same event, then 409 for another body under its eventId", async () => {
    const event = panicEvent();
    const first = await fetch(signedRequest({ key, body: event, url: `${url}/api/v1/alerts` }));
    expect(first.status).toBe(202);
    const created = (await first.json()) as { caseId: string };
    const { viaNode, viaNext } = await both({ body: event });
    expect(viaNode).toEqual(viaNext);
    expect(viaNode).toMatchObject({ status: 200, body: { ...created, result: "duplicate" } });
    const conflict = await both({ body: { ...event, message: "otro" } });
    expect(conflict.viaNode).toEqual(conflict.viaNext);
    expect(conflict.viaNode.status).toBe(409);
  });

  it("400, 401, 404, 415 alike, and nothing stored", async () => {
    const before = await countRows();
    const cases = [
      { raw: "{not json", body: null },
      { body: { ...panicEvent(), type: "reboot" } },
      { body: panicEvent(), key: { id: key.id, secret: "wrong" } },
      { body: { eventId: randomUUID(), type: "cancel", alertId: randomUUID(), occurredAt: new Date().toISOString(), reason: "safe", duress: false } },
      { body: panicEvent(), contentType: "text/plain" },
    ];
    const statuses: number[] = [];
    for (const options of cases) {
      const { viaNode, viaNext } = await both(options);
      expect(viaNode).toEqual(viaNext);
      statuses.push(viaNode.status);
    }
    expect(statuses).toEqual([400, 400, 401, 404, 415]);
    expect(await countRows()).toEqual(before);
  });

  it("413 for a body over 64 KiB, whether or not its length was declared, and the connection closes", async () => {
    const text = JSON.stringify(panicEvent({ message: "x".repeat(70 * 1024) }));
    const declared = await read(await fetch(signedRequest({ key, body: null, raw: text, url: `${url}/api/v1/alerts` })));
    expect(declared).toMatchObject({ status: 413, body: { error: "payload_too_large" }, connection: "close" });
    // A streamed body carries no Content-Length: the limit is counted as it arrives.
    const streamed = new Blob([text]).stream();
    const signed = signedRequest({ key, body: null, raw: text });
    const response = await fetch(`${url}/api/v1/alerts`, { method: "POST", headers: signed.headers, body: streamed, duplex: "half" } as RequestInit);
    expect(await read(response)).toMatchObject({ status: 413, body: { error: "payload_too_large" }, connection: "close" });
  });
});
