"use client";
// What a map says when it cannot draw (no WebGL), its basemap failed, or its
// cases could not be read: one line, announced, above the canvas.
import { useT } from "@/lib/i18n/client";

export const MapFailure = ({ failed, basemapFailed, casesFailed = false }: { failed: boolean; basemapFailed: boolean; casesFailed?: boolean }) => {
  const { t } = useT();
  if (!failed && !basemapFailed && !casesFailed) return null;
  return (
    <p className="form__error case-map__error" role="alert">
      {failed ? t("map.error.webgl") : basemapFailed ? t("map.error.basemap") : t("map.error.cases")}
    </p>
  );
};
