import Link from "next/link";
import { CappedCount } from "@/components/capped-count";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ReferralList } from "@/components/referral-list";
import { ReferralListFilters } from "@/components/referral-list-filters";
import { ReferralSearchForm } from "@/components/referral-search-form";
import { sayMessage } from "@/lib/i18n/error-messages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getErrorTranslator } from "@/lib/i18n/server-errors";
import { countAwaitingInformation } from "@/lib/referrals/count-awaiting-information";
import { countUnreadReferrals } from "@/lib/referrals/count-unread-referrals";
import { listOrganisationReferrals } from "@/lib/referrals/list-organisation-referrals";
import { openReferralSearch } from "@/lib/referrals/open-referral-search";
import { hasReferralListFilters, parseReferralListFilters, referralListQueryString } from "@/lib/referrals/referral-list-filters";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("referrals.mineTitle");

// The practice's referrals, filtered by status group, period and "Kun med nyt" through the URL (a GET form). A referral
// the receiver changed since this user last opened it carries a mark; the count on top links to just those.
export default async function MyReferralsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("referral:read-own-organisation");
  const url = parseReferralListFilters(await searchParams);
  const found = openReferralSearch(user, url);
  const filters = { ...url, nr: found.search, find: found.find };
  const t = await getTranslations("referrals");
  const search = await getTranslations("listSearch");
  const [awaiting, unread] = await Promise.all([countAwaitingInformation(user), countUnreadReferrals(user)]);
  const filtered = hasReferralListFilters(filters);
  return (
    <>
      <PageHeader title={t("mineTitle")} intro={t("mineIntro")} />
      {awaiting > 0 ? (
        <p className="mb-6 max-w-3xl rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-lg font-semibold text-amber-950">
          <Link href={`/henvisninger${referralListQueryString({ status: "waiting" })}`} className="text-amber-950">
            <CappedCount count={awaiting} words={(count) => t("awaitingCount", { count })} />
          </Link>
        </p>
      ) : null}
      {unread > 0 ? (
        <p className="mb-6 max-w-3xl rounded-lg border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-lg font-semibold text-brand-900" data-testid="unread-count">
          <Link href={`/henvisninger${referralListQueryString({ unread: true })}`} className="text-brand-900">
            <CappedCount count={unread} words={(count) => t("unreadCount", { count })} />
          </Link>
        </p>
      ) : null}
      <ReferralListFilters filters={filters} />
      <ReferralSearchForm
        action="/henvisninger"
        query={referralListQueryString(filters)}
        typed={found.typed}
        error={found.error && sayMessage(found.error, await getErrorTranslator())}
      />
      <ReferralList
        caption={t("mineTitle")}
        emptyTitle={filters.nr !== undefined ? search("noMatch") : filtered ? t("filteredEmpty") : t("mineEmpty")}
        emptyHint={filtered ? t.rich("filteredEmptyHint", { reset: (chunks) => <Link href="/henvisninger">{chunks}</Link> }) : undefined}
        referrals={listOrganisationReferrals(user, filters)}
        pageHref={(after) => `/henvisninger${referralListQueryString(filters, after)}`}
        paged={filters.after !== undefined}
        href={(referral) => `/henvisninger/${referral.id}`}
      />
    </>
  );
}
