// The policy a page is served with: scripts only by nonce, never inline or
// eval in production; nothing may frame the desk; HSTS only in production.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const directives = (policy: string) =>
  new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));

describe("contentSecurityPolicy", () => {
  it("allows scripts by this request's nonce and what they load, and nothing inline or evaluated", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "bm9uY2U=", dev: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'", "blob:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("lets the page register its own service worker (staff notices) and no worker from elsewhere", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", dev: false }));
    expect(policy.get("worker-src")).toContain("'self'");
    expect(policy.get("worker-src")?.some((source) => /^https?:|^\*/.test(source))).toBe(false);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' for scripts in development only", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain("'unsafe-eval'");
    for (const dev of [true, false]) {
      expect(directives(contentSecurityPolicy({ nonce: "n", dev })).get("script-src")).not.toContain("'unsafe-inline'");
    }
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only, and always denies framing, sniffing and unused features", () => {
    const production = securityHeaders({ production: true });
    expect(production["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(securityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(production).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(production["Permissions-Policy"]).toContain(`${feature}=()`);
    }
  });
});
