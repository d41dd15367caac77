// Which writes count as another site's: the rules isForeignWrite applies to
// the Origin and Sec-Fetch-Site a browser sends.
import { describe, expect, it } from "vitest";
import { isForeignWrite } from "./same-origin";

const request = (method: string, headers: Record<string, string>, host: string | null = "desk.amparo.test") => ({
  method,
  host,
  header: (name: string) => headers[name] ?? null,
});

describe("isForeignWrite", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(isForeignWrite(request(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }), null)).toBe(false);
    }
  });

  it("lets a write without Origin or Sec-Fetch-Site through: it is no browser's", () => {
    expect(isForeignWrite(request("POST", {}), null)).toBe(false);
    expect(isForeignWrite(request("DELETE", { "sec-fetch-site": "none" }), null)).toBe(false);
  });

  it("refuses a write whose Origin is another host, no origin at all (`null`), or not a URL", () => {
    for (const origin of ["https://evil.example", "https://desk.amparo.test:8443", "https://sub.desk.amparo.test", "null", "desk.amparo.test"]) {
      expect(isForeignWrite(request("POST", { origin }), null)).toBe(true);
    }
  });

  it("accepts the request's own host, in any case, and the configured public origin behind a proxy", () => {
    expect(isForeignWrite(request("PATCH", { origin: "https://desk.amparo.test" }), null)).toBe(false);
    expect(isForeignWrite(request("patch", { origin: "https://desk.amparo.test" }, "DESK.amparo.test"), null)).toBe(false);
    const proxied = request("POST", { origin: "https://desk.amparo.test" }, "10.0.0.7:3000");
    expect(isForeignWrite(proxied, undefined)).toBe(true);
    expect(isForeignWrite(proxied, "https://desk.amparo.test/")).toBe(false);
    expect(isForeignWrite(proxied, "http://desk.amparo.test")).toBe(true);
    expect(isForeignWrite(proxied, "not a url")).toBe(true);
  });

  it("refuses Sec-Fetch-Site: cross-site even with the desk's own Origin", () => {
    expect(isForeignWrite(request("PUT", { origin: "https://desk.amparo.test", "sec-fetch-site": "cross-site" }), null)).toBe(true);
    expect(isForeignWrite(request("PUT", { origin: "https://desk.amparo.test", "sec-fetch-site": "same-origin" }), null)).toBe(false);
  });
});
