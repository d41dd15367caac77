// Queries of the reports API.
import { z } from "zod";
import { rawFilterParams } from "@/lib/cases/filters";
import { queueFilterSchema } from "@/lib/cases/schema";
import { purposeFields, purposeParams, refineOtherPurpose, toReadPurpose } from "@/lib/audit/read-purpose";
import { legalQueueFilterSchema, monthSchema, rawLegalFilterParams } from "@/lib/legal-aid/schema";
import type { ExportFilter } from "./export-data";

/** GET /api/v1/reports/cases: the triage queue's filters, or with `queue=legal` the legal-aid queue's. */
export const exportQuerySchema = z.preprocess(
  (params: URLSearchParams) =>
    params.get("queue") === "legal"
      ? { ...rawLegalFilterParams(params), queue: "legal" }
      : { ...rawFilterParams(params), queue: "triage" },
  z.discriminatedUnion("queue", [
    queueFilterSchema.extend({ queue: z.literal("triage") }),
    legalQueueFilterSchema.extend({ queue: z.literal("legal") }),
  ]),
) satisfies z.ZodType<ExportFilter, URLSearchParams>;

/** The export's whole query: its filter and why (read-purpose.ts: required), as { filter, purpose }. */
export const exportRequestSchema = z.preprocess(
  (params: URLSearchParams) => ({
    ...(params.get("queue") === "legal" ? { ...rawLegalFilterParams(params), queue: "legal" } : { ...rawFilterParams(params), queue: "triage" }),
    ...purposeParams(params),
  }),
  z
    .discriminatedUnion("queue", [
      queueFilterSchema.extend({ queue: z.literal("triage"), ...purposeFields }),
      legalQueueFilterSchema.extend({ queue: z.literal("legal"), ...purposeFields }),
    ])
    .superRefine(refineOtherPurpose)
    .transform(({ purpose, purposeNote, ...filter }) => ({ filter: filter as ExportFilter, purpose: toReadPurpose({ purpose, purposeNote }) })),
);

/** GET /api/v1/reports/monthly: `month=YYYY-MM`, this month when absent or empty. */
export const monthQuerySchema = z.preprocess((params: URLSearchParams) => ({ month: params.get("month") || undefined }), monthSchema);
