// The map's routes behind withStaff (the session replaced by a scope the test
// chooses): what MapLibre's worker and the case worker are answered.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { decodeMapCases, MAP_CASES_CONTENT_TYPE } from "./case-codec";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: getTile } = await import("@/app/api/v1/map/jurisdiction-tiles/[z]/[x]/[y]/route");
const { GET: getArea } = await import("@/app/api/v1/map/jurisdiction-area/route");
const { GET: getCases } = await import("@/app/api/v1/map/cases/route");
const { GET: getOverview } = await import("@/app/api/v1/map/overview/route");

const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const tile = (z: string, x: string, y: string) => getTile(new Request("http://localhost/api"), context({ z, x, y }));

beforeAll(ensureNetwork);

describe("[MAP] routes", () => {
  it("serves the borders' tiles to staff only, and refuses a tile that does not exist", async () => {
    session.scope = null;
    expect((await tile("7", "21", "51")).status).toBe(401);

    session.scope = (await createStaff("OFFICER", { consulate: "LAX" })).scope;
    const la = await tile("7", "21", "51");
    expect(la.status).toBe(200);
    expect(la.headers.get("content-type")).toBe("application/vnd.mapbox-vector-tile");
    expect((await la.arrayBuffer()).byteLength).toBeGreaterThan(0);
    const ocean = await tile("7", "5", "51");
    expect(ocean.status).toBe(200);
    expect((await ocean.arrayBuffer()).byteLength).toBe(0);

    for (const [z, x, y] of [["8", "0", "0"], ["2", "4", "0"], ["2", "0", "4"], ["x", "0", "0"], ["-1", "0", "0"]]) {
      const refused = await tile(z, x, y);
      expect(refused.status, `${z}/${x}/${y}`).toBe(400);
      expect(await refused.json()).toMatchObject({ error: "invalid_body" });
    }
  });

  it("serves a consulate's area, and says what a bad code is", async () => {
    session.scope = (await createStaff("OFFICER", { consulate: "LAX" })).scope;
    const area = await getArea(new Request("http://localhost/api/v1/map/jurisdiction-area?code=LAX"), context({}));
    expect(area.status).toBe(200);
    expect((await area.json()).features.map((f: GeoJSON.Feature) => f.properties?.kind)).toEqual(["own-area"]);
    const none = await getArea(new Request("http://localhost/api/v1/map/jurisdiction-area?code=ZZZ"), context({}));
    expect((await none.json()).features).toEqual([]);
    const bad = await getArea(new Request("http://localhost/api/v1/map/jurisdiction-area?code=lax"), context({}));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalid_body", issues: [{ path: "code", message: "a consulate's three-letter code" }] });
  });

  it("sends an officer their consulate's open cases in binary", async () => {
    const { scope } = await createStaff("OFFICER", { consulate: "OXR" });
    session.scope = scope;
    const mine = await createCaseAt({ consulate: "OXR", location: { lat: 34.1975, lng: -119.1771 } });
    const response = await getCases(new Request("http://localhost/api/v1/map/cases"), context({}));
    expect(response.headers.get("content-type")).toBe(MAP_CASES_CONTENT_TYPE);
    const cases = decodeMapCases(new Uint8Array(await response.arrayBuffer()));
    expect(cases.find((c) => c.id === mine.id)).toMatchObject({ number: mine.number, lat: 34.1975, lng: -119.1771 });
  });

  it("audits the regional view as read.region, with every case its possible raids name", async () => {
    const supervisor = await createStaff("SUPERVISOR", { region: "OESTE" });
    const raid = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createCaseAt({ consulate: "OXR", alertAt: new Date(Date.now() - i * 30_000), location: { lat: 34.41 + i * 0.001, lng: -119.69 } })),
    );
    session.scope = supervisor.scope;
    const response = await getOverview(
      new Request("http://localhost/api/v1/map/overview?region=OESTE", { headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.8" } }),
      context({}),
    );
    expect(response.status).toBe(200);
    const named = ((await response.json()) as { hotspots: { cases: { id: string }[] }[] }).hotspots.flatMap((h) => h.cases.map((c) => c.id));
    expect(named).toEqual(expect.arrayContaining(raid.map((c) => c.id)));
    const rows = await db.auditLog.findMany({ where: { actorUserId: supervisor.user.id } });
    expect(rows.map((r) => r.action)).toEqual(["read.region"]);
    expect(rows[0].data).toMatchObject({ ip: "203.0.113.8", caseIds: expect.arrayContaining(named) });
  });
});
