import { redirect } from "next/navigation";
import { getStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

const HomePage = async () => {
  redirect((await getStaffScope()) ? "/cases" : "/sign-in");
};

export default HomePage;
