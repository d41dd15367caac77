import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { IDS_MAX } from "@/lib/cases/filters";
import { parseQueueFilter } from "@/lib/cases/schema";
import { raidQueueLinks } from "./raid-links";

const filterOf = (href: string) => {
  const parsed = parseQueueFilter(new URL(href, "http://localhost").searchParams);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};

describe("[MAP] a raid's queue links", () => {
  it("link a raid to the queue of exactly its cases, every status", () => {
    const ids = Array.from({ length: 12 }, () => randomUUID());
    const [link, ...rest] = raidQueueLinks(ids);
    expect(rest).toEqual([]);
    expect(link).toMatchObject({ from: 1, to: 12 });
    expect(filterOf(link.href)).toEqual({ status: "all", owner: null, flag: null, q: "", ids: [...ids].sort() });
  });

  it("split a raid larger than one link may carry into exact parts, each a URL under 8 KB", () => {
    const ids = Array.from({ length: 2 * IDS_MAX + 50 }, () => randomUUID());
    const links = raidQueueLinks(ids);
    expect(links.map(({ from, to }) => [from, to])).toEqual([[1, IDS_MAX], [IDS_MAX + 1, 2 * IDS_MAX], [2 * IDS_MAX + 1, 2 * IDS_MAX + 50]]);
    expect(links.flatMap((link) => filterOf(link.href).ids ?? []).sort()).toEqual([...ids].sort());
    // The longest request line is the API's read of a part: its path, the filter and a page size.
    for (const link of links) expect(`GET /api/v1/cases?${link.href.split("?")[1]}&limit=100 HTTP/1.1`.length).toBeLessThan(8192);
  });
});
