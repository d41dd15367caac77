// GET /api/v1/legal-aid/facilities: the detention facilities, each with its county and responsible consulate.
import { listFacilities } from "@/lib/legal-aid/data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async () => json({ facilities: await listFacilities() }));
