import { afterEach, describe, expect, it, vi } from "vitest";
import { seed } from "./seed";

describe("seed", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("refuses demo accounts and the demo relay key in production, before touching the database", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
    await expect(seed({ demo: true, log: () => undefined })).rejects.toThrow(/Refusing to seed demo/);
  });
});
