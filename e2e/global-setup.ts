// Signs each demo role in once, through next-auth's own endpoints, and keeps
// the cookies as that role's storageState.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { request, type FullConfig } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageStatePath, type AccountRole } from "./support/accounts";

const globalSetup = async (config: FullConfig) => {
  const baseURL = config.projects[0].use.baseURL!;
  mkdirSync(path.dirname(storageStatePath("admin")), { recursive: true });
  for (const role of Object.keys(ACCOUNTS) as AccountRole[]) {
    const context = await request.newContext({ baseURL });
    const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
    const response = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: ACCOUNTS[role], password: PASSWORD, json: "true" },
    });
    const session = await (await context.get("/api/auth/session")).json();
    if (!response.ok() || !session?.userId) throw new Error(`Could not sign in ${ACCOUNTS[role]} for the e2e suite`);
    // Pin Spanish per browser: a spec that switches to English also saves that
    // on the user, which must not turn other specs' pages English.
    const { hostname } = new URL(baseURL);
    const state = await context.storageState();
    state.cookies.push({ name: "amparo-locale", value: "es", domain: hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" });
    writeFileSync(storageStatePath(role), JSON.stringify(state));
    await context.dispose();
  }
};

export default globalSetup;
