import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { answerInformationRequestAction, correctContactAction, practiceMessageAction, referAgainAction, withdrawAction } from "@/app/henvisninger/[id]/actions";
import { AnswerInformationForm } from "@/components/answer-information-form";
import { PageHeader } from "@/components/page-header";
import { NextStep } from "@/components/next-step";
import { ReferralStateSummary } from "@/components/referral-state-summary";
import { DeclineAlternative, ReferralTimeline } from "@/components/referral-timeline";
import { RoutingExplanation } from "@/components/routing-explanation";
import { foundInScope } from "@/lib/http/found-in-scope";
import { pageParams } from "@/lib/http/route-params";
import { pageTitle } from "@/lib/i18n/page-title";
import { getOrganisationReferral } from "@/lib/referrals/get-organisation-referral";
import { markReferralRead } from "@/lib/referrals/mark-referral-read";
import { describeReferralState } from "@/lib/referrals/referral-state";
import { shownCitizen } from "@/lib/retention/pseudonym";
import { requireUser } from "@/lib/session/authorize";
import { ClientMessages } from "@/components/client-messages";
import { MessagesSection } from "@/components/messages/messages-section";
import { ContactCorrectionForm } from "@/components/referrals/contact-correction-form";
import { ReferAgainForm } from "@/components/referrals/refer-again-form";
import { WithdrawForm } from "@/components/referrals/withdraw-form";
import { holderContact } from "@/lib/referrals/holder-contact";
import { listReferAgainOffers } from "@/lib/referrals/refer-again";
import { lastSeenBy } from "@/lib/referrals/mark-referral-read";
import { CLOSED_STATUSES } from "@/lib/referrals/transitions";

export const generateMetadata = pageTitle("referrals.detailTitle");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ allerede?: string; svar?: string }> };

// A referral the user's organisation sent: where it stands now in a plain sentence, the receipt, the citizen, the
// timeline and, when the unit or central triage asks, the question and the answer form. Opening it marks its changes
// read for this user. Another organisation's referral is not found (404).
export default async function ReferralPage({ params, searchParams }: Props) {
  const user = await requireUser("referral:read-own-organisation");
  const { id } = await pageParams(params);
  const { allerede, svar } = await searchParams;
  const openedAt = new Date();
  const referral = await foundInScope(getOrganisationReferral(user, id), user, { type: "Referral", id });
  const lastSeen = await lastSeenBy(user, referral.id);
  await markReferralRead(user, referral.id, openedAt);
  const t = await getTranslations();
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const sentTo = referral.route === "UNIT" ? (referral.events.find((event) => event.type === "RECEIVED")?.toUnit?.name ?? referral.destinationUnit?.name ?? null) : null;
  const question = referral.status === "AWAITING_INFORMATION" ? referral.events.findLast((event) => event.type === "INFORMATION_REQUESTED") : undefined;
  const holder = referral.destinationUnit?.name ?? null;
  const state = describeReferralState({ ...referral, unitName: holder });
  const decline = referral.status === "DECLINED" ? referral.events.findLast((event) => event.type === "DECLINED") : undefined;
  const citizen = shownCitizen(referral, "masked", t("referrals.pseudonymised"));
  const contact = await holderContact(referral, t("referrals.centralTriage"));
  const closed = CLOSED_STATUSES.includes(referral.status);
  const open = !closed && !referral.pseudonymisedAt;
  // A closed referral can be made again in one click: to the offers it pointed on to, the next-best, or another.
  const onwards = closed && !referral.pseudonymisedAt
    ? await listReferAgainOffers(user, referral.id, referral.events.flatMap((event) => (event.alternativeOffer ? [event.alternativeOffer] : [])))
    : [];
  const referAgainChoices = closed && !referral.pseudonymisedAt
    ? [...onwards.map((offer) => ({ offerSlug: offer.slug, label: t("referAgain.toOffer", { title: offer.title }) })), { offerSlug: "", label: t("referAgain.other") }]
    : [];

  return (
    <ClientMessages family="practiceCase">
      <p className="mb-4">
        <Link href="/henvisninger">← {t("referrals.backToList")}</Link>
      </p>
      <PageHeader title={t("referrals.detailHeading", { number: referral.number })} intro={referral.offer?.title ?? t("referrals.centralTriage")} />

      {svar && referral.events.at(-1)?.type === "INFORMATION_PROVIDED" ? (
        <p role="status" className="mb-6 max-w-3xl rounded-lg border-2 border-green-700 bg-green-50 p-4 text-lg font-semibold text-green-950">
          {t("referrals.answerSent")}
        </p>
      ) : null}

      <ReferralStateSummary status={referral.status} state={state}>
        <NextStep step={referral.clockStep} dueAt={referral.dueAt} holder={holder} />
        {decline ? <DeclineAlternative event={decline} /> : null}
      </ReferralStateSummary>

      {question ? (
        <section aria-labelledby="question-title" className="mb-8 max-w-3xl rounded-lg border-4 border-amber-600 bg-amber-50 p-5">
          <h2 id="question-title" className="text-2xl font-bold text-amber-950">
            {t("referrals.questionTitle", { from: question.actorOrganisation?.name ?? t("referrals.centralTriage") })}
          </h2>
          <p className="mt-1 text-sm text-amber-950">{when(question.createdAt)}</p>
          <blockquote className="mt-3 border-l-4 border-amber-600 bg-white p-4 text-lg whitespace-pre-line text-slate-900" data-testid="question">
            {question.note ?? t("referrals.questionMissing")}
          </blockquote>
          <AnswerInformationForm action={answerInformationRequestAction} referralId={referral.id} />
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
          {referral.previousReferral ? (
            <p className="mt-2" data-testid="referred-again-from">
              {t.rich("referAgain.madeFrom", {
                number: referral.previousReferral.number,
                link: (chunks) => <Link href={`/henvisninger/${referral.previousReferral!.id}`}>{chunks}</Link>,
              })}
            </p>
          ) : null}
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
            <dd>{citizen.name}</dd>
            <dt className="font-semibold">{t("referrals.cpr")}</dt>
            <dd className="font-mono">{citizen.cpr}</dd>
          </dl>
        </section>
      </div>

      {referAgainChoices.length > 0 ? (
        <section aria-labelledby="refer-again-title" className="mt-8 max-w-3xl rounded-lg border-2 border-brand-700 bg-brand-50 p-5">
          <h2 id="refer-again-title" className="text-2xl font-bold text-slate-900">
            {t("referAgain.title")}
          </h2>
          <p className="mt-1 mb-4 text-slate-800">{t("referAgain.intro")}</p>
          <ReferAgainForm action={referAgainAction} referralId={referral.id} choices={referAgainChoices} />
        </section>
      ) : null}

      <MessagesSection
        action={practiceMessageAction}
        referralId={referral.id}
        events={referral.events}
        organisationId={user.organisationId}
        lastSeen={lastSeen}
        to={contact.name}
        contact={contact}
      />

      {open ? (
        <div className="mt-8 max-w-3xl space-y-4">
          <details className="rounded-lg border border-slate-300 p-5">
            <summary className="cursor-pointer text-lg font-bold text-slate-900">{t("contactCorrection.title")}</summary>
            <p className="mt-2 mb-4 text-slate-800">{t("contactCorrection.intro", { holder: contact.name })}</p>
            <ContactCorrectionForm
              action={correctContactAction}
              referralId={referral.id}
              current={{
                citizenName: referral.citizenName,
                phone: referral.citizenPhone ?? "",
                bestTimeToCall: referral.citizenBestTimeToCall ?? "",
                preferredChannel: referral.citizenPreferredChannel ?? "",
              }}
            />
          </details>
          <details className="rounded-lg border border-slate-300 p-5">
            <summary className="cursor-pointer text-lg font-bold text-slate-900">{t("withdraw.title")}</summary>
            <p className="mt-2 mb-4 text-slate-800">{t("withdraw.intro", { holder: contact.name })}</p>
            <WithdrawForm action={withdrawAction} referralId={referral.id} version={referral.version} />
          </details>
        </div>
      ) : null}

      <section aria-labelledby="timeline-title" className="mt-8 max-w-3xl">
        <h2 id="timeline-title" className="text-2xl font-bold text-slate-900">
          {t("referrals.timelineTitle")}
        </h2>
        <ReferralTimeline events={referral.events} holder={holder} previousReferral={referral.previousReferral} />
      </section>
    </ClientMessages>
  );
}
