// A read's parts and purpose in the caller's language, for the case's
// "who saw this" and the audit view; an unknown code stays as it is.
import type { MessageKey } from "@/lib/i18n/messages/es";
import { es } from "@/lib/i18n/messages/es";
import type { Translate } from "@/lib/i18n/translate";

const word = (t: Translate, key: string, fallback: string) => (Object.hasOwn(es, key) ? t(key as MessageKey) : fallback);

export const partsWords = (t: Translate, parts: readonly string[]) => parts.map((part) => word(t, `audit.part.${part}`, part)).join(", ");

export const purposeWords = (t: Translate, purpose: { reason: string; note?: string }) => {
  const reason = word(t, `audit.purpose.${purpose.reason}`, purpose.reason);
  return purpose.note ? `${reason}: ${purpose.note}` : reason;
};
