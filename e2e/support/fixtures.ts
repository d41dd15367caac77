// Signed-in browsers for the specs: a page per role (the global setup's
// storageState), each in a browser context of its own that the fixture closes
// after the test, pinned by cookie to Spanish unless the spec asks for English
// (`test.use({ uiLocale: "en" })`, or `signIn(role, { uiLocale: "en" })`).
// The pin matters: the locale switch also stores the choice on the user, and
// parallel specs must never change each other's language.
import { test as base, type APIRequestContext, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locale";
import { baseURL } from "../playwright.config";
import { storageStatePath, type AccountRole } from "./accounts";

// `locale` is the browser's language, apart from the page's (`uiLocale`).
type SignInOptions = Pick<BrowserContextOptions, "baseURL" | "timezoneId" | "locale" | "viewport" | "reducedMotion"> & { uiLocale?: Locale };

/** Another signed-in page for `role`, in a context of its own (a second window, another instance, another zone). */
export type SignIn = (role: AccountRole, options?: SignInOptions) => Promise<Page>;

type Fixtures = {
  uiLocale: Locale;
  signIn: SignIn;
  /** The API as `role`, or as nobody with `null`, without a browser; disposed after the test. */
  apiAs: (role: AccountRole | null, options?: { baseURL?: string }) => Promise<APIRequestContext>;
  /** Ana López, officer at LAX. */
  officerPage: Page;
  /** Jorge Medina, the other officer at LAX. */
  officer2Page: Page;
  /** The officer at Houston (HOU). */
  houstonPage: Page;
  /** Lucía Ramírez, legal aid at LAX. */
  legalPage: Page;
  /** The supervisor of Región Oeste (LAX and its neighbours; not HOU). */
  supervisorPage: Page;
  adminPage: Page;
};

// Each fixture hands its value on with `provide` (Playwright's docs call it
// `use`, which the React hooks lint rule would take for React's).
export const test = base.extend<Fixtures>({
  uiLocale: ["es", { option: true }],

  signIn: async ({ browser, uiLocale }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role, { uiLocale: locale = uiLocale, ...options } = {}) => {
      const context = await browser.newContext({ ...options, storageState: storageStatePath(role) });
      contexts.push(context);
      // Cookies ignore the port: this one holds for the second instance too.
      await context.addCookies([{ name: "amparo-locale", value: locale, url: baseURL }]);
      return context.newPage();
    });
    // A test may have closed one already (leaving a case's page is part of what it checks): closing again is a no-op.
    await Promise.all(contexts.map((context) => context.close()));
  },

  apiAs: async ({ playwright }, provide) => {
    const contexts: APIRequestContext[] = [];
    await provide(async (role, options = {}) => {
      const context = await playwright.request.newContext({ ...options, storageState: role ? storageStatePath(role) : undefined });
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.dispose()));
  },

  officerPage: async ({ signIn }, provide) => provide(await signIn("officerLA")),
  officer2Page: async ({ signIn }, provide) => provide(await signIn("officerLA2")),
  houstonPage: async ({ signIn }, provide) => provide(await signIn("officerHouston")),
  legalPage: async ({ signIn }, provide) => provide(await signIn("legalLA")),
  supervisorPage: async ({ signIn }, provide) => provide(await signIn("supervisorOeste")),
  adminPage: async ({ signIn }, provide) => provide(await signIn("admin")),
});

export { expect } from "@playwright/test";
