"use client";
import { useT } from "@/lib/i18n/client";
import { statusKey } from "@/lib/i18n/labels";
import { PALETTE, STATUS_COLORS } from "./layers";
import { MapSwatch } from "./map-swatch";

/** What the officer map's colours and shapes mean, in words. */
export const CaseMapLegend = () => {
  const { t } = useT();
  return (
    <div className="map-legend">
      <h3 className="map-legend__title">{t("map.legend.title")}</h3>
      <ul className="map-legend__items">
        {(Object.keys(STATUS_COLORS) as (keyof typeof STATUS_COLORS)[]).map((status) => (
          <li key={status}>
            <MapSwatch kind="dot" color={STATUS_COLORS[status]} />
            {t(statusKey(status))}
          </li>
        ))}
        <li>
          <MapSwatch kind="dot" color={PALETTE.critical} />
          {t("map.legend.critical")}
        </li>
        <li>
          <MapSwatch kind="dot" color={STATUS_COLORS.ACKNOWLEDGED} stroke={PALETTE.high} />
          {t("map.legend.high")}
        </li>
        <li>
          <MapSwatch kind="ring" color={PALETTE.fresh} />
          {t("map.legend.fresh")}
        </li>
        <li>
          <MapSwatch kind="cluster" color={PALETTE.cluster} />
          {t("map.legend.cluster")}
        </li>
        <li>
          <MapSwatch kind="marker" color={PALETTE.marker} />
          {t("map.legend.consulate")}
        </li>
        <li>
          <MapSwatch kind="line" color={PALETTE.consulateLine} />
          {t("map.legend.boundary")}
        </li>
        <li>
          <MapSwatch kind="line" color={PALETTE.trail} />
          {t("map.legend.trail")}
        </li>
      </ul>
    </div>
  );
};
