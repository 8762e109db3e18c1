import { describe, expect, it } from "vitest";
import { readEventReason } from "./event-reason";

describe("reading a status event's reason", () => {
  it("reads the booked meeting's time", () => {
    expect(readEventReason("FIRST_MEETING_BOOKED", "2025-12-03T09:00:00.000Z")).toEqual({ kind: "MEETING", at: new Date("2025-12-03T09:00:00.000Z") });
  });

  it("reads a contact attempt's channel and outcome", () => {
    expect(readEventReason("CONTACT_ATTEMPT", "PHONE:NO_ANSWER")).toEqual({ kind: "CONTACT", channel: "PHONE", outcome: "NO_ANSWER" });
    expect(readEventReason("CONTACT_ATTEMPT", "PIGEON:NO_ANSWER")).toEqual({ kind: "TEXT", text: "PIGEON:NO_ANSWER" });
  });

  it("reads a decline's reason code and a new priority", () => {
    expect(readEventReason("DECLINED", "NEEDS_OTHER_HELP")).toEqual({ kind: "DECLINE", reason: "NEEDS_OTHER_HELP" });
    expect(readEventReason("PRIORITY_CHANGED", "HIGH")).toEqual({ kind: "PRIORITY", priority: "HIGH" });
  });

  it("reads how a referral came to be or moved", () => {
    expect(readEventReason("SENT", "SPLIT")).toEqual({ kind: "CODE", code: "SPLIT" });
    expect(readEventReason("FORWARDED", "TO_CENTRAL_TRIAGE")).toEqual({ kind: "CODE", code: "TO_CENTRAL_TRIAGE" });
  });

  it("reads a code only for its own event type, and keeps anything else as words", () => {
    expect(readEventReason("ACCEPTED", "HIGH")).toEqual({ kind: "TEXT", text: "HIGH" });
    expect(readEventReason("FIRST_MEETING_BOOKED", "ikke en dato")).toEqual({ kind: "TEXT", text: "ikke en dato" });
    expect(readEventReason("ACCEPTED", null)).toBeNull();
    expect(readEventReason("ACCEPTED", "")).toBeNull();
  });
});
