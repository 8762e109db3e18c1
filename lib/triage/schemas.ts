import { z } from "zod";
import { District, NeedCategory, Priority } from "@/lib/generated/prisma/enums";
import { asList } from "@/lib/referrals/schemas";
import { firstSearchParams } from "@/lib/validation/search-params";
import { text } from "@/lib/validation/text";

// The decisions of central triage, as the case page's forms post them (every value a string) and as lib/triage
// receives them. One schema per decision, used by the form and the server; the messages are what the coordinator
// reads at the field.

export const QUESTION_LIMITS = { min: 5, max: 1000 } as const;
export const NOTE_MAX = 1000;
export const PRIORITY_REASON_LIMITS = { min: 5, max: 500 } as const;
export const DECLINE_TEXT_MAX = 1000;
export const ALTERNATIVE_TEXT_MIN = 10;
/** Besides the first offer, at most this many more (each becomes a split referral). */
export const MAX_EXTRA_OFFERS = 4;
/** Ids and versions are never typed by hand: a value outside these bounds is not from the page. */
const ID_MAX = 64;
const VERSION_MAX = 1_000_000;
const RELOAD = "Genindlæs siden";
const OFFER_MISSING = "Vælg det tilbud, henvisningen skal sendes til";

const optionalText = (max: number, tooLong: string) =>
  text({ multiline: true })
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || undefined);
const optionalId = text()
  .trim()
  .max(ID_MAX, RELOAD)
  .optional()
  .transform((value) => value || undefined);
/** Several ids in one repeated field; blank choices are left out. */
const manyIds = z
  .preprocess(asList, z.array(text().max(ID_MAX, RELOAD)).max(20, `Vælg højst ${MAX_EXTRA_OFFERS} tilbud mere`))
  .transform((ids) => ids.map((id) => id.trim()).filter(Boolean));

/** Run an object's cross-field rules even when a field failed, so the form says every problem at once. */
const alongsideFieldErrors = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** Which referral, and the version the page showed: a referral changed since is refused (optimistic locking). */
export const caseRefSchema = z.object({
  referralId: text({ error: "Henvisningen mangler" }).trim().min(1, "Henvisningen mangler").max(ID_MAX, RELOAD),
  expectedVersion: z.coerce.number({ error: RELOAD }).int(RELOAD).min(0, RELOAD).max(VERSION_MAX, RELOAD),
});

export const forwardSchema = caseRefSchema
  .extend({
    offerId: text({ error: OFFER_MISSING }).trim().min(1, OFFER_MISSING).max(ID_MAX, RELOAD),
    alsoOfferIds: manyIds,
    note: optionalText(NOTE_MAX, `Beskeden til enheden må højst være ${NOTE_MAX} tegn`),
  })
  .superRefine((input, ctx) => {
    const all = [input.offerId, ...input.alsoOfferIds];
    if (new Set(all).size !== all.length) ctx.addIssue({ code: "custom", path: ["alsoOfferIds"], message: "Du har valgt det samme tilbud mere end én gang" });
    if (input.alsoOfferIds.length > MAX_EXTRA_OFFERS) ctx.addIssue({ code: "custom", path: ["alsoOfferIds"], message: `Vælg højst ${MAX_EXTRA_OFFERS} tilbud mere` });
  }, alongsideFieldErrors)
  .transform(({ offerId, alsoOfferIds, ...rest }) => ({ ...rest, offerIds: [offerId, ...alsoOfferIds] }));

export const requestInformationSchema = caseRefSchema.extend({
  question: text({ error: `Skriv dit spørgsmål til lægen med mindst ${QUESTION_LIMITS.min} tegn`, multiline: true })
    .trim()
    .min(QUESTION_LIMITS.min, `Skriv dit spørgsmål til lægen med mindst ${QUESTION_LIMITS.min} tegn`)
    .max(QUESTION_LIMITS.max, `Spørgsmålet må højst være ${QUESTION_LIMITS.max} tegn`),
});

export const priorityChangeSchema = caseRefSchema.extend({
  priority: z.enum(Priority, { error: "Vælg en prioritet" }),
  reason: text({ error: `Skriv med mindst ${PRIORITY_REASON_LIMITS.min} tegn, hvorfor prioriteten ændres`, multiline: true })
    .trim()
    .min(PRIORITY_REASON_LIMITS.min, `Skriv med mindst ${PRIORITY_REASON_LIMITS.min} tegn, hvorfor prioriteten ændres`)
    .max(PRIORITY_REASON_LIMITS.max, `Begrundelsen må højst være ${PRIORITY_REASON_LIMITS.max} tegn`),
});

/** Why a referral cannot be used (FHIR Task.statusReason). Labels: messages "decline.reasons". */
export const DECLINE_REASONS = ["NOT_IN_TARGET_GROUP", "NEEDS_OTHER_HELP", "CITIZEN_TOO_ILL", "OUTSIDE_MUNICIPALITY", "OTHER"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Said at the field when a decline has no alternative: the GP must always be told what to do instead. */
export const ALTERNATIVE_REQUIRED = "Giv et andet forslag: vælg et tilbud eller skriv et råd til lægen";
export const ALTERNATIVE_TEXT_TOO_SHORT = `Skriv rådet til lægen med mindst ${ALTERNATIVE_TEXT_MIN} tegn`;
export const OTHER_REASON_REQUIRED = "Skriv begrundelsen, når du vælger »Anden grund«";

/** The one rule for a decline's alternative: checked by the form's schema and again by lib/triage/decline-referral.ts. */
export function alternativeProblem(input: { alternativeOfferId?: string; alternativeText?: string }): { field: "alternative" | "alternativeText"; message: string } | null {
  const text = input.alternativeText?.trim();
  if (text && text.length < ALTERNATIVE_TEXT_MIN) return { field: "alternativeText", message: ALTERNATIVE_TEXT_TOO_SHORT };
  if (!input.alternativeOfferId?.trim() && !text) return { field: "alternative", message: ALTERNATIVE_REQUIRED };
  return null;
}

/**
 * A decline: a structured reason AND an alternative — another offer (also a social or civil-society offer) or advice
 * in words. The same rules are checked again in lib/triage/decline-referral.ts, whoever calls it.
 */
export const declineSchema = caseRefSchema
  .extend({
    reasonCode: z.enum(DECLINE_REASONS, { error: "Vælg, hvorfor henvisningen ikke kan bruges" }),
    reasonText: optionalText(DECLINE_TEXT_MAX, `Begrundelsen må højst være ${DECLINE_TEXT_MAX} tegn`),
    alternativeOfferId: optionalId,
    alternativeText: optionalText(DECLINE_TEXT_MAX, `Rådet til lægen må højst være ${DECLINE_TEXT_MAX} tegn`),
  })
  .superRefine((input, ctx) => {
    if (input.reasonCode === "OTHER" && !input.reasonText) ctx.addIssue({ code: "custom", path: ["reasonText"], message: OTHER_REASON_REQUIRED });
    const problem = alternativeProblem(input);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  }, alongsideFieldErrors);

export type DeclineInput = z.output<typeof declineSchema>;

export const QUEUE_VIEWS = ["unassigned", "mine", "awaiting"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** The queue's view and filters, as they stand in the URL (a GET form). Unknown values fall back to "all". */
export const queueSearchSchema = z.object({
  view: z.enum(QUEUE_VIEWS).catch("unassigned"),
  need: z.enum(NeedCategory).optional().catch(undefined),
  district: z.enum(District).optional().catch(undefined),
  priority: z.enum(Priority).optional().catch(undefined),
});

export type QueueSearch = z.output<typeof queueSearchSchema>;

/** Reads Next's searchParams; a repeated parameter counts by its first value. */
export function parseQueueSearch(params: Record<string, string | string[] | undefined>): QueueSearch {
  return queueSearchSchema.parse(firstSearchParams(params));
}

/** The query string of a view with its filters, leaving out defaults. */
export function queueQueryString(search: QueueSearch): string {
  const params = new URLSearchParams();
  if (search.view !== "unassigned") params.set("view", search.view);
  for (const key of ["need", "district", "priority"] as const) if (search[key]) params.set(key, search[key]);
  const query = params.toString();
  return query ? `?${query}` : "";
}
