import type { ReactNode } from "react";
import { StaffShell } from "@/components/shell/staff-shell";
import { getStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

// The staff pages (cases, map, supervision). Each page below checks the session again itself: a layout is not re-rendered on every navigation.
// Signed out, the layout leaves the redirect to the page, which knows its own
// address: a link to a case comes back to that case after the sign-in.
const StaffLayout = async ({ children }: { children: ReactNode }) => {
  const scope = await getStaffScope();
  return scope ? <StaffShell scope={scope}>{children}</StaffShell> : children;
};

export default StaffLayout;
