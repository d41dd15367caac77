// The legal-aid queue's shapes on the browser side, read from the server's own types.
import type { listLegalAidCases } from "@/lib/legal-aid/data";
import type { listIncomingTransfers } from "@/lib/legal-aid/transfers";

export type LegalQueueData = Awaited<ReturnType<typeof listLegalAidCases>>;
export type LegalQueueRow = LegalQueueData["cases"][number];
export type IncomingTransfer = Awaited<ReturnType<typeof listIncomingTransfers>>[number];
