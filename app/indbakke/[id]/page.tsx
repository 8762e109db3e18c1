import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  acceptAction,
  bookFirstMeetingAction,
  closeAction,
  contactAttemptAction,
  followUpAction,
  noShowAction,
  startAction,
  unitAssignAction,
  unitDeclineAction,
  unitForwardAction,
  unitMessageAction,
  invitationAction,
} from "@/app/indbakke/actions";
import { MessagesSection } from "@/components/messages/messages-section";
import { InvitationCard } from "@/components/letters/invitation-card";
import { lastSeenBy, markHolderRead } from "@/lib/referrals/mark-referral-read";
import { StepDue } from "@/components/due-mark";
import { AssignForm } from "@/components/owners/assign-form";
import { PageHeader } from "@/components/page-header";
import { placeOf } from "@/components/referral-state-summary";
import { CaseButtonForm } from "@/components/triage/case-button-form";
import { CaseDetails } from "@/components/triage/case-details";
import { CaseStatusPanel } from "@/components/triage/case-status-panel";
import { CaseTimeline } from "@/components/triage/case-timeline";
import { DeclineForm } from "@/components/triage/decline-form";
import { ForwardForm } from "@/components/triage/forward-form";
import { CloseReferralForm } from "@/components/unit-inbox/close-referral-form";
import { FollowUpForm } from "@/components/unit-inbox/follow-up-form";
import { ContactAttemptForm } from "@/components/unit-inbox/contact-attempt-form";
import { ContactAttempts } from "@/components/unit-inbox/contact-attempts";
import { FirstMeetingForm } from "@/components/unit-inbox/first-meeting-form";
import { ActionCard } from "@/components/action-card";
import { referrerWords } from "@/components/referrer-words";
import { foundInScope } from "@/lib/http/found-in-scope";
import { pageParams } from "@/lib/http/route-params";
import { pageTitle } from "@/lib/i18n/page-title";
import { shownCitizen } from "@/lib/retention/pseudonym";
import { requireUser } from "@/lib/session/authorize";
import { listOfferChoices } from "@/lib/triage/list-offer-choices";
import { suggestOffers } from "@/lib/triage/suggest-offers";
import { mayRecordNoShow, mayStart, outcomesFor } from "@/lib/unit-inbox/closing";
import { findNewerContactDetails } from "@/lib/unit-inbox/find-newer-contact-details";
import { listNextSteps } from "@/lib/unit-inbox/list-next-steps";
import { listColleagues } from "@/lib/referrals/list-colleagues";
import { openUnitReferral } from "@/lib/unit-inbox/open-unit-referral";
import { MIN_CONTACT_ATTEMPTS, TO_CENTRAL_TRIAGE } from "@/lib/unit-inbox/schemas";
import { unitActions } from "@/lib/unit-inbox/unit-actions";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("unitInbox.metaTitle");

// One referral at the unit: the whole referral with the citizen's full CPR number (the view is audit-logged; the first
// opening marks it seen) and what the unit may do in the referral's current status.
export default async function UnitReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("unit-inbox:work");
  const { id } = await pageParams(params);
  const referral = await foundInScope(openUnitReferral(user, id), user, { type: "Referral", id });
  const lastSeen = await lastSeenBy(user, referral.id);
  await markHolderRead(user, referral.id);
  const t = await getTranslations("unitInbox");
  const owners = await getTranslations("owners");
  const status = await getTranslations("triage.caseStatus");
  const format = await getFormatter();
  const citizen = shownCitizen(referral, "full", (await getTranslations("referrals"))("pseudonymised"));
  const words = await referrerWords(referral.referrerUser.role);
  const can = unitActions(referral.status);
  const outcomes = outcomesFor(referral.status);
  const open = outcomes.length > 0;
  const [forwardGroups, alternativeGroups, newerContact, suggested, nextSteps, colleagues] = await Promise.all([
    can.forward ? listOfferChoices({ forwarding: true }) : [],
    can.decline ? listOfferChoices({ forwarding: false }) : [],
    findNewerContactDetails(user, referral),
    can.forward || can.decline ? suggestOffers(referral) : [],
    open ? listNextSteps(referral.citizenDistrict ?? referral.socialProfile?.district ?? null) : { near: [], elsewhere: [] },
    open ? listColleagues(user) : [],
  ]);
  const ref = { referralId: referral.id, version: referral.version };
  const attempts = referral.contactAttempts.length;
  const now = new Date();
  // "Started" and a no-show only once the booked meeting has come (lib/unit-inbox/closing.ts).
  const canStart = can.start && mayStart(referral.firstMeetingAt, now);
  const canNoShow = can.noShow && mayRecordNoShow(referral.firstMeetingAt, now);
  const followUp = referral.clockStep === "FOLLOW_UP";
  const anything = Object.values(can).some(Boolean) || followUp;

  return (
    <ClientMessages family="unitCase">
      <p className="mb-4">
        <Link href="/indbakke">← {t("back")}</Link>
      </p>
      <PageHeader title={t("title", { number: referral.number, name: citizen.name })} />

      <CaseStatusPanel version={referral.version} titleId="referral-status">
        <h2 id="referral-status" className="text-xl font-bold text-slate-900">
          {t("statusTitle")}
        </h2>
        <p className="mt-2 text-lg" data-testid="referral-status">
          {status(referral.status)}
        </p>
        {referral.firstMeetingAt ? (
          <p className="mt-2" data-testid="first-meeting">
            {t("firstMeetingIs", {
              date: format.dateTime(referral.firstMeetingAt, { dateStyle: "full", timeStyle: "short" }),
              // Gone once the referral is pseudonymised (lib/retention).
              ...placeOf(referral.firstMeetingPlace),
            })}
          </p>
        ) : null}
        <p className="mt-2">{t("attemptCount", { count: attempts })}</p>
        <StepDue step={referral.clockStep} dueAt={referral.dueAt} now={now} />
        {can.accept || canStart || canNoShow ? (
          <div className="mt-4 flex flex-wrap gap-3">
            {can.accept ? <CaseButtonForm action={acceptAction} label={t("accept.submit")} pendingLabel={t("accept.saving")} primary {...ref} /> : null}
            {canStart ? <CaseButtonForm action={startAction} label={t("start.submit")} pendingLabel={t("start.saving")} primary {...ref} /> : null}
            {canNoShow ? <CaseButtonForm action={noShowAction} label={t("noShow.submit")} pendingLabel={t("noShow.saving")} {...ref} /> : null}
          </div>
        ) : null}
        {can.start && !canStart && referral.firstMeetingAt ? <p className="mt-3 text-slate-800">{t("start.afterMeeting")}</p> : null}
      </CaseStatusPanel>

      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_30rem]">
        <div className="space-y-8">
          {newerContact ? (
            <p data-testid="newer-contact" className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
              {t.rich("newerContact", {
                number: newerContact.number,
                organisation: newerContact.organisation,
                date: format.dateTime(newerContact.sentAt, { dateStyle: "long" }),
                link: (chunks) => <Link href={`/indbakke/${newerContact.id}`}>{chunks}</Link>,
              })}
            </p>
          ) : null}
          <CaseDetails referral={referral} audience="unit" />
          <MessagesSection action={unitMessageAction} referralId={referral.id} events={referral.events} organisationId={user.organisationId} lastSeen={lastSeen} to={referral.referrerOrganisation.name} />
          <section aria-labelledby="referral-timeline">
            <h2 id="referral-timeline" className="mb-3 text-xl font-bold text-slate-900">
              {t("timelineTitle")}
            </h2>
            <CaseTimeline events={referral.events} />
          </section>
        </div>

        <section aria-labelledby="referral-actions" className="space-y-6">
          <h2 id="referral-actions" className="text-xl font-bold text-slate-900">
            {anything ? t("actionsTitle") : t("closedTitle")}
          </h2>
          {!anything ? <p className="text-slate-800">{t("nothingToDo")}</p> : null}
          {can.bookFirstMeeting ? (
            <ActionCard id="action-first-meeting" title={referral.firstMeetingAt ? t("firstMeeting.rebookTitle") : t("firstMeeting.title")}>
              <FirstMeetingForm {...ref} action={bookFirstMeetingAction} rebooking={Boolean(referral.firstMeetingAt)} words={words} />
            </ActionCard>
          ) : null}
          {referral.firstMeetingAt && !referral.pseudonymisedAt ? (
            <ActionCard id="action-invitation" title={t("invitation.title")}>
              <InvitationCard action={invitationAction} referralId={referral.id} citizenLanguage={referral.citizenLanguage} />
            </ActionCard>
          ) : null}
          {can.logContactAttempt || attempts > 0 ? (
            <ActionCard id="action-contact" title={t("contact.title")}>
              <div className="space-y-5">
                <ContactAttempts attempts={referral.contactAttempts} />
                {can.logContactAttempt ? <ContactAttemptForm {...ref} action={contactAttemptAction} /> : null}
              </div>
            </ActionCard>
          ) : null}
          {colleagues.length > 0 ? (
            <ActionCard id="action-caseworker" title={owners("unitTitle")}>
              <p className="mb-3 text-slate-800" data-testid="caseworker">
                {referral.assignedTo ? owners("current", { name: referral.assignedTo.name }) : owners("none")}
              </p>
              <AssignForm {...ref} action={unitAssignAction} colleagues={colleagues} userId={user.id} kind="unit" />
            </ActionCard>
          ) : null}
          {followUp ? (
            <ActionCard id="action-follow-up" title={t("followUp.title")}>
              <FollowUpForm {...ref} action={followUpAction} nextStep={referral.events.findLast((event) => event.alternativeOffer && event.toStatus === referral.status)?.alternativeOffer?.title ?? null} />
            </ActionCard>
          ) : null}
          {outcomes.length > 0 ? (
            <ActionCard id="action-close" title={t("close.title")}>
              <CloseReferralForm
                {...ref}
                action={closeAction}
                outcomes={outcomes}
                notReachedWhy={attempts >= MIN_CONTACT_ATTEMPTS ? null : t("notReached.tooEarly", { min: MIN_CONTACT_ATTEMPTS, count: attempts })}
                nextSteps={nextSteps}
                words={words}
              />
            </ActionCard>
          ) : null}
          {can.forward ? (
            <ActionCard id="action-forward" title={t("forward.title")}>
              <ForwardForm
                {...ref}
                groups={forwardGroups}
                suggested={suggested}
                action={unitForwardAction}
                intro={t("forward.intro", words)}
                firstChoices={[{ value: TO_CENTRAL_TRIAGE, label: t("forward.toCentralTriage") }]}
              />
            </ActionCard>
          ) : null}
          {can.decline ? (
            <ActionCard id="action-decline" title={t("declineTitle")}>
              <DeclineForm {...ref} groups={alternativeGroups} suggested={suggested} action={unitDeclineAction} words={words} />
            </ActionCard>
          ) : null}
        </section>
      </div>
    </ClientMessages>
  );
}
