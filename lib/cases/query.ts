// GET /api/v1/cases: the queue's filters (lib/cases/filters.ts), a page (size
// and cursor), and `only=counts` for the cheap refresh of the counts alone.
import { z } from "zod";
import { cursorSchema } from "./cursor";
import { PAGE_MAX, PAGE_SIZE, rawFilterParams } from "./filters";
import { queueFilterSchema } from "./schema";

export const casesQuerySchema = queueFilterSchema.extend({
  only: z.enum(["counts"]).optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(PAGE_SIZE),
});

export type CasesQuery = z.infer<typeof casesQuerySchema>;

/** The query's parameters, "" meaning absent. */
export const rawCasesParams = (params: URLSearchParams) => {
  const single = (key: string) => params.get(key) || undefined;
  return { ...rawFilterParams(params), only: single("only"), cursor: single("cursor"), limit: single("limit") };
};
