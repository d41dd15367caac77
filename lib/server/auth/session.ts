import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getScopeUser } from "./users";
import { authOptions } from "./options";
import { mintScope, type StaffScope } from "./scope";

/** The signed-in staff member's scope, or null. Read once per request, however many components ask. */
export const getStaffScope = cache(async (): Promise<StaffScope | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string } | null;
  if (!session?.userId) return null;
  const user = await getScopeUser(session.userId);
  return user ? mintScope(user) : null;
});

/** For pages: the scope, or a redirect to sign-in. */
export const requireStaffScope = async (): Promise<StaffScope> => {
  const scope = await getStaffScope();
  if (!scope) redirect("/sign-in");
  return scope;
};
