"use client";
import dynamic from "next/dynamic";
import { useT } from "@/lib/i18n/client";
import type { CaseMapProps } from "./case-map";

const Loading = () => {
  const { t } = useT();
  return (
    <div className="case-map case-map--loading" data-testid="case-map-loading">
      <p>{t("map.loading")}</p>
    </div>
  );
};

// MapLibre needs a browser (WebGL, workers): never rendered on the server,
// and its ~1 MB only loaded on pages that show a map.
const CaseMapClient = dynamic(() => import("./case-map").then((m) => m.CaseMap), { ssr: false, loading: Loading });

export const CaseMapLazy = (props: CaseMapProps) => <CaseMapClient {...props} />;
