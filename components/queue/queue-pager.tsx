"use client";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { pageRange } from "./queue-list";

type QueuePagerProps = {
  offset: number;
  shown: number;
  total: number;
  totalCapped: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
};

/** The queue's pages: where this one sits ("51–100 de 3.812") and the buttons to move (h and l on the keyboard). */
export const QueuePager = ({ offset, shown, total, totalCapped, hasPrevious, hasNext, busy, onFirst, onPrevious, onNext }: QueuePagerProps) => {
  const { t, locale } = useT();
  if (!hasPrevious && !hasNext) return null;
  const { from, to } = pageRange({ offset, shown });
  const range = t("queue.range", {
    from: formatNumber(from, locale),
    to: formatNumber(to, locale),
    total: `${formatNumber(total, locale)}${totalCapped ? "+" : ""}`,
  });
  return (
    <nav className="queue-pager" aria-label={t("queue.page.label")} data-testid="queue-pager">
      <p className="sr-only" data-testid="queue-range" aria-live="polite">
        {range}
      </p>
      <div className="queue-pager__buttons">
        <button type="button" className="button button--quiet button--small" onClick={onFirst} disabled={!hasPrevious || busy}>
          <span aria-hidden="true">«</span> {t("queue.page.first")}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={onPrevious}
          disabled={!hasPrevious || busy}
          aria-keyshortcuts="h"
          data-testid="queue-previous"
        >
          <span aria-hidden="true">‹</span> {t("queue.page.previous")}
          <kbd aria-hidden="true">h</kbd>
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={onNext}
          disabled={!hasNext || busy}
          aria-keyshortcuts="l"
          data-testid="queue-next"
        >
          {t("queue.page.next")} <span aria-hidden="true">›</span>
          <kbd aria-hidden="true">l</kbd>
        </button>
      </div>
    </nav>
  );
};
