// English messages of staff notices outside the browser and the profile screen (lib/notices) (merged into en.ts).
import type { noticesEs } from "../es/notices";

export const noticesEn: Record<keyof typeof noticesEs, string> = {
  "timeline.kind.NOTICE_ACKNOWLEDGED": "Notice acknowledged",
};
