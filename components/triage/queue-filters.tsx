import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { District, NeedCategory, Priority } from "@/lib/generated/prisma/enums";
import { FilterSelect } from "@/components/filter-select";
import { queueQueryString, type QueueSearch } from "@/lib/triage/schemas";

/** The queue's filters as a GET form: works without JavaScript, and the URL holds the view and the filters. */
export async function QueueFilters({ search }: { search: QueueSearch }) {
  const t = await getTranslations();
  const filter = (name: "need" | "district" | "priority", label: string, options: { value: string; label: string }[]) => (
    <FilterSelect name={name} label={label} value={search[name] ?? ""} options={options} allLabel={t("triage.filters.all")} />
  );
  return (
    <form method="get" action="/visitation" aria-label={t("triage.filters.title")} className="mb-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
      {search.view !== "unassigned" ? <input type="hidden" name="view" value={search.view} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_12rem_auto] lg:items-end">
        {filter("need", t("triage.filters.need"), Object.values(NeedCategory).map((value) => ({ value, label: t(`labels.needCategory.${value}`) })))}
        {filter("district", t("triage.filters.district"), Object.values(District).map((value) => ({ value, label: t(`labels.district.${value}`) })))}
        {filter("priority", t("triage.filters.priority"), Object.values(Priority).map((value) => ({ value, label: t(`triage.priority.${value}`) })))}
        <div className="flex items-center gap-4">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("triage.filters.apply")}
          </button>
          {search.need || search.district || search.priority ? (
            <Link href={`/visitation${queueQueryString({ view: search.view })}`}>{t("triage.filters.reset")}</Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
