import { z } from "zod";
import { CapacityStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/error-messages";
import { copenhagenDay } from "@/lib/time/copenhagen";
import { text } from "@/lib/validation/text";

/** Lengths the edit form hints with maxLength and the schema enforces: one source for both. */
export const OFFER_TEXT_LIMITS = {
  title: { min: 3, max: 120 },
  summary: { min: 10, max: 600 },
  firstMeeting: { min: 10, max: 600 },
  forWhom: { min: 10, max: 400 },
  schedule: { min: 3, max: 200 },
} as const;
export const MAX_WAITING_WEEKS = 104;
export const COST_NOTE_MAX = 200;
export const MAX_REQUIREMENTS = 10;
export const MAX_REQUIREMENT_LENGTH = 200;

const offerText = (limits: { min: number; max: number }, tooShort: MessageKey, tooLong: MessageKey, multiline = false) =>
  text({ error: tooShort, multiline }).trim().min(limits.min, tooShort).max(limits.max, tooLong);

/** A checkbox arrives as "on" when ticked and not at all when not. */
const checkbox = z
  .literal("on", { error: "offers.checkbox" })
  .optional()
  .transform((value) => value === "on");

// One message each for a missing, a too long and a wrong value: its texts name MAX_WAITING_WEEKS, MAX_REQUIREMENTS
// and MAX_REQUIREMENT_LENGTH themselves.
const WAITING_MESSAGE = "offers.waitingWeeks";
const DATE_MESSAGE = "offers.date";

const requirementLines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

/**
 * What unit staff may change about their own offer, as the edit form posts it (every value a string) and as
 * lib/offers/update-offer.ts stores it. The messages (keys) are said at the field, in the user's language.
 */
export const offerUpdateSchema = z.object({
  title: offerText(OFFER_TEXT_LIMITS.title, "offers.titleTooShort", "offers.titleTooLong"),
  summary: offerText(OFFER_TEXT_LIMITS.summary, "offers.summaryTooShort", "offers.summaryTooLong", true),
  firstMeeting: offerText(OFFER_TEXT_LIMITS.firstMeeting, "offers.firstMeetingTooShort", "offers.firstMeetingTooLong", true),
  forWhom: offerText(OFFER_TEXT_LIMITS.forWhom, "offers.forWhomTooShort", "offers.forWhomTooLong", true),
  schedule: offerText(OFFER_TEXT_LIMITS.schedule, "offers.scheduleTooShort", "offers.scheduleTooLong"),
  hasEveningTimes: checkbox,
  transportHelp: checkbox,
  homeVisits: checkbox,
  stepFreeAccess: checkbox,
  isFree: checkbox,
  costNote: text({ error: "offers.costNoteTooLong" })
    .trim()
    .max(COST_NOTE_MAX, "offers.costNoteTooLong")
    .optional()
    .transform((value) => value || null),
  waitingWeeks: text({ error: WAITING_MESSAGE })
    .trim()
    .max(3, { message: WAITING_MESSAGE, abort: true })
    .refine((value) => value === "" || (/^\d{1,3}$/.test(value) && Number(value) <= MAX_WAITING_WEEKS), WAITING_MESSAGE)
    // Empty means the unit does not know the waiting time right now.
    .transform((value) => (value === "" ? null : Number(value))),
  capacityStatus: z.enum(CapacityStatus, { error: "offers.capacityMissing" }),
  isActive: checkbox,
  newUntil: text({ error: DATE_MESSAGE })
    .trim()
    .max(10, { message: DATE_MESSAGE, abort: true })
    .refine((value) => value === "" || z.iso.date().safeParse(value).success, DATE_MESSAGE)
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`))),
  referralRequirements: text({ error: "offers.requirementsMissing", multiline: true })
    // Room for the longest allowed list with a blank line between the requirements.
    .max(MAX_REQUIREMENTS * (MAX_REQUIREMENT_LENGTH + 4), "offers.requirements")
    .transform(requirementLines)
    .superRefine((lines, ctx) => {
      if (lines.length > MAX_REQUIREMENTS) {
        ctx.addIssue({ code: "custom", message: "offers.tooManyRequirements", params: { max: MAX_REQUIREMENTS, count: lines.length } });
      }
      const tooLong = lines.findIndex((line) => line.length > MAX_REQUIREMENT_LENGTH);
      if (tooLong >= 0) {
        ctx.addIssue({ code: "custom", message: "offers.requirementTooLong", params: { max: MAX_REQUIREMENT_LENGTH, number: tooLong + 1 } });
      }
    }),
});

export type OfferUpdate = z.output<typeof offerUpdateSchema>;
export type OfferUpdateField = keyof OfferUpdate;
export const OFFER_UPDATE_FIELDS = Object.keys(offerUpdateSchema.shape) as OfferUpdateField[];

/** Which offer a form is about; the unit scope is checked where the offer is read (lib/offers/update-offer.ts). */
export const offerRefSchema = z.object({ offerId: text({ error: "offers.offerMissing" }).trim().min(1, "offers.offerMissing").max(64, "offers.offerUnknown") });

const RELOAD_MESSAGE = "offers.pageTooOld";

/**
 * The edit form as posted: which offer, the version of it the form was filled from (Offer.version, a hidden field)
 * and the fields. A save from an older version than the stored one is refused (lib/offers/update-offer.ts).
 */
export const offerEditSchema = offerUpdateSchema.extend({
  ...offerRefSchema.shape,
  version: text({ error: RELOAD_MESSAGE })
    .regex(/^\d{1,9}$/, RELOAD_MESSAGE)
    .transform(Number),
});

export type OfferEdit = z.output<typeof offerEditSchema>;

/** A date as a date field shows it (yyyy-mm-dd, the day in Copenhagen), empty when there is none. */
export function toDateInput(date: Date | null): string {
  return date ? copenhagenDay(date) : "";
}

/** The edit form's fields as a browser posts them: strings, with unticked checkboxes left out. */
export type OfferFormValues = Partial<Record<OfferUpdateField, string>>;
/** The fields and the version they are of: what the edit form shows. */
export type OfferEditValues = OfferFormValues & { version: string };

const ticked = (checked: boolean) => (checked ? "on" : undefined);

/** The offer as the edit form posts it unchanged: the inverse of offerUpdateSchema. */
export function toOfferFormValues(offer: OfferUpdate): OfferFormValues {
  return {
    title: offer.title,
    summary: offer.summary,
    firstMeeting: offer.firstMeeting,
    forWhom: offer.forWhom,
    schedule: offer.schedule,
    hasEveningTimes: ticked(offer.hasEveningTimes),
    transportHelp: ticked(offer.transportHelp),
    homeVisits: ticked(offer.homeVisits),
    stepFreeAccess: ticked(offer.stepFreeAccess),
    isFree: ticked(offer.isFree),
    costNote: offer.costNote ?? "",
    waitingWeeks: offer.waitingWeeks == null ? "" : String(offer.waitingWeeks),
    capacityStatus: offer.capacityStatus,
    isActive: ticked(offer.isActive),
    newUntil: toDateInput(offer.newUntil),
    referralRequirements: offer.referralRequirements.join("\n"),
  };
}

/** The stored offer as the edit form shows it, with the version a save from it must still find. */
export function toOfferEditValues(offer: OfferUpdate & { version: number }): OfferEditValues {
  return { ...toOfferFormValues(offer), version: String(offer.version) };
}

/**
 * The fields whose value an update changes, in form order. Dates count by their day, so saving the form unchanged
 * leaves a new-until time of day alone.
 */
export function changedOfferFields(current: OfferUpdate, update: OfferUpdate): OfferUpdateField[] {
  const before = toOfferFormValues(current);
  const after = toOfferFormValues(update);
  return OFFER_UPDATE_FIELDS.filter((field) => before[field] !== after[field]);
}
