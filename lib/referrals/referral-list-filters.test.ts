import { describe, expect, it } from "vitest";
import {
  hasReferralListFilters,
  NO_REFERRAL_LIST_FILTERS,
  parseReferralListFilters,
  referralListConditions,
  referralListQueryString,
} from "./referral-list-filters";

const now = new Date("2025-06-30T12:00:00Z");

describe("the filters of Mine henvisninger", () => {
  it("shows everything when the URL has no filters", () => {
    const filters = parseReferralListFilters({});
    expect(filters).toEqual(NO_REFERRAL_LIST_FILTERS);
    expect(hasReferralListFilters(filters)).toBe(false);
    expect(referralListQueryString(filters)).toBe("");
    expect(referralListConditions(filters, now)).toEqual({ statuses: undefined, sentSince: undefined });
  });

  it("reads a status group and a period, the first of a repeated parameter counting", () => {
    const filters = parseReferralListFilters({ status: ["waiting", "closed"], period: "90d" });
    expect(filters).toEqual({ status: "waiting", period: "90d", unread: false });
    expect(hasReferralListFilters(filters)).toBe(true);
    expect(referralListQueryString(filters)).toBe("?status=waiting&period=90d");
  });

  it("falls back to all for unknown values instead of failing", () => {
    expect(parseReferralListFilters({ status: "DRAFT", period: "7d", unread: "maybe" })).toEqual(NO_REFERRAL_LIST_FILTERS);
  });

  it("reads “Kun med nyt” from the checkbox and keeps it in the query string", () => {
    const filters = parseReferralListFilters({ unread: "1" });
    expect(filters).toEqual({ ...NO_REFERRAL_LIST_FILTERS, unread: true });
    expect(hasReferralListFilters(filters)).toBe(true);
    expect(referralListQueryString(filters)).toBe("?unread=1");
    expect(referralListQueryString({ status: "open", period: "30d", unread: true })).toBe("?status=open&period=30d&unread=1");
    expect(parseReferralListFilters({ unread: "0" }).unread).toBe(false);
  });

  it("maps the status groups to statuses, never listing drafts", () => {
    const statuses = (status: "open" | "waiting" | "closed") => referralListConditions({ status, period: "all" }, now).statuses;
    expect(statuses("waiting")).toEqual(["AWAITING_INFORMATION"]);
    expect(statuses("open")).toContain("AWAITING_INFORMATION");
    expect(statuses("open")).not.toContain("DRAFT");
    expect(statuses("open")).not.toContain("COMPLETED");
    expect(statuses("closed")).toEqual(["COMPLETED", "DECLINED", "CITIZEN_DECLINED", "NOT_REACHED", "WITHDRAWN"]);
  });

  it("counts the period back from now by days", () => {
    const since = (period: "30d" | "90d" | "1y") => referralListConditions({ status: "all", period }, now).sentSince;
    expect(since("30d")).toEqual(new Date("2025-05-31T12:00:00Z"));
    expect(since("90d")).toEqual(new Date("2025-04-01T12:00:00Z"));
    expect(since("1y")).toEqual(new Date("2024-06-30T12:00:00Z"));
  });
});
