"use client";
import { useT } from "@/lib/i18n/client";

const WIDTH = 96;
const HEIGHT = 24;

/**
 * Alerts per hour over the last 24 hours, oldest first, as a small line;
 * its accessible name says the same in words (total, busiest hour).
 */
export const TrendSparkline = ({ perHour }: { perHour: readonly number[] }) => {
  const { t } = useT();
  const total = perHour.reduce((sum, n) => sum + n, 0);
  const max = Math.max(...perHour, 0);
  const hoursAgo = perHour.length - 1 - perHour.lastIndexOf(max);
  const summary =
    total === 0
      ? t("map.trend.none")
      : t("map.trend.summary", { total, max, ago: hoursAgo, last: perHour.at(-1) ?? 0 });
  // 2 px of margin all round, so the end dot is not clipped.
  const x = (i: number) => 2 + (i * (WIDTH - 4)) / Math.max(perHour.length - 1, 1);
  const y = (n: number) => HEIGHT - 2 - (max === 0 ? 0 : (n / max) * (HEIGHT - 4));
  const points = perHour.map((n, i) => `${x(i).toFixed(1)},${y(n).toFixed(1)}`).join(" ");
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
      <title>{summary}</title>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      {perHour.length > 0 && <circle cx={x(perHour.length - 1)} cy={y(perHour.at(-1)!)} r="2" fill="currentColor" />}
    </svg>
  );
};
