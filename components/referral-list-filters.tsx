import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/filter-form";
import { FilterSelect } from "@/components/filter-select";
import { Checkbox } from "@/components/form/checkbox";
import {
  hasReferralListFilters,
  REFERRAL_PERIODS,
  REFERRAL_STATUS_GROUPS,
  referralListQueryString,
  type ReferralListFilters as Filters,
} from "@/lib/referrals/referral-list-filters";

/** The filters of "Mine henvisninger" as a GET form: works without JavaScript, and the URL holds the filters. */
export async function ReferralListFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations("referrals");
  const filter = (name: "status" | "period", label: string, options: { value: string; label: string }[]) => (
    <FilterSelect name={name} label={label} value={filters[name]} options={options} />
  );
  return (
    <FilterForm
      action="/henvisninger"
      label={t("filtersTitle")}
      formKey={referralListQueryString(filters)}
      columns="lg:grid-cols-[1fr_1fr_auto_auto]"
      applyLabel={t("filtersApply")}
      reset={hasReferralListFilters(filters) ? { href: "/henvisninger", label: t("filtersReset") } : undefined}
    >
      {filter("status", t("filterStatus"), REFERRAL_STATUS_GROUPS.map((value) => ({ value, label: t(`statusGroups.${value}`) })))}
      {filter("period", t("filterPeriod"), REFERRAL_PERIODS.map((value) => ({ value, label: t(`periods.${value}`) })))}
      <div className="lg:pb-2">
        <Checkbox id="filter-unread" name="unread" value="1" defaultChecked={filters.unread} label={t("filterUnread")} />
      </div>
    </FilterForm>
  );
}
