import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnswerInformationForm } from "@/components/answer-information-form";
import { PageHeader } from "@/components/page-header";
import { RoutingExplanation } from "@/components/routing-explanation";
import { requireUser } from "@/lib/auth/authorize";
import { maskCpr } from "@/lib/citizens/cpr";
import type { ReferralEventType } from "@/lib/generated/prisma/enums";
import { pageTitle } from "@/lib/i18n/page-title";
import { getOrganisationReferral, type OrganisationReferral } from "@/lib/referrals/get-organisation-referral";

export const generateMetadata = pageTitle("referrals.detailTitle");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ allerede?: string; svar?: string }> };
type ReferralEvent = OrganisationReferral["events"][number];

// What the referrer is told, besides the status: questions and answers, the first meeting, a decline's alternative.
// Working notes of triage and units (claims, contact attempts) stay with them.
const EVENTS_WITH_NOTE: readonly ReferralEventType[] = [
  "INFORMATION_REQUESTED",
  "INFORMATION_PROVIDED",
  "FORWARDED",
  "FIRST_MEETING_BOOKED",
  "DECLINED",
  "CITIZEN_DECLINED",
  "NOT_REACHED",
  "WITHDRAWN",
];

// A referral the user's organisation sent: the receipt, the citizen, the status, the timeline and, when the unit or
// central triage asks, the question and the answer form. Another organisation's referral is not found (404).
export default async function ReferralPage({ params, searchParams }: Props) {
  const user = await requireUser("referral:read-own-organisation");
  const { id } = await params;
  const { allerede, svar } = await searchParams;
  const referral = await getOrganisationReferral(user, id);
  if (!referral) notFound();
  const t = await getTranslations();
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const sentTo = referral.route === "UNIT" ? (referral.events.find((event) => event.type === "RECEIVED")?.toUnit?.name ?? referral.destinationUnit?.name ?? null) : null;
  const question = referral.status === "AWAITING_INFORMATION" ? referral.events.findLast((event) => event.type === "INFORMATION_REQUESTED") : undefined;
  // Who acted, as role and organisation: the practice sees what happened, not the private names of staff.
  const who = (event: ReferralEvent) => (event.actorRole ? [t(`roles.${event.actorRole}`), event.actorOrganisation?.name].filter(Boolean).join(", ") : null);

  return (
    <>
      <p className="mb-4">
        <Link href="/henvisninger">← {t("referrals.backToList")}</Link>
      </p>
      <PageHeader title={t("referrals.detailHeading", { number: referral.number })} intro={referral.offer?.title ?? t("referrals.centralTriage")} />

      {svar && referral.events.at(-1)?.type === "INFORMATION_PROVIDED" ? (
        <p role="status" className="mb-6 max-w-3xl rounded-lg border-2 border-green-700 bg-green-50 p-4 text-lg font-semibold text-green-950">
          {t("referrals.answerSent")}
        </p>
      ) : null}

      {question ? (
        <section aria-labelledby="question-title" className="mb-8 max-w-3xl rounded-lg border-4 border-amber-600 bg-amber-50 p-5">
          <h2 id="question-title" className="text-2xl font-bold text-amber-950">
            {t("referrals.questionTitle", { from: question.actorOrganisation?.name ?? t("referrals.centralTriage") })}
          </h2>
          <p className="mt-1 text-sm text-amber-950">{when(question.createdAt)}</p>
          <blockquote className="mt-3 border-l-4 border-amber-600 bg-white p-4 text-lg whitespace-pre-line text-slate-900" data-testid="question">
            {question.note ?? t("referrals.questionMissing")}
          </blockquote>
          <AnswerInformationForm referralId={referral.id} />
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="receipt-title" className="rounded-lg border-2 border-green-700 bg-green-50 p-5 text-slate-900">
          <h2 id="receipt-title" className="text-2xl font-bold text-green-950">
            {t("referrals.receiptTitle")}
          </h2>
          {allerede ? <p className="mt-2 font-semibold">{t("referrals.alreadySent")}</p> : null}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("referrals.receiptNumber")}</dt>
            <dd className="font-mono text-lg" data-testid="referral-number">
              {referral.number}
            </dd>
            <dt className="font-semibold">{t("referrals.receiptSentAt")}</dt>
            <dd>{referral.sentAt ? when(referral.sentAt) : ""}</dd>
          </dl>
          <div className="mt-4" data-testid="referral-destination">
            <RoutingExplanation
              tense="sent"
              destination={referral.route}
              unitName={sentTo}
              reasons={referral.routingReasons}
              requiredDiagnoses={referral.offer?.requiredDiagnoses ?? []}
            />
          </div>
        </section>

        <section aria-labelledby="citizen-title" className="rounded-lg border border-slate-300 p-5">
          <h2 id="citizen-title" className="text-2xl font-bold text-slate-900">
            {t("referrals.citizen")}
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t("referrals.citizenName")}</dt>
            <dd>{referral.citizen.name}</dd>
            <dt className="font-semibold">{t("referrals.cpr")}</dt>
            <dd className="font-mono">{maskCpr(referral.citizen.cpr)}</dd>
          </dl>
          <h2 className="mt-6 text-xl font-bold text-slate-900">{t("referrals.currentStatus")}</h2>
          <p className="mt-1 text-lg font-semibold" data-testid="referral-status">
            {t(`status.${referral.status}`)}
          </p>
          {referral.destinationUnit && referral.destinationUnit.name !== sentTo ? (
            <p className="mt-1">{t("referrals.nowWith", { unit: referral.destinationUnit.name })}</p>
          ) : null}
          {referral.firstMeetingAt ? (
            <p className="mt-1">{t("referrals.firstMeeting", { date: when(referral.firstMeetingAt), place: referral.firstMeetingPlace ?? "" })}</p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="timeline-title" className="mt-8 max-w-3xl">
        <h2 id="timeline-title" className="text-2xl font-bold text-slate-900">
          {t("referrals.timelineTitle")}
        </h2>
        <ol className="mt-4 space-y-4 border-l-4 border-slate-300 pl-5">
          {referral.events.map((event) => {
            const actor = who(event);
            return (
              <li key={event.id}>
                <time dateTime={event.createdAt.toISOString()} className="block text-sm text-slate-700">
                  {when(event.createdAt)}
                </time>
                <p className="font-semibold text-slate-900">
                  {t(`referrals.events.${event.type}`, { unit: event.toUnit?.name ?? t("routing.centralTriage") })}
                </p>
                {actor ? <p className="text-slate-700">{actor}</p> : null}
                {event.note && EVENTS_WITH_NOTE.includes(event.type) ? <p className="mt-1 whitespace-pre-line text-slate-900">{event.note}</p> : null}
                {event.alternativeOffer || event.alternativeText ? (
                  <p className="mt-1">
                    {t("referrals.alternative")}{" "}
                    {event.alternativeOffer ? <Link href={`/tilbud/${event.alternativeOffer.slug}`}>{event.alternativeOffer.title}</Link> : null}
                    {event.alternativeText ? ` ${event.alternativeText}` : null}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
