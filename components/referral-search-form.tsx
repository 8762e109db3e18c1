import { getTranslations } from "next-intl/server";
import { Field } from "@/components/form/field";
import { inputLook } from "@/components/form/styles";
import { FIND_PARAM, REFERRAL_SEARCH_MAX } from "@/lib/referrals/referral-search";

interface ReferralSearchFormProps {
  /** The list's address; the form posts to its search route (`<action>/soeg`). */
  action: string;
  /** The list's current filters as a query string (`?…`, or empty): kept, so the search is the list's, narrowed. */
  query: string;
  /** What was typed, shown again. */
  typed: string;
  /** What is wrong with it, in the user's language. */
  error?: string;
}

/**
 * "Find one referral" by its number, the citizen's CPR number or name: a form of its own beside the list's filters.
 * Posted, so that a CPR number or a name never stands in a URL (the route answers with the list, the search sealed:
 * decision 009); works without JavaScript.
 */
export async function ReferralSearchForm({ action, query, typed, error }: ReferralSearchFormProps) {
  const t = await getTranslations("listSearch");
  const kept = [...new URLSearchParams(query).entries()].filter(([name]) => name !== "nr" && name !== FIND_PARAM && name !== "after");
  return (
    <form method="post" action={`${action}/soeg`} role="search" aria-label={t("label")} className="mb-6 flex flex-wrap items-start gap-4">
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id="search-nr" label={t("field")} hint={t("fieldHint")} error={error}>
        {(control) => (
          <input
            {...control}
            name="nr"
            type="search"
            autoComplete="off"
            maxLength={REFERRAL_SEARCH_MAX}
            defaultValue={typed}
            className={`mt-1 block w-80 max-w-full ${inputLook}`}
          />
        )}
      </Field>
      <button type="submit" className="mt-[3.75rem] rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
