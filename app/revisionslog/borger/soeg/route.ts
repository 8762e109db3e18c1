// POST /revisionslog/borger/soeg: the form of "Hvem har set dette CPR-nummer?". Administrators. Answers 303 to the
// report with the CPR number as a sealed search id, never in the URL (decision 009); the report checks the number.
import { CPR_SEARCH_PARAM } from "@/lib/audit/schemas";
import { searchRoute } from "@/lib/http/search-redirect";

export const dynamic = "force-dynamic";

export const POST = searchRoute({ permission: "audit:read" }, "/revisionslog/borger", { fields: [], sealed: { field: "cpr", param: CPR_SEARCH_PARAM, required: true } });
