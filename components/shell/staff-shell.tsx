import type { ReactNode } from "react";
import { AppHeader } from "./app-header";
import type { StaffScope } from "@/lib/server/auth/scope";

/** The signed-in pages' frame: the header, then the page. */
export const StaffShell = ({ scope, children }: { scope: StaffScope; children: ReactNode }) => (
  <div className="shell">
    <AppHeader scope={scope} />
    {children}
  </div>
);
