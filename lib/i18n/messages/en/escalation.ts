// English messages of the escalation policy (lib/escalation) (merged into en.ts).
import type { escalationEs } from "../es/escalation";

export const escalationEn: Record<keyof typeof escalationEs, string> = {
  "timeline.kind.ESCALATED": "Escalated",
  "timeline.kind.OFFERED_TO_BACKUP": "Offered to the backup consulate",
  "timeline.kind.OFFER_TAKEN": "Taken by the backup consulate",
};
