import type { MessageKey, Messages } from "./messages/es";

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/**
 * The message for `key`, with each `{name}` replaced by `params.name`. A
 * placeholder without a value stays visible, so a mistake shows instead of vanishing.
 */
export const translate = (messages: Messages, key: MessageKey, params?: TranslateParams): string =>
  messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    params && Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );

export const translator =
  (messages: Messages): Translate =>
  (key, params) =>
    translate(messages, key, params);
