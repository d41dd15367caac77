// GET /api/v1/reports/monthly?month=YYYY-MM: per visible consulate, cases opened, detentions confirmed,
// outcomes by kind and the median days to outcome (default: this month).
import { monthQuerySchema } from "@/lib/reports/schema";
import { getMonthlySummary } from "@/lib/reports/summary-data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ query: monthQuerySchema }, async ({ scope, query: { month } }) =>
  json({ month, consulates: await getMonthlySummary(scope, month) }),
);
