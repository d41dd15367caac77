// English messages of the queue screens; a key missing against es/queue.ts is a type error.
import type { queueEs } from "../es/queue";

export const queueEn: Record<keyof typeof queueEs, string> = {
};
