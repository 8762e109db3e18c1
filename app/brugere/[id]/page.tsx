import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { deactivateUserAction, endUserSessionsAction, reactivateUserAction, updateUserAction } from "@/app/brugere/actions";
import { PageHeader } from "@/components/page-header";
import { DeactivateForm, EndSessionsForm, ReactivateForm } from "@/components/users/user-access-forms";
import { UserForm } from "@/components/users/user-form";
import { pageParams } from "@/lib/http/route-params";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/session/authorize";
import { getUser, listOrganisationChoices } from "@/lib/users/list-users";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("users.editTitle");

// One user, for the administrator: change name, title, role and organisation; sign out everywhere; deactivate or
// reactivate. An id that names no user is not found.
export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser("user:administer");
  const { id } = await pageParams(params);
  const [user, organisations] = await Promise.all([getUser(id), listOrganisationChoices()]);
  if (!user) notFound();
  const t = await getTranslations();
  const format = await getFormatter();
  const isSelf = user.id === admin.id;
  const values = { name: user.name, title: user.title ?? "", role: user.role, organisationId: user.organisationId };
  return (
    <ClientMessages family="users">
      <p className="mb-4">
        <Link href="/brugere">← {t("users.back")}</Link>
      </p>
      <PageHeader title={user.name} intro={`${user.email} · ${t(`roles.${user.role}`)} · ${user.organisation.name}`} />
      {user.isActive ? null : (
        <p className="mb-6 max-w-3xl rounded-md border-l-4 border-red-800 bg-red-50 px-4 py-3 font-semibold text-red-950">
          {t("users.inactiveSince", { date: user.deactivatedAt ? format.dateTime(user.deactivatedAt, { dateStyle: "long", timeStyle: "short" }) : "" })}
        </p>
      )}
      <div className="max-w-3xl space-y-10">
        <section aria-labelledby="users-edit-heading">
          <h2 id="users-edit-heading" className="text-xl font-bold text-slate-900">
            {t("users.editTitle")}
          </h2>
          <p className="mt-1 text-slate-700">{t("users.editIntro")}</p>
          <UserForm action={updateUserAction} organisations={organisations} user={{ id: user.id, values, isSelf }} />
        </section>
        <section aria-labelledby="user-sessions-title">
          <h2 id="user-sessions-title" className="text-xl font-bold text-slate-900">
            {t("users.sessionsTitle")}
          </h2>
          <p className="mt-1 mb-3 text-slate-700">{t("users.sessionsIntro", { count: user._count.sessions })}</p>
          <EndSessionsForm action={endUserSessionsAction} userId={user.id} />
        </section>
        {user.isActive ? (
          <section aria-labelledby="deactivate-user-title">
            <h2 id="deactivate-user-title" className="text-xl font-bold text-slate-900">
              {t("users.deactivateTitle")}
            </h2>
            <p className="mt-1 mb-3 text-slate-700">{isSelf ? t("users.self") : t("users.deactivateIntro")}</p>
            {isSelf ? null : <DeactivateForm action={deactivateUserAction} userId={user.id} name={user.name} />}
          </section>
        ) : (
          <section aria-labelledby="reactivate-user-title">
            <h2 id="reactivate-user-title" className="text-xl font-bold text-slate-900">
              {t("users.reactivateTitle")}
            </h2>
            <p className="mt-1 mb-3 text-slate-700">{t("users.reactivateIntro")}</p>
            <ReactivateForm action={reactivateUserAction} userId={user.id} name={user.name} />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
