import type { Metadata } from "next";
import { LegalDesk } from "@/components/legal/legal-desk";
import { readListAudited } from "@/lib/audit/list-read";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { listLegalAidCases } from "@/lib/legal-aid/data";
import { DEFAULT_LEGAL_FILTER } from "@/lib/legal-aid/filters";
import { listMyTasks } from "@/lib/legal-aid/my-tasks-data";
import { parseLegalQueueFilter } from "@/lib/legal-aid/schema";
import { listIncomingTransfers } from "@/lib/legal-aid/transfers-data";
import { pageAddress } from "@/lib/server/http/page-address";
import { requireCaseReader } from "@/lib/users/landing";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("legalDesk.pageTitle") };
};

type LegalPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LegalPage = async ({ searchParams }: LegalPageProps) => {
  const scope = await requireCaseReader();
  // A link with a bad filter still opens the queue, with the default one.
  const parsed = parseLegalQueueFilter(await searchParams);
  const filter = parsed.success ? parsed.data : DEFAULT_LEGAL_FILTER;
  // One read row for the page: every case its queue, transfers and tasks name.
  const [initial, transfers, tasks] = await readListAudited({
    scope,
    kind: "legal_queue",
    q: filter.q,
    address: await pageAddress(),
    read: () => Promise.all([listLegalAidCases(scope, filter), listIncomingTransfers(scope), listMyTasks(scope)]),
    caseIds: ([queue, incoming, mine]) => [...queue.cases.map((c) => c.id), ...incoming.map((t) => t.caseId), ...mine.map((t) => t.caseId)],
  });
  return (
    <main id="main" className="page page--queue page--stack">
      <LegalDesk
        initial={initial}
        initialFilter={filter}
        initialTransfers={transfers}
        initialTasks={tasks}
        initialNow={Date.now()}
        actor={{ userId: scope.userId, role: scope.role }}
        timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE}
      />
    </main>
  );
};

export default LegalPage;
