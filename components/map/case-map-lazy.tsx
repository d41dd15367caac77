"use client";
import dynamic from "next/dynamic";
import { useT } from "@/lib/i18n/client";
import { useEffect } from "react";
import type { CaseMapProps } from "./case-map";
import { disposeEarlyCaseIndex, startCaseIndexEarly } from "./case-index-client";

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
const loadCaseMap = () => import("./case-map");

/**
 * Starts loading the map's code now: a page that will show the map calls it
 * as its modules are evaluated, before it has hydrated.
 */
export const preloadCaseMap = () => void loadCaseMap().catch(() => undefined);

const CaseMapClient = dynamic(() => loadCaseMap().then((m) => m.CaseMap), { ssr: false, loading: Loading });

export const CaseMapLazy = (props: CaseMapProps) => {
  // The cases' read need not wait for MapLibre's code: it starts now, in the cases' worker.
  useEffect(() => {
    startCaseIndexEarly();
    return disposeEarlyCaseIndex;
  }, []);
  return <CaseMapClient {...props} />;
};
