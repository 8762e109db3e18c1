import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
  // Keyed by the filters: a link to other filters (reset, the counts on top) renders the page without a reload, and the
  // uncontrolled fields must then show the new choice, not keep the old one.
  return (
    <form key={referralListQueryString(filters)} method="get" action="/henvisninger" aria-label={t("filtersTitle")} className="mb-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto] lg:items-end">
        {filter("status", t("filterStatus"), REFERRAL_STATUS_GROUPS.map((value) => ({ value, label: t(`statusGroups.${value}`) })))}
        {filter("period", t("filterPeriod"), REFERRAL_PERIODS.map((value) => ({ value, label: t(`periods.${value}`) })))}
        <div className="lg:pb-2">
          <Checkbox id="filter-unread" name="unread" value="1" defaultChecked={filters.unread} label={t("filterUnread")} />
        </div>
        <div className="flex items-center gap-4">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("filtersApply")}
          </button>
          {hasReferralListFilters(filters) ? <Link href="/henvisninger">{t("filtersReset")}</Link> : null}
        </div>
      </div>
    </form>
  );
}
