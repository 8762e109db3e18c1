// GET /api/offers?q=…&<filters>: the same search as the "Find tilbud" page (lib/search), with facet counts. Public.
import { FIELDS_MESSAGE } from "@/lib/errors";
import { withRoute } from "@/lib/http/route";
import { sayFieldErrors } from "@/lib/i18n/error-messages";
import { findOffers } from "@/lib/search/find-offers";
import { parseOfferSearch } from "@/lib/search/schemas";

export const dynamic = "force-dynamic";

export const GET = withRoute({}, async (request, { translate }) => {
  const { search, fieldErrors } = parseOfferSearch(new URL(request.url).searchParams);
  if (Object.keys(fieldErrors).length > 0) return Response.json({ error: translate(FIELDS_MESSAGE), fieldErrors: sayFieldErrors(fieldErrors, translate) }, { status: 400 });
  return Response.json({ search, ...(await findOffers(search)) });
});
