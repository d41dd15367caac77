// What the case reads answer, for the browser: type-only, taken from the server functions themselves.
import type { listAssignees } from "./mutations";

/** GET /api/v1/cases/:id/assignees: `{ assignees }`, the officers a case can be given to. */
export type Assignee = Awaited<ReturnType<typeof listAssignees>>[number];
