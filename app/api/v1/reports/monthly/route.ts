// GET /api/v1/reports/monthly?month=YYYY-MM: per visible consulate, cases opened, detentions confirmed,
// outcomes by kind and the median days to outcome (default: this month).
import { monthSchema } from "@/lib/legal-aid/schema";
import { getMonthlySummary } from "@/lib/reports/summary";
import { parseWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const { month } = parseWith(monthSchema, { month: new URL(request.url).searchParams.get("month") || undefined });
  return json({ month, consulates: await getMonthlySummary(scope, month) });
});
