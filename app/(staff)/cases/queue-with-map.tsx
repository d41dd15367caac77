"use client";
// The triage queue with the officers' map beside it. The page composes the two
// desks here, so that neither components/queue nor components/map imports the other.
import { CaseMapLazy, preloadCaseMap } from "@/components/map/case-map-lazy";
import { QueueDesk, type QueueDeskProps } from "@/components/queue/queue-desk";
import { wantsQueueMap } from "@/components/queue/use-queue-map";
import type { Bounds } from "@/lib/geo/shapes";

// When the map will show, its code starts loading with the page's scripts.
if (typeof window !== "undefined" && wantsQueueMap()) preloadCaseMap();

type QueueWithMapProps = Omit<QueueDeskProps, "renderMap"> & {
  /** The viewer's consulate and its jurisdiction's box, when they may see its exact points. */
  map: { consulateCode: string; bounds: Bounds | null; streets: boolean } | null;
};

export const QueueWithMap = ({ map, ...desk }: QueueWithMapProps) => (
  <QueueDesk
    {...desk}
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
