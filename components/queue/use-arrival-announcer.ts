"use client";
import { useEffect, useRef, useState } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";

// A burst is announced once ("12 casos nuevos"), not twelve times over each other.
const GATHER_MS = 1_000;

/** The text of the queue's polite live region: arrivals, gathered, and duress escalations. */
export const useArrivalAnnouncer = (initial: readonly CaseSummary[]) => {
  const { t } = useT();
  const [text, setText] = useState("");
  const gathered = useRef<CaseSummary[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Cases already under duress when the page loaded were announced by nobody, but are shown as such.
  const escalated = useRef(new Set(initial.filter((c) => c.duress).map((c) => c.id)));

  useEffect(() => () => clearTimeout(timer.current), []);

  const arrived = (summary: CaseSummary) => {
    gathered.current.push(summary);
    timer.current ??= setTimeout(() => {
      timer.current = undefined;
      const cases = gathered.current;
      gathered.current = [];
      setText(
        cases.length === 1
          ? t("cases.announce.new", { number: cases[0].number })
          : t("queue.announce.many", { count: cases.length }),
      );
    }, GATHER_MS);
  };

  /** Announces a case's duress once, the first time it is seen with it. */
  const duress = (summary: CaseSummary) => {
    if (!summary.duress || escalated.current.has(summary.id)) return;
    escalated.current.add(summary.id);
    setText(t("cases.announce.duress", { number: summary.number }));
  };

  return { text, arrived, duress };
};
