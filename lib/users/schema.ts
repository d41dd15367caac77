// Where a staff member works: the role decides whether a consulate or a
// region places them (lib/cases/policy.ts reads the same two fields).
import { z } from "zod";

export const placementSchema = z.discriminatedUnion("role", [
  z.object({ role: z.enum(["OFFICER", "LEGAL_AID"]), consulateId: z.uuid() }),
  z.object({ role: z.literal("SUPERVISOR"), regionId: z.uuid() }),
  z.object({ role: z.literal("ADMIN") }),
]);

export type Placement = z.infer<typeof placementSchema>;

/** A placement as the user's row holds it: the field the role does not use is null. */
export const placementColumns = (placement: Placement) => ({
  role: placement.role,
  consulateId: "consulateId" in placement ? placement.consulateId : null,
  regionId: "regionId" in placement ? placement.regionId : null,
});
