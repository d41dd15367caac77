// A one-time link by e-mail, when SMTP_URL is set: the notices' own SMTP
// channel. Without SMTP the link is only shown to whoever issued it.
import "server-only";
import type { StaffTokenPurpose } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { parseLocale, DEFAULT_LOCALE } from "@/lib/i18n/locale";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { smtpChannel } from "@/lib/notices/channels/email";
import { publicBaseUrl } from "@/lib/notices/content";
import { errorMessage, log } from "@/lib/server/log";

type LinkEmail = { userId: string; email: string; name: string; locale: string; purpose: StaffTokenPurpose; path: string };

/** Whether the link went out: a failed send is no failed invitation (the link is on screen). */
export const emailStaffLink = async ({ userId, email, name, locale, purpose, path }: LinkEmail): Promise<boolean> => {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL) return false;
  const t = translator(catalogs[parseLocale(locale) ?? DEFAULT_LOCALE]);
  const kind = purpose === "INVITE" ? "invite" : "reset";
  try {
    await smtpChannel({ url: SMTP_URL, from: SMTP_FROM })(
      { noticeId: `staff-link-${userId}`, email, phone: null, push: null },
      { subject: t(`staff.email.subject.${kind}`), text: t(`staff.email.text.${kind}`, { name }), url: `${publicBaseUrl().replace(/\/+$/, "")}${path}`, tag: "staff-link" },
    );
    return true;
  } catch (error) {
    // Names no one: the address stays out of the log.
    log("staff").warn({ userId, purpose, error: errorMessage(error) }, "staff link e-mail failed");
    return false;
  }
};
