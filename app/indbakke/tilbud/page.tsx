import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { confirmOfferCheckedAction } from "@/app/indbakke/tilbud/actions";
import { EmptyState } from "@/components/empty-state";
import { ConfirmOfferCheckedForm } from "@/components/confirm-offer-checked-form";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { pageTitle } from "@/lib/i18n/page-title";
import { isStale, STALE_AFTER_DAYS } from "@/lib/offers/freshness";
import { listUnitOffers } from "@/lib/offers/update-offer";
import { getUnitName } from "@/lib/unit-inbox/list-unit-inbox";
import { requireUser } from "@/lib/session/authorize";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("catalogue.title");

// "Vores tilbud": unit staff see their own unit's offers and keep them current.
export default async function UnitOffersPage() {
  const user = await requireUser("offer:edit-own-unit");
  const t = await getTranslations();
  if (!user.unitId) return <EmptyState title={t("catalogue.noUnit")} />;
  const [unitName, offers] = await Promise.all([getUnitName(user.unitId), listUnitOffers(user)]);
  const format = await getFormatter();
  const now = new Date();
  return (
    <ClientMessages family="catalogue">
      <PageHeader title={t("catalogue.title")} intro={t("catalogue.intro", { unit: unitName ?? "", days: STALE_AFTER_DAYS })} />
      {offers.length === 0 ? (
        <EmptyState title={t("catalogue.empty")} />
      ) : (
        <DataTable
          caption={t("catalogue.title")}
          rows={offers}
          rowKey={(offer) => offer.id}
          bodyClassName="align-top"
          columns={[
            { header: t("catalogue.offer"), rowHeader: true, className: "font-semibold", cell: (offer) => offer.title },
            {
              header: t("catalogue.waiting"),
              cell: (offer) =>
                offer.waitingWeeks == null
                  ? t("catalogue.unknownWait")
                  : offer.waitingWeeks === 0
                    ? t("catalogue.noWait")
                    : t("catalogue.weeks", { weeks: offer.waitingWeeks }),
            },
            { header: t("catalogue.capacity"), cell: (offer) => t(`labels.capacity.${offer.capacityStatus}`) },
            {
              header: t("catalogue.status"),
              cell: (offer) =>
                offer.isActive ? t("catalogue.active") : <span className="rounded bg-slate-200 px-2 py-1 font-semibold text-slate-900">{t("catalogue.paused")}</span>,
            },
            {
              header: t("catalogue.lastChecked"),
              cell: (offer) =>
                isStale(offer.lastCheckedAt, now) ? (
                  <span className="block rounded border-2 border-amber-700 bg-amber-50 px-2 py-1 text-amber-950">
                    {format.dateTime(offer.lastCheckedAt, { dateStyle: "medium" })}
                    <span className="block text-sm font-semibold">{t("catalogue.stale", { days: STALE_AFTER_DAYS })}</span>
                  </span>
                ) : (
                  format.dateTime(offer.lastCheckedAt, { dateStyle: "medium" })
                ),
            },
            {
              header: t("catalogue.actions"),
              className: "space-y-2",
              cell: (offer) => (
                <>
                  <Link href={`/indbakke/tilbud/${offer.id}`} className="inline-block rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
                    {t("catalogue.edit")}
                    <span className="sr-only"> {offer.title}</span>
                  </Link>
                  <ConfirmOfferCheckedForm action={confirmOfferCheckedAction} offerId={offer.id} offerTitle={offer.title} />
                </>
              ),
            },
          ]}
        />
      )}
    </ClientMessages>
  );
}
