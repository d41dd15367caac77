// Lines for the escalation policy's timeline entries (lib/escalation): the
// step and how many people were told, never who.
import type { TimelineKind } from "@/lib/generated/prisma/enums";
import { isEscalationStep } from "@/lib/escalation/steps";
import type { Translate } from "@/lib/i18n/translate";

const text = (data: Record<string, unknown>, key: string) => {
  const value = data[key];
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

const toldLine = (told: unknown, t: Translate) => {
  if (typeof told !== "number" || !Number.isInteger(told) || told < 0) return null;
  if (told === 0) return t("escalation.timeline.toldNone");
  return told === 1 ? t("escalation.timeline.toldOne") : t("escalation.timeline.told", { count: told });
};

/** The lines of an escalation entry; null for any other kind. */
export const describeEscalationEntry = (kind: TimelineKind, data: Record<string, unknown>, t: Translate): string[] | null => {
  switch (kind) {
    case "ESCALATED": {
      const lines: string[] = [];
      if (isEscalationStep(data.step)) lines.push(t(`escalation.timeline.step.${data.step}`));
      const told = toldLine(data.told, t);
      if (told) lines.push(told);
      return lines;
    }
    case "OFFERED_TO_BACKUP":
    case "OFFER_TAKEN": {
      const from = text(data, "fromConsulateCode");
      const to = text(data, "toConsulateCode");
      if (!from || !to) return [];
      return [t(kind === "OFFERED_TO_BACKUP" ? "escalation.timeline.offered" : "escalation.timeline.offerTaken", { from, to })];
    }
    default:
      return null;
  }
};
