import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { createUserAction } from "@/app/brugere/actions";
import { DataTable } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { UserForm } from "@/components/users/user-form";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/session/authorize";
import { listOrganisationChoices, listUsers } from "@/lib/users/list-users";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("users.title");

// "Brugere": the administrator's list of every user, with how many places each is signed in, and the form to add one.
export default async function UsersPage() {
  await requireUser("user:administer");
  const t = await getTranslations();
  const [users, organisations] = await Promise.all([listUsers(), listOrganisationChoices()]);
  return (
    <ClientMessages family="users">
      <PageHeader title={t("users.title")} intro={t("users.intro")} />
      <section aria-labelledby="users-list-title">
        <h2 id="users-list-title" className="mb-3 text-xl font-bold text-slate-900">
          {t("users.listTitle")}
        </h2>
        {users.length === 0 ? (
          <EmptyState title={t("users.empty")} />
        ) : (
          <DataTable
            caption={t("users.listTitle")}
            rows={users}
            rowKey={(user) => user.id}
            columns={[
              { header: t("users.columns.name"), rowHeader: true, cell: (user) => <Link href={`/brugere/${user.id}`}>{user.name}</Link> },
              { header: t("users.columns.email"), cell: (user) => user.email, className: "break-all" },
              { header: t("users.columns.title"), cell: (user) => user.title ?? "" },
              { header: t("users.columns.role"), cell: (user) => t(`roles.${user.role}`) },
              { header: t("users.columns.organisation"), cell: (user) => user.organisation.name },
              { header: t("users.columns.status"), cell: (user) => (user.isActive ? t("users.active") : <strong>{t("users.inactive")}</strong>) },
              { header: t("users.columns.sessions"), cell: (user) => t("users.sessionsCount", { count: user._count.sessions }) },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="users-create-heading" className="mt-10">
        <h2 id="users-create-heading" className="text-xl font-bold text-slate-900">
          {t("users.createTitle")}
        </h2>
        <p className="mt-1 text-slate-700">{t("users.createIntro")}</p>
        <UserForm action={createUserAction} organisations={organisations} />
      </section>
    </ClientMessages>
  );
}
