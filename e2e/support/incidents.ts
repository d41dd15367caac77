// A raid for the incident specs: panics within about 100 m of a spot of
// their own, and the incident the desk opens for them (lib/incidents:
// detection runs every couple of seconds; 10 panics within 2 km and 15
// minutes open one by itself).
import { expect, type APIRequestContext } from "@playwright/test";
import { panicNear, postAlert } from "./relay";

export type LatLng = { lat: number; lng: number };

export const raidAt = async (relay: APIRequestContext, { at, count, spread = 0.02 }: { at: LatLng; count: number; spread?: number }) => {
  const spot = { lat: at.lat + (Math.random() - 0.5) * spread, lng: at.lng + (Math.random() - 0.5) * spread };
  const cases: { id: string; near: LatLng }[] = [];
  for (let i = 0; i < count; i++) {
    const near = { lat: spot.lat + (Math.random() - 0.5) * 0.001, lng: spot.lng + (Math.random() - 0.5) * 0.001 };
    const { status, body } = await postAlert(relay, panicNear({ near }));
    expect(status).toBe(202);
    cases.push({ id: body.caseId as string, near });
  }
  return cases;
};

/** The incident that holds every one of these cases, once the desk has formed it. */
export const incidentOf = async (api: APIRequestContext, caseIds: readonly string[]) => {
  let incidentId: string | null = null;
  await expect
    .poll(
      async () => {
        const ids = await Promise.all(
          caseIds.map(async (id) => ((await (await api.get(`/api/v1/cases/${id}`)).json()) as { summary?: { incidentId?: string | null } }).summary?.incidentId ?? null),
        );
        incidentId = ids[0] && ids.every((id) => id === ids[0]) ? ids[0] : null;
        return incidentId;
      },
      { timeout: 20_000, intervals: [500, 1_000, 2_000] },
    )
    .not.toBeNull();
  return incidentId as unknown as string;
};

type Summary = { status: string; version: number; owner: { id: string } | null };

/**
 * Ends the raid's cases as an officer would (taken, reached, not detained),
 * so that they leave Los Angeles' open queue: the other desk specs find their
 * new case on its first page.
 */
export const endRaid = async (officer: APIRequestContext, caseIds: readonly string[]) => {
  for (const id of caseIds) {
    const read = async () => ((await (await officer.get(`/api/v1/cases/${id}`)).json()) as { summary: Summary }).summary;
    const move = async (to: string, extra: Record<string, string> = {}) => {
      const { version } = await read();
      const response = await officer.post(`/api/v1/cases/${id}/transitions`, { data: { to, version, ...extra } });
      expect(response.status(), `${to} on ${id}`).toBe(200);
    };
    if ((await read()).status === "NEW") await move("ACKNOWLEDGED");
    if ((await read()).status === "ACKNOWLEDGED") await move("IN_CONTACT");
    if ((await read()).status === "IN_CONTACT") await move("NOT_DETAINED", { reason: "e2e: the raid's spec is done" });
  }
};
