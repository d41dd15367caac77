// The incident routes (app/api/v1/incidents) as the screens call them: one
// place for their paths and bodies, typed by lib/incidents/types.ts.
import { request } from "@/lib/client/request";
import type { Assignee } from "@/lib/cases/types";
import type { BulkRequest, BulkResult, IncidentDetail, IncidentList, IncidentNoteView } from "@/lib/incidents/types";

const path = (id: string) => `/api/v1/incidents/${encodeURIComponent(id)}`;

export const listIncidents = () => request<IncidentList>("GET", "/api/v1/incidents", { query: { status: "PROPOSED,OPEN" } });

export const readIncident = (id: string) => request<IncidentDetail>("GET", path(id));

export const confirmIncident = (id: string, version: number) => request<unknown>("POST", `${path(id)}/confirm`, { body: { version } });

export const dismissIncident = (id: string, version: number, reason: string) =>
  request<unknown>("POST", `${path(id)}/dismiss`, { body: { version, reason } });

export const closeIncident = (id: string, version: number) => request<unknown>("POST", `${path(id)}/close`, { body: { version } });

export const setIncidentLead = (id: string, version: number, leadId: string) => request<unknown>("PATCH", path(id), { body: { version, leadId } });

export const addIncidentNote = (id: string, body: string) => request<{ note: IncidentNoteView }>("POST", `${path(id)}/notes`, { body: { body } });

export const bulkOnIncident = (id: string, body: BulkRequest) => request<BulkResult>("POST", `${path(id)}/bulk`, { body });

/** The officers one of the incident's cases can be given to: the same consulate's, so any of its cases will do. */
export const listOfficers = (caseId: string) =>
  request<{ assignees?: Assignee[] }>("GET", `/api/v1/cases/${encodeURIComponent(caseId)}/assignees`);

export const listLegalAid = (caseId: string) =>
  request<{ assignees?: { id: string; name: string }[] }>("GET", `/api/v1/cases/${encodeURIComponent(caseId)}/legal-assignees`);

