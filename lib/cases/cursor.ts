// The queue's page cursor: where the last row of a page sits in compareQueue's
// order (priority, alert time, case number; the number is unique, so no two
// rows tie). Opaque to clients (base64url of a JSON triple) so that its shape
// can change; validated like any other parameter, so a forged or truncated
// one is a 400 naming `cursor`, never a query.
import { z } from "zod";
import { CasePriority } from "@/lib/generated/prisma/enums";
import type { CaseSummary } from "./events";

export type QueueCursor = Pick<CaseSummary, "priority" | "alertAt" | "number">;

/**
 * Where a page of the queue starts or ends: the rows after a cursor (the next
 * page), the rows before it (the previous page, read backwards), or the rows
 * from it on (a page that starts at a given case: a reload of the page shown,
 * a jump to a new alert). `upTo` (the rows up to it, it included) is the
 * server's own, for a page after a cursor that turned out empty.
 */
export type PageBound = { after: QueueCursor } | { before: QueueCursor } | { at: QueueCursor } | { upTo: QueueCursor };

/** Whether a page is read backwards from its bound (the previous page, or the last page up to a row). */
export const readsBackwards = (bound: PageBound | null) => bound !== null && ("before" in bound || "upTo" in bound);

const CASE_NUMBER = /^[A-Z]{3}-\d{4}-\d{6}$/;
const MAX_CURSOR_LENGTH = 200;

const tupleSchema = z.tuple([
  z.enum(CasePriority),
  z.iso.datetime({ offset: false, precision: 3 }),
  z.string().regex(CASE_NUMBER),
]);

// btoa rather than Buffer, so that the browser can name a page that starts at
// a case it holds (the text is ASCII: an enum, an ISO date and a case number).
export const encodeCursor = ({ priority, alertAt, number }: QueueCursor): string =>
  btoa(JSON.stringify([priority, alertAt, number])).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

const decodeJson = (text: string): unknown => {
  try {
    return JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
};

/** A cursor from the URL, or a zod issue ("invalid_cursor") when it is not one this server made. */
export const cursorSchema = z
  .string()
  .max(MAX_CURSOR_LENGTH)
  .regex(/^[A-Za-z0-9_-]+$/)
  .transform((text, ctx): QueueCursor => {
    const parsed = tupleSchema.safeParse(decodeJson(text));
    if (parsed.success) {
      const [priority, alertAt, number] = parsed.data;
      return { priority, alertAt, number };
    }
    ctx.addIssue({ code: "custom", message: "invalid_cursor" });
    return z.NEVER;
  });
