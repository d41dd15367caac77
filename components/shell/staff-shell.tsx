import type { ReactNode } from "react";
import type { StaffScope } from "@/lib/server/auth/scope";
import { AppHeader } from "./app-header";

/** The signed-in pages' frame: the header, then the page. */
export const StaffShell = ({ scope, children }: { scope: StaffScope; children: ReactNode }) => (
  <div className="shell">
    <AppHeader scope={scope} />
    {children}
  </div>
);
