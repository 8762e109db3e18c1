"use server";

import { createAction, redirectOnSuccess } from "@/lib/http/action";
import { makeInvitation } from "@/lib/letters/make-invitation";
import { invitationSchema } from "@/lib/letters/schemas";
import { decisionActions } from "@/lib/http/decision-action";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { assignReferral } from "@/lib/referrals/assign-referral";
import { writeMessage } from "@/lib/referrals/messages";
import { assignSchema, declineSchema, messageSchema } from "@/lib/referrals/schemas";
import { acceptReferral } from "@/lib/unit-inbox/accept-referral";
import { bookFirstMeeting } from "@/lib/unit-inbox/book-first-meeting";
import { logContactAttempt } from "@/lib/unit-inbox/log-contact-attempt";
import { closeReferral } from "@/lib/unit-inbox/close-referral";
import { recordFollowUp } from "@/lib/unit-inbox/follow-up";
import { markStarted } from "@/lib/unit-inbox/mark-started";
import { recordNoShow } from "@/lib/unit-inbox/record-no-show";
import { closeReferralSchema, contactAttemptSchema, firstMeetingSchema, followUpSchema, unitForwardSchema, unitMoveSchema } from "@/lib/unit-inbox/schemas";

// The unit's decisions on a referral in its inbox. createAction checks the session and "unit-inbox:work" before
// anything else; lib/unit-inbox finds the referral only at the user's unit, and each decision is a status event
// written by transitionReferral. The inbox and the referral page are rendered again with the new state and version.

const decision = decisionActions({ permission: "unit-inbox:work", path: "/indbakke" });

export const acceptAction = decision(unitMoveSchema, acceptReferral);
export const bookFirstMeetingAction = decision(firstMeetingSchema, bookFirstMeeting);
export const contactAttemptAction = decision(contactAttemptSchema, logContactAttempt);
export const startAction = decision(unitMoveSchema, markStarted);
export const noShowAction = decision(unitMoveSchema, recordNoShow);
export const closeAction = decision(closeReferralSchema, closeReferral);
export const followUpAction = decision(followUpSchema, recordFollowUp);
export const unitDeclineAction = decision(declineSchema, declineReferral);
export const unitForwardAction = decision(unitForwardSchema, forwardReferral);
export const unitAssignAction = decision(assignSchema, assignReferral);
export const unitMessageAction = decision(messageSchema, writeMessage);

/** The citizen's invitation to the first meeting, made once, then opened to print. */
export const invitationAction = redirectOnSuccess(
  createAction({ permission: "unit-inbox:work", schema: invitationSchema, run: async (input, user) => ({ data: await makeInvitation(user, input) }) }),
  (letter) => `/indbakke/invitation/${letter.letterId}`,
);
