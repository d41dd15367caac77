// GET /api/v1/cases: the triage queue's pages, defined in lib/cases/queue-read.ts
// (server.ts answers the same definition ahead of Next's router).
import { readQueue } from "@/lib/cases/queue-read";
import { withStaffRead } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaffRead(readQueue);
