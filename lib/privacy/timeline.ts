// Timeline entries keep their kind and the facts staff work from (status,
// who, which record) in clear; the personal values some kinds carry move
// under one "sealed" key: the person's message, a
// position, a relative's name, a legal record's changes (the A-number before
// and after among them), a task's title, a transfer's free-text reason, a provider's error
// (it may quote the number). lib/cases/timeline.ts seals on write; the case
// page opens on read.
import type { TimelineKind } from "@/lib/generated/prisma/enums";
import type { Keyring } from "./keyring";

export const PERSONAL_TIMELINE_KEYS: Partial<Record<TimelineKind, readonly string[]>> = {
  ALERT_RECEIVED: ["message"],
  PRESSED_AGAIN: ["message"],
  LOCATION_UPDATED: ["lat", "lng", "accuracyM"],
  CONTACT_LOGGED: ["contactName"],
  FAMILY_MESSAGE: ["contactName", "error"],
  LEGAL_RECORD_CHANGED: ["changes"],
  // A task's title is staff's free text about the person; its changes may carry an old and a new title.
  TASK_ADDED: ["title"],
  TASK_CHANGED: ["title", "changes"],
  TRANSFER_REQUESTED: ["reason"],
  TRANSFER_DECLINED: ["reason"],
};

type Data = Record<string, unknown>;

/** The entry's data with its kind's personal values moved, sealed, under "sealed". */
export const sealTimelineData = (ring: Keyring, kind: TimelineKind, data: Data): Data => {
  const keys = PERSONAL_TIMELINE_KEYS[kind]?.filter((key) => key in data) ?? [];
  if (keys.length === 0) return data;
  const personal: Data = {};
  const rest: Data = {};
  for (const [key, value] of Object.entries(data)) (keys.includes(key) ? personal : rest)[key] = value;
  return { ...rest, sealed: ring.sealJson(personal) };
};

/** The entry's data as it was written, personal values opened. */
export const openTimelineData = (ring: Keyring, data: unknown): Data => {
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const { sealed, ...rest } = data as Data;
  if (typeof sealed !== "string") return rest;
  return { ...rest, ...ring.openJson<Data>(sealed) };
};
