import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { basemapArchive } from "@/lib/map/basemap-archive";
import { requireCaseReader } from "@/lib/users/landing";
import { IncidentWithMap } from "./incident-with-map";

export const dynamic = "force-dynamic";

type IncidentPageProps = { params: Promise<{ id: string }> };

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("incidents.list.title") };
};

// The incident is read by the browser (GET /api/v1/incidents/:id, which
// scopes it), then kept live: a raid changes by the second.
const IncidentPage = async ({ params }: IncidentPageProps) => {
  const { id } = await params;
  // Signed out, a shared link to an incident comes back here after the sign-in.
  const scope = await requireCaseReader(`/incidents/${encodeURIComponent(id)}`);
  return (
    <main id="main" className="page page--incident">
      <IncidentWithMap incidentId={id} actor={{ userId: scope.userId, role: scope.role }} streets={basemapArchive().ok} />
    </main>
  );
};

export default IncidentPage;
