"use server";

import { decisionActions } from "@/lib/http/decision-action";
import { declineReferral } from "@/lib/referrals/decline-referral";
import { forwardReferral } from "@/lib/referrals/forward-referral";
import { assignReferral } from "@/lib/referrals/assign-referral";
import { writeMessage } from "@/lib/referrals/messages";
import { assignSchema, caseRefSchema, declineSchema, forwardSchema, messageSchema } from "@/lib/referrals/schemas";
import { changePriority } from "@/lib/triage/change-priority";
import { claimTriageCase } from "@/lib/triage/claim-triage-case";
import { releaseTriageCase } from "@/lib/triage/release-triage-case";
import { requestInformation } from "@/lib/triage/request-information";
import { priorityChangeSchema, requestInformationSchema } from "@/lib/triage/schemas";

// Central triage's decisions. createAction checks the session and "triage:work" before anything else; lib/triage
// checks again who may decide on which case, and each decision is a status event written by transitionReferral. The
// queue and the case page are rendered again, so the page shows the new state (and the new version) at once.

const decision = decisionActions({ permission: "triage:work", path: "/visitation" });

export const claimAction = decision(caseRefSchema, claimTriageCase);
export const releaseAction = decision(caseRefSchema, releaseTriageCase);
export const forwardAction = decision(forwardSchema, forwardReferral);
export const requestInformationAction = decision(requestInformationSchema, requestInformation);
export const changePriorityAction = decision(priorityChangeSchema, changePriority);
export const declineAction = decision(declineSchema, declineReferral);
export const assignAction = decision(assignSchema, assignReferral);
export const triageMessageAction = decision(messageSchema, writeMessage);
