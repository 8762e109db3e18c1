import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/form/field";
import { ErrorSummary } from "@/components/form/error-summary";
import { inputClass } from "@/components/form/styles";
import { AUDIT_ACTIONS, actionKey } from "@/lib/audit/actions";
import type { AuditFilterField } from "@/lib/audit/schemas";

const FIELDS: AuditFilterField[] = ["from", "to", "user", "organisation", "action", "cpr"];
const fieldId = (field: AuditFilterField) => `audit-${field}`;

/**
 * The audit log's search, posted so that a CPR number never lands in a URL: the route answers with the search page,
 * whose URL holds the other fields and a sealed search id (decision 009). Works without JavaScript. After a bad search
 * the fields keep what was typed, each with its own message, and a summary on top links to them.
 */
export async function AuditFilterForm({ values, errors }: { values: Record<string, string | undefined>; errors: Partial<Record<AuditFilterField, string>> }) {
  const t = await getTranslations("audit");
  const summary = FIELDS.flatMap((field) => (errors[field] ? [{ key: field, message: errors[field], target: fieldId(field) }] : []));
  const text = (field: "user" | "organisation" | "cpr", props: { hint?: string; inputMode?: "numeric"; autoComplete?: string } = {}) => (
    <Field id={fieldId(field)} label={t(field)} hint={props.hint} error={errors[field]}>
      {(control) => (
        <input {...control} name={field} type="text" defaultValue={values[field] ?? ""} inputMode={props.inputMode} autoComplete={props.autoComplete ?? "off"} className={inputClass} />
      )}
    </Field>
  );
  const date = (field: "from" | "to") => (
    <Field id={fieldId(field)} label={t(field)} error={errors[field]}>
      {(control) => <input {...control} name={field} type="date" defaultValue={values[field] ?? ""} className={inputClass} />}
    </Field>
  );
  return (
    <form method="post" action="/revisionslog/soeg" aria-labelledby="audit-filters-title" className="no-print mb-8 space-y-5 rounded-lg border border-slate-300 bg-slate-50 p-5">
      <h2 id="audit-filters-title" className="text-xl font-bold text-slate-900">
        {t("filtersTitle")}
      </h2>
      {summary.length > 0 ? <ErrorSummary titleId="audit-errors-title" title={t("errorTitle")} errors={summary} level={3} /> : null}
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {date("from")}
        {date("to")}
        <Field id={fieldId("action")} label={t("action")} error={errors.action}>
          {(control) => (
            <select {...control} name="action" defaultValue={values.action ?? ""} className={inputClass}>
              <option value="">{t("allActions")}</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {t(`actions.${actionKey(action)}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("user", { hint: t("userHint") })}
        {text("organisation", { hint: t("organisationHint") })}
        {text("cpr", { hint: t("cprHint"), inputMode: "numeric" })}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("search")}
        </button>
        {FIELDS.some((field) => values[field]) ? <Link href="/revisionslog">{t("reset")}</Link> : null}
      </div>
    </form>
  );
}
