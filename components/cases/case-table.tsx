"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { mergeCases, upsertCase } from "./case-list";
import { CaseRow } from "./case-row";
import { LiveStatus } from "./live-status";
import { useCaseSocket } from "./use-case-socket";
import { useNow } from "./use-now";

type CaseTableProps = {
  initialCases: CaseSummary[];
  initialNow: number;
  timeZone: string;
  /** Print the zone next to each time: for viewers without a consulate, whose cases span zones. */
  showZone: boolean;
};

// How long a newly arrived row stays highlighted.
const FRESH_MS = 12_000;

const COLUMNS = [
  "cases.column.number",
  "cases.column.person",
  "cases.column.status",
  "cases.column.priority",
  "cases.column.flags",
  "cases.column.consulate",
  "cases.column.since",
] as const;

export const CaseTable = ({ initialCases, initialNow, timeZone, showZone }: CaseTableProps) => {
  const { t } = useT();
  const router = useRouter();
  const now = useNow(initialNow);
  const [cases, setCases] = useState<readonly CaseSummary[]>(initialCases);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState("");
  // What the last render showed: the socket handlers compare against it.
  const shown = useRef(cases);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    shown.current = cases;
  }, [cases]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const markFresh = useCallback((ids: string[]) => {
    if (ids.length === 0) return;
    setFresh((current) => new Set([...current, ...ids]));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setFresh((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }, FRESH_MS);
    timers.current.add(timer);
  }, []);

  const catchUp = async () => {
    const response = await fetch("/api/v1/cases", { cache: "no-store" }).catch(() => null);
    // The session ended: the server render of this page redirects to sign-in.
    if (response?.status === 401) return router.refresh();
    if (!response?.ok) return;
    const { cases: fetched } = (await response.json()) as { cases: CaseSummary[] };
    const held = new Set(shown.current.map((c) => c.id));
    markFresh(fetched.filter((c) => !held.has(c.id)).map((c) => c.id));
    setCases((current) => mergeCases(current, fetched));
  };

  const live = useCaseSocket({
    onConnected: () => void catchUp(),
    onCreated: (summary) => {
      const isNew = !shown.current.some((c) => c.id === summary.id);
      setCases((current) => upsertCase(current, summary));
      if (!isNew) return;
      markFresh([summary.id]);
      setAnnouncement(t("cases.announce.new", { number: summary.number }));
    },
    onUpdated: (summary) => {
      const before = shown.current.find((c) => c.id === summary.id);
      setCases((current) => upsertCase(current, summary));
      if (!before) markFresh([summary.id]);
      if (summary.duress && !before?.duress) setAnnouncement(t("cases.announce.duress", { number: summary.number }));
    },
  });

  return (
    <section className="panel" aria-labelledby="cases-heading">
      <div className="panel__header">
        <h1 id="cases-heading" className="panel__title">
          {t("cases.title")}
        </h1>
        <span className="panel__count" data-testid="case-count">
          {cases.length === 1 ? t("cases.countOne") : t("cases.count", { count: cases.length })}
        </span>
        <LiveStatus state={live} />
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="case-announcer">
        {announcement}
      </p>
      <div className="table-scroll">
        <table className="case-table" aria-label={t("cases.tableLabel")} data-testid="case-table">
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th key={key} scope="col">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cases.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="case-table__empty" data-testid="case-table-empty">
                  {t("cases.empty")}
                </td>
              </tr>
            ) : (
              cases.map((summary) => (
                <CaseRow
                  key={summary.id}
                  summary={summary}
                  fresh={fresh.has(summary.id)}
                  now={now}
                  timeZone={showZone ? summary.timeZone : timeZone}
                  showZone={showZone}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
};
