import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { parseCpr } from "@/lib/citizens/cpr";
import { getDb } from "@/lib/db";
import { scoreScreening, type ScreeningAnswers, type ScreeningResult } from "@/lib/screening/score";
import { listOffersForNeeds, type NextBestOffer } from "@/lib/search/next-best-offers";
import { auditDraft, getDraft, saveDraft } from "./drafts";

export interface ScreeningOutcome {
  /** The draft the answers are kept in: the referral form continues it. */
  idempotencyKey: string;
  result: ScreeningResult;
  /** The suggested needs with their lay labels, in the result's order. */
  needs: { slug: string; label: string }[];
  /** Offers for the suggested needs that can take the citizen: most needs first, then places and wait. */
  offers: Pick<NextBestOffer, "slug" | "title" | "unitName" | "waitingWeeks" | "capacityStatus" | "needSlugs">[];
}

/**
 * Keeps the conversation's answers in the user's own referral draft (never in the browser; deleted with the draft,
 * sent with the referral), ticks the needs they point to, and says what they suggest. Audit-logged: the answers are
 * health data about a citizen. The CPR number, when the draft has one, gives the sex that AUDIT-C's threshold needs.
 */
export async function saveScreening(user: SessionUser, idempotencyKey: string, answers: ScreeningAnswers): Promise<ScreeningOutcome> {
  const values = (await getDraft(user, idempotencyKey))?.values ?? {};
  const cpr = parseCpr(String(values.cpr ?? ""));
  const result = scoreScreening(answers, cpr.ok ? cpr.sex : undefined);
  const ticked = Array.isArray(values.needSlugs) ? values.needSlugs : [];
  await saveDraft(user, idempotencyKey, { ...values, screening: JSON.stringify(answers), needSlugs: [...new Set([...ticked, ...result.needSlugs])] });
  await auditDraft(user, "referral.draft.screening", idempotencyKey);
  const db = await getDb();
  const [needs, offers] = await Promise.all([
    db.need.findMany({ where: { slug: { in: result.needSlugs } }, select: { slug: true, label: true } }),
    listOffersForNeeds(result.needSlugs),
  ]);
  return {
    idempotencyKey,
    result,
    needs: result.needSlugs.flatMap((slug) => needs.filter((need) => need.slug === slug)),
    offers: offers.map(({ slug, title, unitName, waitingWeeks, capacityStatus, needSlugs }) => ({ slug, title, unitName, waitingWeeks, capacityStatus, needSlugs })),
  };
}
