"use client";
import { useT } from "@/lib/i18n/client";
import { PALETTE } from "./layers";
import { MapSwatch } from "./map-swatch";
import { OPEN_STOPS } from "./region-layers";

/** The shades' scale and the raid marker, in words. */
export const RegionMapLegend = () => {
  const { t } = useT();
  return (
    <div className="map-legend">
      <h3 className="map-legend__title">{t("map.legend.title")}</h3>
      <p className="map-legend__scale-title">{t("map.region.legend.open")}</p>
      <ul className="map-legend__scale">
        {OPEN_STOPS.map(([value, color]) => (
          <li key={value}>
            <MapSwatch kind="shade" color={color} />
            {value === 0 ? "0" : `${value}+`}
          </li>
        ))}
      </ul>
      <ul className="map-legend__items">
        <li>
          <MapSwatch kind="area" color={PALETTE.hotspot} />
          {t("map.region.legend.hotspot")}
        </li>
        <li>
          <MapSwatch kind="line" color={PALETTE.consulateLine} />
          {t("map.legend.boundary")}
        </li>
      </ul>
    </div>
  );
};
