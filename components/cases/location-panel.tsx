import { Icon } from "@/components/ui/icon";
import type { CaseDetail } from "@/lib/cases/detail-data";
import { formatDateTime, formatTime } from "@/lib/i18n/format";
import { formatCounty, formatPlace } from "@/lib/i18n/format-place";
import { getT } from "@/lib/i18n/server";
import { accuracyText } from "./timeline-detail";

type LocationPanelProps = { detail: CaseDetail; timeZone: string };

const coordinates = (lat: number, lng: number) => `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

/** The last position as text and the history below it; the map will sit beside this (components/map). */
export const LocationPanel = async ({ detail, timeZone }: LocationPanelProps) => {
  const { t, locale } = await getT();
  const last = detail.summary.lastLocation;
  const zoned = { locale, timeZone };
  const place = formatPlace(detail.summary.place, t);
  const county = formatCounty(detail.summary.place?.county ?? null, t);
  return (
    <section className="panel" aria-labelledby="location-heading">
      <h2 id="location-heading" className="panel__title">
        {t("case.section.location")}
      </h2>
      {last ? (
        <dl className="fields fields--inline" data-testid="case-last-location">
          {place && (
            <div>
              <dt>{t("place.label")}</dt>
              <dd data-testid="case-place">
                {place}
                {county && <span className="muted"> · {county}</span>}
              </dd>
            </div>
          )}
          <div>
            <dt>{t("case.location.coordinates")}</dt>
            <dd className="mono">
              <Icon name="pin" />
              {coordinates(last.lat, last.lng)}
            </dd>
          </div>
          <div>
            <dt>{t("case.location.accuracy")}</dt>
            <dd>{accuracyText(last.accuracyM, t)}</dd>
          </div>
          {detail.lastLocationAt && (
            <div>
              <dt>{t("case.location.capturedAt")}</dt>
              <dd>
                <time dateTime={detail.lastLocationAt}>
                  {detail.locations[0]
                    ? // The phone's time and the desk's, as the timeline says them: "captada 5 dic 2026, 01:12:03 (recibida 01:13:05)".
                      t("case.location.when", {
                        captured: formatDateTime(detail.lastLocationAt, zoned),
                        received: formatTime(detail.locations[0].receivedAt, zoned),
                      })
                    : formatDateTime(detail.lastLocationAt, zoned)}
                </time>
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="muted">{t("case.location.none")}</p>
      )}
      {detail.locations.length > 0 && (
        <>
          <h3 id="location-history-heading" className="panel__subtitle">
            {t("case.section.locationHistory")}
          </h3>
          <table className="data-table" aria-labelledby="location-history-heading">
            <caption className="sr-only">{t("case.locationHistory.count", { count: detail.locations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("case.location.capturedAt")}</th>
                <th scope="col">{t("case.location.receivedAt")}</th>
                <th scope="col">{t("case.location.coordinates")}</th>
                <th scope="col">{t("case.location.accuracy")}</th>
              </tr>
            </thead>
            <tbody>
              {detail.locations.map((location, index) => (
                // The history is read-only and already ordered: a position is its index.
                <tr key={index}>
                  <td>
                    <time dateTime={location.capturedAt}>{formatDateTime(location.capturedAt, zoned)}</time>
                  </td>
                  <td>
                    <time dateTime={location.receivedAt}>{formatTime(location.receivedAt, zoned)}</time>
                  </td>
                  <td className="mono">{coordinates(location.lat, location.lng)}</td>
                  <td>{accuracyText(location.accuracyM, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
};
