import { z } from "zod";
import { parseCpr } from "@/lib/citizens/cpr";
import { ContactChannel, District, EducationLevel, EmploymentStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/error-messages";
import { isLanguageCode, LANGUAGE_MESSAGE } from "@/lib/validation/language";
import { hasVisibleLetter, text } from "@/lib/validation/text";

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
    .superRefine((value, ctx) => {
      const result = parseCpr(value);
      if (!result.ok) ctx.addIssue({ code: "custom", message: CPR_MESSAGES[result.error] });
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
  })
  .refine((step) => step.needSlugs.length > 0 || step.needsText, {
    message: "referrals.needMissing",
    path: ["needSlugs"],
  });

export const socialStep = z.object({
  socialNeeds: checkbox,
  socialSituation: optionalText(1000, "referrals.socialSituationTooLong", true),
  educationLevel: z.enum(EducationLevel).default("UNKNOWN"),
  employmentStatus: z.enum(EmploymentStatus).default("UNKNOWN"),
  livesAlone: z
    .enum(["yes", "no", ""])
    .optional()
    .transform((value) => (value === "yes" ? true : value === "no" ? false : null)),
});

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
