import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { assignAction, changePriorityAction, claimAction, declineAction, forwardAction, releaseAction, requestInformationAction, triageMessageAction } from "@/app/visitation/actions";
import { MessagesSection } from "@/components/messages/messages-section";
import { lastSeenBy, markHolderRead } from "@/lib/referrals/mark-referral-read";
import { PageHeader } from "@/components/page-header";
import { AssignForm } from "@/components/owners/assign-form";
import { CaseAge } from "@/components/triage/case-age";
import { CaseButtonForm } from "@/components/triage/case-button-form";
import { CaseDetails } from "@/components/triage/case-details";
import { CaseStatusPanel } from "@/components/triage/case-status-panel";
import { CaseTimeline } from "@/components/triage/case-timeline";
import { DeclineForm } from "@/components/triage/decline-form";
import { ForwardForm } from "@/components/triage/forward-form";
import { PriorityForm } from "@/components/triage/priority-form";
import { RequestInformationForm } from "@/components/triage/request-information-form";
import { ActionCard } from "@/components/action-card";
import { referrerWords } from "@/components/referrer-words";
import { foundInScope } from "@/lib/http/found-in-scope";
import { pageParams } from "@/lib/http/route-params";
import { pageTitle } from "@/lib/i18n/page-title";
import { shownCitizen } from "@/lib/retention/pseudonym";
import { requireUser } from "@/lib/session/authorize";
import { caseActions, OPEN_TRIAGE_STATUSES } from "@/lib/triage/case-actions";
import { getTriageCase } from "@/lib/triage/get-triage-case";
import { listOfferChoices } from "@/lib/triage/list-offer-choices";
import { listColleagues } from "@/lib/referrals/list-colleagues";
import { loadPublicHolidays } from "@/lib/time/public-holidays";
import { suggestOffers } from "@/lib/triage/suggest-offers";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("triage.case.metaTitle");

// One triage case: the whole referral with the citizen's full CPR number (the view is audit-logged) and the decisions.
export default async function TriageCasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("triage:work");
  const { id } = await pageParams(params);
  const referral = await foundInScope(getTriageCase(user, id), user, { type: "Referral", id });
  const lastSeen = await lastSeenBy(user, referral.id);
  await markHolderRead(user, referral.id);
  const t = await getTranslations("triage");
  const owners = await getTranslations("owners");
  const citizen = shownCitizen(referral, "full", (await getTranslations("referrals"))("pseudonymised"));
  const words = await referrerWords(referral.referrerUser.role);
  const can = caseActions(referral, user.id);
  const colleagues = can.assign ? await listColleagues(user) : [];
  const [forwardGroups, alternativeGroups, suggested] = can.decide
    ? await Promise.all([listOfferChoices({ forwarding: true }), listOfferChoices({ forwarding: false }), suggestOffers(referral)])
    : [[], [], []];
  const open = OPEN_TRIAGE_STATUSES.includes(referral.status) && referral.destinationUnitId === null;
  const holidays = await loadPublicHolidays();
  const ref = { referralId: referral.id, version: referral.version };
  const holder = referral.assignedTo;

  return (
    <ClientMessages family="triageCase">
      <p className="mb-4">
        <Link href="/visitation">← {t("case.back")}</Link>
      </p>
      <PageHeader title={t("case.title", { number: referral.number, name: citizen.name })} />

      <CaseStatusPanel version={referral.version} titleId="case-status">
        <h2 id="case-status" className="text-xl font-bold text-slate-900">
          {t("case.statusTitle")}
        </h2>
        <p className="mt-2 text-lg" data-testid="case-status">
          {t(`caseStatus.${referral.status}`)}
          {referral.destinationUnit ? ` – ${referral.destinationUnit.name}` : ""}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          {open && referral.sentAt ? <CaseAge receivedAt={referral.sentAt} dueAt={referral.dueAt} now={new Date()} holidays={holidays} /> : null}
          <span>{t("case.priorityIs", { priority: t(`priority.${referral.priority}`) })}</span>
        </div>
        {open ? (
          <p className="mt-2" data-testid="case-holder">
            {!holder
              ? t("case.notTaken")
              : referral.status === "RECEIVED"
                ? holder.id === user.id
                  ? t("case.givenToYou")
                  : t("case.givenTo", { name: holder.name })
                : holder.id === user.id
                  ? t("case.takenByYou")
                  : t("case.takenBy", { name: holder.name })}
          </p>
        ) : null}
        {referral.parentReferral ? (
          <p className="mt-2">
            {t("case.splitFrom")} <Link href={`/visitation/${referral.parentReferral.id}`}>{t("case.referralNumber", { number: referral.parentReferral.number })}</Link>
          </p>
        ) : null}
        {referral.splitReferrals.length > 0 ? (
          <div className="mt-2">
            <p>{t("case.splitInto")}</p>
            <ul className="list-disc pl-6">
              {referral.splitReferrals.map((split) => (
                <li key={split.id}>
                  <Link href={`/visitation/${split.id}`}>{t("case.referralNumber", { number: split.number })}</Link>
                  {" – "}
                  {[split.offer?.title, split.destinationUnit?.name].filter(Boolean).join(", ")}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {can.claim || can.decide ? (
          <div className="mt-4">
            {can.claim ? (
              <CaseButtonForm action={claimAction} label={t("case.claim")} pendingLabel={t("case.claiming")} primary {...ref} />
            ) : (
              <CaseButtonForm action={releaseAction} label={t("case.release")} pendingLabel={t("case.releasing")} {...ref} />
            )}
          </div>
        ) : null}
      </CaseStatusPanel>

      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_30rem]">
        <div className="space-y-8">
          <CaseDetails referral={referral} />
          <MessagesSection
            action={referral.destinationUnitId === null ? triageMessageAction : null}
            referralId={referral.id}
            events={referral.events}
            organisationId={user.organisationId}
            lastSeen={lastSeen}
            to={referral.referrerOrganisation.name}
          />
          <section aria-labelledby="case-timeline">
            <h2 id="case-timeline" className="mb-3 text-xl font-bold text-slate-900">
              {t("case.timeline")}
            </h2>
            <CaseTimeline events={referral.events} />
          </section>
        </div>

        <section aria-labelledby="case-decisions" className="space-y-6">
          <h2 id="case-decisions" className="text-xl font-bold text-slate-900">
            {t("case.decisions")}
          </h2>
          {can.assign ? (
            <ActionCard id="decision-assign" title={owners("title")}>
              <AssignForm {...ref} action={assignAction} colleagues={colleagues} userId={user.id} kind="triage" />
            </ActionCard>
          ) : null}
          {can.decide ? (
            <>
              <ActionCard id="decision-forward" title={t("forward.title")}>
                <ForwardForm {...ref} groups={forwardGroups} suggested={suggested} action={forwardAction} intro={t("forward.intro", words)} />
              </ActionCard>
              <ActionCard id="decision-ask" title={t("ask.title", words)}>
                <RequestInformationForm {...ref} action={requestInformationAction} words={words} />
              </ActionCard>
              <ActionCard id="decision-decline" title={t("declineTitle")}>
                <DeclineForm {...ref} groups={alternativeGroups} suggested={suggested} action={declineAction} words={words} />
              </ActionCard>
            </>
          ) : (
            <p className="text-slate-800">{can.claim
                ? t("case.claimFirst", words)
                : referral.status === "AWAITING_INFORMATION" && open
                  ? t("case.awaitingAnswer", words)
                  : holder && open && holder.id !== user.id
                    ? t("case.onlyHolder", { name: holder.name })
                    : t("case.nothingToDecide")}</p>
          )}
          {can.changePriority ? (
            <ActionCard id="decision-priority" title={t("priorityForm.title")}>
              <PriorityForm {...ref} current={referral.priority} action={changePriorityAction} words={words} />
            </ActionCard>
          ) : null}
        </section>
      </div>
    </ClientMessages>
  );
}
