import { describe, expect, it } from "vitest";
import { ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";
import { allowedEvents, CLOSED_STATUSES, nextStatus, OPEN_STATUSES, TransitionError } from "./transitions";

type Move = [from: ReferralStatus, event: ReferralEventType, to: ReferralStatus];

// The referral lifecycle (docs/architecture.md), written out move by move, independently of the table in transitions.ts.
const ALLOWED: Move[] = [
  ["DRAFT", "SENT", "SENT"],

  ["SENT", "RECEIVED", "RECEIVED"],
  ["SENT", "PRIORITY_CHANGED", "SENT"],
  ["SENT", "WITHDRAWN", "WITHDRAWN"],

  ["RECEIVED", "CLAIMED", "IN_TRIAGE"],
  ["RECEIVED", "ASSIGNED", "RECEIVED"],
  ["RECEIVED", "SEEN", "RECEIVED"],
  ["RECEIVED", "INFORMATION_REQUESTED", "AWAITING_INFORMATION"],
  ["RECEIVED", "FORWARDED", "FORWARDED"],
  ["RECEIVED", "PRIORITY_CHANGED", "RECEIVED"],
  ["RECEIVED", "ACCEPTED", "ACCEPTED"],
  ["RECEIVED", "CONTACT_ATTEMPT", "RECEIVED"],
  ["RECEIVED", "DECLINED", "DECLINED"],
  ["RECEIVED", "CITIZEN_DECLINED", "CITIZEN_DECLINED"],
  ["RECEIVED", "NOT_REACHED", "NOT_REACHED"],
  ["RECEIVED", "WITHDRAWN", "WITHDRAWN"],

  ["IN_TRIAGE", "RELEASED", "RECEIVED"],
  ["IN_TRIAGE", "ASSIGNED", "IN_TRIAGE"],
  ["IN_TRIAGE", "INFORMATION_REQUESTED", "AWAITING_INFORMATION"],
  ["IN_TRIAGE", "FORWARDED", "FORWARDED"],
  ["IN_TRIAGE", "PRIORITY_CHANGED", "IN_TRIAGE"],
  ["IN_TRIAGE", "DECLINED", "DECLINED"],
  ["IN_TRIAGE", "WITHDRAWN", "WITHDRAWN"],

  ["AWAITING_INFORMATION", "INFORMATION_PROVIDED", "RECEIVED"],
  ["AWAITING_INFORMATION", "PRIORITY_CHANGED", "AWAITING_INFORMATION"],
  ["AWAITING_INFORMATION", "WITHDRAWN", "WITHDRAWN"],

  ["FORWARDED", "RECEIVED", "RECEIVED"],
  ["FORWARDED", "PRIORITY_CHANGED", "FORWARDED"],
  ["FORWARDED", "WITHDRAWN", "WITHDRAWN"],

  ["ACCEPTED", "INFORMATION_REQUESTED", "AWAITING_INFORMATION"],
  ["ACCEPTED", "FORWARDED", "FORWARDED"],
  ["ACCEPTED", "PRIORITY_CHANGED", "ACCEPTED"],
  ["ACCEPTED", "FIRST_MEETING_BOOKED", "FIRST_MEETING_BOOKED"],
  ["ACCEPTED", "CONTACT_ATTEMPT", "ACCEPTED"],
  ["ACCEPTED", "ASSIGNED", "ACCEPTED"],
  ["ACCEPTED", "COMPLETED", "COMPLETED"],
  ["ACCEPTED", "DECLINED", "DECLINED"],
  ["ACCEPTED", "CITIZEN_DECLINED", "CITIZEN_DECLINED"],
  ["ACCEPTED", "NOT_REACHED", "NOT_REACHED"],
  ["ACCEPTED", "WITHDRAWN", "WITHDRAWN"],

  ["FIRST_MEETING_BOOKED", "FIRST_MEETING_BOOKED", "FIRST_MEETING_BOOKED"],
  ["FIRST_MEETING_BOOKED", "PRIORITY_CHANGED", "FIRST_MEETING_BOOKED"],
  ["FIRST_MEETING_BOOKED", "CONTACT_ATTEMPT", "FIRST_MEETING_BOOKED"],
  ["FIRST_MEETING_BOOKED", "ASSIGNED", "FIRST_MEETING_BOOKED"],
  ["FIRST_MEETING_BOOKED", "NO_SHOW", "ACCEPTED"],
  ["FIRST_MEETING_BOOKED", "STARTED", "STARTED"],
  ["FIRST_MEETING_BOOKED", "COMPLETED", "COMPLETED"],
  ["FIRST_MEETING_BOOKED", "CITIZEN_DECLINED", "CITIZEN_DECLINED"],
  ["FIRST_MEETING_BOOKED", "NOT_REACHED", "NOT_REACHED"],
  ["FIRST_MEETING_BOOKED", "WITHDRAWN", "WITHDRAWN"],

  ["STARTED", "PRIORITY_CHANGED", "STARTED"],
  ["STARTED", "ASSIGNED", "STARTED"],
  ["STARTED", "COMPLETED", "COMPLETED"],
  ["STARTED", "WITHDRAWN", "WITHDRAWN"],

  // Closed: only the follow-up on the next step is recorded, and the status stays.
  ["COMPLETED", "FOLLOWED_UP", "COMPLETED"],
  ["CITIZEN_DECLINED", "FOLLOWED_UP", "CITIZEN_DECLINED"],
  ["NOT_REACHED", "FOLLOWED_UP", "NOT_REACHED"],
];

const ALL_STATUSES = Object.values(ReferralStatus);
const ALL_EVENTS = Object.values(ReferralEventType);
const isAllowed = (from: ReferralStatus, event: ReferralEventType) => ALLOWED.some(([f, e]) => f === from && e === event);
const NOT_ALLOWED = ALL_STATUSES.flatMap((from) =>
  ALL_EVENTS.filter((event) => !isAllowed(from, event)).map((event): [ReferralStatus, ReferralEventType] => [from, event]),
);

describe("nextStatus", () => {
  it.each(ALLOWED)("%s —%s→ %s", (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it.each(NOT_ALLOWED)("refuses %s —%s→", (from, event) => {
    let thrown: unknown;
    try {
      nextStatus(from, event);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TransitionError);
    expect(thrown).toMatchObject({ name: "TransitionError", from, event });
  });

  it("covers every (status, event) pair exactly once between the two tables", () => {
    expect(ALLOWED.length + NOT_ALLOWED.length).toBe(ALL_STATUSES.length * ALL_EVENTS.length);
  });

  it("follows a referral from draft to completed", () => {
    const events: ReferralEventType[] = ["SENT", "RECEIVED", "SEEN", "ACCEPTED", "CONTACT_ATTEMPT", "FIRST_MEETING_BOOKED", "FIRST_MEETING_BOOKED", "STARTED", "COMPLETED"];
    expect(events.reduce<ReferralStatus>(nextStatus, "DRAFT")).toBe("COMPLETED");
  });

  it("follows a referral through triage, a question to the referrer and a forward to a unit", () => {
    const events: ReferralEventType[] = ["SENT", "RECEIVED", "CLAIMED", "INFORMATION_REQUESTED", "INFORMATION_PROVIDED", "CLAIMED", "FORWARDED", "RECEIVED", "ACCEPTED"];
    expect(events.reduce<ReferralStatus>(nextStatus, "DRAFT")).toBe("ACCEPTED");
  });

  it("lets triage put a claimed case back in the queue", () => {
    expect(nextStatus(nextStatus("RECEIVED", "CLAIMED"), "RELEASED")).toBe("RECEIVED");
  });

  it("does not let triage accept a referral itself", () => {
    expect(() => nextStatus("IN_TRIAGE", "ACCEPTED")).toThrow(TransitionError);
  });

  it("does not let a draft be withdrawn or re-prioritised, nor a referral be sent twice", () => {
    expect(() => nextStatus("DRAFT", "WITHDRAWN")).toThrow(TransitionError);
    expect(() => nextStatus("DRAFT", "PRIORITY_CHANGED")).toThrow(TransitionError);
    expect(() => nextStatus("SENT", "SENT")).toThrow(TransitionError);
  });

  it("explains the refused move in the error message", () => {
    expect(() => nextStatus("COMPLETED", "STARTED")).toThrow("A referral in status COMPLETED does not allow the event STARTED");
  });
});

describe("allowedEvents", () => {
  it.each(ALL_STATUSES)("matches the lifecycle for %s", (status) => {
    const expected = ALLOWED.filter(([from]) => from === status).map(([, event]) => event);
    expect([...allowedEvents(status)].sort()).toEqual([...expected].sort());
  });

  it.each(ALL_STATUSES)("gives only events nextStatus accepts for %s", (status) => {
    for (const event of allowedEvents(status)) expect(() => nextStatus(status, event)).not.toThrow();
  });
});

describe("open and closed statuses", () => {
  it("split every status into exactly one of the two", () => {
    expect([...OPEN_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...ALL_STATUSES].sort());
    expect(OPEN_STATUSES.filter((status) => CLOSED_STATUSES.includes(status))).toEqual([]);
  });

  it("closes at completed and the side exits", () => {
    expect([...CLOSED_STATUSES].sort()).toEqual(["CITIZEN_DECLINED", "COMPLETED", "DECLINED", "NOT_REACHED", "WITHDRAWN"]);
  });

  it.each([...CLOSED_STATUSES])("%s allows nothing but the follow-up, which leaves it where it is", (status) => {
    for (const event of allowedEvents(status)) {
      expect(event).toBe("FOLLOWED_UP");
      expect(nextStatus(status, event)).toBe(status);
    }
    for (const event of ALL_EVENTS.filter((type) => type !== "FOLLOWED_UP")) expect(() => nextStatus(status, event)).toThrow(TransitionError);
  });

  it.each([...OPEN_STATUSES])("%s allows a way on", (status) => {
    expect(allowedEvents(status).length).toBeGreaterThan(0);
  });

  it.each(OPEN_STATUSES.filter((status) => status !== "DRAFT"))("%s can be withdrawn by the referrer", (status) => {
    expect(nextStatus(status, "WITHDRAWN")).toBe("WITHDRAWN");
  });
});
