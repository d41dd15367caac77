// The answers' types the browser imports (import type only).
import type { CasePriority } from "@/lib/generated/prisma/enums";

/** A case another consulate's policy offered to this one, open to take. */
export type OfferedCase = {
  id: string;
  caseId: string;
  caseNumber: string;
  priority: CasePriority;
  duress: boolean;
  alertAt: string;
  offeredAt: string;
  fromConsulate: { code: string; name: string };
};
