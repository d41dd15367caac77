"use client";
import { useEffect, useRef, useState, type RefObject } from "react";
import { SEARCH_MAX_LENGTH } from "@/lib/cases/filters";
import { useT } from "@/lib/i18n/client";

// Long enough not to search on every keystroke, short enough to feel immediate.
const TYPING_PAUSE_MS = 300;

type QueueSearchProps = { value: string; onSearch: (q: string) => void; inputRef: RefObject<HTMLInputElement | null> };

export const QueueSearch = ({ value, onSearch, inputRef }: QueueSearchProps) => {
  const { t } = useT();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });

  // The filter changed from elsewhere (clear filters, a status count): that wins over a search still pending.
  useEffect(() => {
    clearTimeout(timer.current);
    setText(value);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const searchSoon = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    // The latest callback: it merges the text into the filter as it is when the pause ends.
    timer.current = setTimeout(() => latest.current(next.trim()), TYPING_PAUSE_MS);
  };

  return (
    <form
      role="search"
      className="queue-search"
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        onSearch(text.trim());
      }}
    >
      <label htmlFor="queue-search" className="queue-filter__label">
        {t("queue.search.label")}
      </label>
      <input
        ref={inputRef}
        id="queue-search"
        type="search"
        className="queue-search__input"
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t("queue.search.placeholder")}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        onChange={(event) => searchSoon(event.target.value)}
        data-testid="queue-search"
      />
    </form>
  );
};
