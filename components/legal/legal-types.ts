// The case page's legal shapes on the browser side, read from the server's own types.
import type { getLegalDetail, listCaseWorkers, listFacilities } from "@/lib/legal-aid/data";

export type LegalDetail = NonNullable<Awaited<ReturnType<typeof getLegalDetail>>>;
export type LegalRecord = NonNullable<LegalDetail["record"]>;
export type Hearing = LegalDetail["hearings"][number];
export type Task = LegalDetail["tasks"][number];
export type FamilyMessage = LegalDetail["familyMessages"][number];
export type Contact = LegalDetail["contacts"][number];
export type Worker = NonNullable<Awaited<ReturnType<typeof listCaseWorkers>>>[number];
export type Facility = Awaited<ReturnType<typeof listFacilities>>[number];
