import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DataTable } from "./data-table";
import { DueMark } from "./due-mark";
import { UnreadMark } from "./unread-mark";
import { EmptyState } from "./empty-state";
import { LoadingState } from "./loading-state";
import { PageLinks } from "./page-links";
import type { ListPage } from "@/lib/paging/cursor";
import type { ReferralListRow } from "@/lib/referrals/referral-list-item";
import { shownCitizen } from "@/lib/retention/pseudonym";

/** `unread` (lists of the sending organisation only): changed by the receiver since the user last opened it. */
type Row = ReferralListRow & { unread?: boolean };

interface ReferralListProps {
  caption: string;
  emptyTitle: string;
  /** Shown under the empty state's title, e.g. how to widen a filter. */
  emptyHint?: React.ReactNode;
  /** The page of rows, started by the page after its authorization check; awaited inside the loading boundary. */
  referrals: Promise<ListPage<Row>>;
  /** The address of the page after the given cursor, with the list's filters. */
  pageHref: (after?: string) => string;
  /** Whether this is a later page, so a link back to the first is shown. */
  paged: boolean;
  /** Where each row's number links to; without it the rows do not link. */
  href?: (referral: Row) => string;
}

export function ReferralList(props: ReferralListProps) {
  return (
    <Suspense fallback={<LoadingState />}>
      <ReferralTable {...props} />
    </Suspense>
  );
}

async function ReferralTable({ caption, emptyTitle, emptyHint, referrals: pending, href, pageHref, paged }: ReferralListProps) {
  const { rows: referrals, next } = await pending;
  const links = <PageLinks nextHref={next ? pageHref(next) : undefined} firstHref={paged ? pageHref() : undefined} />;
  if (referrals.length === 0)
    return (
      <>
        <EmptyState title={emptyTitle}>{emptyHint}</EmptyState>
        {links}
      </>
    );
  const t = await getTranslations();
  const format = await getFormatter();
  const now = new Date();
  return (
    <>
      <DataTable
        caption={caption}
        rows={referrals}
        rowKey={(referral) => referral.id}
        columns={[
          {
            header: t("referrals.number"),
            className: "font-mono",
            cell: (referral) => (
              <>
                {href ? (
                  <Link href={href(referral)} aria-label={t(referral.unread ? "referrals.openUnread" : "referrals.open", { number: referral.number })}>
                    {referral.number}
                  </Link>
                ) : (
                  referral.number
                )}
                {/* Beside the number, so it is seen first, also on a phone. */}
                {referral.unread ? <UnreadMark /> : null}
              </>
            ),
          },
          {
            header: t("referrals.citizen"),
            cell: (referral) => {
              const citizen = shownCitizen(referral, "masked", t("referrals.pseudonymised"));
              return citizen.pseudonymised ? (
                citizen.name
              ) : (
                <>
                  {citizen.name}
                  <span className="block font-mono text-sm text-slate-700">{citizen.cpr}</span>
                </>
              );
            },
          },
          {
            header: t("referrals.destination"),
            cell: (referral) => (
              <>
                {referral.destinationUnit?.name ?? t("referrals.centralTriage")}
                {referral.offer ? <span className="block text-sm text-slate-700">{referral.offer.title}</span> : null}
              </>
            ),
          },
          {
            header: t("referrals.status"),
            cell: (referral) => (
              <>
                {t(`status.${referral.status}`)}
                <DueMark dueAt={referral.dueAt} now={now} />
              </>
            ),
          },
          {
            header: t("referrals.lastChange"),
            className: "text-sm",
            cell: (referral) => format.dateTime(referral.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
          },
        ]}
      />
      {links}
    </>
  );
}
