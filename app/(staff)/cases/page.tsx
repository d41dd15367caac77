import type { Metadata } from "next";
import { OfferedCasesPanel } from "@/components/escalation/offered-cases-panel";
import { IncomingTransfersNotice } from "@/components/legal/incoming-transfers-notice";
import { DEFAULT_FILTER, PAGE_SIZE } from "@/lib/cases/filters";
import { readFirstQueuePage, readQueuePageAudited } from "@/lib/cases/queue-read";
import { listIncidents } from "@/lib/incidents/data";
import { parseQueueFilter } from "@/lib/cases/schema";
import { listOfferedCases } from "@/lib/escalation/data";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { basemapArchive } from "@/lib/map/basemap-archive";
import { getJurisdictionBounds } from "@/lib/map/jurisdiction-shapes";
import { listIncomingTransfers } from "@/lib/legal-aid/transfers-data";
import { watchesRegions } from "@/lib/map/policy";
import { pageAddress } from "@/lib/server/http/page-address";
import { QueueWithMap } from "./queue-with-map";
import { requireCaseReader } from "@/lib/users/landing";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("cases.pageTitle") };
};

type CasesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const CasesPage = async ({ searchParams }: CasesPageProps) => {
  const scope = await requireCaseReader();
  // A link with a bad filter still opens the queue, with the default one.
  const parsed = parseQueueFilter(await searchParams);
  const filter = parsed.success ? parsed.data : DEFAULT_FILTER;
  // The incidents with the rows, so that an open one's cases are folded from the first paint.
  const [initial, transfers, offers, incidents] = await Promise.all([
    readQueuePageAudited({ scope, filter, address: await pageAddress(), read: () => readFirstQueuePage(scope, filter, PAGE_SIZE) }),
    listIncomingTransfers(scope),
    listOfferedCases(scope),
    listIncidents(scope, ["PROPOSED", "OPEN"]),
  ]);
  // Officers and legal aid see their consulate's exact points, beside the queue.
  const mapCode = watchesRegions(scope) ? null : scope.consulateCode;
  return (
    <main id="main" className="page page--queue">
      <IncomingTransfersNotice count={transfers.length} />
      {scope.role !== "SUPERVISOR" && (
        <OfferedCasesPanel initial={offers} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} canTake={scope.role === "OFFICER"} />
      )}
      <QueueWithMap
        initial={initial}
        initialFilter={filter}
        initialNow={Date.now()}
        initialIncidents={incidents}
        actor={{ userId: scope.userId, role: scope.role }}
        timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE}
        showZone={!scope.timeZone}
        map={mapCode ? { consulateCode: mapCode, bounds: await getJurisdictionBounds(mapCode), streets: basemapArchive().ok } : null}
      />
    </main>
  );
};

export default CasesPage;
