"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type Tab = { area: string; href: string; label: string };

/** The tabs' links, the current area's marked for the eye and for screen readers. */
export const AdminNavLinks = ({ tabs }: { tabs: Tab[] }) => {
  const pathname = usePathname();
  return tabs.map(({ area, href, label }) => {
    const current = pathname === href || pathname.startsWith(`${href}/`);
    return (
      <Link key={area} prefetch={false} href={href} className="admin-nav__link" data-area={area} aria-current={current ? "page" : undefined}>
        {label}
      </Link>
    );
  });
};
