import type { ReactNode } from "react";
import { StaffShell } from "@/components/shell/staff-shell";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

// The staff pages (cases, map, supervision). Each page below checks the session again itself: a layout is not re-rendered on every navigation.
const StaffLayout = async ({ children }: { children: ReactNode }) => <StaffShell scope={await requireStaffScope()}>{children}</StaffShell>;

export default StaffLayout;
