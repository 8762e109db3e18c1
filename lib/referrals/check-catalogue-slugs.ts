// The needs and the offer a referral names must be in the catalogue: a slug it does not have (a hand-made request, an
// old draft, an offer removed since the form opened) is said at its field. Never a silent route to central triage
// ("Ved ikke" is an empty offer, not an unknown one), and never a database error. Pure: routeForInput loads the rows.
import { AppError, FIELDS_MESSAGE } from "@/lib/errors";
import type { ErrorMessage, MessageKey } from "@/lib/i18n/error-messages";

export const UNKNOWN_NEED_MESSAGE: MessageKey = "referrals.unknownNeeds";
export const UNKNOWN_OFFER_MESSAGE: MessageKey = "referrals.unknownOffer";

/** Throws INVALID with a message at `needSlugs` and/or `offerSlug` when the catalogue lacks what the input names. */
export function checkCatalogueSlugs(input: { needSlugs: string[]; offerSlug?: string }, found: { needSlugs: string[]; offer: boolean }): void {
  const known = new Set(found.needSlugs);
  const unknownNeeds = input.needSlugs.filter((slug) => !known.has(slug));
  const fieldErrors: Record<string, ErrorMessage[]> = {
    ...(unknownNeeds.length > 0 ? { needSlugs: [{ key: UNKNOWN_NEED_MESSAGE, values: { slugs: unknownNeeds.join(", ") } }] } : {}),
    ...(input.offerSlug && !found.offer ? { offerSlug: [UNKNOWN_OFFER_MESSAGE] } : {}),
  };
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", FIELDS_MESSAGE, { fieldErrors });
}
