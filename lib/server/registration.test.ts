import { describe, expect, it } from "vitest";
import { registration } from "./registration";

describe("a registration with lib/server", () => {
  it("fails at first use, saying what is missing and where it comes from, until it is made", () => {
    const rooms = registration<(scope: string) => string[]>("socket rooms");
    expect(() => rooms.get()).toThrow("no socket rooms registered: the entry point must import lib/register.ts");
    const roomsForScope = (scope: string) => [scope];
    rooms.register(roomsForScope);
    expect(rooms.get()).toBe(roomsForScope);
  });
});
