import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { updateOfferAction } from "@/app/indbakke/tilbud/actions";
import { OfferEditForm } from "@/components/offer-edit-form";
import { PageHeader } from "@/components/page-header";
import { foundInScope } from "@/lib/http/found-in-scope";
import { pageParams } from "@/lib/http/route-params";
import { pageTitle } from "@/lib/i18n/page-title";
import { isStale, STALE_AFTER_DAYS } from "@/lib/offers/freshness";
import { toOfferEditValues } from "@/lib/offers/schemas";
import { getUnitOffer } from "@/lib/offers/update-offer";
import { requireUser } from "@/lib/session/authorize";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("catalogue.editTitle");

// Edit one offer of the user's own unit; another unit's offer is not found.
export default async function EditUnitOfferPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("offer:edit-own-unit");
  const { id } = await pageParams(params);
  const offer = await foundInScope(getUnitOffer(user, id), user, { type: "Offer", id });
  const t = await getTranslations("catalogue");
  const format = await getFormatter();
  const publicHref = `/tilbud/${offer.slug}`;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const stale = isStale(offer.lastCheckedAt, new Date());
  return (
    <ClientMessages family="catalogue">
      <p className="mb-4">
        <Link href="/indbakke/tilbud">← {t("back")}</Link>
      </p>
      <PageHeader title={t("editTitle")} intro={offer.title}>
        <Link href={publicHref} className="font-semibold">
          {t("viewPublic")}
        </Link>
      </PageHeader>
      <div className={`mb-8 max-w-3xl rounded-lg border-2 p-4 ${stale ? "border-amber-700 bg-amber-50 text-amber-950" : "border-slate-200 bg-slate-50"}`}>
        <p className="font-semibold">
          {t("lastCheckedOn", { date: date(offer.lastCheckedAt) })} {t("waitingUpdatedOn", { date: date(offer.waitingUpdatedAt) })}
        </p>
        {stale ? <p className="mt-1">{t("staleNotice", { days: STALE_AFTER_DAYS })}</p> : null}
        <p className="mt-2">{t("editIntro")}</p>
      </div>
      <OfferEditForm action={updateOfferAction} offerId={offer.id} values={toOfferEditValues(offer)} publicHref={publicHref} />
    </ClientMessages>
  );
}
