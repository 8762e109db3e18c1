import { z } from "zod";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, FOLLOW_UP_ANSWERS, OUTCOME_REASONS, OUTCOMES } from "@/lib/referrals/event-details";
import { needsReason } from "./closing";
import { caseRefSchema, forwardSchema } from "@/lib/referrals/schemas";
import { copenhagenTime } from "@/lib/time/copenhagen";
import { text } from "@/lib/validation/text";

// The unit's decisions on a referral in its inbox, as the referral page's forms post them (every value a string) and
// as lib/unit-inbox receives them; the messages are keys, said in the user's language. Decline and forward are shared
// with central triage (lib/referrals/schemas.ts).

export const PLACE_LIMITS = { min: 3, max: 200 } as const;
export const CONTACT_NOTE_MAX = 1000;
/** "Kunne ikke kontaktes" only after this many logged attempts: the GP must know the unit really tried. */
export const MIN_CONTACT_ATTEMPTS = 2;

/** Accept, started, no-show: which referral, and the version the page showed. */
export const unitMoveSchema = caseRefSchema;

export const firstMeetingSchema = caseRefSchema
  .extend({
    date: text({ error: "unitInbox.meetingDateMissing" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, "unitInbox.meetingDateMissing"),
    time: text({ error: "unitInbox.meetingTimeMissing" }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "unitInbox.meetingTimeFormat"),
    place: text({ error: "unitInbox.placeMissing" })
      .trim()
      .min(PLACE_LIMITS.min, "unitInbox.placeMissing")
      .max(PLACE_LIMITS.max, "unitInbox.placeTooLong"),
  })
  .transform(({ date, time, ...rest }, ctx) => {
    const at = copenhagenTime(date, time);
    if (!at) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "unitInbox.dateDoesNotExist" });
      return z.NEVER;
    }
    if (at.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "unitInbox.meetingInPast" });
      return z.NEVER;
    }
    return { ...rest, at };
  });

export type FirstMeetingInput = z.output<typeof firstMeetingSchema>;

export const contactAttemptSchema = caseRefSchema.extend({
  channel: z.enum(CONTACT_CHANNELS, { error: "unitInbox.channelMissing" }),
  outcome: z.enum(CONTACT_OUTCOMES, { error: "unitInbox.outcomeMissing" }),
  note: text({ multiline: true })
    .trim()
    .max(CONTACT_NOTE_MAX, "unitInbox.contactNoteTooLong")
    .optional()
    .transform((value) => value || undefined),
});

export type ContactAttemptInput = z.output<typeof contactAttemptSchema>;


/** Forward from a unit: the triage form's first offer may be "back to central triage" instead. */
export const TO_CENTRAL_TRIAGE = "CENTRAL_TRIAGE";
export const TO_TRIAGE_NOTE_MIN = 5;

/** The unit's forward: to other units' offers, or (as the first choice, alone and saying why) back to central triage. */
export const unitForwardSchema = forwardSchema
  .superRefine((input, ctx) => {
    if (input.to.offerIds[0] !== TO_CENTRAL_TRIAGE) return;
    if (input.to.offerIds.length > 1) {
      ctx.addIssue({ code: "custom", path: ["alsoOfferIds"], message: "unitInbox.toTriageWithOffers" });
    }
    if ((input.note?.length ?? 0) < TO_TRIAGE_NOTE_MIN) ctx.addIssue({ code: "custom", path: ["note"], message: "unitInbox.toTriageNoteMissing" });
  })
  .transform(({ to, ...rest }) => ({ ...rest, to: to.offerIds[0] === TO_CENTRAL_TRIAGE ? ("CENTRAL_TRIAGE" as const) : to }));

export const CLOSING_NOTE_LIMITS = { min: 10, max: 2000 } as const;
export const REASON_TEXT_MAX = 300;
/** The next step's choice for "nothing needed"; any other value is an offer's id. */
export const NOTHING_NEEDED = "NOTHING_NEEDED";

/**
 * Closing the referral: the outcome, a reason from the list where the outcome needs one (and, for "Andet", in words),
 * a short note for the GP (MedCom's discharge letter is the model) and the next step — an offer or nothing needed.
 */
export const closeReferralSchema = caseRefSchema
  .extend({
    outcome: z.enum(OUTCOMES, { error: "unitInbox.closingOutcomeMissing" }),
    // The list's empty choice ("Vælg årsag") is no reason.
    reason: z.preprocess((value) => (value === "" ? undefined : value), z.enum(OUTCOME_REASONS, { error: "unitInbox.outcomeReasonMissing" }).optional()),
    reasonText: text({ multiline: true }).trim().max(REASON_TEXT_MAX, "unitInbox.outcomeReasonTextTooLong").optional(),
    note: text({ error: "unitInbox.closingNoteTooShort", multiline: true })
      .trim()
      .min(CLOSING_NOTE_LIMITS.min, "unitInbox.closingNoteTooShort")
      .max(CLOSING_NOTE_LIMITS.max, "unitInbox.closingNoteTooLong"),
    nextStep: text({ error: "unitInbox.nextStepMissing" }).trim().min(1, "unitInbox.nextStepMissing").max(100, "unitInbox.nextStepMissing"),
  })
  .superRefine((input, ctx) => {
    if (needsReason(input.outcome) && !input.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "unitInbox.outcomeReasonMissing" });
    if (input.reason === "OTHER" && !input.reasonText) ctx.addIssue({ code: "custom", path: ["reasonText"], message: "unitInbox.outcomeReasonTextMissing" });
  })
  .transform(({ reason, reasonText, ...input }) => ({
    ...input,
    reason: needsReason(input.outcome) ? reason : undefined,
    reasonText: needsReason(input.outcome) && reason === "OTHER" ? reasonText : undefined,
  }));

export type CloseReferralInput = z.output<typeof closeReferralSchema>;

/** The answer to the follow-up some months after closing with a next step. */
export const followUpSchema = caseRefSchema.extend({ answer: z.enum(FOLLOW_UP_ANSWERS, { error: "unitInbox.followUpAnswerMissing" }) });

export type FollowUpInput = z.output<typeof followUpSchema>;
