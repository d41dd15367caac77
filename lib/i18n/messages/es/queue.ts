// Spanish messages of the queue screens (merged into es.ts).
export const queueEs = {
} satisfies Record<string, string>;
