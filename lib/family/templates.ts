// The family updates: one SMS template per kind of news, in the contact's
// language, with typed placeholders only. The server fills the placeholders
// from the case's record; nobody types the text. Each value is checked
// against its placeholder's rule, so a message never carries more than its
// template allows: no free text, no links, nothing beyond these fields.
import { z } from "zod";
import { catalogs } from "@/lib/i18n/messages";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { translate } from "@/lib/i18n/translate";

export const FAMILY_TEMPLATES = ["located_at_facility", "hearing_scheduled", "bond_set", "released", "transferred"] as const;
export type FamilyTemplate = (typeof FAMILY_TEMPLATES)[number];
export const FAMILY_LOCALES = ["es", "en"] as const;
export type FamilyLocale = (typeof FAMILY_LOCALES)[number];

/** Longest SMS we send: three concatenated segments of GSM-7 text. */
export const MAX_SMS_LENGTH = 459;

const LINKLIKE = /(https?:|www\.|\.[a-z]{2,}\/|@)/i;
const field = (max: number, pattern: RegExp) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(pattern)
    .refine((v) => !LINKLIKE.test(v), "no links");

const name = field(60, /^[\p{L}' .-]+$/u);
const place = field(120, /^[\p{L}\p{N}' .,()&/-]+$/u);
const caseNumber = z.string().regex(/^[A-Z]{3}-\d{4}-\d{6}$/);

export const TEMPLATE_PARAMS = {
  located_at_facility: z.strictObject({ person: name, facility: place, city: place, state: z.string().regex(/^[A-Z]{2}$/), caseNumber }),
  hearing_scheduled: z.strictObject({ person: name, date: field(60, /^[\p{L}\p{N} ,.:/-]+$/u), court: place, caseNumber }),
  bond_set: z.strictObject({ person: name, amount: z.string().regex(/^\$[\d,]+\.\d{2}( USD)?$/), caseNumber }),
  released: z.strictObject({ person: name, caseNumber }),
  transferred: z.strictObject({ person: name, consulate: place, caseNumber }),
} satisfies Record<FamilyTemplate, z.ZodType>;

export type TemplateParams<T extends FamilyTemplate> = z.infer<(typeof TEMPLATE_PARAMS)[T]>;

export type Rendered = { ok: true; body: string; params: Record<string, string> } | { ok: false; issues: string[] };

export const renderFamilyMessage = ({
  template,
  locale,
  params,
}: {
  template: FamilyTemplate;
  locale: FamilyLocale;
  params: Record<string, unknown>;
}): Rendered => {
  const parsed = TEMPLATE_PARAMS[template].safeParse(params);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  const values = parsed.data as Record<string, string>;
  const body = translate(catalogs[locale], `legal.sms.${template}` as MessageKey, values);
  if (/\{\w+\}/.test(body)) return { ok: false, issues: ["unfilled placeholder"] };
  if (body.length > MAX_SMS_LENGTH) return { ok: false, issues: ["too long"] };
  return { ok: true, body, params: values };
};

/** The contact's language if we write it, else Spanish. */
export const familyLocale = (language: string | null | undefined): FamilyLocale =>
  (FAMILY_LOCALES as readonly string[]).includes(language ?? "") ? (language as FamilyLocale) : "es";

/** "jueves, 12 de marzo de 2026, 09:30" in the consulate's zone: the hearing's local time. */
export const formatHearingDate = (at: Date, { locale, timeZone }: { locale: FamilyLocale; timeZone: string }) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", hourCycle: "h23", timeZone }).format(at);

// In Mexico "$" alone reads as pesos: Spanish says the currency.
export const formatBond = (cents: number, locale: FamilyLocale) => {
  const amount = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol" }).format(cents / 100);
  return locale === "es" ? `${amount} USD` : amount;
};

/** Only the first given name goes to a phone we do not control. */
export const firstName = (fullName: string) => fullName.trim().split(/\s+/)[0] ?? fullName;
