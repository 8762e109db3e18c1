// POST /visitation/soeg: "Find én henvisning" of the triage queue. Central triage. Answers 303 to the list with
// its filters in the URL and the search: a referral number as `nr`, a CPR number or a name only as a sealed search id
// (decision 009); the list checks what was typed and says what is wrong.
import { searchRoute } from "@/lib/http/search-redirect";
import { REFERRAL_SEARCH_FIELD } from "@/lib/referrals/referral-search";

export const dynamic = "force-dynamic";

const FIELDS = ["view", "need", "district", "priority"] as const;

export const POST = searchRoute({ permission: "triage:work" }, "/visitation", { fields: FIELDS, sealed: REFERRAL_SEARCH_FIELD });
