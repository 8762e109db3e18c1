import { getTranslations } from "next-intl/server";
import { REFERRAL_NUMBER_MAX_DIGITS } from "@/lib/referrals/number-search";

/** The "find one referral by number" field of a list's GET filter form; at most eight digits, never a CPR number. */
export async function NumberSearchField({ value }: { value?: number }) {
  const t = await getTranslations("listSearch");
  return (
    <div>
      <label htmlFor="filter-nr" className="block font-semibold text-slate-900">
        {t("number")}
      </label>
      <input
        id="filter-nr"
        name="nr"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        pattern={`\\d{1,${REFERRAL_NUMBER_MAX_DIGITS}}`}
        maxLength={REFERRAL_NUMBER_MAX_DIGITS}
        defaultValue={value ?? ""}
        aria-describedby="filter-nr-hint"
        className="mt-1 block w-full rounded-md border-2 border-slate-600 bg-white px-3 py-2 font-mono text-slate-900"
      />
      <p id="filter-nr-hint" className="mt-1 text-sm text-slate-700">
        {t("numberHint")}
      </p>
    </div>
  );
}
