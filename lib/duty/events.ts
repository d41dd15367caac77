// Realtime events of the roster, typed once for the server and the browser.
export const ROSTER_CHANGED = "roster:changed";

/** To the rooms that read a consulate's cases: its roster changed, read who is on duty again. */
export type RosterChange = { consulateCode: string };
