"use client";
import dynamic from "next/dynamic";
import { useT } from "@/lib/i18n/client";
import type { IncidentMapProps } from "./incident-map";

const Loading = () => {
  const { t } = useT();
  return (
    <div className="case-map case-map--loading" data-testid="incident-map-loading">
      <p>{t("map.loading")}</p>
    </div>
  );
};

// MapLibre needs a browser and weighs ~1 MB: loaded only here, never on the server.
export const IncidentMapLazy = dynamic<IncidentMapProps>(() => import("./incident-map").then((m) => m.IncidentMap), {
  ssr: false,
  loading: Loading,
});
