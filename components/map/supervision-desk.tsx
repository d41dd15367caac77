"use client";
import { useState } from "react";
import { LiveStatus } from "@/components/ui/live-status";
import type { RegionOverview } from "@/lib/map/schema";
import { useT } from "@/lib/i18n/client";
import { ConsulateLoadTable } from "./consulate-load-table";
import { HotspotList } from "./hotspot-list";
import { RegionMapLazy } from "./region-map-lazy";
import { RegionSelect, type RegionOption } from "./region-select";
import { useOverview } from "./use-overview";

type SupervisionDeskProps = {
  regions: readonly RegionOption[];
  initialRegion: string;
  initialOverview: RegionOverview;
  /** Whether the server has a street basemap archive (docs/basemap.md). */
  streets: boolean;
};

/** The regional view: a region, its map (aggregated), its consulates' load, and possible raids. */
export const SupervisionDesk = ({ regions, initialRegion, initialOverview, streets }: SupervisionDeskProps) => {
  const { t } = useT();
  const [region, setRegion] = useState(initialRegion);
  const { overview, load, live } = useOverview({ initial: initialOverview, region });
  const regionName = regions.find((r) => r.code === region)?.name ?? region;

  const choose = (next: string) => {
    setRegion(next);
    // The URL keeps the choice, so a reload or a shared link shows the same region.
    window.history.replaceState(null, "", `/supervision?region=${encodeURIComponent(next)}`);
  };

  return (
    <section className="panel supervision" aria-labelledby="supervision-heading">
      <div className="panel__header">
        <h1 id="supervision-heading" className="panel__title">
          {t("map.region.title")}
        </h1>
        <RegionSelect regions={regions} value={region} onChange={choose} />
        {load === "loading" && <p className="supervision__loading">{t("map.region.refreshing")}</p>}
        <LiveStatus state={live} />
      </div>
      {load === "failed" && (
        <p className="form__error case-map__error" role="alert">
          {t("map.region.failed")}
        </p>
      )}
      <div className="supervision__body">
        <div className="supervision__map">
          <RegionMapLazy overview={overview} label={t("map.region.label", { region: regionName })} streets={streets} />
        </div>
        <HotspotList hotspots={overview.hotspots} />
      </div>
      <h2 className="panel__subtitle">{t("map.load.title")}</h2>
      <ConsulateLoadTable consulates={overview.consulates} />
    </section>
  );
};
