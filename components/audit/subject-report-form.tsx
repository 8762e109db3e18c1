import { getTranslations } from "next-intl/server";
import { Field } from "@/components/form/field";
import { ErrorSummary } from "@/components/form/error-summary";
import { inputClass } from "@/components/form/styles";

const CPR_FIELD = "subject-cpr";

/**
 * "Hvem har set dette CPR-nummer?": one field, posted so that the number never lands in a URL; the report's URL holds
 * a sealed search id (decision 009), so it works without JavaScript and can be reloaded for a while.
 */
export async function SubjectReportForm({ value, error }: { value: string; error?: string }) {
  const t = await getTranslations("auditReport");
  return (
    <form method="post" action="/revisionslog/borger/soeg" aria-labelledby="subject-form-title" className="no-print mb-8 max-w-xl space-y-5 rounded-lg border border-slate-300 bg-slate-50 p-5">
      <h2 id="subject-form-title" className="text-xl font-bold text-slate-900">
        {t("formTitle")}
      </h2>
      {error ? <ErrorSummary titleId="subject-errors-title" title={t("errorTitle")} errors={[{ key: "cpr", message: error, target: CPR_FIELD }]} level={3} /> : null}
      <Field id={CPR_FIELD} label={t("cpr")} hint={t("cprHint")} error={error}>
        {(control) => <input {...control} name="cpr" type="text" inputMode="numeric" autoComplete="off" defaultValue={value} className={inputClass} />}
      </Field>
      <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
