import { getTranslations } from "next-intl/server";
import { REFERRAL_NUMBER_MAX_DIGITS } from "@/lib/referrals/number-search";

interface NumberSearchFormProps {
  /** The list's address. */
  action: string;
  /** The list's current filters as a query string (`?…`, or empty): kept, so the search is the list's, narrowed. */
  query: string;
  value?: number;
}

/**
 * "Find one referral" by its number: a GET form of its own beside the list's filters, so the filters' addresses stay
 * as they were. At most eight digits (pattern and maxlength hold it without JavaScript), so no CPR number is typed here.
 */
export async function NumberSearchForm({ action, query, value }: NumberSearchFormProps) {
  const t = await getTranslations("listSearch");
  const kept = [...new URLSearchParams(query).entries()].filter(([name]) => name !== "nr" && name !== "after");
  return (
    <form method="get" action={action} role="search" aria-label={t("label")} className="mb-6 flex flex-wrap items-end gap-4">
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="search-nr" className="block font-semibold text-slate-900">
          {t("number")}
        </label>
        <input
          id="search-nr"
          name="nr"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          pattern={`\\d{1,${REFERRAL_NUMBER_MAX_DIGITS}}`}
          maxLength={REFERRAL_NUMBER_MAX_DIGITS}
          defaultValue={value ?? ""}
          aria-describedby="search-nr-hint"
          className="mt-1 block w-48 rounded-md border-2 border-slate-600 bg-white px-3 py-2 font-mono text-slate-900"
        />
        <p id="search-nr-hint" className="mt-1 text-sm text-slate-700">
          {t("numberHint")}
        </p>
      </div>
      <button type="submit" className="mb-7 rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
