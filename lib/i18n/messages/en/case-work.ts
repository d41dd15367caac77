// English messages of the case-work screens; a key missing against es/case-work.ts is a type error.
import type { caseWorkEs } from "../es/case-work";

export const caseWorkEn: Record<keyof typeof caseWorkEs, string> = {
};
