import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SupervisionDesk } from "@/components/map/supervision-desk";
import { REGIONS } from "@/lib/consulates/network";
import { getT } from "@/lib/i18n/server";
import { basemapArchive } from "@/lib/map/basemap-archive";
import { readListAudited } from "@/lib/audit/list-read";
import { getRegionOverview, overviewCaseIds } from "@/lib/map/data";
import { pageAddress } from "@/lib/server/http/page-address";
import { watchesRegions } from "@/lib/map/policy";
import { requireStaffScope } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";
import { hasUnstorableText } from "@/lib/server/http/input";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("map.region.pageTitle") };
};

type SupervisionPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The regional view, for supervisors (their region). Other roles get a 404,
// as for any page that is not theirs.
const SupervisionPage = async ({ searchParams }: SupervisionPageProps) => {
  const scope = await requireStaffScope();
  if (!watchesRegions(scope)) notFound();
  const regions = REGIONS.filter((r) => r.code === scope.regionCode);
  const asked = (await searchParams).region;
  const code = (typeof asked === "string" && asked ? asked : (regions[0]?.code ?? "all")).toUpperCase();
  // No region's code holds what PostgreSQL cannot store: asking for one is asking for nothing.
  if (hasUnstorableText(code)) notFound();

  let overview;
  try {
    // The data function decides who may see which region: another region is a 404 there too.
    overview = await readListAudited({ scope, kind: "region", address: await pageAddress(), read: () => getRegionOverview(scope, code), caseIds: overviewCaseIds });
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  return (
    <main id="main" className="page page--supervision">
      <SupervisionDesk
        regions={regions.map(({ code, name }) => ({ code, name }))}
        initialRegion={code}
        initialOverview={overview}
        streets={basemapArchive().ok}
      />
    </main>
  );
};

export default SupervisionPage;
