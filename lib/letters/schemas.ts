import { z } from "zod";
import { text } from "@/lib/validation/text";
import { INVITATION_LANGUAGES } from "./invitation";

/** Make the invitation to the first meeting: for which referral, in which language. */
export const invitationSchema = z.object({
  referralId: text({ error: "decisions.referralMissing" }).trim().min(1, "decisions.referralMissing").max(64, "decisions.referralMissing"),
  language: z.enum(INVITATION_LANGUAGES, { error: "letters.languageUnknown" }),
});
