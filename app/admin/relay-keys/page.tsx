import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RelayKeyCreateForm } from "@/components/admin/relay-key-create-form";
import { RelayKeyTable } from "@/components/admin/relay-key-table";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { listRelayKeys } from "@/lib/relay-keys/data";
import { canManageRelayKeys } from "@/lib/relay-keys/policy";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("relayKeys.pageTitle") };
};

const RelayKeysPage = async () => {
  const scope = await requireStaffScope();
  if (!canManageRelayKeys(scope)) notFound();
  const [{ t }, keys] = await Promise.all([getT(), listRelayKeys()]);
  return (
    <main id="main" className="page page--stack">
      <section className="panel" aria-labelledby="relay-keys-heading">
        <h1 id="relay-keys-heading" className="panel__title">
          {t("relayKeys.title")}
        </h1>
        <p className="panel__intro">{t("relayKeys.intro")}</p>
        <RelayKeyTable keys={keys} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} />
      </section>
      <RelayKeyCreateForm />
    </main>
  );
};

export default RelayKeysPage;
