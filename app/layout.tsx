import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/i18n/client";
import { getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Amparo", template: "%s · Amparo" },
  // Case data must never end up in a search engine, even if a page leaks.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#0f4c5c", colorScheme: "light" };

const RootLayout = async ({ children }: { children: ReactNode }) => {
  const [locale, { t }] = await Promise.all([getLocale(), getT()]);
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("app.skipToContent")}
        </a>
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
};

export default RootLayout;
