import { describe, expect, it } from "vitest";
import { diffSnapshots } from "../../server/src/audit/diff";
import { checkLevelChange, latestChange, levelOn, participatesOn } from "../../server/src/collaborations/rules";
import { isLocalDate, swedishDate } from "../../server/src/common/dates";
import { decodeGlobalId, decodeIdOf, encodeGlobalId } from "../../server/src/core/global-id";
import { figureFor } from "../../server/src/municipalities/population";

describe("level changes", () => {
  const history = [
    { toLevelId: 1, changedOn: "2005-01-01" },
    { toLevelId: 3, changedOn: "2006-01-01" },
    { toLevelId: 4, changedOn: "2008-01-01" },
  ];

  it("accepts a new level dated between the last change and today", () => {
    expect(checkLevelChange(history, { toLevelId: 5, changedOn: "2008-01-01" }, "2026-06-15", false)).toEqual([]);
    expect(checkLevelChange(history, { toLevelId: 5, changedOn: "2026-06-15" }, "2026-06-15", false)).toEqual([]);
    expect(checkLevelChange([], { toLevelId: 2, changedOn: "1999-01-01" }, "2026-06-15", false)).toEqual([]);
  });

  it("refuses tomorrow, a date before the last change, and the current level", () => {
    expect(checkLevelChange(history, { toLevelId: 5, changedOn: "2026-06-16" }, "2026-06-15", false).map((p) => p.code)).toEqual(["DATE_IN_FUTURE"]);
    expect(checkLevelChange(history, { toLevelId: 5, changedOn: "2007-12-31" }, "2026-06-15", false).map((p) => p.code)).toEqual(["DATE_BEFORE_PREVIOUS"]);
    expect(checkLevelChange(history, { toLevelId: 4, changedOn: "2010-01-01" }, "2026-06-15", false).map((p) => p.code)).toEqual(["UNCHANGED"]);
  });

  it("accepts a correction before the last change, refusing only a level already in force on its date", () => {
    expect(checkLevelChange(history, { toLevelId: 5, changedOn: "2007-12-31" }, "2026-06-15", true)).toEqual([]);
    expect(checkLevelChange(history, { toLevelId: 3, changedOn: "2007-06-01" }, "2026-06-15", true).map((p) => p.code)).toEqual(["UNCHANGED"]);
  });

  it("finds the latest change and the level on any date, the later-recorded one winning on the same day", () => {
    expect(latestChange(history)?.toLevelId).toBe(4);
    expect(levelOn(history, "2004-12-31")).toBeNull();
    expect(levelOn(history, "2005-01-01")).toBe(1);
    expect(levelOn(history, "2007-06-30")).toBe(3);
    expect(levelOn(history, "2030-01-01")).toBe(4);
    const sameDay = [...history, { toLevelId: 2, changedOn: "2008-01-01" }];
    expect(latestChange(sameDay)?.toLevelId).toBe(2);
    expect(levelOn(sameDay, "2008-01-01")).toBe(2);
  });

  it("judges participation on a date, both ends inclusive", () => {
    const p = { joinedOn: "2016-05-01", leftOn: "2026-03-31" };
    expect(participatesOn(p, "2016-04-30")).toBe(false);
    expect(participatesOn(p, "2016-05-01")).toBe(true);
    expect(participatesOn(p, "2026-03-31")).toBe(true);
    expect(participatesOn(p, "2026-04-01")).toBe(false);
    expect(participatesOn({ joinedOn: "2016-05-01", leftOn: null }, "2099-01-01")).toBe(true);
  });
});

describe("population figures", () => {
  const figures = [
    { year: 2022, population: 9100 },
    { year: 2023, population: 9090 },
    { year: 2024, population: 9076 },
  ];
  it("takes the asked year, or the latest earlier one, or the latest", () => {
    expect(figureFor(figures, 2023)?.population).toBe(9090);
    expect(figureFor(figures, 2026)?.population).toBe(9076);
    expect(figureFor(figures, 2021)).toBeNull();
    expect(figureFor(figures)?.year).toBe(2024);
    expect(figureFor([], 2024)).toBeNull();
  });
});

describe("dates", () => {
  it("accepts only real calendar dates", () => {
    expect(isLocalDate("2024-02-29")).toBe(true);
    expect(isLocalDate("2023-02-29")).toBe(false);
    expect(isLocalDate("2026-04-31")).toBe(false);
    expect(isLocalDate("2026-4-1")).toBe(false);
    expect(isLocalDate("2026-13-01")).toBe(false);
  });

  it("takes today's date in Sweden, not in UTC", () => {
    expect(swedishDate(new Date("2026-06-14T22:30:00Z"))).toBe("2026-06-15");
    expect(swedishDate(new Date("2026-12-31T22:59:59Z"))).toBe("2026-12-31");
    expect(swedishDate(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });
});

describe("global IDs", () => {
  it("round-trip and reject anything else", () => {
    const id = encodeGlobalId("Municipality", 42);
    expect(id).not.toContain("42");
    expect(decodeGlobalId(id)).toEqual({ type: "Municipality", id: 42 });
    expect(decodeIdOf(id, "Municipality")).toBe(42);
    expect(decodeIdOf(id, "Application")).toBeNull();
    for (const bad of ["", "Municipality:42", encodeGlobalId("Municipality", 0), Buffer.from("Municipality:-1").toString("base64url"), Buffer.from("Municipality:1e3").toString("base64url")]) {
      expect(decodeGlobalId(bad)).toBeNull();
    }
  });
});

describe("audit diff", () => {
  it("lists only changed fields, ignoring the id", () => {
    expect(diffSnapshots({ id: 1, name: "A", county: null }, { id: 1, name: "B", county: null })).toEqual({ name: { before: "A", after: "B" } });
    expect(diffSnapshots(null, { id: 1, name: "A" })).toEqual({ name: { before: null, after: "A" } });
  });
});
