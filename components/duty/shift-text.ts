// A shift in words, for the list, the blocks' titles and the delete's question.
import type { Shift } from "@/lib/duty/types";
import type { Locale } from "@/lib/i18n/locale";
import type { Translate } from "@/lib/i18n/translate";
import { minutesOf, wallClockText, weekdayName } from "./roster-time";

export const shiftWhen = (shift: Shift, { t, locale }: { t: Translate; locale: Locale }) => {
  if (shift.kind === "ONCE") {
    return t("roster.list.once", { from: wallClockText(shift.startsLocalAt!, locale), to: wallClockText(shift.endsLocalAt!, locale) });
  }
  const overnight = minutesOf(shift.endsLocal!) <= minutesOf(shift.startsLocal!);
  return t(overnight ? "roster.list.weeklyOvernight" : "roster.list.weekly", {
    weekday: weekdayName(shift.weekday!, locale),
    from: shift.startsLocal!,
    to: shift.endsLocal!,
  });
};
