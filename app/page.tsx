import { redirect } from "next/navigation";
import { getStaffScope } from "@/lib/server/auth/session";
import { landingPath } from "@/lib/users/landing";

export const dynamic = "force-dynamic";

const HomePage = async () => {
  const scope = await getStaffScope();
  redirect(scope ? landingPath(scope) : "/sign-in");
};

export default HomePage;
