import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

// Each page below checks the session again itself: a layout is not re-rendered on every navigation.
const CasesLayout = async ({ children }: { children: ReactNode }) => {
  const scope = await requireStaffScope();
  return (
    <div className="shell">
      <AppHeader scope={scope} />
      {children}
    </div>
  );
};

export default CasesLayout;
