// Decorative line icons (24x24, stroke). Always next to a text label, so
// they are hidden from assistive technology.
const PATHS = {
  alert: "M12 3 2 20h20L12 3Zm0 6v5m0 3v.5",
  repeat: "M4 11a8 8 0 0 1 14-5l2 2m0-5v5h-5M20 13a8 8 0 0 1-14 5l-2-2m0 5v-5h5",
  cancel: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8.5 8.5l7 7m0-7-7 7",
  pin: "M12 21s7-6.1 7-11.5A7 7 0 0 0 5 9.5C5 14.9 12 21 12 21Zm0-9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z",
  back: "M15 5 8 12l7 7",
  signOut: "M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10",
  bell: "M6 16v-5a6 6 0 0 1 12 0v5l1.5 2h-15L6 16Zm4 4h4",
  bellOff: "M6 16v-5a6 6 0 0 1 12 0v5l1.5 2h-15L6 16Zm4 4h4M4 4l16 16",
  clock: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4.5l3 2",
  keyboard: "M3 7h18v11H3zM7 11h.01M11 11h.01M15 11h.01M8 15h8",
  download: "M12 4v11m-5-5 5 5 5-5M5 20h14",
  map: "M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2Zm0 0v14m6-12v14",
} as const;

export type IconName = keyof typeof PATHS;

export const Icon = ({ name, className }: { name: IconName; className?: string }) => (
  <svg
    className={className ? `icon ${className}` : "icon"}
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
