// The regional view's county shapes, fetched from the app's own files
// (public/map/, copied from us-atlas at install) with the county →
// consulate table, once per page load whatever number of maps ask. The
// basemap itself is tiled at install (scripts/copy-map-assets.ts).
import type { Jurisdictions, UsTopology } from "@/lib/geo/shapes";

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
};

let counties: Promise<{ us: UsTopology; jurisdictions: Jurisdictions }> | undefined;

export const loadCountyShapes = () => {
  counties ??= Promise.all([
    fetchJson<UsTopology>("/map/us-counties-10m.json"),
    fetchJson<{ jurisdictions: Jurisdictions }>("/api/v1/map/jurisdictions"),
  ])
    .then(([us, body]) => ({ us, jurisdictions: body.jurisdictions }))
    .catch((error) => {
      counties = undefined;
      throw error;
    });
  return counties;
};
