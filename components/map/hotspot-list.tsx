"use client";
import { useT } from "@/lib/i18n/client";
import type { RaidHotspot } from "@/lib/map/schema";
import { HotspotCard } from "./hotspot-card";

/** Possible raids beside the map, largest first: each a card with its people and a link to exactly its cases in the queue. */
export const HotspotList = ({ hotspots }: { hotspots: readonly RaidHotspot[] }) => {
  const { t } = useT();
  return (
    <section className="hotspots" aria-labelledby="hotspots-heading" data-testid="hotspots">
      <h2 id="hotspots-heading" className="panel__subtitle">
        {t("map.hotspots.title")}
      </h2>
      {hotspots.length === 0 ? (
        <p className="hotspots__empty">{t("map.hotspots.none")}</p>
      ) : (
        <ol className="hotspots__list">
          {hotspots.map((spot, index) => (
            <HotspotCard key={`${spot.firstAt}-${index}`} spot={spot} />
          ))}
        </ol>
      )}
    </section>
  );
};
