"use server";

import { decisionActions } from "@/lib/http/decision-action";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { declineSchema } from "@/lib/referrals/schemas";
import { acceptReferral } from "@/lib/unit-inbox/accept-referral";
import { bookFirstMeeting } from "@/lib/unit-inbox/book-first-meeting";
import { logContactAttempt } from "@/lib/unit-inbox/log-contact-attempt";
import { markCitizenDeclined } from "@/lib/unit-inbox/mark-citizen-declined";
import { markCompleted } from "@/lib/unit-inbox/mark-completed";
import { markNotReached } from "@/lib/unit-inbox/mark-not-reached";
import { markStarted } from "@/lib/unit-inbox/mark-started";
import { citizenDeclinedSchema, contactAttemptSchema, firstMeetingSchema, unitForwardSchema, unitMoveSchema } from "@/lib/unit-inbox/schemas";

// The unit's decisions on a referral in its inbox. createAction checks the session and "unit-inbox:work" before
// anything else; lib/unit-inbox finds the referral only at the user's unit, and each decision is a status event
// written by transitionReferral. The inbox and the referral page are rendered again with the new state and version.

const decision = decisionActions({ permission: "unit-inbox:work", path: "/indbakke" });

export const acceptAction = decision(unitMoveSchema, acceptReferral);
export const bookFirstMeetingAction = decision(firstMeetingSchema, bookFirstMeeting);
export const contactAttemptAction = decision(contactAttemptSchema, logContactAttempt);
export const startAction = decision(unitMoveSchema, markStarted);
export const completeAction = decision(unitMoveSchema, markCompleted);
export const citizenDeclinedAction = decision(citizenDeclinedSchema, markCitizenDeclined);
export const notReachedAction = decision(unitMoveSchema, markNotReached);
export const unitDeclineAction = decision(declineSchema, declineReferral);
export const unitForwardAction = decision(unitForwardSchema, forwardReferral);
