"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { Select } from "@/components/form/select";
import { inputClass } from "@/components/form/styles";
import { SubmitButton } from "@/components/form/submit-button";
import { Role, type OrganisationType } from "@/lib/generated/prisma/enums";
import type { FormAction } from "@/lib/http/action-state";
import type { OrganisationChoice } from "@/lib/users/list-users";
import { USER_LIMITS, type UserField } from "@/lib/users/schemas";

type Values = Partial<Record<UserField, string>>;

const ROLES = Object.values(Role);

/** What a save answers with: the new user's id and name, or how many sessions a change ended. */
type Created = { id: string; name: string };
type Updated = { endedSessions: number };

type UserFormProps = { organisations: OrganisationChoice[] } & (
  | { action: FormAction<Created>; user?: undefined }
  /** Changing a user: their id and what is saved now. Without it the form adds a new user. */
  | { action: FormAction<Updated>; user: { id: string; values: Values; isSelf: boolean } }
);

/**
 * Adds a user, or changes one's name, title, role and organisation. After a failed save the typed values come back,
 * each message stands at its field and the summary at the top takes focus; a success is announced.
 */
export function UserForm({ organisations, user, action }: UserFormProps) {
  const t = useTranslations("users");
  const roles = useTranslations("roles");
  // One state for both kinds of save; the success line below reads what its kind answers with.
  const [state, formAction, pending] = useActionState(action as FormAction<Partial<Created & Updated>>, { status: "idle" });
  const form = user ? "edit-user" : "create-user";
  const id = (field: UserField) => `${form}-${field}`;
  // React resets a form after its action: after an error the defaults are what was typed (Select follows them).
  const shown: Record<string, string | string[] | undefined> = state.status === "error" ? state.values : (user?.values ?? {});
  const value = (field: UserField) => {
    const raw = shown[field];
    return Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  };
  const errorOf = (field: UserField) => (state.status === "error" ? state.fieldErrors[field]?.[0] : undefined);
  const byType = new Map<OrganisationType, OrganisationChoice[]>();
  for (const organisation of organisations) byType.set(organisation.type, [...(byType.get(organisation.type) ?? []), organisation]);

  return (
    <form action={formAction} noValidate className="mt-4 max-w-xl space-y-6">
      <ActionErrorSummary
        state={state}
        titleId={`${form}-errors-title`}
        targets={{ name: id("name"), email: id("email"), title: id("title"), role: id("role"), organisationId: id("organisationId"), userId: id("name") }}
        level={3}
      />
      {user ? <input type="hidden" name="userId" value={user.id} /> : null}

      <Field id={id("name")} label={t("fields.name")} error={errorOf("name")}>
        {(control) => <input {...control} name="name" autoComplete="off" maxLength={USER_LIMITS.name} defaultValue={value("name")} className={inputClass} />}
      </Field>

      {user ? null : (
        <Field id={id("email")} label={t("fields.email")} hint={t("fields.emailHint")} error={errorOf("email")}>
          {(control) => (
            <input {...control} name="email" type="email" autoComplete="off" spellCheck={false} maxLength={USER_LIMITS.email} defaultValue={value("email")} className={inputClass} />
          )}
        </Field>
      )}

      <Field id={id("title")} label={t("fields.title")} hint={t("fields.titleHint")} error={errorOf("title")}>
        {(control) => <input {...control} name="title" autoComplete="off" maxLength={USER_LIMITS.title} defaultValue={value("title")} className={inputClass} />}
      </Field>

      {user?.isSelf ? (
        <div>
          <p className="font-semibold text-slate-900">{t("fields.role")}</p>
          <p className="mt-1 text-slate-800">{roles(value("role"))}</p>
          <p className="mt-1 text-slate-700">{t("self")}</p>
          <input type="hidden" name="role" value={value("role")} />
        </div>
      ) : (
        <Field id={id("role")} label={t("fields.role")} error={errorOf("role")}>
          {(control) => (
            <Select {...control} name="role" defaultValue={value("role")} className={inputClass}>
              <option value="">{t("fields.chooseRole")}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roles(role)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}

      <Field id={id("organisationId")} label={t("fields.organisation")} hint={t("fields.organisationHint")} error={errorOf("organisationId")}>
        {(control) => (
          <Select {...control} name="organisationId" defaultValue={value("organisationId")} className={inputClass}>
            <option value="">{t("fields.chooseOrganisation")}</option>
            {[...byType].map(([type, members]) => (
              <optgroup key={type} label={t(`organisationTypes.${type}`)}>
                {members.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} label={user ? t("save") : t("create")} pendingLabel={user ? t("saving") : t("creating")} />
        <p role="status" className="font-semibold text-green-900">
          {state.status === "success" ? (
            user ? (
              state.data.endedSessions ? t("savedSignedOut") : t("saved")
            ) : (
              <>
                {t("created", { name: state.data.name ?? "" })}{" "}
                <Link href={`/brugere/${state.data.id}`}>{t("openCreated", { name: state.data.name ?? "" })}</Link>
              </>
            )
          ) : null}
        </p>
      </div>
    </form>
  );
}
