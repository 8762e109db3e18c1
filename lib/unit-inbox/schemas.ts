import { z } from "zod";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "@/lib/referrals/event-details";
import { caseRefSchema, forwardSchema } from "@/lib/referrals/schemas";
import { copenhagenTime } from "@/lib/time/copenhagen";
import { text } from "@/lib/validation/text";

// The unit's decisions on a referral in its inbox, as the referral page's forms post them (every value a string) and
// as lib/unit-inbox receives them. Decline and forward are shared with central triage (lib/referrals/schemas.ts).

export const PLACE_LIMITS = { min: 3, max: 200 } as const;
export const CONTACT_NOTE_MAX = 1000;
export const CITIZEN_DECLINED_LIMITS = { min: 5, max: 1000 } as const;
/** "Kunne ikke kontaktes" only after this many logged attempts: the GP must know the unit really tried. */
export const MIN_CONTACT_ATTEMPTS = 2;
export const NOT_REACHED_TOO_EARLY = `Borgeren kan først meldes »kunne ikke kontaktes«, når I har registreret mindst ${MIN_CONTACT_ATTEMPTS} forsøg på kontakt.`;

/** Accept, started, completed, could not reach: which referral, and the version the page showed. */
export const unitMoveSchema = caseRefSchema;

export const firstMeetingSchema = caseRefSchema
  .extend({
    date: text({ error: "Skriv datoen for første møde" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Skriv datoen for første møde"),
    time: text({ error: "Skriv klokkeslættet for første møde" }).trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Skriv klokkeslættet for første møde, fx 10:30"),
    place: text({ error: "Skriv, hvor første møde er" })
      .trim()
      .min(PLACE_LIMITS.min, "Skriv, hvor første møde er")
      .max(PLACE_LIMITS.max, `Stedet må højst være ${PLACE_LIMITS.max} tegn`),
  })
  .transform(({ date, time, ...rest }, ctx) => {
    const at = copenhagenTime(date, time);
    if (!at) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "Datoen findes ikke. Skriv en rigtig dato" });
      return z.NEVER;
    }
    if (at.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", path: ["date"], message: "Første møde skal ligge i fremtiden" });
      return z.NEVER;
    }
    return { ...rest, at };
  });

export type FirstMeetingInput = z.output<typeof firstMeetingSchema>;

export const contactAttemptSchema = caseRefSchema.extend({
  channel: z.enum(CONTACT_CHANNELS, { error: "Vælg, hvordan I forsøgte at kontakte borgeren" }),
  outcome: z.enum(CONTACT_OUTCOMES, { error: "Vælg, hvordan det gik" }),
  note: text({ multiline: true })
    .trim()
    .max(CONTACT_NOTE_MAX, `Noten må højst være ${CONTACT_NOTE_MAX} tegn`)
    .optional()
    .transform((value) => value || undefined),
});

export type ContactAttemptInput = z.output<typeof contactAttemptSchema>;

export const citizenDeclinedSchema = caseRefSchema.extend({
  reason: text({ error: `Skriv med mindst ${CITIZEN_DECLINED_LIMITS.min} tegn, hvorfor borgeren sagde nej tak`, multiline: true })
    .trim()
    .min(CITIZEN_DECLINED_LIMITS.min, `Skriv med mindst ${CITIZEN_DECLINED_LIMITS.min} tegn, hvorfor borgeren sagde nej tak`)
    .max(CITIZEN_DECLINED_LIMITS.max, `Begrundelsen må højst være ${CITIZEN_DECLINED_LIMITS.max} tegn`),
});

export type CitizenDeclinedInput = z.output<typeof citizenDeclinedSchema>;

/** Forward from a unit: the triage form's first offer may be "back to central triage" instead. */
export const TO_CENTRAL_TRIAGE = "CENTRAL_TRIAGE";
export const TO_TRIAGE_NOTE_MIN = 5;

/** The unit's forward: to other units' offers, or (as the first choice, alone and saying why) back to central triage. */
export const unitForwardSchema = forwardSchema
  .superRefine((input, ctx) => {
    if (input.to.offerIds[0] !== TO_CENTRAL_TRIAGE) return;
    if (input.to.offerIds.length > 1) {
      ctx.addIssue({ code: "custom", path: ["alsoOfferIds"], message: "Sender I henvisningen tilbage til central visitation, kan I ikke også vælge tilbud. Central visitation finder dem" });
    }
    if ((input.note?.length ?? 0) < TO_TRIAGE_NOTE_MIN) ctx.addIssue({ code: "custom", path: ["note"], message: "Skriv til central visitation, hvorfor henvisningen skal videre" });
  })
  .transform(({ to, ...rest }) => ({ ...rest, to: to.offerIds[0] === TO_CENTRAL_TRIAGE ? ("CENTRAL_TRIAGE" as const) : to }));
