import { describe, expect, it } from "vitest";
import { caseSummary } from "@/lib/server/testing/case-summary";
import {
  DEFAULT_FILTER,
  IDS_MAX,
  compareQueue,
  filterToSearchParams,
  matchesFilter,
  searchTerms,
  spellings,
  type QueueFilter,
} from "./filters";
import { parseQueueFilter } from "./schema";

const ME = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";

const summary = caseSummary;

const parse = (query: string) => {
  const parsed = parseQueueFilter(new URLSearchParams(query));
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};

describe("parsing the queue's URL", () => {
  it("defaults to the open cases of anyone", () => {
    expect(parse("")).toEqual(DEFAULT_FILTER);
    expect(parse("status=&owner=&q=%20%20")).toEqual(DEFAULT_FILTER);
  });

  it("reads one or several statuses, repeated or comma-separated, in the enum's order", () => {
    expect(parse("status=NEW").status).toEqual(["NEW"]);
    expect(parse("status=IN_CONTACT&status=NEW").status).toEqual(["NEW", "IN_CONTACT"]);
    expect(parse("status=CLOSED,NEW").status).toEqual(["NEW", "CLOSED"]);
    expect(parse("status=all").status).toBe("all");
  });

  it("folds lists that name every open status, or every status, into open and all", () => {
    expect(parse("status=NEW,ACKNOWLEDGED,IN_CONTACT,DETENTION_CONFIRMED,REFERRED_LEGAL_AID").status).toBe("open");
    expect(parse("status=open,NOT_DETAINED,RESCINDED,CLOSED").status).toBe("all");
    expect(parse("status=open,CLOSED").status).toEqual([
      "NEW",
      "ACKNOWLEDGED",
      "IN_CONTACT",
      "DETENTION_CONFIRMED",
      "REFERRED_LEGAL_AID",
      "CLOSED",
    ]);
  });

  it("reads the owner, the flag and a trimmed search", () => {
    expect(parse(`owner=me&flag=duress&q=%20Jos%C3%A9%20`)).toEqual({ status: "open", owner: "me", flag: "duress", q: "José" });
    expect(parse(`owner=${OTHER}`).owner).toBe(OTHER);
    expect(parse("owner=unassigned").owner).toBe("unassigned");
  });

  it("refuses what it does not know, naming the parameter", () => {
    for (const query of ["status=OPEN", "owner=someone", "flag=urgent", `q=${"x".repeat(101)}`]) {
      const parsed = parseQueueFilter(new URLSearchParams(query));
      expect(parsed.success, query).toBe(false);
      expect(parsed.error?.issues[0].path[0], query).toBe(query.split("=")[0]);
    }
  });

  it("reads a list of case ids, repeated or comma-separated, lowercased, sorted and without repeats", () => {
    expect(parse(`ids=${OTHER.toUpperCase()},${ME}&ids=${OTHER}`).ids).toEqual([ME, OTHER]);
    expect(parse("ids=").ids).toBeUndefined();
  });

  it("refuses a malformed case id, or more ids than one link may carry, naming `ids`", () => {
    const many = Array.from({ length: IDS_MAX + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    for (const query of [`ids=${ME},not-a-uuid`, `ids=${ME}%00`, `ids=${many.join(",")}`]) {
      const parsed = parseQueueFilter(new URLSearchParams(query));
      expect(parsed.success, query.slice(0, 60)).toBe(false);
      expect(parsed.error?.issues[0].path[0]).toBe("ids");
    }
    expect(parse(`ids=${many.slice(1).join(",")}`).ids).toHaveLength(IDS_MAX);
  });

  it("reads one incident's id, lowercased, and refuses a malformed one naming `incident`", () => {
    expect(parse(`incident=${OTHER.toUpperCase()}`).incident).toBe(OTHER);
    expect(parse("incident=").incident).toBeUndefined();
    expect(parseQueueFilter(new URLSearchParams("incident=raid-1")).error?.issues[0].path[0]).toBe("incident");
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const filter: QueueFilter = { status: ["NEW", "ACKNOWLEDGED"], owner: "unassigned", flag: "pressed_again", q: "López 323", ids: [ME, OTHER], incident: OTHER };
    expect(filterToSearchParams(DEFAULT_FILTER).toString()).toBe("");
    expect(parse(filterToSearchParams(filter).toString())).toEqual(filter);
    expect(filterToSearchParams({ ...DEFAULT_FILTER, status: "all" }).toString()).toBe("status=all");
  });
});

describe("matchesFilter", () => {
  const me = { userId: ME };

  it("keeps open cases in the default view and drops ended ones", () => {
    expect(matchesFilter(summary(), DEFAULT_FILTER, me)).toBe(true);
    expect(matchesFilter(summary({ status: "CLOSED" }), DEFAULT_FILTER, me)).toBe(false);
    expect(matchesFilter(summary({ status: "CLOSED" }), { ...DEFAULT_FILTER, status: "all" }, me)).toBe(true);
  });

  it("drops a case acknowledged while viewing the new ones", () => {
    const view = { ...DEFAULT_FILTER, status: ["NEW"] as const };
    expect(matchesFilter(summary(), view, me)).toBe(true);
    expect(matchesFilter(summary({ status: "ACKNOWLEDGED", owner: { id: ME, name: "Yo" } }), view, me)).toBe(false);
  });

  it("tells mine, unassigned and someone's apart", () => {
    const mine = summary({ owner: { id: ME, name: "Yo" } });
    const theirs = summary({ owner: { id: OTHER, name: "Otra" } });
    const nobodys = summary();
    const by = (owner: string) => [mine, theirs, nobodys].map((c) => matchesFilter(c, { ...DEFAULT_FILTER, owner }, me));
    expect(by("me")).toEqual([true, false, false]);
    expect(by("unassigned")).toEqual([false, false, true]);
    expect(by(OTHER)).toEqual([false, true, false]);
  });

  it("keeps only the cases of the incident the view names", () => {
    const view = { ...DEFAULT_FILTER, incident: OTHER };
    expect(matchesFilter(summary({ incidentId: OTHER }), view, me)).toBe(true);
    expect(matchesFilter(summary({ incidentId: ME }), view, me)).toBe(false);
    expect(matchesFilter(summary(), view, me)).toBe(false);
    expect(matchesFilter(summary({ incidentId: OTHER }), DEFAULT_FILTER, me)).toBe(true);
  });

  it("filters by each flag", () => {
    const flagged = summary({ duress: true, pressedAgain: true, pressCount: 3 });
    for (const flag of ["duress", "pressed_again"] as const) {
      expect(matchesFilter(flagged, { ...DEFAULT_FILTER, flag }, me)).toBe(true);
      expect(matchesFilter(summary(), { ...DEFAULT_FILTER, flag }, me)).toBe(false);
    }
    expect(matchesFilter(summary({ rescinded: true }), { ...DEFAULT_FILTER, flag: "rescinded" }, me)).toBe(true);
  });

  it("keeps only the listed cases when the view names them (a possible raid's)", () => {
    const listed = summary({ id: ME });
    expect(matchesFilter(listed, { ...DEFAULT_FILTER, ids: [ME] }, me)).toBe(true);
    expect(matchesFilter(summary({ id: OTHER }), { ...DEFAULT_FILTER, ids: [ME] }, me)).toBe(false);
    // The other filters still apply to a listed case.
    expect(matchesFilter(summary({ id: ME, status: "CLOSED" }), { ...DEFAULT_FILTER, ids: [ME] }, me)).toBe(false);
  });

  it("leaves free text to the server", () => {
    expect(matchesFilter(summary({ personName: "Ana" }), { ...DEFAULT_FILTER, q: "Zúñiga" }, me)).toBe(true);
  });
});

describe("compareQueue", () => {
  it("puts critical first, then the longest wait, then the case number", () => {
    const cases = [
      summary({ number: "LAX-2026-000004", alertAt: "2026-11-25T10:03:00.000Z" }),
      summary({ number: "LAX-2026-000003", alertAt: "2026-11-25T10:01:00.000Z" }),
      summary({ number: "LAX-2026-000009", priority: "CRITICAL", alertAt: "2026-11-25T10:09:00.000Z" }),
      summary({ number: "LAX-2026-000002", alertAt: "2026-11-25T10:01:00.000Z" }),
      summary({ number: "LAX-2026-000001", priority: "LOW", alertAt: "2026-11-25T09:00:00.000Z" }),
      summary({ number: "LAX-2026-000005", priority: "NORMAL", alertAt: "2026-11-25T09:30:00.000Z" }),
    ];
    expect([...cases].sort(compareQueue).map((c) => c.number.slice(-1))).toEqual(["9", "2", "3", "4", "5", "1"]);
  });
});

describe("search terms", () => {
  it("spells a word with any one accent and any ñ", () => {
    expect(spellings("jose")).toEqual(expect.arrayContaining(["jose", "josé", "jóse"]));
    expect(spellings("NUNEZ")).toEqual(expect.arrayContaining(["nunez", "núñez", "nuñez"]));
    expect(spellings("Álvarez")).toEqual(expect.arrayContaining(["alvarez", "álvarez", "Álvarez"]));
    expect(spellings("guero")).toContain("güero");
    expect(spellings("xyz")).toEqual(["xyz"]);
  });

  it("splits a name into words, drops LIKE wildcards, and reads phones and codes", () => {
    const name = searchTerms("  María  López ")!;
    expect(name.words.map((w) => w[0])).toEqual(["maria", "lopez"]);
    expect(name.digits).toBeNull();
    expect(searchTerms("50%_off")!.words.map((w) => w[0])).toEqual(["50", "off"]);
    expect(searchTerms("(323) 555-0147")).toMatchObject({ digits: "3235550147", code: null });
    expect(searchTerms("lax-2026-000123")).toMatchObject({ digits: null, code: "LAX-2026-000123" });
    expect(searchTerms("gaml 800101")).toMatchObject({ code: "GAML800101" });
    expect(searchTerms("   ")).toBeNull();
  });
});
