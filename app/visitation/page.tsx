import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CappedCount } from "@/components/capped-count";
import { EmptyState } from "@/components/empty-state";
import { LoadingState } from "@/components/loading-state";
import { PageHeader } from "@/components/page-header";
import { PageLinks } from "@/components/page-links";
import { ReferralSearchForm } from "@/components/referral-search-form";
import { QueueFilters } from "@/components/triage/queue-filters";
import { TriageQueueTable } from "@/components/triage/triage-queue-table";
import { ColleaguesTable } from "@/components/owners/colleagues-table";
import { listColleagues } from "@/lib/referrals/list-colleagues";
import type { SessionUser } from "@/lib/auth/session-user";
import { sayMessage } from "@/lib/i18n/error-messages";
import { pageTitle } from "@/lib/i18n/page-title";
import { getErrorTranslator } from "@/lib/i18n/server-errors";
import { openReferralSearch } from "@/lib/referrals/open-referral-search";
import { requireUser } from "@/lib/session/authorize";
import { listTriageQueue } from "@/lib/triage/list-triage-queue";
import { parseQueueSearch, QUEUE_VIEWS, queueQueryString, type QueueSearch } from "@/lib/triage/schemas";
import { loadPublicHolidays } from "@/lib/time/public-holidays";
import { loadServiceLevels } from "@/lib/service-levels/load-service-levels";

export const generateMetadata = pageTitle("triage.title");

// Central triage's queue: "Ikke fordelt", "Mine" and "Venter på svar", oldest first, filtered by the URL (a GET form).
export default async function TriageQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("triage:work");
  const url = parseQueueSearch(await searchParams);
  const found = openReferralSearch(user, url);
  const search = { ...url, nr: found.search, find: found.find };
  const t = await getTranslations("triage");
  const levels = await loadServiceLevels(null);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { days: levels.decisionWorkingDays })} />
      <p className="-mt-2 mb-6">
        <Link href="/visitation/rykket" className="font-semibold">
          {t("escalatedLink")}
        </Link>
      </p>
      <QueueFilters search={search} />
      <ReferralSearchForm
        action="/visitation"
        query={queueQueryString(search)}
        typed={found.typed}
        error={found.error && sayMessage(found.error, await getErrorTranslator())}
      />
      <Suspense fallback={<LoadingState />}>
        <Queue user={user} search={search} />
      </Suspense>
      <Suspense fallback={<LoadingState />}>
        <Colleagues user={user} />
      </Suspense>
    </>
  );
}

async function Queue({ user, search }: { user: SessionUser; search: QueueSearch }) {
  const t = await getTranslations("triage");
  const listSearch = await getTranslations("listSearch");
  const { rows, next, counts } = await listTriageQueue(user, search);
  const now = new Date();
  const holidays = await loadPublicHolidays();
  return (
    <>
      <nav aria-label={t("views.label")} className="mb-4 border-b-2 border-slate-300">
        <ul className="-mb-0.5 flex flex-wrap gap-1">
          {QUEUE_VIEWS.map((view) => {
            const current = view === search.view;
            return (
              <li key={view}>
                <Link
                  href={`/visitation${queueQueryString({ ...search, view })}`}
                  aria-current={current ? "page" : undefined}
                  className={`block rounded-t-md border-2 px-4 py-2 font-semibold no-underline ${
                    current ? "border-slate-300 border-b-white bg-white text-slate-900" : "border-transparent text-brand-700 hover:bg-slate-100"
                  }`}
                >
                  {t(`views.${view}`)} <span className="font-normal">
                    (<CappedCount count={counts[view]} />)
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={search.nr !== undefined ? listSearch("noMatch") : t(`views.empty.${search.view}`)} />
      ) : (
        <TriageQueueTable caption={t(`views.${search.view}`)} rows={rows} now={now} holidays={holidays} />
      )}
      <PageLinks
        nextHref={next ? `/visitation${queueQueryString(search, next)}` : undefined}
        firstHref={search.after ? `/visitation${queueQueryString(search)}` : undefined}
      />
    </>
  );
}

async function Colleagues({ user }: { user: SessionUser }) {
  return <ColleaguesTable colleagues={await listColleagues(user)} userId={user.id} />;
}
