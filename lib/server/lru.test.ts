import { describe, expect, it } from "vitest";
import { createLru } from "./lru";

describe("createLru", () => {
  it("never holds more than its size, forgetting the least recently used first", () => {
    const lru = createLru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // a is now the most recent
    lru.set("c", 3);
    expect(lru.size).toBe(2);
    expect(lru.get("b")).toBeUndefined();
    expect([lru.get("a"), lru.get("c")]).toEqual([1, 3]);
  });

  it("replaces a value in place and deletes on request", () => {
    const lru = createLru<string, number>(2);
    lru.set("a", 1);
    lru.set("a", 2);
    expect(lru.size).toBe(1);
    expect(lru.get("a")).toBe(2);
    lru.delete("a");
    expect(lru.get("a")).toBeUndefined();
    expect(lru.size).toBe(0);
  });

  it("refuses a size that could not bound anything", () => {
    expect(() => createLru(0)).toThrow();
    expect(() => createLru(1.5)).toThrow();
  });
});
