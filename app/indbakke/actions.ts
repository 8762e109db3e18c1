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

export const acceptAction = decision(unitMoveSchema, (input, user) => acceptReferral(user, input));
export const bookFirstMeetingAction = decision(firstMeetingSchema, (input, user) => bookFirstMeeting(user, input));
export const contactAttemptAction = decision(contactAttemptSchema, (input, user) => logContactAttempt(user, input));
export const startAction = decision(unitMoveSchema, (input, user) => markStarted(user, input));
export const completeAction = decision(unitMoveSchema, (input, user) => markCompleted(user, input));
export const citizenDeclinedAction = decision(citizenDeclinedSchema, (input, user) => markCitizenDeclined(user, input));
export const notReachedAction = decision(unitMoveSchema, (input, user) => markNotReached(user, input));
export const unitDeclineAction = decision(declineSchema, (input, user) => declineReferral(user, input));
export const unitForwardAction = decision(unitForwardSchema, (input, user) => forwardReferral(user, input));
