import type { Metadata } from "next";
import { CaseTable } from "@/components/cases/case-table";
import { listCases } from "@/lib/cases/data";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("cases.pageTitle") };
};

const CasesPage = async () => {
  const scope = await requireStaffScope();
  const cases = await listCases(scope);
  return (
    <main id="main" className="page">
      <CaseTable
        initialCases={cases}
        initialNow={Date.now()}
        timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE}
        showZone={!scope.timeZone}
      />
    </main>
  );
};

export default CasesPage;
