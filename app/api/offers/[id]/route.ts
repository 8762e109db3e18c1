// GET /api/offers/{id or slug}: one offer as the offer page shows it. Public.
import { AppError } from "@/lib/errors";
import { withRoute } from "@/lib/http/route";
import { getOffer } from "@/lib/offers/get-offer";

export const dynamic = "force-dynamic";

export const GET = withRoute<{ id: string }>({}, async (_request, { params }) => {
  const offer = await getOffer(params.id);
  if (!offer) throw new AppError("NOT_FOUND", "offers.notFound");
  return Response.json(offer);
});
