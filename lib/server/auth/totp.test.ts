import { describe, expect, it } from "vitest";
import { checkTotp, newTotpSecret, TOTP_PERIOD_SECONDS, totpCode } from "./totp";

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
// The middle of a step, so ±1 step stays inside the neighbours whatever the test's own timing.
const NOW = Math.floor(Date.UTC(2026, 11, 6, 12) / STEP_MS) * STEP_MS + STEP_MS / 2;

describe("checkTotp", () => {
  const secret = newTotpSecret();

  it("accepts this step's code and names its step", async () => {
    const code = await totpCode({ secret, now: NOW });
    expect(await checkTotp({ secret, code, now: NOW })).toEqual({ valid: true, timeStep: Math.floor(NOW / STEP_MS) });
  });

  it("allows one step of clock drift either way, and no more", async () => {
    const step = Math.floor(NOW / STEP_MS);
    for (const drift of [-1, 1]) {
      const code = await totpCode({ secret, now: NOW + drift * STEP_MS });
      expect(await checkTotp({ secret, code, now: NOW })).toEqual({ valid: true, timeStep: step + drift });
    }
    for (const drift of [-2, 2]) {
      const code = await totpCode({ secret, now: NOW + drift * STEP_MS });
      expect((await checkTotp({ secret, code, now: NOW })).valid).toBe(false);
    }
  });

  it("refuses a code of a step already used, or of an earlier one, within its window", async () => {
    const step = Math.floor(NOW / STEP_MS);
    const code = await totpCode({ secret, now: NOW });
    expect((await checkTotp({ secret, code, now: NOW, afterTimeStep: step })).valid).toBe(false);
    const earlier = await totpCode({ secret, now: NOW - STEP_MS });
    expect((await checkTotp({ secret, code: earlier, now: NOW, afterTimeStep: step })).valid).toBe(false);
    const next = await totpCode({ secret, now: NOW + STEP_MS });
    expect(await checkTotp({ secret, code: next, now: NOW, afterTimeStep: step })).toEqual({ valid: true, timeStep: step + 1 });
  });

  it("refuses another secret's code and anything not six digits", async () => {
    const code = await totpCode({ secret: newTotpSecret(), now: NOW });
    const own = await totpCode({ secret, now: NOW });
    if (code !== own) expect((await checkTotp({ secret, code, now: NOW })).valid).toBe(false);
    for (const typed of ["", "12345", "1234567", "12345a", ` ${own}`, "１２３４５６"]) {
      expect((await checkTotp({ secret, code: typed, now: NOW })).valid).toBe(false);
    }
  });
});
