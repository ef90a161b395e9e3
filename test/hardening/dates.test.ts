import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, daysInMonth, LAST_DATE } from "../../server/src/common/dates";

describe("date arithmetic at the calendar's ends", () => {
  it("saturates at 9999-12-31 and 0001-01-01 instead of producing five-digit or negative years", () => {
    expect(addMonths("9998-06-30", 120)).toBe(LAST_DATE);
    expect(addMonths("9999-11-30", 1)).toBe("9999-12-31");
    expect(addDays("9999-12-30", 5)).toBe(LAST_DATE);
    expect(addDays("0001-01-03", -5)).toBe("0001-01-01");
    expect(addMonths("0001-02-15", -3)).toBe("0001-01-01");
    expect(daysBetween("9999-12-01", LAST_DATE)).toBe(30);
  });

  it("counts years 1–99 as themselves, not as 1901–1999", () => {
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(daysBetween("0004-02-01", "0004-03-01")).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });
});
