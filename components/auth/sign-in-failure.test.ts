import { describe, expect, it } from "vitest";
import { SECOND_FACTOR_REQUIRED, SECOND_FACTOR_WRONG, throttledCode } from "@/lib/server/auth/sign-in-error";
import { failureOf } from "./sign-in-failure";

describe("failureOf", () => {
  it("reads next-auth's code for wrong credentials", () => {
    expect(failureOf("CredentialsSignin")).toEqual({ kind: "wrong-credentials" });
  });

  it("tells the second step from a wrong password", () => {
    expect(failureOf(SECOND_FACTOR_REQUIRED)).toEqual({ kind: "code-required" });
    expect(failureOf(SECOND_FACTOR_WRONG)).toEqual({ kind: "wrong-code" });
  });

  it("turns a throttled code into whole minutes, rounded up", () => {
    expect(failureOf(throttledCode(60))).toEqual({ kind: "throttled", minutes: 1 });
    expect(failureOf(throttledCode(61))).toEqual({ kind: "throttled", minutes: 2 });
    expect(failureOf(throttledCode(4.2))).toEqual({ kind: "throttled", minutes: 1 });
    expect(failureOf(throttledCode(3600))).toEqual({ kind: "throttled", minutes: 60 });
  });

  it("calls anything else unavailable, however a URL spells it", () => {
    for (const code of [undefined, "", "Configuration", "throttled-", "throttled-abc", "throttled-123456", " throttled-60", "throttled-60<b>"]) {
      expect(failureOf(code)).toEqual({ kind: "unavailable" });
    }
  });
});
