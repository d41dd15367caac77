import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { StaffShell } from "@/components/shell/staff-shell";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

// Administration is invisible to other roles: a 404, not a "forbidden" that confirms it exists.
const AdminLayout = async ({ children }: { children: ReactNode }) => {
  const scope = await requireStaffScope();
  if (scope.role !== "ADMIN") notFound();
  return <StaffShell scope={scope}>{children}</StaffShell>;
};

export default AdminLayout;
