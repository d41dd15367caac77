// An action's words in the caller's language, or its code when no catalog
// names it (an action a newer module writes before it adds a label).
import type { MessageKey } from "@/lib/i18n/messages/es";
import { es } from "@/lib/i18n/messages/es";
import type { Translate } from "@/lib/i18n/translate";

export const actionLabel = (t: Translate, action: string) => {
  const key = `audit.action.${action}`;
  return Object.hasOwn(es, key) ? t(key as MessageKey) : action;
};
