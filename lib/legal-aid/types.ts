// What the legal-aid reads answer, for the browser: type-only, taken from the
// server functions themselves, so a changed field shows as a type error on
// both sides and no server code reaches the client bundle.
import type { getLegalDetail, listCaseWorkers, listFacilities, listLegalAidCases, listReferralAssignees } from "./data";
import type { listMyTasks } from "./my-tasks-data";
import type { listIncomingTransfers } from "./transfers-data";

/** GET /api/v1/legal-aid/cases */
export type LegalQueueData = Awaited<ReturnType<typeof listLegalAidCases>>;
export type LegalQueueRow = LegalQueueData["cases"][number];

/** GET /api/v1/transfers/incoming: `{ transfers }` */
export type IncomingTransfer = Awaited<ReturnType<typeof listIncomingTransfers>>[number];

/** GET /api/v1/tasks: `{ tasks }` */
export type MyTask = Awaited<ReturnType<typeof listMyTasks>>[number];

/** The case page's legal part. */
export type LegalDetail = NonNullable<Awaited<ReturnType<typeof getLegalDetail>>>;
export type LegalRecord = NonNullable<LegalDetail["record"]>;
export type Hearing = LegalDetail["hearings"][number];
export type Task = LegalDetail["tasks"][number];
export type FamilyMessage = LegalDetail["familyMessages"][number];
export type Contact = LegalDetail["contacts"][number];
export type Worker = NonNullable<Awaited<ReturnType<typeof listCaseWorkers>>>[number];
export type Facility = Awaited<ReturnType<typeof listFacilities>>[number];

/** The tasks a 409 `open_tasks` names: what keeps a case from ending (lib/cases/mutations.ts). */
export type OpenTask = { id: string; title: string; dueAt: string };

/** GET /api/v1/cases/:id/legal-assignees: `{ assignees, suggestedId }`, whom a referral can name. */
export type ReferralAssignees = NonNullable<Awaited<ReturnType<typeof listReferralAssignees>>>;
