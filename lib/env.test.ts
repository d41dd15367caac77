import { describe, expect, it } from "vitest";
import { checkEnvironment } from "./env";

const base = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/amparo",
  NEXTAUTH_SECRET: "x".repeat(32),
  AMPARO_SECRET_KEY: "0".repeat(64),
};

const issuesOf = (source: Record<string, string>) => {
  const result = checkEnvironment(source);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("environment", () => {
  it("refuses the SMS log transport in production, where it would tell no family anything", () => {
    expect(issuesOf({ ...base, NODE_ENV: "production" })).toEqual([expect.stringMatching(/^SMS_TRANSPORT: SMS_TRANSPORT=log .*refused with NODE_ENV=production/)]);
    expect(issuesOf({ ...base, NODE_ENV: "production", SMS_TRANSPORT: "log" })).toHaveLength(1);
    expect(issuesOf({ ...base, NODE_ENV: "production", SMS_TRANSPORT: "twilio", SMS_ACCOUNT_SID: "AC1", SMS_AUTH_TOKEN: "t", SMS_FROM: "+15550100" })).toEqual([]);
  });

  it("keeps the log transport for development, tests and the demo's fictional people", () => {
    expect(issuesOf({ ...base, NODE_ENV: "development" })).toEqual([]);
    expect(issuesOf({ ...base, NODE_ENV: "test", SMS_TRANSPORT: "log" })).toEqual([]);
    // npm run demo serves Next's production build, whose bundles read NODE_ENV=production.
    expect(issuesOf({ ...base, NODE_ENV: "production", AMPARO_DEMO: "1" })).toEqual([]);
  });

  it("names a malformed key list for personal data", () => {
    expect(issuesOf({ ...base, AMPARO_DATA_KEYS: "k1:abc" })).toEqual([expect.stringMatching(/^AMPARO_DATA_KEYS: /)]);
    expect(issuesOf({ ...base, AMPARO_DATA_KEYS: `k2:${"a".repeat(64)},k1:${"b".repeat(64)}` })).toEqual([]);
  });
});
