import { z } from "zod";
import { text } from "@/lib/validation/text";
import { QUESTION_IDS, QUESTIONS, type QuestionId } from "./instruments";
import type { ScreeningAnswers } from "./score";

const NOT_FROM_FORM = "referrals.notFromForm";

/** Each question's answer: one of its choices, or nothing (not asked, not answered). */
const answer = (id: QuestionId) =>
  z
    .enum(QUESTIONS[id].map((choice) => choice.value) as [string, ...string[]], NOT_FROM_FORM)
    .optional()
    .or(z.literal("").transform(() => undefined));

/** The conversation's answers as the page posts them (one field per question) and as the referral keeps them. */
export const screeningAnswersSchema = z.object(Object.fromEntries(QUESTION_IDS.map((id) => [id, answer(id)])) as Record<QuestionId, ReturnType<typeof answer>>);

/** Only the answers given. */
export function givenAnswers(answers: z.output<typeof screeningAnswersSchema>): ScreeningAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as ScreeningAnswers;
}

/** The answers as the referral form carries them: one text field holding JSON (empty when there was no conversation). */
export const screeningField = text()
  .max(2000, NOT_FROM_FORM)
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    try {
      const parsed = screeningAnswersSchema.safeParse(JSON.parse(value));
      if (parsed.success) return givenAnswers(parsed.data);
    } catch {
      // Not JSON: said below.
    }
    ctx.addIssue({ code: "custom", message: NOT_FROM_FORM });
    return z.NEVER;
  });
