import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LegacyAppError as AppError } from "@/lib/errors";
import { forwardReferral } from "@/lib/triage/forward-referral";
import type { CaseTarget } from "@/lib/triage/case-scope";
import { TO_CENTRAL_TRIAGE } from "./schemas";
import { unitScope } from "./unit-scope";

/** The unit's forward, from the triage form: to other units' offers, or (as the first choice) back to central triage. */
export async function forwardUnitReferral(user: SessionUser, input: CaseTarget & { offerIds: string[]; note?: string }) {
  unitScope(user);
  const [first, ...others] = input.offerIds;
  if (first !== TO_CENTRAL_TRIAGE) return forwardReferral(user, { ...input, to: { offerIds: input.offerIds } });
  if (others.length > 0) throw new AppError("INVALID", "Sender I henvisningen tilbage til central visitation, kan I ikke også vælge tilbud. Central visitation finder dem.");
  return forwardReferral(user, { ...input, to: "CENTRAL_TRIAGE" });
}
