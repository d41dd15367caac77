// The UI's words as the specs expect them, read from the message catalogs
// (lib/i18n/messages): a spec follows a reworded label instead of repeating it.
import type { Locale } from "../../lib/i18n/locale";
import { catalogs } from "../../lib/i18n/messages";
import type { MessageKey } from "../../lib/i18n/messages/es";
import { translate, translator, type TranslateParams } from "../../lib/i18n/translate";

/** Spanish, the language every signed-in page of the suite is pinned to unless a spec asks otherwise. */
export const t = translator(catalogs.es);
export const tEn = translator(catalogs.en);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PLACEHOLDER = /(\{\w+\})/;

/** A message as a pattern: each placeholder not filled by `params` stands for any text. */
export const pattern = (key: MessageKey, params: TranslateParams = {}, locale: Locale = "es") =>
  new RegExp(
    translate(catalogs[locale], key, params)
      .split(PLACEHOLDER)
      .map((part) => (PLACEHOLDER.test(part) ? ".+" : escape(part)))
      .join(""),
  );

/** For a page object used in either language: the message in Spanish or in English. */
export const either = (key: MessageKey, params: TranslateParams = {}) =>
  new RegExp(`${pattern(key, params, "es").source}|${pattern(key, params, "en").source}`);

/** The messages one after the other, with anything between them. */
export const inOrder = (...messages: string[]) => new RegExp(messages.map(escape).join(".*"));
