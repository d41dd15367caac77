import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** On the triage queue: transfers other consulates asked this one to take, answered on /legal. */
export const IncomingTransfersNotice = async ({ count }: { count: number }) => {
  if (count === 0) return null;
  const { t } = await getT();
  return (
    <p className="work-notice transfers-notice" data-testid="incoming-transfers-notice">
      {t("legalDesk.transfer.waiting", { count })}{" "}
      <Link href="/legal" prefetch={false}>
        {t("legalDesk.transfer.answer")}
      </Link>
    </p>
  );
};
