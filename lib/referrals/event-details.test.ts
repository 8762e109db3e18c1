import { describe, expect, it } from "vitest";
import { eventDetailsFor, readEventDetails } from "./event-details";

describe("a status event's details", () => {
  it("reads the booked meeting's time", () => {
    expect(readEventDetails("FIRST_MEETING_BOOKED", { kind: "MEETING", at: "2025-12-03T09:00:00.000Z" })).toEqual({ kind: "MEETING", at: "2025-12-03T09:00:00.000Z" });
    expect(readEventDetails("FIRST_MEETING_BOOKED", { kind: "MEETING", at: "ikke en dato" })).toBeNull();
  });

  it("reads a contact attempt's channel and outcome", () => {
    expect(readEventDetails("CONTACT_ATTEMPT", { kind: "CONTACT", channel: "PHONE", outcome: "NO_ANSWER" })).toEqual({ kind: "CONTACT", channel: "PHONE", outcome: "NO_ANSWER" });
    expect(readEventDetails("CONTACT_ATTEMPT", { kind: "CONTACT", channel: "PIGEON", outcome: "NO_ANSWER" })).toBeNull();
  });

  it("reads a decline's reason code and a new priority", () => {
    expect(readEventDetails("DECLINED", { kind: "DECLINE", reason: "NEEDS_OTHER_HELP" })).toEqual({ kind: "DECLINE", reason: "NEEDS_OTHER_HELP" });
    expect(readEventDetails("PRIORITY_CHANGED", { kind: "PRIORITY", priority: "HIGH" })).toEqual({ kind: "PRIORITY", priority: "HIGH" });
  });

  it("reads how a referral came to be or moved", () => {
    expect(readEventDetails("SENT", { kind: "SPLIT" })).toEqual({ kind: "SPLIT" });
    expect(readEventDetails("FORWARDED", { kind: "TO_CENTRAL_TRIAGE" })).toEqual({ kind: "TO_CENTRAL_TRIAGE" });
  });

  it("reads details only for their own event type, words of old rows on any, and nothing as nothing", () => {
    expect(readEventDetails("ACCEPTED", { kind: "PRIORITY", priority: "HIGH" })).toBeNull();
    expect(readEventDetails("ACCEPTED", { kind: "TEXT", text: "Ringet op" })).toEqual({ kind: "TEXT", text: "Ringet op" });
    expect(readEventDetails("ACCEPTED", null)).toBeNull();
    expect(readEventDetails("ACCEPTED", "HIGH")).toBeNull();
  });

  it("refuses to write details of another event type", () => {
    expect(eventDetailsFor("DECLINED", { kind: "DECLINE", reason: "OTHER" })).toEqual({ kind: "DECLINE", reason: "OTHER" });
    expect(() => eventDetailsFor("ACCEPTED", { kind: "DECLINE", reason: "OTHER" })).toThrow(/ACCEPTED/);
    // @ts-expect-error a reason code the union does not know
    expect(() => eventDetailsFor("DECLINED", { kind: "DECLINE", reason: "MAYBE" })).toThrow();
  });
});
