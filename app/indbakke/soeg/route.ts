// POST /indbakke/soeg: "Find én henvisning" of the unit inbox. The unit's staff. Answers 303 to the list with
// its filters in the URL and the search: a referral number as `nr`, a CPR number or a name only as a sealed search id
// (decision 009); the list checks what was typed and says what is wrong.
import { withRoute } from "@/lib/http/route";
import { searchRedirect } from "@/lib/http/search-redirect";
import { REFERRAL_SEARCH_FIELD } from "@/lib/referrals/referral-search";

export const dynamic = "force-dynamic";

const FIELDS = ["view", "status", "offer"] as const;

export const POST = withRoute({ permission: "unit-inbox:work" }, async (request, { user }) => {
  // `user` is always set here (withRoute answered 401 without a session); the check is for the type.
  if (!user) return new Response(null, { status: 401 });
  return searchRedirect(request, user, "/indbakke", { fields: FIELDS, sealed: REFERRAL_SEARCH_FIELD });
});
