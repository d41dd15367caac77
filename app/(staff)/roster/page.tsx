import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RosterDesk } from "@/components/duty/roster-desk";
import { getRoster } from "@/lib/duty/data";
import { readsRoster } from "@/lib/duty/policy";
import { rosterQuerySchema } from "@/lib/duty/schema";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("roster.pageTitle") };
};

type RosterPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

// The on-duty roster, for the case roles (administrators read no case: a 404,
// as any page that is not theirs). A consulate outside the scope is a 404 too.
const RosterPage = async ({ searchParams }: RosterPageProps) => {
  const scope = await requireStaffScope();
  if (!readsRoster(scope)) notFound();
  const asked = await searchParams;
  // A bad link still opens the roster: the scope's own consulate, this week.
  const parsed = rosterQuerySchema.safeParse(new URLSearchParams({ consulate: first(asked.consulate), week: first(asked.week) }));
  let initial;
  try {
    initial = await getRoster(scope, parsed.success ? parsed.data : {});
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  return (
    <main id="main" className="page page--stack page--roster">
      <RosterDesk initial={initial} initialNow={Date.now()} />
    </main>
  );
};

export default RosterPage;
