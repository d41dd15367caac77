"use client";
// First, before any schema is built: the root layout's provider is the first client module every page evaluates.
import "@/lib/client/zod-without-eval";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "./locale";
import { catalogs } from "./messages";
import { translator, type Translate } from "./translate";

type I18n = { locale: Locale; t: Translate };

const I18nContext = createContext<I18n | null>(null);

export const I18nProvider = ({ locale, children }: { locale: Locale; children: ReactNode }) => {
  const value = useMemo(() => ({ locale, t: translator(catalogs[locale]) }), [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
};

/** The locale and translate function inside <I18nProvider> (the root layout provides it). */
export const useT = (): I18n => {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT() needs an <I18nProvider> above it");
  return value;
};
