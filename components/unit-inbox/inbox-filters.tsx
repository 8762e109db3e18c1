import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/filter-form";
import { FilterSelect } from "@/components/filter-select";
import { hasInboxFilters, INBOX_STATUS_GROUPS, INBOX_VIEWS, inboxQueryString, type InboxFilters as Filters } from "@/lib/unit-inbox/inbox-filters";

/** The inbox's view (newest / waited longest) and filters by status and offer, as a GET form. */
export async function InboxFilters({ filters, offers }: { filters: Filters; offers: { slug: string; title: string }[] }) {
  const t = await getTranslations("inbox");
  return (
    <FilterForm
      action="/indbakke"
      label={t("filtersTitle")}
      formKey={inboxQueryString(filters)}
      columns="lg:grid-cols-[1fr_1fr_1.5fr_auto]"
      applyLabel={t("filtersApply")}
      reset={hasInboxFilters(filters) ? { href: "/indbakke", label: t("filtersReset") } : undefined}
    >
      <FilterSelect name="view" label={t("filterView")} value={filters.view} options={INBOX_VIEWS.map((value) => ({ value, label: t(`views.${value}`) }))} />
      <FilterSelect name="status" label={t("filterStatus")} value={filters.status} options={INBOX_STATUS_GROUPS.map((value) => ({ value, label: t(`statusGroups.${value}`) }))} />
      <FilterSelect name="offer" label={t("filterOffer")} value={filters.offer} allLabel={t("allOffers")} options={offers.map((offer) => ({ value: offer.slug, label: offer.title }))} />
    </FilterForm>
  );
}
