import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import { mayStart } from "./closing";

/** The citizen has begun the course (FHIR Task "in-progress"): only on or after the booked first meeting. */
export async function markStarted(user: SessionUser, target: CaseTarget, now = new Date()) {
  return decide(user, target, {
    scope: "unit",
    event: "STARTED",
    audit: "referral.start",
    before: async (tx) => {
      const { firstMeetingAt } = await tx.referral.findUniqueOrThrow({ where: { id: target.referralId }, select: { firstMeetingAt: true } });
      if (!mayStart(firstMeetingAt, now)) throw new AppError("INVALID", "unitInbox.startBeforeMeeting");
    },
  });
}
