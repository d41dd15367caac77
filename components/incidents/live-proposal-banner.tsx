"use client";
import { ProposalBanner } from "./proposal-banner";
import { useIncidentList } from "./use-incident-list";

/** The proposal banner on a page that has no list of incidents of its own (the map). */
export const LiveProposalBanner = () => {
  const { incidents, reload } = useIncidentList();
  return <ProposalBanner incidents={incidents} onChanged={() => void reload()} />;
};
