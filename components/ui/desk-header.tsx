import type { ReactNode } from "react";

type DeskHeaderProps = {
  /** The heading's id: the desk's section is labelled by it. */
  headingId: string;
  title: string;
  /** How many cases the desk holds, as the user reads it. */
  count: string;
  countTestId: string;
  /** A line beside the count that takes the room left and never adds a row (who is on duty). */
  status?: ReactNode;
  /** The desk's tools (export, live status, toggles), at the header's end. */
  children: ReactNode;
};

/** The header every case desk opens with: its title, its count, its tools. */
export const DeskHeader = ({ headingId, title, count, countTestId, status, children }: DeskHeaderProps) => (
  <div className="panel__header queue__header">
    <h1 id={headingId} className="panel__title">
      {title}
    </h1>
    <span className="panel__count" data-testid={countTestId}>
      {count}
    </span>
    {status ? <div className="queue__status">{status}</div> : null}
    <div className="queue__tools">{children}</div>
  </div>
);
