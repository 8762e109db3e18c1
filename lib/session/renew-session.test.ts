import { describe, expect, it, vi } from "vitest";
import { renewSession } from "./renew-session";

const user = { id: "u1", name: "Anne", role: "GP", organisationId: "o1", organisationName: "Lægehuset", organisationType: "GP_PRACTICE", unitId: null };
const start = Date.UTC(2026, 11, 2, 8, 0);
const claims = { portalUser: user, sessionId: "s1", signedInAt: start, lastSeenAt: start };
const later = start + 5 * 60_000;

describe("renewSession", () => {
  it("renews an open session's last-seen time", async () => {
    expect(await renewSession(claims, later, 30, async () => true)).toEqual({ ...claims, lastSeenAt: later });
  });

  it("ends a session whose row has ended, and one without a row id", async () => {
    expect(await renewSession(claims, later, 30, async () => false)).toBeNull();
    const { sessionId: _id, ...withoutRow } = claims;
    expect(await renewSession(withoutRow, later, 30, async () => true)).toBeNull();
  });

  it("ends an idle or too old session without asking the database", async () => {
    const isOpen = vi.fn(async () => true);
    expect(await renewSession(claims, start + 31 * 60_000, 30, isOpen)).toBeNull();
    expect(await renewSession({ ...claims, lastSeenAt: start + 8 * 3_600_000 - 1 }, start + 8 * 3_600_000, 30, isOpen)).toBeNull();
    expect(isOpen).not.toHaveBeenCalled();
  });

  it("keeps the session, unrenewed and marked, when the check itself fails; the next check clears the mark", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await renewSession(claims, later, 30, async () => {
      throw new Error("the database system is starting up");
    });
    expect(failed).toEqual({ ...claims, sessionCheckFailedAt: later });
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
    const again = later + 1_000;
    expect(await renewSession(failed!, again, 30, async () => true)).toEqual({ ...claims, lastSeenAt: again });
    expect(await renewSession(failed!, again, 30, async () => false)).toBeNull();
  });
});
