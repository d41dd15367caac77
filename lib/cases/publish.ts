import "server-only";
import { db } from "@/lib/server/db";
import { publishCase } from "@/lib/server/realtime/publish";
import { caseSummarySelect, toCaseSummary } from "./summary";

/** Reads the committed case and sends it to the rooms that may see it. Call after the commit. */
export const publishCaseChange = async (event: "case:created" | "case:updated", caseId: string) => {
  try {
    const row = await db.case.findUnique({ where: { id: caseId }, select: caseSummarySelect });
    if (row) publishCase(event, toCaseSummary(row), row.consulate.regionId);
  } catch (error) {
    // The change is committed; a client that missed the push sees it on its next fetch.
    console.error("[amparo] realtime publish failed", { caseId, error: (error as Error).message });
  }
};
