// Two production instances (E2E_PORT and E2E_PORT+1, see playwright.config.ts)
// on one database and one Redis, as behind a load balancer: what one instance
// takes or changes holds on the other. Real processes, real browsers: the
// honest form of "a second instance helps" (the integration suite has the
// same checks on two in-process servers, and Redis down).
import type { APIRequestContext } from "@playwright/test";
import { baseURL, secondURL } from "./playwright.config";
import { CasePage } from "./pages/case-page";
import { QueuePage } from "./pages/queue-page";
import { expect, test } from "./support/fixtures";
import { LOS_ANGELES, panicNear, postAlert, scatteredInLosAngeles } from "./support/relay";

const RELAY_BURST = 200; // RELAY_RATE_BURST's default, which the e2e servers keep

const newRelayKey = async (admin: APIRequestContext) => {
  const response = await admin.post("/api/v1/relay-keys", { data: { name: `scale-out ${Date.now()}` } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; secret: string };
};

test("[INTAKE] an alert taken by one instance appears live on the other instance's queue", async ({ signIn, apiAs }) => {
  const queue = new QueuePage(await signIn("officerLA", { baseURL: secondURL }));
  await queue.goto();
  const first = await apiAs(null, { baseURL });

  // Away from downtown, where the other specs' alerts open an incident that folds its cases.
  const posted = await postAlert(first, panicNear({ near: scatteredInLosAngeles() }));
  expect(posted.status).toBe(202);
  // Wherever its page is: other specs' open cases may fill the first one.
  await queue.reveal(posted.body.caseId);
});

test("[TRIAGE] two officers on a case, each on another instance, see each other", async ({ officerPage, signIn, request }) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(posted.status).toBe(202);
  const jorge = await signIn("officerLA2", { baseURL: secondURL });
  const [onFirst, onSecond] = [new CasePage(officerPage), new CasePage(jorge)];
  await Promise.all([onFirst.goto(posted.body.caseId), onSecond.goto(posted.body.caseId)]);

  await expect(onFirst.presence()).toContainText("Jorge Medina");
  await expect(onSecond.presence()).toContainText("Ana López");
  await jorge.context().close();
  await expect(onFirst.presence()).not.toContainText("Jorge Medina");
});

test("[AUTH] a relay key revoked on one instance is refused by the other within a second", async ({ apiAs }) => {
  const admin = await apiAs("admin", { baseURL });
  const second = await apiAs(null, { baseURL: secondURL });
  const key = await newRelayKey(admin);
  // The second instance has used the key, so it holds the secret in its cache.
  expect((await postAlert(second, panicNear({ near: LOS_ANGELES }), key)).status).toBe(202);

  expect((await admin.delete(`/api/v1/relay-keys/${key.id}`)).status()).toBe(200);
  const revokedAt = Date.now();
  // An empty body: a request that still gets through is refused by the schema
  // (400), so this loop opens no case.
  let status = 0;
  while (Date.now() - revokedAt < 1_000) {
    status = (await postAlert(second, {}, key)).status;
    if (status === 401) break;
  }
  // Without the revocation reaching it, the cache would accept the key for up to 5 s.
  expect(status).toBe(401);
});

test("[INTAKE] a relay key's rate limit is one budget across both instances", async ({ apiAs }) => {
  const admin = await apiAs("admin", { baseURL });
  const [first, second] = [await apiAs(null, { baseURL }), await apiAs(null, { baseURL: secondURL })];
  // The budget refills every RELAY_BURST / RELAY_RATE_PER_SECOND = 4 s: a run
  // slower than that (a loaded machine) proves nothing, and is tried again with a fresh key.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const key = await newRelayKey(admin);
    // Empty bodies spend the budget (the limit comes before the schema) and open no case.
    const send = (instance: APIRequestContext) => postAlert(instance, {}, key).then((r) => r.status);
    const started = Date.now();
    // Half the burst on each instance, interleaved.
    const spent: number[] = [];
    for (let i = 0; i < RELAY_BURST / 20; i++) {
      spent.push(...(await Promise.all(Array.from({ length: 20 }, (_, j) => send(j % 2 ? second : first)))));
    }
    // Spent for the key, whichever instance the next request reaches; with a
    // budget per instance each would still have half of it.
    const after = [await send(first), await send(second)];
    if (Date.now() - started > 3_000 && attempt < 3) continue;
    expect(spent.filter((s) => s !== 400)).toEqual([]);
    expect(after).toEqual([429, 429]);
    return;
  }
});
