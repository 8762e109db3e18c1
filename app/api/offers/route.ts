// GET /api/offers?q=…&<filters>: the same search as the "Find tilbud" page (lib/search), with facet counts. Public.
import { withRoute } from "@/lib/http/route";
import { findOffers } from "@/lib/search/find-offers";
import { parseOfferSearch } from "@/lib/search/schemas";

export const dynamic = "force-dynamic";

export const GET = withRoute({}, async (request) => {
  const { search, fieldErrors } = parseOfferSearch(new URL(request.url).searchParams);
  if (Object.keys(fieldErrors).length > 0) return Response.json({ error: "Ret de markerede felter.", fieldErrors }, { status: 400 });
  return Response.json({ search, ...(await findOffers(search)) });
});
