import { getTranslations } from "next-intl/server";
import { District, NeedCategory, Priority } from "@/lib/generated/prisma/enums";
import { FilterForm } from "@/components/filter-form";
import { FilterSelect } from "@/components/filter-select";
import { queueQueryString, type QueueSearch } from "@/lib/triage/schemas";

/** The queue's filters as a GET form: works without JavaScript, and the URL holds the view and the filters. */
export async function QueueFilters({ search }: { search: QueueSearch }) {
  const t = await getTranslations();
  const filter = (name: "need" | "district" | "priority", label: string, options: { value: string; label: string }[]) => (
    <FilterSelect name={name} label={label} value={search[name] ?? ""} options={options} allLabel={t("triage.filters.all")} />
  );
  return (
    <FilterForm
      action="/visitation"
      label={t("triage.filters.title")}
      formKey={queueQueryString(search)}
      columns="lg:grid-cols-[1fr_1fr_12rem_auto]"
      applyLabel={t("triage.filters.apply")}
      reset={search.need || search.district || search.priority ? { href: `/visitation${queueQueryString({ view: search.view })}`, label: t("triage.filters.reset") } : undefined}
    >
      {search.view !== "unassigned" ? <input type="hidden" name="view" value={search.view} /> : null}
      {filter("need", t("triage.filters.need"), Object.values(NeedCategory).map((value) => ({ value, label: t(`labels.needCategory.${value}`) })))}
      {filter("district", t("triage.filters.district"), Object.values(District).map((value) => ({ value, label: t(`labels.district.${value}`) })))}
      {filter("priority", t("triage.filters.priority"), Object.values(Priority).map((value) => ({ value, label: t(`triage.priority.${value}`) })))}
    </FilterForm>
  );
}
