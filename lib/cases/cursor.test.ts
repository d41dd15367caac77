import { describe, expect, it } from "vitest";
import { cursorSchema, encodeCursor } from "./cursor";

const cursor = { priority: "HIGH" as const, alertAt: "2026-11-25T10:00:00.123Z", number: "LAX-2026-000042" };
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const issuesOf = (text: string) => {
  const parsed = cursorSchema.safeParse(text);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("the queue's page cursor", () => {
  it("reads back what it wrote, URL-safe", () => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursorSchema.parse(text)).toEqual(cursor);
  });

  it("refuses what this server would not have written", () => {
    expect(issuesOf("not a cursor!")).not.toEqual([]);
    expect(issuesOf(Buffer.from("{oops").toString("base64url"))).toEqual(["invalid_cursor"]);
    expect(issuesOf(encode(["URGENT", cursor.alertAt, cursor.number]))).toEqual(["invalid_cursor"]);
    expect(issuesOf(encode(["HIGH", "yesterday", cursor.number]))).toEqual(["invalid_cursor"]);
    expect(issuesOf(encode(["HIGH", cursor.alertAt, "'; DROP TABLE cases; --"]))).toEqual(["invalid_cursor"]);
    expect(issuesOf(encode(["HIGH", cursor.alertAt]))).toEqual(["invalid_cursor"]);
    expect(issuesOf(encode({ priority: "HIGH", alertAt: cursor.alertAt, number: cursor.number }))).toEqual(["invalid_cursor"]);
    expect(issuesOf("A".repeat(201))).not.toEqual([]);
  });
});
