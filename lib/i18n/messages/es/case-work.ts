// Spanish messages of the case-work screens (merged into es.ts).
export const caseWorkEs = {
} satisfies Record<string, string>;
