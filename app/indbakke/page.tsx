import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { ReferralList } from "@/components/referral-list";
import { ReferralSearchForm } from "@/components/referral-search-form";
import { InboxFilters } from "@/components/unit-inbox/inbox-filters";
import { sayMessage } from "@/lib/i18n/error-messages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getErrorTranslator } from "@/lib/i18n/server-errors";
import { openReferralSearch } from "@/lib/referrals/open-referral-search";
import { countOverdue, getUnitName, listUnitInbox, listReferredOffers } from "@/lib/unit-inbox/list-unit-inbox";
import { requireUser } from "@/lib/session/authorize";
import { hasInboxFilters, inboxQueryString, parseInboxFilters } from "@/lib/unit-inbox/inbox-filters";

export const generateMetadata = pageTitle("inbox.title");

export default async function UnitInboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("unit-inbox:work");
  const t = await getTranslations("inbox");
  if (!user.unitId) return <EmptyState title={t("noUnit")} />;
  const url = parseInboxFilters(await searchParams);
  const found = openReferralSearch(user, url);
  const filters = { ...url, nr: found.search, find: found.find };
  const [unitName, offers, overdue] = await Promise.all([getUnitName(user.unitId), listReferredOffers(user.unitId), countOverdue(user.unitId)]);
  const catalogue = await getTranslations("catalogue");
  const search = await getTranslations("listSearch");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { unit: unitName ?? "" })} />
      <p className="-mt-2 mb-6">
        <Link href="/indbakke/tilbud" className="font-semibold">
          {catalogue("inboxLink")}
        </Link>
      </p>
      {overdue > 0 && filters.view !== "overdue" ? (
        <p className="mb-6 flex flex-wrap items-center gap-x-3 rounded border-2 border-red-700 bg-red-50 px-4 py-3 text-red-950" data-testid="overdue-notice">
          <span className="font-semibold">
            <span aria-hidden="true">! </span>
            {t("overdueNotice", { count: overdue })}
          </span>
          <Link href={`/indbakke${inboxQueryString({ ...filters, view: "overdue", after: undefined })}`} className="font-semibold">
            {t("overdueLink")}
          </Link>
        </p>
      ) : null}
      <InboxFilters filters={filters} offers={offers} />
      <ReferralSearchForm
        action="/indbakke"
        query={inboxQueryString(filters)}
        typed={found.typed}
        error={found.error && sayMessage(found.error, await getErrorTranslator())}
      />
      <ReferralList
        caption={t(`views.${filters.view}`)}
        emptyTitle={filters.nr !== undefined ? search("noMatch") : filters.view === "overdue" ? t("emptyOverdue") : hasInboxFilters(filters) ? t("emptyFiltered") : t("empty")}
        referrals={listUnitInbox(user, filters)}
        pageHref={(after) => `/indbakke${inboxQueryString(filters, after)}`}
        paged={filters.after !== undefined}
        href={(referral) => `/indbakke/${referral.id}`}
      />
    </>
  );
}
