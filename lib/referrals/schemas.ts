import { z } from "zod";
import { parseCpr } from "@/lib/citizens/cpr";
import { ContactChannel, District, EducationLevel, EmploymentStatus } from "@/lib/generated/prisma/enums";
import { BARRIERS } from "@/lib/routing/barriers";
import { screeningField } from "@/lib/screening/schemas";
import type { MessageKey } from "@/lib/i18n/error-messages";
import { isLanguageCode, LANGUAGE_MESSAGE } from "@/lib/validation/language";
import { hasVisibleLetter, text } from "@/lib/validation/text";
import { DECLINE_REASONS } from "./event-details";

// The one referral form, for every unit and for central triage. The same schema checks the form in the browser and on
// the server; the messages (keys, said in the user's language) are what the user reads at the field.

/** Ids, keys and checkbox values are never typed by hand: a longer one is not from the form. */
const NOT_FROM_FORM = "referrals.notFromForm";
export const MAX_NEEDS = 40;

const checkbox = text()
  .max(10, NOT_FROM_FORM)
  .optional()
  .transform((value) => value === "on" || value === "true");
const optionalText = (max: number, message: MessageKey, multiline = false) =>
  text({ multiline })
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || undefined);
const lines = (maxItems: number, maxLength: number, message: MessageKey) =>
  text({ multiline: true })
    .max(maxItems * (maxLength + 2), message)
    .optional()
    .transform((value) => (value ?? "").split(/\r?\n|,/).map((line) => line.trim()).filter(Boolean))
    .refine((items) => items.length <= maxItems && items.every((item) => item.length <= maxLength), message);
/** A repeated field as a list: FormData gives one value as a string, several as an array, none as nothing. */
export const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const manyNeeds = z
  .preprocess(asList, z.array(text().max(100, NOT_FROM_FORM)).max(MAX_NEEDS, "referrals.tooManyNeeds"))
  .transform((items) => items.filter(Boolean));

export const CPR_MESSAGES = {
  format: "referrals.cprFormat",
  date: "referrals.cprDate",
  future: "referrals.cprFuture",
} as const;

export const citizenStep = z.object({
  cpr: text({ error: CPR_MESSAGES.format })
    .trim()
    .max(11, { message: CPR_MESSAGES.format, abort: true })
    // Parsed once, here: what the send and the routing need of it (the digits, the birth date, the sex) is passed on.
    .transform((value, ctx) => {
      const result = parseCpr(value);
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: CPR_MESSAGES[result.error] });
        return z.NEVER;
      }
      return { cpr: result.cpr, birthDate: result.birthDate, sex: result.sex };
    }),
  citizenName: text({ error: "referrals.citizenNameMissing" })
    .trim()
    .min(2, { message: "referrals.citizenNameMissing", abort: true })
    .max(120, "referrals.citizenNameTooLong")
    // Zero-width characters alone would make a name nobody can see in any list.
    .refine(hasVisibleLetter, "referrals.citizenNameNeedsLetters"),
  phone: text()
    .trim()
    .max(20, "referrals.phone")
    .optional()
    .transform((value) => value?.replace(/[\s-]/g, "").replace(/^\+45/, "") || undefined)
    .refine((value) => value === undefined || /^\d{8}$/.test(value), "referrals.phone"),
  bestTimeToCall: optionalText(100, "referrals.bestTimeToCallTooLong"),
  preferredChannel: z.enum(ContactChannel).optional().or(z.literal("").transform(() => undefined)),
  language: text({ error: LANGUAGE_MESSAGE }).refine(isLanguageCode, LANGUAGE_MESSAGE).default("da"),
  needsInterpreter: checkbox,
  district: z.enum(District).optional().or(z.literal("").transform(() => undefined)),
});

export const needsStep = z
  .object({
    needSlugs: manyNeeds,
    needsText: optionalText(2000, "referrals.needsTextTooLong", true),
    diagnoses: lines(10, 100, "referrals.diagnoses"),
    multiMorbidity: checkbox,
    chronicConditionCount: text()
      .trim()
      .max(2, "referrals.chronicConditionCount")
      .optional()
      .transform((value) => (value ? Number(value) : undefined))
      .refine((value) => value === undefined || (Number.isInteger(value) && value >= 0 && value <= 20), "referrals.chronicConditionCount"),
    /** The answers of a "Sundhedssamtale" held before the form (lib/screening), as JSON; sent with the referral. */
    screening: screeningField,
  })
  .refine((step) => step.needSlugs.length > 0 || step.needsText, {
    message: "referrals.needMissing",
    path: ["needSlugs"],
  });

export const BARRIER_NOTE_MAX = 500;

export const socialStep = z.object({
  socialNeeds: checkbox,
  socialSituation: optionalText(1000, "referrals.socialSituationTooLong", true),
  barriers: z.preprocess(asList, z.array(z.enum(BARRIERS, NOT_FROM_FORM)).max(BARRIERS.length, NOT_FROM_FORM)).transform((items) => [...new Set(items)]),
  barrierNote: optionalText(BARRIER_NOTE_MAX, "referrals.barrierNoteTooLong", true),
  educationLevel: z.enum(EducationLevel).default("UNKNOWN"),
  employmentStatus: z.enum(EmploymentStatus).default("UNKNOWN"),
  livesAlone: z
    .enum(["yes", "no", ""])
    .optional()
    .transform((value) => (value === "yes" ? true : value === "no" ? false : null)),
}).refine((step) => !step.barriers.includes("OTHER") || step.barrierNote, { message: "referrals.barrierNoteMissing", path: ["barrierNote"] });

export const destinationStep = z.object({
  /** Empty: "Ved ikke" — central triage finds the offer. */
  offerSlug: optionalText(120, "referrals.offerUnknown"),
  possibleExclusion: checkbox,
  eligibilityUnclear: checkbox,
  unitInformation: optionalText(3000, "referrals.unitInformationTooLong", true),
  messageToReceiver: optionalText(2000, "referrals.messageTooLong", true),
  responsibleGpId: optionalText(64, "referrals.responsibleGpUnknown"),
  consent: checkbox.refine((value) => value, "referrals.consentMissing"),
  duplicateReason: optionalText(500, "referrals.duplicateReasonTooLong", true),
  /** Made again from this closed referral of the organisation's ("Henvis til alternativet"): linked on both timelines. */
  previousReferralId: optionalText(64, "referrals.previousReferralUnknown"),
});

export const FORM_STEPS = ["citizen", "needs", "social", "destination"] as const;
export type FormStep = (typeof FORM_STEPS)[number];
export const STEP_SCHEMAS = { citizen: citizenStep, needs: needsStep, social: socialStep, destination: destinationStep } as const;

/** The whole referral, as sent. */
export const referralSchema = z
  .object({ idempotencyKey: z.uuid("referrals.keyMissing") })
  .and(citizenStep)
  .and(needsStep)
  .and(socialStep)
  .and(destinationStep);

export type ReferralInput = z.output<typeof referralSchema>;
/** A valid CPR number as the form gives it on: ten digits, the birth date and the sex they say. */
export type ParsedCpr = ReferralInput["cpr"];

/** The fields the routing rule reads, checked by the form's own step schemas: where the referral would go, before it is sent. */
export const routingPreviewSchema = z.object({
  cpr: citizenStep.shape.cpr,
  needSlugs: needsStep.shape.needSlugs,
  diagnoses: needsStep.shape.diagnoses,
  multiMorbidity: needsStep.shape.multiMorbidity,
  socialNeeds: socialStep.shape.socialNeeds,
  barriers: socialStep.shape.barriers,
  language: citizenStep.shape.language,
  needsInterpreter: citizenStep.shape.needsInterpreter,
  district: citizenStep.shape.district,
  offerSlug: destinationStep.shape.offerSlug,
  possibleExclusion: destinationStep.shape.possibleExclusion,
  eligibilityUnclear: destinationStep.shape.eligibilityUnclear,
});

// The decisions both central triage and units make on a referral (decline, forward), as the forms post them (every
// value a string) and as lib/referrals receives them; the messages are what the user reads at the field.

export const NOTE_MAX = 1000;
export const DECLINE_TEXT_MAX = 1000;
export const ALTERNATIVE_TEXT_MIN = 10;
/** Besides the first offer, at most this many more (each becomes a split referral). */
export const MAX_EXTRA_OFFERS = 4;
/** Ids and versions are never typed by hand: a value outside these bounds is not from the page. */
const ID_MAX = 64;
const VERSION_MAX = 1_000_000;
const RELOAD = "decisions.reload";
const OFFER_MISSING = "decisions.offerMissing";

const optionalId = text()
  .trim()
  .max(ID_MAX, RELOAD)
  .optional()
  .transform((value) => value || undefined);
/** Several ids in one repeated field; blank choices are left out. */
const manyIds = z
  // More ids than any page posts is refused saying the form's own limit (a refine, so the message can name it).
  .preprocess(asList, z.array(text().max(ID_MAX, RELOAD)).refine((ids) => ids.length <= 20, { message: "decisions.tooManyOffers", params: { max: MAX_EXTRA_OFFERS } }))
  .transform((ids) => ids.map((id) => id.trim()).filter(Boolean));

/** Run an object's cross-field rules even when a field failed, so the form says every problem at once. */
const alongsideFieldErrors = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** Which referral, and the version the page showed: a referral changed since is refused (optimistic locking). */
export const caseRefSchema = z.object({
  referralId: text({ error: "decisions.referralMissing" }).trim().min(1, "decisions.referralMissing").max(ID_MAX, RELOAD),
  expectedVersion: z.coerce.number({ error: RELOAD }).int(RELOAD).min(0, RELOAD).max(VERSION_MAX, RELOAD),
});

export const forwardSchema = caseRefSchema
  .extend({
    offerId: text({ error: OFFER_MISSING }).trim().min(1, OFFER_MISSING).max(ID_MAX, RELOAD),
    alsoOfferIds: manyIds,
    note: optionalText(NOTE_MAX, "decisions.noteTooLong", true),
  })
  .superRefine((input, ctx) => {
    const all = [input.offerId, ...input.alsoOfferIds];
    if (new Set(all).size !== all.length) ctx.addIssue({ code: "custom", path: ["alsoOfferIds"], message: "decisions.sameOfferTwice" });
    if (input.alsoOfferIds.length > MAX_EXTRA_OFFERS) ctx.addIssue({ code: "custom", path: ["alsoOfferIds"], message: "decisions.tooManyOffers", params: { max: MAX_EXTRA_OFFERS } });
  }, alongsideFieldErrors)
  .transform(({ offerId, alsoOfferIds, ...rest }) => ({ ...rest, to: { offerIds: [offerId, ...alsoOfferIds] } }));

/** Said at the field when a decline has no alternative: the GP must always be told what to do instead. */
export const ALTERNATIVE_REQUIRED = "decisions.alternativeRequired" satisfies MessageKey;
export const OTHER_REASON_REQUIRED = "decisions.otherReasonRequired" satisfies MessageKey;

/**
 * A decline's alternative: another offer, or advice in words long enough to act on. Trimmed here too: beside a failed
 * field (alongsideFieldErrors) the rule may see the values as posted.
 */
function alternativeProblem(input: { alternativeOfferId?: string; alternativeText?: string }): { field: "alternative" | "alternativeText"; message: MessageKey; params?: { min: number } } | null {
  const text = input.alternativeText?.trim();
  if (text && text.length < ALTERNATIVE_TEXT_MIN) return { field: "alternativeText", message: "decisions.alternativeTextTooShort", params: { min: ALTERNATIVE_TEXT_MIN } };
  if (!input.alternativeOfferId?.trim() && !text) return { field: "alternative", message: ALTERNATIVE_REQUIRED };
  return null;
}

/**
 * A decline: a structured reason AND an alternative — another offer (also a social or civil-society offer) or advice
 * in words (a decline is never a dead end for the GP).
 */
export const declineSchema = caseRefSchema
  .extend({
    reasonCode: z.enum(DECLINE_REASONS, { error: "decisions.reasonMissing" }),
    reasonText: optionalText(DECLINE_TEXT_MAX, "decisions.reasonTextTooLong", true),
    alternativeOfferId: optionalId,
    alternativeText: optionalText(DECLINE_TEXT_MAX, "decisions.alternativeTextTooLong", true),
  })
  .superRefine((input, ctx) => {
    if (input.reasonCode === "OTHER" && !input.reasonText) ctx.addIssue({ code: "custom", path: ["reasonText"], message: OTHER_REASON_REQUIRED });
    const problem = alternativeProblem(input);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message, params: problem.params });
  }, alongsideFieldErrors);

export type DeclineInput = z.output<typeof declineSchema>;

/** The practice's answer to a question it was asked about one of its referrals. */
export const informationAnswerSchema = z.object({
  referralId: text({ error: "referrals.answerReferralMissing" }).min(1, "referrals.answerReferralMissing").max(64, "referrals.answerReferralMissing"),
  answer: text({ error: "referrals.answerMissing", multiline: true })
    .trim()
    .min(2, "referrals.answerMissing")
    .max(3000, "referrals.answerTooLong"),
});

export type InformationAnswer = z.output<typeof informationAnswerSchema>;

export const ASSIGN_NOTE_MAX = 500;

/** A named owner: the colleague (a user id of the same organisation and role) and, optionally, why. */
export const assignSchema = caseRefSchema.extend({
  toUserId: text({ error: "decisions.colleagueMissing" }).trim().min(1, "decisions.colleagueMissing").max(ID_MAX, RELOAD),
  note: optionalText(ASSIGN_NOTE_MAX, "decisions.assignNoteTooLong", true),
});

export type AssignInput = z.output<typeof assignSchema>;

export const MESSAGE_LIMITS = { min: 2, max: 2000 } as const;

/** A message on a referral, from the sending organisation or from whoever holds the referral. */
export const messageSchema = z.object({
  referralId: text({ error: "decisions.referralMissing" }).trim().min(1, "decisions.referralMissing").max(ID_MAX, RELOAD),
  message: text({ error: "messages.messageMissing", multiline: true })
    .trim()
    .min(MESSAGE_LIMITS.min, "messages.messageMissing")
    .max(MESSAGE_LIMITS.max, "messages.messageTooLong"),
});

export type MessageInput = z.output<typeof messageSchema>;

export const WITHDRAW_REASON_LIMITS = { min: 5, max: 500 } as const;

/** The referrer withdraws its sent referral, and says why (the holder and the timeline show it). */
export const withdrawSchema = caseRefSchema.extend({
  reason: text({ error: "referrals.withdrawReasonMissing", multiline: true })
    .trim()
    .min(WITHDRAW_REASON_LIMITS.min, "referrals.withdrawReasonMissing")
    .max(WITHDRAW_REASON_LIMITS.max, "referrals.withdrawReasonTooLong"),
});

export type WithdrawInput = z.output<typeof withdrawSchema>;

/** The citizen's contact details corrected on the referral: the same fields, and checks, as the form's first step. */
export const contactCorrectionSchema = z
  .object({ referralId: caseRefSchema.shape.referralId })
  .extend(citizenStep.pick({ citizenName: true, phone: true, bestTimeToCall: true, preferredChannel: true }).shape);

export type ContactCorrection = z.output<typeof contactCorrectionSchema>;

/** Make a closed referral again: to an offer (the alternative, a next step) or, without one, to choose in the form. */
export const referAgainSchema = z.object({
  referralId: caseRefSchema.shape.referralId,
  offerSlug: optionalText(120, "referrals.offerUnknown"),
});

export type ReferAgainInput = z.output<typeof referAgainSchema>;
