import { getT } from "@/lib/i18n/server";

export const MessagePanel = async ({ message, lang }: { message: string | null; lang: string }) => {
  const { t } = await getT();
  return (
    <section className="panel" aria-labelledby="message-heading">
      <h2 id="message-heading" className="panel__title">
        {t("case.section.message")}
      </h2>
      {message ? (
        <blockquote className="person-message" lang={lang} data-testid="case-message">
          {message}
        </blockquote>
      ) : (
        <p className="muted">{t("case.message.none")}</p>
      )}
    </section>
  );
};
