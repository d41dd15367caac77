import { describe, expect, it } from "vitest";
import { isSerialId, isUuid } from "./ids";

describe("ids from URLs and sockets", () => {
  it("takes a UUID in either case and nothing else", () => {
    expect(isUuid("0b6c1a52-3d4e-4f5a-9b8c-7d6e5f4a3b2c")).toBe(true);
    expect(isUuid("0B6C1A52-3D4E-4F5A-9B8C-7D6E5F4A3B2C")).toBe(true);
    for (const bad of ["", "not-a-uuid", "0b6c1a52-3d4e-4f5a-9b8c-7d6e5f4a3b2", "0b6c1a52-3d4e-4f5a-9b8c-7d6e5f4a3b2c ", "0b6c1a523d4e4f5a9b8c7d6e5f4a3b2c"]) {
      expect(isUuid(bad), bad).toBe(false);
    }
  });

  it("takes a bigint id of up to 18 digits, so that it always fits PostgreSQL's bigint", () => {
    expect(isSerialId("1")).toBe(true);
    expect(isSerialId("9".repeat(18))).toBe(true);
    for (const bad of ["", "-1", "1.5", "1e3", "9".repeat(19), " 1"]) expect(isSerialId(bad), bad).toBe(false);
  });
});
