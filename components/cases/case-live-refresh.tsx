"use client";
import { useLiveCase } from "@/components/case-work/live-case";
import { LiveStatus } from "./live-status";

/**
 * The state of the case page's live connection. The connection itself (this
 * case's updates, which refresh the page, and its presence) belongs to
 * LiveCaseProvider, so a page opens one socket, not two.
 */
export const CaseLiveRefresh = () => <LiveStatus state={useLiveCase().connection} />;
