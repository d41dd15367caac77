import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

describe("secret box", () => {
  const key = randomBytes(32);

  it("round-trips and never stores the clear text", () => {
    const sealed = sealSecret("demo-relay-secret", key);
    expect(sealed).not.toContain("demo-relay-secret");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(sealed, key)).toBe("demo-relay-secret");
  });

  it("uses a fresh IV each time", () => {
    expect(sealSecret("x", key)).not.toBe(sealSecret("x", key));
  });

  it("refuses a tampered ciphertext or another key", () => {
    const sealed = sealSecret("secret", key);
    const parts = sealed.split(".");
    const tampered = [...parts.slice(0, 3), Buffer.from("SECRET").toString("base64url")].join(".");
    expect(() => openSecret(tampered, key)).toThrow();
    expect(() => openSecret(sealed, randomBytes(32))).toThrow();
    expect(() => openSecret("garbage", key)).toThrow(/Unrecognised/);
  });
});
