// POST /revisionslog/soeg: the audit log's search form. Administrators. Answers 303 to the search page with the fields
// in the URL — the CPR number only as a sealed search id (decision 009); the page checks every field and says what
// is wrong.
import { CPR_SEARCH_PARAM } from "@/lib/audit/schemas";
import { searchRoute } from "@/lib/http/search-redirect";

export const dynamic = "force-dynamic";

const FIELDS = ["from", "to", "user", "organisation", "action"] as const;

export const POST = searchRoute({ permission: "audit:read" }, "/revisionslog", { fields: FIELDS, sealed: { field: "cpr", param: CPR_SEARCH_PARAM } });
