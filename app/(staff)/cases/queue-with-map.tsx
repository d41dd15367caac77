"use client";
// The triage queue with the officers' map beside it and the incidents above
// and within it. The page composes the desks here, so that none of
// components/queue, components/map and components/incidents imports another.
import { ProposalBanner } from "@/components/incidents/proposal-banner";
import { useIncidentList } from "@/components/incidents/use-incident-list";
import { CaseMapLazy, preloadCaseMap } from "@/components/map/case-map-lazy";
import { QueueDesk, type QueueDeskProps } from "@/components/queue/queue-desk";
import { wantsQueueMap } from "@/components/queue/use-queue-map";
import type { Bounds } from "@/lib/geo/shapes";
import type { IncidentSummary } from "@/lib/incidents/types";

// When the map will show, its code starts loading with the page's scripts.
if (typeof window !== "undefined" && wantsQueueMap()) preloadCaseMap();

type QueueWithMapProps = Omit<QueueDeskProps, "renderMap" | "incidents" | "banner"> & {
  /** The viewer's consulate and its jurisdiction's box, when they may see its exact points. */
  map: { consulateCode: string; bounds: Bounds | null; streets: boolean } | null;
  /** The proposed and open incidents as the server read them with the page (folded at once); kept live here. */
  initialIncidents?: readonly IncidentSummary[];
};

export const QueueWithMap = ({ map, initialIncidents, ...desk }: QueueWithMapProps) => {
  const { incidents, reload } = useIncidentList(initialIncidents);
  return (
    <QueueDesk
      {...desk}
      incidents={incidents}
      banner={<ProposalBanner incidents={incidents} onChanged={() => void reload()} />}
      renderMap={
        map
          ? (filter) => (
              <CaseMapLazy
                consulateCode={map.consulateCode}
                bounds={map.bounds}
                streets={map.streets}
                userId={desk.actor.userId}
                timeZone={desk.timeZone}
                filter={filter}
              />
            )
          : undefined
      }
    />
  );
};
