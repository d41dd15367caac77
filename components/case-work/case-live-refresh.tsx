"use client";
import { LiveStatus } from "@/components/ui/live-status";
import { useLiveCase } from "./live-case";

/**
 * The state of the case page's live connection. The connection itself (this
 * case's updates, which refresh the page, and its presence) belongs to
 * LiveCaseProvider, so a page opens one socket, not two.
 */
export const CaseLiveRefresh = () => <LiveStatus state={useLiveCase().connection} />;
