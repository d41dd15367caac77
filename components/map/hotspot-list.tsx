"use client";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { CONSULATES } from "@/lib/consulates/network";
import { DEFAULT_TIME_ZONE, formatNumber, formatTime } from "@/lib/i18n/format";
import { useT } from "@/lib/i18n/client";
import type { RaidHotspot } from "@/lib/map/schema";

const zoneOf = (code: string | undefined) => CONSULATES.find((c) => c.code === code)?.timeZone ?? DEFAULT_TIME_ZONE;

/** Possible raids beside the map: where, when, and the cases, each a link. */
export const HotspotList = ({ hotspots }: { hotspots: readonly RaidHotspot[] }) => {
  const { t, locale } = useT();
  return (
    <section className="hotspots" aria-labelledby="hotspots-heading" data-testid="hotspots">
      <h2 id="hotspots-heading" className="panel__subtitle">
        {t("map.hotspots.title")}
      </h2>
      {hotspots.length === 0 ? (
        <p className="hotspots__empty">{t("map.hotspots.none")}</p>
      ) : (
        <ol className="hotspots__list">
          {hotspots.map((spot, index) => {
            const timeZone = zoneOf(spot.cases[0]?.consulateCode);
            const at = (iso: string) => formatTime(iso, { locale, timeZone, withZone: true });
            return (
              <li key={`${spot.firstAt}-${index}`} className="hotspot" data-testid="hotspot">
                <h3 className="hotspot__title">
                  {t("map.hotspots.item", { count: spot.cases.length, km: formatNumber(spot.radiusKm, locale) })}
                </h3>
                <p className="hotspot__when">{t("map.hotspots.when", { from: at(spot.firstAt), to: at(spot.lastAt) })}</p>
                <ul className="hotspot__cases">
                  {spot.cases.map((c) => (
                    <li key={c.id} data-testid="hotspot-case" data-case-id={c.id} data-consulate={c.consulateCode}>
                      <Link href={`/cases/${c.id}`}>{c.number}</Link>
                      <StatusBadge status={c.status} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
};
