import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { StaffShell } from "@/components/shell/staff-shell";
import { requireStaffScope } from "@/lib/server/auth/session";
import { adminAreasFor } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

// Administration is invisible to roles without any of it: a 404, not a
// "forbidden" that confirms it exists. Each page checks its own area too
// (a supervisor administers staff, and nothing else).
const AdminLayout = async ({ children }: { children: ReactNode }) => {
  const scope = await requireStaffScope();
  if (adminAreasFor(scope).length === 0) notFound();
  return (
    <StaffShell scope={scope}>
      <AdminNav scope={scope} />
      {children}
    </StaffShell>
  );
};

export default AdminLayout;
