"use client";
import dynamic from "next/dynamic";
import { useT } from "@/lib/i18n/client";
import type { JurisdictionAdminMapProps } from "./jurisdiction-admin-map";

const Loading = () => {
  const { t } = useT();
  return (
    <div className="region-map region-map--loading">
      <p>{t("map.loading")}</p>
    </div>
  );
};

// Client only, loaded on demand: see case-map-lazy.tsx.
const JurisdictionAdminMapClient = dynamic(() => import("./jurisdiction-admin-map").then((m) => m.JurisdictionAdminMap), { ssr: false, loading: Loading });

export const JurisdictionAdminMapLazy = (props: JurisdictionAdminMapProps) => <JurisdictionAdminMapClient {...props} />;
