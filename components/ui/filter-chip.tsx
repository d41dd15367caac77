"use client";

type FilterChipProps = {
  /** What the filter keeps, in words ("Posible redada · 14 casos"). */
  label: string;
  /** The remove button's accessible name: which filter it takes off. */
  removeLabel: string;
  onRemove: () => void;
  testId?: string;
};

/** A filter that has no select of its own (it came with a link), shown in the filter bar and removable there. */
export const FilterChip = ({ label, removeLabel, onRemove, testId }: FilterChipProps) => (
  <span className="filter-chip" data-testid={testId}>
    <span className="filter-chip__label">{label}</span>
    <button type="button" className="filter-chip__remove" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
      <span aria-hidden="true">×</span>
    </button>
  </span>
);
