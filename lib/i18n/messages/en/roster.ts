// English messages of the on-duty roster (lib/duty) (merged into en.ts).
import type { rosterEs } from "../es/roster";

export const rosterEn: Record<keyof typeof rosterEs, string> = {
  "roster.title": "On duty",
};
