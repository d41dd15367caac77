import Link from "next/link";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { getT } from "@/lib/i18n/server";

export const NotFoundNotice = async ({ body }: { body: MessageKey }) => {
  const { t } = await getT();
  return (
    <main id="main" className="page page--notice">
      <section className="notice" data-testid="not-found">
        <h1>{t("notFound.title")}</h1>
        <p>{t(body)}</p>
        <Link href="/cases" className="button button--primary">
          {t("notFound.back")}
        </Link>
      </section>
    </main>
  );
};
