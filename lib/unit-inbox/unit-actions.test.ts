import { describe, expect, it } from "vitest";
import { unitActions } from "./unit-actions";

const offered = (status: Parameters<typeof unitActions>[0]) =>
  Object.entries(unitActions(status))
    .filter(([, allowed]) => allowed)
    .map(([action]) => action);

describe("unitActions", () => {
  it("offers accept, contact, decline and forward on a received referral, but not booking or starting", () => {
    expect(offered("RECEIVED")).toEqual(["accept", "logContactAttempt", "decline", "forward"]);
  });

  it("follows the course: booking after accepting, starting and a no-show only from a booked meeting", () => {
    expect(offered("ACCEPTED")).toEqual(["bookFirstMeeting", "logContactAttempt", "decline", "forward"]);
    expect(offered("FIRST_MEETING_BOOKED")).toEqual(["bookFirstMeeting", "logContactAttempt", "start", "noShow"]);
    expect(offered("STARTED")).toEqual([]);
  });

  it("offers nothing on a closed referral", () => {
    for (const status of ["COMPLETED", "DECLINED", "CITIZEN_DECLINED", "NOT_REACHED", "WITHDRAWN"] as const) expect(offered(status)).toEqual([]);
  });
});
