import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { decide, type CaseTarget } from "@/lib/referrals/decide";
import { mayRecordNoShow } from "./closing";

/**
 * The citizen did not come to the booked first meeting, recorded once its time has come: the meeting is cleared, the
 * referral is back to be booked again (a new first-meeting clock), or closed as not reached after logged attempts.
 */
export async function recordNoShow(user: SessionUser, target: CaseTarget, now = new Date()) {
  return decide(user, target, {
    scope: "unit",
    event: "NO_SHOW",
    data: { firstMeetingAt: null, firstMeetingPlace: null },
    audit: "referral.no_show",
    before: async (tx) => {
      const { firstMeetingAt } = await tx.referral.findUniqueOrThrow({ where: { id: target.referralId }, select: { firstMeetingAt: true } });
      if (!mayRecordNoShow(firstMeetingAt, now)) throw new AppError("INVALID", "unitInbox.noShowTooEarly");
    },
  });
}
