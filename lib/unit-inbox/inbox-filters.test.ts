import { describe, expect, it } from "vitest";
import { DEFAULT_INBOX_FILTERS, hasInboxFilters, inboxQueryString, inboxStatuses, parseInboxFilters } from "./inbox-filters";

describe("unit inbox filters", () => {
  it("reads the URL, falling back to the defaults for unknown values", () => {
    expect(parseInboxFilters({})).toEqual(DEFAULT_INBOX_FILTERS);
    expect(parseInboxFilters({ view: "oldest", status: "new", offer: "mere-luft-i-hverdagen-kol" })).toEqual({ view: "oldest", status: "new", offer: "mere-luft-i-hverdagen-kol" });
    expect(parseInboxFilters({ view: "random", status: ["closed", "new"], offer: "<script>" })).toEqual({ view: "newest", status: "closed", offer: "" });
  });

  it("writes only what differs from the defaults", () => {
    expect(inboxQueryString(DEFAULT_INBOX_FILTERS)).toBe("");
    expect(inboxQueryString({ view: "oldest", status: "all", offer: "rygestop" })).toBe("?view=oldest&status=all&offer=rygestop");
    expect(hasInboxFilters(DEFAULT_INBOX_FILTERS)).toBe(false);
    expect(hasInboxFilters({ ...DEFAULT_INBOX_FILTERS, view: "oldest" })).toBe(true);
  });

  it("groups the statuses a unit works with", () => {
    expect(inboxStatuses("new")).toEqual(["RECEIVED"]);
    expect(inboxStatuses("open")).toEqual(["RECEIVED", "ACCEPTED", "FIRST_MEETING_BOOKED", "STARTED"]);
    expect(inboxStatuses("closed")).toContain("NOT_REACHED");
    expect(inboxStatuses("all")).toBeUndefined();
  });
});
