// The queue's own line icons, drawn like components/ui/icon.tsx (which has
// none of these); always beside a text label, so hidden from assistive technology.
const PATHS = {
  bell: "M6 16v-5a6 6 0 0 1 12 0v5l1.5 2h-15L6 16Zm4 4h4",
  bellOff: "M6 16v-5a6 6 0 0 1 12 0v5l1.5 2h-15L6 16Zm4 4h4M4 4l16 16",
  clock: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4.5l3 2",
  keyboard: "M3 7h18v11H3zM7 11h.01M11 11h.01M15 11h.01M8 15h8",
} as const;

export type QueueIconName = keyof typeof PATHS;

export const QueueIcon = ({ name }: { name: QueueIconName }) => (
  <svg
    className="icon"
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d={PATHS[name]} />
  </svg>
);
