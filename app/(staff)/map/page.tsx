import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LiveProposalBanner } from "@/components/incidents/live-proposal-banner";
import { CaseMap } from "@/components/map/case-map";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { basemapArchive } from "@/lib/map/basemap-archive";
import { getJurisdictionBounds } from "@/lib/map/jurisdiction-shapes";
import { watchesRegions } from "@/lib/map/policy";
import { requireCaseReader } from "@/lib/users/landing";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("map.officer.pageTitle") };
};

// The officer's map of their consulate's open cases. Supervisors look at
// their region, aggregated: their map is /supervision.
const MapPage = async () => {
  const scope = await requireCaseReader();
  if (watchesRegions(scope)) redirect("/supervision");
  const { t } = await getT();
  return (
    <main id="main" className="page page--map">
      <LiveProposalBanner />
      <section className="panel map-desk" aria-labelledby="map-heading">
        <div className="panel__header">
          <h1 id="map-heading" className="panel__title">
            {scope.consulateCode ? t("map.officer.title", { code: scope.consulateCode }) : t("map.officer.pageTitle")}
          </h1>
          <Link prefetch={false} href="/cases" className="map-desk__list-link">
            {t("map.officer.listLink")}
          </Link>
        </div>
        {scope.consulateCode ? (
          <CaseMap
            consulateCode={scope.consulateCode}
            userId={scope.userId}
            timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE}
            bounds={await getJurisdictionBounds(scope.consulateCode)}
            streets={basemapArchive().ok}
          />
        ) : (
          <p className="panel__intro">{t("map.officer.noConsulate")}</p>
        )}
      </section>
    </main>
  );
};

export default MapPage;
