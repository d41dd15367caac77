"use client";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n/client";
import type { RaidCase } from "@/lib/map/schema";

type RaidCaseItemProps = {
  raidCase: RaidCase;
  /** Where the case is, in words: its place, or its county when no place is known. */
  place: string | null;
};

/** One case of a possible raid: who (name, age), where in words, its status, and its number; the name opens the case. */
export const RaidCaseItem = ({ raidCase: c, place }: RaidCaseItemProps) => {
  const { t } = useT();
  const facts = [c.age === null ? null : t("map.hotspots.age", { age: c.age }), place ?? t("map.hotspots.noPlace")].filter(Boolean);
  return (
    <li className="raid-case" data-testid="hotspot-case" data-case-id={c.id} data-case-number={c.number} data-consulate={c.consulateCode}>
      <div className="raid-case__who">
        <Link prefetch={false} href={`/cases/${c.id}`} className="raid-case__name" title={c.personName ?? t("case.person.removed")}>
          {c.personName ?? t("case.person.removed")}
        </Link>
        <StatusBadge status={c.status} />
      </div>
      <p className="raid-case__facts">
        {facts.join(" · ")} · <span className="raid-case__number">{c.number}</span>
      </p>
    </li>
  );
};
