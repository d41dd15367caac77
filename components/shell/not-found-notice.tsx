import Link from "next/link";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { getT } from "@/lib/i18n/server";
import { readsCases } from "@/lib/cases/policy";
import { getStaffScope } from "@/lib/server/auth/session";
import { landingPath } from "@/lib/users/landing";

export const NotFoundNotice = async ({ body }: { body: MessageKey }) => {
  const [{ t }, scope] = await Promise.all([getT(), getStaffScope()]);
  // The way back is to the user's own start page: administrators have no case desk.
  const admin = scope !== null && !readsCases(scope);
  return (
    <main id="main" className="page page--notice">
      <section className="notice" data-testid="not-found">
        <h1>{t("notFound.title")}</h1>
        <p>{t(body)}</p>
        <Link prefetch={false} href={scope ? landingPath(scope) : "/"} className="button button--primary">
          {t(admin ? "notFound.backAdmin" : "notFound.back")}
        </Link>
      </section>
    </main>
  );
};
