import { describe, expect, it } from "vitest";
import {
  auditPeriod,
  auditQueryString,
  CPR_MESSAGES,
  EXPORT_MAX_MONTHS,
  exportPeriodAllowed,
  filterForLog,
  hasAuditFilter,
  parseAuditSearch as parseAuditSearchKeys,
  parseDay,
  parseSubjectReport as parseSubjectReportKeys,
} from "./schemas";
import { sayEachField } from "@/lib/i18n/error-messages";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text";
import { badTextCases } from "@/tests/support/bad-text";
import { danish, inDanish } from "@/tests/support/translate";

// The messages as the page says them, in Danish.
const parseAuditSearch = (...args: Parameters<typeof parseAuditSearchKeys>) => {
  const parsed = parseAuditSearchKeys(...args);
  return parsed.ok ? parsed : { ...parsed, fieldErrors: sayEachField(parsed.fieldErrors, danish) };
};
const parseSubjectReport = (...args: Parameters<typeof parseSubjectReportKeys>) => {
  const parsed = parseSubjectReportKeys(...args);
  return parsed.ok ? parsed : { ...parsed, error: inDanish(parsed.error) };
};

/** The CPR field as the search id gives it to the page (lib/citizens/citizen-search.ts opens the id). */
const typed = (cpr: string) => ({ ok: true, typed: cpr }) as const;

describe("the audit log's search", () => {
  it("is empty when the URL has no search", () => {
    const search = parseAuditSearch({});
    expect(search).toMatchObject({ ok: true, filter: {}, page: {} });
    if (search.ok) {
      expect(hasAuditFilter(search.filter)).toBe(false);
      expect(auditQueryString(search.filter)).toBe("");
    }
  });

  it("reads every filter, trimmed, with the CPR number as its ten digits whether typed with a dash or not", () => {
    for (const cpr of ["070761-4285", "0707614285", " 070761 4285 "]) {
      const search = parseAuditSearch({ from: "2026-03-01", to: "31-03-2026", user: " sara ", organisation: "Lunge", action: "citizen.cpr.read" }, typed(cpr));
      expect(search).toMatchObject({
        ok: true,
        filter: { from: "2026-03-01", to: "2026-03-31", user: "sara", organisation: "Lunge", action: "citizen.cpr.read", cpr: "0707614285" },
      });
    }
  });

  it("accepts a CPR number that fails modulus 11 (valid numbers since 2007 may)", () => {
    expect(parseAuditSearch({}, typed("070761-4286"))).toMatchObject({ ok: true, filter: { cpr: "0707614286" } });
  });

  it("says in Danish what is wrong with each field, and keeps what was typed", () => {
    const search = parseAuditSearch({ from: "32-01-2026", to: "2026-02-30", action: "referral.delete", user: "x".repeat(101) }, typed("12345"));
    expect(search).toMatchObject({
      ok: false,
      fieldErrors: {
        from: "Skriv fra-datoen som dd-mm-åååå, fx 01-03-2026",
        to: "Skriv til-datoen som dd-mm-åååå, fx 31-03-2026",
        cpr: inDanish(CPR_MESSAGES.format),
        action: "Vælg en handling på listen",
        user: "Skriv højst 100 tegn",
      },
      values: { from: "32-01-2026", cpr: "12345" },
    });
  });

  it("refuses a CPR number whose date does not exist", () => {
    expect(parseAuditSearch({}, typed("310261-1234"))).toMatchObject({ ok: false, fieldErrors: { cpr: inDanish(CPR_MESSAGES.date) } });
  });

  it("refuses a period that ends before it starts, at the to-date, also when another field is wrong too", () => {
    const backwards = { to: "Til-datoen skal være samme dag som fra-datoen eller senere" };
    expect(parseAuditSearch({ from: "2026-03-02", to: "2026-03-01" })).toMatchObject({ ok: false, fieldErrors: backwards });
    expect(parseAuditSearch({ from: "2026-03-02", to: "2026-03-01" }, typed("1"))).toMatchObject({ ok: false, fieldErrors: { ...backwards, cpr: inDanish(CPR_MESSAGES.format) } });
  });

  it("reads where a page starts, and ignores a cursor that has been tampered with", () => {
    const at = new Date("2026-03-01T10:00:00.123Z");
    const query = auditQueryString({ action: "referral.read" }, { after: { at, id: "ck123abc" } });
    expect(query).toBe("?action=referral.read&after=2026-03-01T10%3A00%3A00.123Z_ck123abc");
    expect(parseAuditSearch(new URLSearchParams(query))).toMatchObject({ ok: true, page: { after: { at, id: "ck123abc" } } });
    expect(parseAuditSearch({ before: "yesterday_x'; drop table" })).toMatchObject({ ok: true, page: { before: undefined } });
  });

  it("round-trips a search through its query string, and the first of a repeated parameter counts", () => {
    const search = parseAuditSearch({ from: ["2026-01-01", "2026-02-01"], export: "rows" });
    expect(search).toMatchObject({ ok: true, page: { export: "rows" } });
    if (!search.ok) return;
    expect(auditQueryString(search.filter)).toBe("?from=2026-01-01");
    expect(parseAuditSearch(new URLSearchParams(auditQueryString(search.filter)))).toMatchObject({ ok: true, filter: search.filter });
  });

  it("never puts the CPR number in the query string, only the search id it is given", () => {
    const search = parseAuditSearch({ from: "2026-01-01" }, typed("070761-4285"));
    if (!search.ok) throw new Error("expected a search");
    expect(search.filter.cpr).toBe("0707614285");
    expect(auditQueryString(search.filter)).toBe("?from=2026-01-01");
    expect(auditQueryString(search.filter, { cprSearch: "sealed-id", export: "rows" })).toBe("?from=2026-01-01&cprSearch=sealed-id&export=rows");
  });

  it("ignores a CPR number in the URL, and says so at the field when the search id has expired", () => {
    expect(parseAuditSearch({ cpr: "0707614285" })).toMatchObject({ ok: true, filter: { cpr: undefined } });
    expect(parseAuditSearch({ cprSearch: "x", from: "2026-01-01" }, { ok: false, reason: "expired" })).toMatchObject({
      ok: false,
      fieldErrors: { cpr: inDanish(CPR_MESSAGES.expired) },
      values: { from: "2026-01-01", cpr: undefined },
    });
  });
});

describe("days", () => {
  it.each([
    ["2026-03-01", "2026-03-01"],
    ["1-3-2026", "2026-03-01"],
    ["01.03.2026", "2026-03-01"],
    ["29/02/2028", "2028-02-29"],
  ])("reads %j as %j", (input, day) => {
    expect(parseDay(input)).toBe(day);
  });
  it.each(["29-02-2026", "2026-13-01", "1. marts", "", "20260301"])("rejects %j", (input) => {
    expect(parseDay(input)).toBeNull();
  });

  it("turns the period into instants from the start of the first day to the end of the last, in Copenhagen's time", () => {
    // Winter time (UTC+1) in January, summer time (UTC+2) in July.
    expect(auditPeriod({ from: "2026-01-10", to: "2026-07-10" })).toEqual({ gte: new Date("2026-01-09T23:00:00Z"), lt: new Date("2026-07-10T22:00:00Z") });
    expect(auditPeriod({})).toEqual({});
  });
});

describe("exports", () => {
  const today = "2026-11-23";
  it(`allows a period of at most ${EXPORT_MAX_MONTHS} months, open-ended periods running to today`, () => {
    expect(exportPeriodAllowed({ from: "2025-10-23", to: "2026-11-23" }, today)).toBe(true);
    expect(exportPeriodAllowed({ from: "2025-10-23", to: "2026-11-24" }, today)).toBe(false);
    expect(exportPeriodAllowed({ from: "2025-10-23" }, today)).toBe(true);
    expect(exportPeriodAllowed({ from: "2025-10-22" }, today)).toBe(false);
    // 31 January and 13 months: the last day of February a year later.
    expect(exportPeriodAllowed({ from: "2025-01-31", to: "2026-02-28" }, today)).toBe(true);
    expect(exportPeriodAllowed({ from: "2025-01-31", to: "2026-03-01" }, today)).toBe(false);
  });

  it("needs a start: without one the period runs from the beginning of the log", () => {
    expect(exportPeriodAllowed({ to: "2026-11-23" }, today)).toBe(false);
    expect(exportPeriodAllowed({}, today)).toBe(false);
  });

  it("keeps the filter in the log with the CPR number masked", () => {
    expect(filterForLog({ from: "2026-01-01", cpr: "0707614285", user: undefined })).toEqual({ from: "2026-01-01", cpr: "070761-XXXX" });
  });
});

describe("the citizen's access report", () => {
  it("has asked nothing until a search id is sent, whatever CPR number the URL holds", () => {
    expect(parseSubjectReport({})).toEqual({ ok: false, asked: false, values: { cpr: undefined, export: undefined } });
    expect(parseSubjectReport({ cpr: "0707614285" })).toMatchObject({ ok: false, asked: false });
  });
  it("takes the number with or without a dash", () => {
    expect(parseSubjectReport({}, typed("070761-4285"))).toMatchObject({ ok: true, cpr: "0707614285" });
    expect(parseSubjectReport(new URLSearchParams({ export: "rows" }), typed("0707614285"))).toMatchObject({ ok: true, cpr: "0707614285", values: { export: "rows" } });
  });
  it("says what is wrong, in Danish, also when the search id has expired", () => {
    expect(parseSubjectReport({}, typed(""))).toMatchObject({ ok: false, asked: true, error: "Skriv borgerens CPR-nummer" });
    expect(parseSubjectReport({}, typed("0707"))).toMatchObject({ ok: false, asked: true, error: inDanish(CPR_MESSAGES.format) });
    expect(parseSubjectReport({}, { ok: false, reason: "invalid" })).toMatchObject({ ok: false, asked: true, error: inDanish(CPR_MESSAGES.expired) });
  });
});

describe("characters no filter takes (lib/validation/text.ts)", () => {
  const search = { from: "01-03-2026", to: "31-03-2026", user: "Hansen", organisation: "Lægehuset", action: "referral.read", cpr: "070761-4285" };
  // The CPR number never comes from the URL: the page opens it from the search id (decision 009).
  const parseTyped = ({ cpr, ...fields }: typeof search) => parseAuditSearch(fields, typed(cpr));

  it.each(badTextCases(search))("refuses %s with %s, with the Danish message at the field, and keeps what was typed", (field, _name, value) => {
    const parsed = parseTyped({ ...search, [field]: value });
    expect(parsed).toMatchObject({ ok: false, fieldErrors: { [field]: inDanish(UNSAFE_TEXT_MESSAGE) } });
    expect(parsed.values[field]).toBe(value);
  });

  it("refuses them in the citizen's report too", () => {
    expect(parseSubjectReport({}, typed("0707\u0000614285"))).toMatchObject({ ok: false, asked: true, error: inDanish(UNSAFE_TEXT_MESSAGE) });
  });

  it("refuses a CPR number born in the future", () => {
    expect(parseAuditSearch({}, typed("311235-4285"))).toMatchObject({ ok: false, fieldErrors: { cpr: inDanish(CPR_MESSAGES.future) } });
  });

  it("ignores a page cursor with control characters, like any tampered cursor", () => {
    expect(parseAuditSearch({ after: "2026-03-01T10:00:00.000Z_ab\u0000" }).page.after).toBeUndefined();
  });
});
