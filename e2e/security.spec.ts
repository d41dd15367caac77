// The browser locked down, on the production build: every answer's headers
// (pages, Next's API routes, and the intake and queue read server.ts answers
// itself), a nonce on every script a page renders and a new one per answer,
// Secure session cookies over plain http://127.0.0.1, writes from another
// site refused, and the desk's screens (queue, case page, map with MapLibre's
// worker and the live feed) running under the policy with no violation.
import { readFileSync } from "node:fs";
import type { APIResponse, Page } from "@playwright/test";
import { baseURL } from "./playwright.config";
import { CaseApi, CasePage } from "./pages/case-page";
import { CaseListPage } from "./pages/case-list-page";
import { MapPage } from "./pages/map-page";
import { storageStatePath } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

const nonceOf = (response: APIResponse) =>
  response.headers()["content-security-policy"]?.match(/script-src 'self' 'nonce-([A-Za-z0-9+/]+={0,2})' 'strict-dynamic';/)?.[1];

const expectLockedDown = (response: APIResponse) => {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(nonceOf(response), `${response.url()}: ${policy}`).toBeTruthy();
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
};

/** Every Content-Security-Policy or Permissions-Policy complaint the page makes, from the console and from the policy's own event. */
const watchPolicy = async (page: Page) => {
  const complaints: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions.Policy/i.test(message.text())) complaints.push(message.text());
  });
  await page.exposeFunction("__reportViolation", (line: string) => complaints.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void (window as unknown as { __reportViolation: (line: string) => void }).__reportViolation(
        `${event.effectiveDirective} refused ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return complaints;
};

test("[AUTH] pages, Next's API routes and server.ts's own answers carry the policy, HSTS and Permissions-Policy", async ({ apiAs }) => {
  const officer = await apiAs("officerLA");
  const page = await officer.get("/cases");
  expect(page.status()).toBe(200);
  expectLockedDown(page);
  const nextApi = await officer.get("/api/v1/tasks");
  expect(nextApi.status()).toBe(200);
  expectLockedDown(nextApi);
  const queue = await officer.get("/api/v1/cases?limit=1");
  expect(queue.status()).toBe(200);
  expectLockedDown(queue);
  const intake = await officer.post("/api/v1/alerts", { headers: { "content-type": "application/json" }, data: "{}" });
  expect(intake.status()).toBe(401);
  expectLockedDown(intake);
});

test("[AUTH] every script a page renders carries its answer's nonce, a new one per answer", async ({ apiAs }) => {
  const officer = await apiAs("officerLA");
  const nonces = new Set<string>();
  for (const path of ["/cases", "/cases", "/map", "/sign-in"]) {
    const response = await officer.get(path);
    expect(response.status()).toBe(200);
    const nonce = nonceOf(response)!;
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(4);
});

test("[AUTH] the session cookie is Secure over the production build's plain http", async () => {
  const { cookies } = JSON.parse(readFileSync(storageStatePath("officerLA"), "utf8")) as {
    cookies: { name: string; secure: boolean; httpOnly: boolean }[];
  };
  expect(cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"))).toMatchObject({
    name: "__Secure-next-auth.session-token",
    secure: true,
    httpOnly: true,
  });
});

test("[AUTH] a write from another site is refused and writes nothing; the desk's own origin writes", async ({ apiAs, request }) => {
  const { body } = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  const caseId = body.caseId as string;
  const officer = await apiAs("officerLA");
  await new CaseApi(officer).advance(caseId, [{ to: "ACKNOWLEDGED" }]);
  const note = (headers: Record<string, string>, text: string) => officer.post(`/api/v1/cases/${caseId}/notes`, { headers, data: { body: text } });
  const refused = await note({ origin: "http://evil.example" }, "desde otro sitio");
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "forbidden" });
  expect((await note({ origin: baseURL, "sec-fetch-site": "cross-site" }, "desde otro sitio")).status()).toBe(403);
  expect((await note({ origin: baseURL, "sec-fetch-site": "same-origin" }, "desde la mesa")).status()).toBe(201);
  const { notes } = (await (await officer.get(`/api/v1/cases/${caseId}`)).json()) as { notes: { body: string }[] };
  expect(notes.map((n) => n.body)).toEqual(["desde la mesa"]);
});

test("[TRIAGE] the queue and a case page run under the policy, and an injected inline script does not", async ({ officerPage: page, request }) => {
  const complaints = await watchPolicy(page);
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(posted.status).toBe(202);
  const queue = new CaseListPage(page);
  await queue.goto();
  await expect(queue.rows().first()).toBeVisible();

  const caseId = posted.body.caseId as string;
  await new CaseApi(page.request).advance(caseId, [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }]);
  const ui = new CasePage(page);
  await ui.goto(caseId); // waits for the live feed: the websocket is allowed
  await ui.addNote("Escrita bajo la política"); // a write from the page itself: its own origin
  await expect(ui.notes().filter({ hasText: "Escrita bajo la política" })).toBeVisible();
  expect(complaints).toEqual([]);

  // The policy is on and the watch sees it: markup an attacker slipped in runs nothing.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<img src="/nowhere.png" onerror="window.__injected = true">`);
  });
  await expect.poll(() => complaints.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("[MAP] the map runs under the policy: MapLibre's worker draws and the live feed connects, with no violation", async ({ signIn }) => {
  test.setTimeout(90_000);
  // As map.spec.ts opens it: a modest window and no pulse keep software WebGL quick.
  const page = await signIn("officerLA", { reducedMotion: "reduce", viewport: { width: 1100, height: 800 } });
  const complaints = await watchPolicy(page);
  const map = new MapPage(page);
  await map.gotoOfficer();
  await map.waitLive();
  expect(await map.paintedShare()).toBeGreaterThan(0.05);
  expect(complaints).toEqual([]);
});
