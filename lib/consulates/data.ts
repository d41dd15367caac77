import "server-only";
import { db } from "@/lib/server/db";
import { findCounty } from "@/lib/geo/jurisdiction";
import { routeAlert } from "@/lib/geo/route";
import { onSignal, sendSignal } from "@/lib/server/signals";
import { NETWORK_CHANGED_SIGNAL } from "./events";

export type ConsulateRef = { id: string; code: string; lat: number; lng: number; timeZone: string; regionId: string };

type Network = { byCode: Map<string, ConsulateRef>; countyToCode: Map<string, string>; loadedAt: number };

// Jurisdictions change rarely (an admin edit); the intake should not read
// 3,000 rows per alert. An edit drops the copy on every instance at once (a
// signal after its commit); should that signal be lost, it lives a minute.
const TTL_MS = 60_000;
let network: Promise<Network> | undefined;
let loadedAt = 0;

onSignal(NETWORK_CHANGED_SIGNAL, () => {
  network = undefined;
});

/** After a commit that changed a consulate or a county's consulate: every instance reads the network again. */
export const forgetNetwork = () => sendSignal(NETWORK_CHANGED_SIGNAL, "");

const loadNetwork = async (): Promise<Network> => {
  const [consulates, jurisdictions] = await Promise.all([
    db.consulate.findMany({ select: { id: true, code: true, lat: true, lng: true, timeZone: true, regionId: true } }),
    db.jurisdiction.findMany({ select: { countyFips: true, consulate: { select: { code: true } } } }),
  ]);
  if (consulates.length === 0) throw new Error("No consulates in the database: run `npm run db:seed`.");
  return {
    byCode: new Map(consulates.map((c) => [c.code, c])),
    countyToCode: new Map(jurisdictions.map((j) => [j.countyFips, j.consulate.code])),
    loadedAt: Date.now(),
  };
};

const getNetwork = () => {
  if (!network || Date.now() - loadedAt > TTL_MS) {
    loadedAt = Date.now();
    network = loadNetwork().catch((error) => {
      network = undefined;
      throw error;
    });
  }
  return network;
};

/** The responsible consulate for an alert, by the contract's routing rule. */
export const resolveConsulate = async (input: {
  location: { lat: number; lng: number } | null;
  registeredConsulate?: string;
}) => {
  const { byCode, countyToCode } = await getNetwork();
  const route = routeAlert(input, {
    findCounty,
    countyToConsulate: (fips) => countyToCode.get(fips),
    consulates: [...byCode.values()],
  });
  const consulate = byCode.get(route.consulateCode);
  if (!consulate) throw new Error(`Routing chose unknown consulate ${route.consulateCode}`);
  return { consulate, reason: route.reason, countyFips: route.countyFips };
};
