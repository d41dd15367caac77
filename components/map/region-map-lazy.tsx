"use client";
import dynamic from "next/dynamic";
import { useT } from "@/lib/i18n/client";
import type { RegionMapProps } from "./region-map";

/** What a wide map shows while its code loads (the region map, the jurisdictions map). */
export const WideMapLoading = () => {
  const { t } = useT();
  return (
    <div className="region-map region-map--loading">
      <p>{t("map.loading")}</p>
    </div>
  );
};

// Client only, loaded on demand: see case-map-lazy.tsx.
const RegionMapClient = dynamic(() => import("./region-map").then((m) => m.RegionMap), { ssr: false, loading: WideMapLoading });

export const RegionMapLazy = (props: RegionMapProps) => <RegionMapClient {...props} />;
