import { describe, expect, it } from "vitest";
import { ageOn, centuryOf, formatCpr, maskCpr, normaliseCpr, parseCpr, passesMod11 } from "./cpr";

describe("normaliseCpr", () => {
  it.each(["010203-1234", "0102031234", " 010203 1234 "])("accepts %j", (input) => {
    expect(normaliseCpr(input)).toBe("0102031234");
  });
  it.each(["01020-31234", "abcdef-1234", "010203-123", "010203--1234", ""])("rejects %j", (input) => {
    expect(normaliseCpr(input)).toBeNull();
  });
});

describe("centuryOf", () => {
  it.each([
    [0, 0, 1900], [99, 3, 1900],
    [36, 4, 2000], [37, 4, 1900], [36, 9, 2000], [37, 9, 1900],
    [57, 5, 2000], [58, 5, 1800], [0, 8, 2000], [99, 8, 1800],
  ])("yy=%i, 7th digit %i → %i", (yy, digit, century) => {
    expect(centuryOf(yy, digit)).toBe(century);
  });
});

describe("parseCpr", () => {
  it("reads birth date, sex and century", () => {
    const result = parseCpr("070761-4285");
    expect(result).toMatchObject({ ok: true, cpr: "0707614285", sex: "MALE" });
    if (result.ok) expect(result.birthDate.toISOString().slice(0, 10)).toBe("1961-07-07");
  });

  it("gives odd last digits to men and even to women", () => {
    expect(parseCpr("0101504001")).toMatchObject({ ok: true, sex: "MALE" });
    expect(parseCpr("0101504002")).toMatchObject({ ok: true, sex: "FEMALE" });
  });

  it("puts 7th digit 4 and yy <= 36 in the 2000s", () => {
    const result = parseCpr("010110-4000");
    expect(result.ok && result.birthDate.getUTCFullYear()).toBe(2010);
  });

  it("rejects dates that do not exist, with the century taken into account", () => {
    expect(parseCpr("310462-1234")).toEqual({ ok: false, error: "date" });
    expect(parseCpr("290200-4000")).toMatchObject({ ok: true }); // 2000 was a leap year
    expect(parseCpr("290200-1000")).toEqual({ ok: false, error: "date" }); // 1900 was not
    expect(parseCpr("001060-1234")).toEqual({ ok: false, error: "date" });
  });

  it("only warns when modulus 11 fails", () => {
    expect(passesMod11("0707614285")).toBe(true);
    expect(parseCpr("070761-4285")).toMatchObject({ ok: true, mod11Warning: false });
    expect(parseCpr("070761-4286")).toMatchObject({ ok: true, mod11Warning: true });
  });

  it("refuses a birth date after today, as the century rule reads it", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect(parseCpr("311235-4000", now)).toEqual({ ok: false, error: "future" }); // 7th digit 4, yy ≤ 36: 2035
    expect(parseCpr("010157-5000", now)).toEqual({ ok: false, error: "future" }); // 7th digit 5, yy ≤ 57: 2057
    expect(parseCpr("311235-1000", now)).toMatchObject({ ok: true }); // 7th digit 1: 1935
    expect(parseCpr("021226-4000", now)).toMatchObject({ ok: true }); // born today
    expect(parseCpr("031226-4000", now)).toEqual({ ok: false, error: "future" }); // tomorrow
  });

  it("counts today as Copenhagen's day: a child born just after midnight there is not in the future", () => {
    // 00:30 in Copenhagen on 3 December is still 2 December in UTC.
    expect(parseCpr("031226-4000", new Date("2026-12-02T23:30:00Z"))).toMatchObject({ ok: true });
    expect(parseCpr("031226-4000", new Date("2026-12-02T22:30:00Z"))).toEqual({ ok: false, error: "future" });
  });

  it("rejects bad format", () => {
    expect(parseCpr("07-07-61-4285")).toEqual({ ok: false, error: "format" });
  });
});

describe("display", () => {
  it("masks the last four digits in lists", () => {
    expect(maskCpr("0707614285")).toBe("070761-XXXX");
    expect(formatCpr("0707614285")).toBe("070761-4285");
  });

  it("computes age on a date", () => {
    const birth = new Date(Date.UTC(1961, 6, 7));
    expect(ageOn(birth, new Date(Date.UTC(2026, 6, 6)))).toBe(64);
    expect(ageOn(birth, new Date(Date.UTC(2026, 6, 7)))).toBe(65);
  });
});
