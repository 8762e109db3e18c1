// POST /api/referrals: send a referral as JSON — the same schema, routing and idempotency as the form ("Ny henvisning"),
// for practice systems and for the load test (npm run load). The body's idempotencyKey makes a retry or a double submit
// answer with the referral already made (200) instead of a new one (201).
import { parseReferralRequest } from "@/lib/http/referral-request";
import { withRoute } from "@/lib/http/route";
import { createReferral } from "@/lib/referrals/create-referral";

export const dynamic = "force-dynamic";

export const POST = withRoute({ permission: "referral:create" }, async (request, { user, translate }) => {
  const parsed = await parseReferralRequest(request, translate);
  if (!parsed.ok) return Response.json(parsed.body, { status: parsed.status });
  const result = await createReferral(user!, parsed.input);
  if (result.kind === "duplicate") {
    return Response.json({ error: translate("referrals.duplicate"), duplicates: result.duplicates.length }, { status: 409 });
  }
  return Response.json(
    { id: result.referralId, number: result.number, alreadySent: result.alreadySent, receipt: `/henvisninger/${result.referralId}` },
    { status: result.alreadySent ? 200 : 201 },
  );
});
