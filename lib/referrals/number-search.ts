// "Find one referral" by its number, as the lists' GET forms put it in the URL (`nr`). At most eight digits, so a CPR
// number (ten) is never searched here, and the field's maxlength and pattern keep one out of the URL (a CPR number in
// a URL would be in logs, history and Referer headers: docs/decisions/009-cpr-search-id.md). Anything else counts as
// no search, like the lists' other filters.
import { z } from "zod";
import { text } from "@/lib/validation/text";

export const REFERRAL_NUMBER_MAX_DIGITS = 8;

export const referralNumberSearchSchema = z.optional(
  text()
    .trim()
    .transform((value) => (new RegExp(`^\\d{1,${REFERRAL_NUMBER_MAX_DIGITS}}$`).test(value) ? Number(value) : undefined))
    .catch(undefined),
);
