import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseSignatureHeader, signBody, verifySignature } from "./relay-signature";

const secret = "demo-relay-secret";
const t = 1773480067;
const body = '{"a":1}';
// Computed once with node:crypto and pasted: a change of algorithm, of the
// signed string's layout or of the encoding makes this test fail.
const KNOWN_V1 = "9a0b518737aa14ae1483b1e14a412c84a0d4e949cd01320654d96bde0db7a134";

const header = signBody({ secret, body, timestamp: t });
const verify = (overrides: Partial<Parameters<typeof verifySignature>[0]> = {}) =>
  verifySignature({ secret, rawBody: body, header, now: t, ...overrides });

describe("signBody", () => {
  it("produces t=<seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>", () => {
    const byHand = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(header).toBe(`t=${t},v1=${byHand}`);
    expect(header).toBe(`t=${t},v1=${KNOWN_V1}`);
  });

  it("signs bytes and strings alike", () => {
    expect(signBody({ secret, body: Buffer.from(body), timestamp: t })).toBe(header);
  });

  it("defaults the timestamp to now", () => {
    const before = Math.floor(Date.now() / 1000);
    const parsed = parseSignatureHeader(signBody({ secret, body }));
    expect(parsed?.t).toBeGreaterThanOrEqual(before);
    expect(parsed?.t).toBeLessThanOrEqual(before + 1);
  });

  it("refuses an empty secret", () => {
    expect(() => signBody({ secret: "", body })).toThrow();
  });
});

describe("parseSignatureHeader", () => {
  it("reads t and every v1 (key rotation)", () => {
    const other = "ab".repeat(32);
    expect(parseSignatureHeader(`t=${t},v1=${other},v1=${KNOWN_V1.toUpperCase()}`)).toEqual({
      t,
      v1: [other, KNOWN_V1],
    });
  });

  it("ignores other schemes but not stray text", () => {
    expect(parseSignatureHeader(`t=${t},v0=xyz,v1=${KNOWN_V1}`)).toEqual({ t, v1: [KNOWN_V1] });
    expect(parseSignatureHeader(`t=${t},v1=${KNOWN_V1},junk`)).toBeNull();
    expect(parseSignatureHeader(`t=${t},foo=bar,v1=${KNOWN_V1}`)).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["non-numeric t", "t=abc,v1=.."],
    ["non-numeric t with a valid v1", `t=abc,v1=${KNOWN_V1}`],
    ["fractional t", `t=${t}.5,v1=${KNOWN_V1}`],
    ["negative t", `t=-${t},v1=${KNOWN_V1}`],
    ["two t", `t=${t},t=${t},v1=${KNOWN_V1}`],
    ["missing t", `v1=${KNOWN_V1}`],
    ["missing v1", `t=${t}`],
    ["empty v1", `t=${t},v1=`],
    ["non-hex v1", `t=${t},v1=${"zz".repeat(32)}`],
    ["short v1", `t=${t},v1=${KNOWN_V1.slice(0, 62)}`],
    ["long v1", `t=${t},v1=${KNOWN_V1}00`],
    ["too many v1", `t=${t}` + `,v1=${KNOWN_V1}`.repeat(9)],
  ])("rejects %s", (_, value) => {
    expect(parseSignatureHeader(value)).toBeNull();
  });

  it("rejects a missing header", () => {
    expect(parseSignatureHeader(undefined)).toBeNull();
    expect(parseSignatureHeader(null)).toBeNull();
  });
});

describe("verifySignature", () => {
  it("accepts a good signature", () => {
    expect(verify()).toBe(true);
    expect(verify({ rawBody: Buffer.from(body) })).toBe(true);
  });

  it("accepts when any of several v1 matches", () => {
    const rotated = `t=${t},v1=${"00".repeat(32)},v1=${KNOWN_V1}`;
    expect(verify({ header: rotated })).toBe(true);
  });

  it("rejects a body changed by one byte", () => {
    expect(verify({ rawBody: '{"a":2}' })).toBe(false);
    expect(verify({ rawBody: '{"a":1} ' })).toBe(false);
  });

  it("rejects a wrong secret", () => {
    expect(verify({ secret: "demo-relay-secreT" })).toBe(false);
    expect(verify({ secret: "" })).toBe(false);
  });

  it("rejects a signature whose t was altered", () => {
    expect(verify({ header: `t=${t + 1},v1=${KNOWN_V1}`, now: t + 1 })).toBe(false);
  });

  it("accepts 299 s of skew and rejects 301 s, either direction", () => {
    expect(verify({ now: t + 299 })).toBe(true);
    expect(verify({ now: t - 299 })).toBe(true);
    expect(verify({ now: t + 300 })).toBe(true);
    expect(verify({ now: t + 301 })).toBe(false);
    expect(verify({ now: t - 301 })).toBe(false);
  });

  it("honours a custom tolerance", () => {
    expect(verify({ now: t + 30, toleranceSeconds: 10 })).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["non-numeric t", "t=abc,v1=.."],
    ["missing v1", `t=${t}`],
    ["non-hex v1", `t=${t},v1=${"g".repeat(64)}`],
    ["wrong length", `t=${t},v1=${KNOWN_V1.slice(0, 63)}`],
  ])("rejects a malformed header: %s", (_, value) => {
    expect(verify({ header: value })).toBe(false);
  });
});
