// The notices' and the profile's answers, as the browser reads them.
import type { CasePriority, CaseStatus, NoticeChannel, NoticeStatus } from "@/lib/generated/prisma/enums";
import type { NoticeErrorCode } from "./channels/types";

export type { NoticeErrorCode };

export type NoticeView = {
  reason: string;
  sentAt: string;
  acknowledgedAt: string | null;
  consulateCode: string;
  case: { id: string; number: string; priority: CasePriority; status: CaseStatus; version: number } | null;
  incidentId: string | null;
  canTake: boolean;
  canOpen: boolean;
};

export type CaseNotice = {
  id: string;
  user: { id: string; name: string };
  channel: NoticeChannel;
  device: string | null;
  status: NoticeStatus;
  reason: string;
  attempts: number;
  lastError: { code: NoticeErrorCode; detail: string } | null;
  sentAt: string | null;
  acknowledgedAt: string | null;
  createdAt: string;
};

export type PushDevice = { id: string; label: string | null; endpoint: string; createdAt: string; lastSentAt: string | null };

export type Profile = {
  email: string;
  mobilePhone: string | null;
  noticeEmail: string | null;
  notifySms: boolean;
  notifyEmail: boolean;
  devices: PushDevice[];
  /** Whether this server sends e-mail at all. */
  emailEnabled: boolean;
  /** The VAPID public key, or null when push is off. */
  pushPublicKey: string | null;
};
