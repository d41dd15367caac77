import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("staff passwords", () => {
  it("are hashed with argon2id and a salt of their own", async () => {
    const [a, b] = await Promise.all([hashPassword("amparo-demo"), hashPassword("amparo-demo")]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("amparo-demo");
  });

  it("verify only the right password, and never a missing account", async () => {
    const hash = await hashPassword("amparo-demo");
    expect(await verifyPassword(hash, "amparo-demo")).toBe(true);
    expect(await verifyPassword(hash, "amparo-demo ")).toBe(false);
    expect(await verifyPassword(null, "amparo-demo")).toBe(false);
    expect(await verifyPassword("not-a-hash", "amparo-demo")).toBe(false);
  });
});
