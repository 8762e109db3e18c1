import { describe, expect, it } from "vitest";
import type { ReferralEventType, ReferralStatus } from "@/lib/generated/prisma/enums";
import { describeReferralState, type ReferralStateInput } from "./referral-state";

const LUNG = "Center for Lungesygdomme";
const at = (minute: number) => new Date(Date.UTC(2025, 10, 23, 9, minute));

/** A referral whose timeline is these events, a minute apart from 09:00 UTC. */
function referral(status: ReferralStatus, types: ReferralEventType[], extra: Partial<ReferralStateInput> = {}): ReferralStateInput {
  return { status, unitName: LUNG, firstMeetingAt: null, firstMeetingPlace: null, events: types.map((type, minute) => ({ type, createdAt: at(minute) })), ...extra };
}

describe("the sentence for a referral's state: did it arrive, and is anyone taking care of the citizen?", () => {
  it("received by the unit and opened: says when it was opened", () => {
    expect(describeReferralState(referral("RECEIVED", ["SENT", "RECEIVED", "SEEN"]))).toEqual({
      kind: "RECEIVED",
      unitName: LUNG,
      receivedAt: at(1),
      openedAt: at(2),
      neverOpened: false,
      contactAttempts: 0,
    });
  });

  it("received by the unit but not opened yet: says so, and counts the tries to reach the citizen", () => {
    const state = describeReferralState(referral("RECEIVED", ["SENT", "RECEIVED", "CONTACT_ATTEMPT"]));
    expect(state).toMatchObject({ kind: "RECEIVED", openedAt: null, neverOpened: true, contactAttempts: 1 });
  });

  it("with central triage: nobody has to open it, and a claim means someone is on it", () => {
    expect(describeReferralState(referral("RECEIVED", ["SENT", "RECEIVED"], { unitName: null }))).toMatchObject({ kind: "RECEIVED", unitName: null, neverOpened: false });
    expect(describeReferralState(referral("IN_TRIAGE", ["SENT", "RECEIVED", "CLAIMED"], { unitName: null }))).toEqual({ kind: "IN_TRIAGE", since: at(2) });
  });

  it("forwarded to a unit after an opening elsewhere: the new receipt counts, and nothing is claimed about opening", () => {
    const state = describeReferralState(referral("RECEIVED", ["SENT", "RECEIVED", "SEEN", "CONTACT_ATTEMPT", "FORWARDED", "RECEIVED"], { unitName: "Center for Mental Sundhed" }));
    expect(state).toEqual({ kind: "RECEIVED", unitName: "Center for Mental Sundhed", receivedAt: at(5), openedAt: null, neverOpened: false, contactAttempts: 0 });
  });

  it("waiting for the practice's answer: who asked and since when", () => {
    expect(describeReferralState(referral("AWAITING_INFORMATION", ["SENT", "RECEIVED", "SEEN", "INFORMATION_REQUESTED"]))).toEqual({
      kind: "AWAITING_INFORMATION",
      unitName: LUNG,
      since: at(3),
    });
  });

  it("accepted: when, and the tries to reach the citizen since it was received", () => {
    expect(describeReferralState(referral("ACCEPTED", ["SENT", "RECEIVED", "SEEN", "CONTACT_ATTEMPT", "ACCEPTED", "CONTACT_ATTEMPT"]))).toEqual({
      kind: "ACCEPTED",
      unitName: LUNG,
      at: at(4),
      contactAttempts: 2,
    });
  });

  it("first meeting booked: the meeting's time and place, or none when not on the referral", () => {
    const meetingAt = new Date("2025-12-03T09:00:00Z");
    const booked = referral("FIRST_MEETING_BOOKED", ["SENT", "RECEIVED", "ACCEPTED", "FIRST_MEETING_BOOKED"], { firstMeetingAt: meetingAt, firstMeetingPlace: "Mødelokale 2" });
    expect(describeReferralState(booked)).toEqual({ kind: "FIRST_MEETING_BOOKED", unitName: LUNG, meeting: { at: meetingAt, place: "Mødelokale 2" } });
    expect(describeReferralState({ ...booked, firstMeetingAt: null })).toMatchObject({ meeting: null });
  });

  it("started and the ends: when it happened", () => {
    expect(describeReferralState(referral("STARTED", ["SENT", "RECEIVED", "ACCEPTED", "STARTED"]))).toEqual({ kind: "STARTED", unitName: LUNG, at: at(3) });
    expect(describeReferralState(referral("COMPLETED", ["SENT", "RECEIVED", "ACCEPTED", "STARTED", "COMPLETED"]))).toMatchObject({ kind: "COMPLETED", at: at(4) });
    expect(describeReferralState(referral("DECLINED", ["SENT", "RECEIVED", "CLAIMED", "DECLINED"], { unitName: null }))).toMatchObject({ kind: "DECLINED", unitName: null, at: at(3) });
    expect(describeReferralState(referral("WITHDRAWN", ["SENT", "RECEIVED", "WITHDRAWN"]))).toMatchObject({ kind: "WITHDRAWN", at: at(2) });
  });

  it("not reached: after how many tries", () => {
    expect(describeReferralState(referral("NOT_REACHED", ["SENT", "RECEIVED", "CONTACT_ATTEMPT", "CONTACT_ATTEMPT", "NOT_REACHED"]))).toEqual({
      kind: "NOT_REACHED",
      unitName: LUNG,
      at: at(4),
      contactAttempts: 2,
    });
  });

  it("sent but not received, or on its way after a forward: on its way", () => {
    expect(describeReferralState(referral("SENT", ["SENT"]))).toEqual({ kind: "ON_ITS_WAY", unitName: LUNG });
    expect(describeReferralState(referral("FORWARDED", ["SENT", "RECEIVED", "FORWARDED"]))).toEqual({ kind: "ON_ITS_WAY", unitName: LUNG });
  });
});
