"use client";
import Link from "next/link";
import { useState } from "react";
import { CONSULATES } from "@/lib/consulates/network";
import { useT } from "@/lib/i18n/client";
import { formatPlace } from "@/lib/i18n/format-place";
import { DEFAULT_TIME_ZONE, formatNumber, formatTime } from "@/lib/i18n/format";
import type { RaidCase, RaidHotspot } from "@/lib/map/schema";
import { RaidCaseItem } from "./raid-case-item";
import { raidQueueLinks } from "./raid-links";

/** Cases shown before "y 12 más": enough to read who, few enough to see the next raid below. */
export const RAID_FIRST_CASES = 5;

const zoneOf = (code: string | undefined) => CONSULATES.find((c) => c.code === code)?.timeZone ?? DEFAULT_TIME_ZONE;

/** One possible raid: how many, where and when; who, the first few then the rest on demand; and the queue of exactly its cases. */
export const HotspotCard = ({ spot }: { spot: RaidHotspot }) => {
  const { t, locale } = useT();
  const [expanded, setExpanded] = useState(false);
  const timeZone = zoneOf(spot.cases[0]?.consulateCode);
  const at = (iso: string) => formatTime(iso, { locale, timeZone, withZone: true });
  const hidden = spot.cases.length - RAID_FIRST_CASES;
  const shown = expanded || hidden <= 0 ? spot.cases : spot.cases.slice(0, RAID_FIRST_CASES);
  const placeOf = (c: RaidCase) => formatPlace(c.place, t) ?? (c.county ? t("map.hotspots.county", c.county) : null);
  const links = raidQueueLinks(spot.cases.map((c) => c.id));
  return (
    <li className="hotspot" data-testid="hotspot" data-count={spot.cases.length}>
      <h3 className="hotspot__title">{t("map.hotspots.item", { count: spot.cases.length, km: formatNumber(spot.radiusKm, locale) })}</h3>
      <p className="hotspot__when">{t("map.hotspots.when", { from: at(spot.firstAt), to: at(spot.lastAt) })}</p>
      <ul className="hotspot__cases">
        {shown.map((c) => (
          <RaidCaseItem key={c.id} raidCase={c} place={placeOf(c)} />
        ))}
      </ul>
      <div className="hotspot__actions">
        {hidden > 0 && (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
            data-testid="hotspot-more"
          >
            {expanded ? t("map.hotspots.fewer") : t("map.hotspots.more", { count: hidden })}
          </button>
        )}
        {links.map((link) => (
          <Link prefetch={false} key={link.from} href={link.href} className="hotspot__queue-link" data-testid="hotspot-queue-link">
            {links.length === 1
              ? t("map.hotspots.queue", { count: spot.cases.length })
              : t("map.hotspots.queuePart", { from: link.from, to: link.to })}
          </Link>
        ))}
      </div>
    </li>
  );
};
