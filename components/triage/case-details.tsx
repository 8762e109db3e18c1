import Link from "next/link";
import { eventDetailsWords } from "@/components/event-details-words";
import { referrerWords } from "@/components/referrer-words";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { readEventDetails } from "@/lib/referrals/event-details";
import { shownCitizen } from "@/lib/retention/pseudonym";
import type { TriageCase } from "@/lib/triage/get-triage-case";
import { Barriers } from "@/components/barrier-list";
import { ScreeningSummary } from "@/components/screening/screening-summary";
import { RoutingReasons } from "./routing-reasons";

type Fact = [label: string, value: React.ReactNode];

function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-slate-800">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 p-5">
      <h2 id={id} className="mb-3 text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The whole referral as the coordinator or the unit reads it before deciding: citizen (full CPR), why it came here,
 * needs, profile, referrer. The unit calls the citizen, so for it the language and the interpreter need stand right
 * next to the phone number, with a word about unknown numbers (many citizens do not answer them: a known barrier).
 */
export async function CaseDetails({ referral, audience = "triage" }: { referral: TriageCase; audience?: "triage" | "unit" }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const { socialProfile: profile } = referral;
  const notGiven = t("triage.notGiven");
  const words = await referrerWords(referral.referrerUser.role);
  // What the referrer gave on this referral, never what another organisation typed for the same CPR number.
  const shown = shownCitizen(referral, "full", t("referrals.pseudonymised"));
  const yesNo = (value: boolean | null | undefined) => (value == null ? notGiven : value ? t("triage.case.yes") : t("triage.case.no"));
  const language = (code: string, interpreter: boolean) => `${languageNames.of(code) ?? code}${interpreter ? ` – ${t("triage.case.needsInterpreter")}` : ""}`;
  const person = (user: { name: string; title: string | null } | null) => (user ? [user.name, user.title].filter(Boolean).join(", ") : notGiven);
  const sentBack = referral.events.findLast((event) => event.type === "FORWARDED" && readEventDetails(event.type, event.details)?.kind === "TO_CENTRAL_TRIAGE");
  // A forward replaces the referral's offer: after one, the offer shown is no longer the one the GP chose.
  const forwarded = referral.events.some((event) => event.type === "FORWARDED");
  const offerLabel = referral.destinationUnitId && (audience === "triage" || forwarded)
    ? "triage.case.forwardedTo"
    : forwarded
      ? "triage.case.latestOffer"
      : "triage.case.chosenOffer";
  // The referrer's latest correction of the contact details: shown with them, so nobody calls the old number.
  const corrected = referral.events.findLast((event) => event.type === "CONTACT_CORRECTED");
  const staffWords = await eventDetailsWords("staff");
  const flags = [
    referral.multiMorbidity && t("triage.case.multiMorbidity"),
    referral.socialNeeds && t("triage.case.socialNeeds"),
    referral.possibleExclusion && t("triage.case.possibleExclusion"),
    referral.eligibilityUnclear && t("triage.case.eligibilityUnclear"),
  ].filter((flag): flag is string => Boolean(flag));

  return (
    <div className="space-y-6">
      <Card id="case-citizen" title={t("triage.case.citizen")}>
        <Facts
          facts={[
            [t("triage.case.name"), shown.name],
            [t("triage.case.cpr"), <span key="cpr" className="font-mono">{shown.cpr}</span>],
            ...(audience === "unit"
              ? [
                  [
                    t("triage.case.phone"),
                    <div key="phone" data-testid="citizen-phone">
                      <p>
                        <span className="font-semibold">{referral.citizenPhone ?? notGiven}</span>
                        {" · "}
                        {t("unitInbox.bestTime", { time: referral.citizenBestTimeToCall ?? notGiven })}
                        {" · "}
                        {t("unitInbox.speaks", { language: language(referral.citizenLanguage, referral.citizenNeedsInterpreter) })}
                      </p>
                      <p className="mt-1 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">{t("unitInbox.callHint")}</p>
                    </div>,
                  ] satisfies Fact,
                ]
              : ([
                  [t("triage.case.phone"), referral.citizenPhone ?? notGiven],
                  [t("triage.case.bestTimeToCall"), referral.citizenBestTimeToCall ?? notGiven],
                ] satisfies Fact[])),
            [t("triage.case.channel"), referral.citizenPreferredChannel ? t(`triage.case.channels.${referral.citizenPreferredChannel}`) : notGiven],
            ...(audience === "unit" ? [] : [[t("triage.case.language"), language(referral.citizenLanguage, referral.citizenNeedsInterpreter)] satisfies Fact]),
            [t("triage.case.district"), referral.citizenDistrict ? t(`labels.district.${referral.citizenDistrict}`) : notGiven],
          ]}
        />
        {corrected ? (
          <p className="mt-3 rounded-md border-l-4 border-brand-700 bg-brand-50 px-3 py-2 text-slate-900" data-testid="contact-corrected">
            <span className="font-semibold">{t("messages.contactCorrectedAt", { date: format.dateTime(corrected.createdAt, { dateStyle: "long", timeStyle: "short" }) })}</span>{" "}
            {staffWords(readEventDetails(corrected.type, corrected.details))}
          </p>
        ) : null}
      </Card>

      <Card id="case-why" title={audience === "unit" ? t("unitInbox.why") : t("triage.case.why")}>
        <RoutingReasons codes={referral.routingReasons} />
        {referral.previousReferral ? (
          <p className="mt-3" data-testid="referred-again-from">
            {t("messages.referredAgainFrom", {
              number: referral.previousReferral.number,
              status: t(`triage.caseStatus.${referral.previousReferral.status}`),
              where: referral.previousReferral.destinationUnit?.name ?? t("triage.timeline.centralTriage"),
            })}
          </p>
        ) : null}
        {sentBack ? (
          <p className="mt-3">
            {t("triage.case.sentBack", { organisation: sentBack.actorOrganisation?.name ?? notGiven })} <q>{sentBack.note}</q>
          </p>
        ) : null}
        <p className="mt-3">
          {referral.offer ? (
            <>
              {t(offerLabel, words)} <Link href={`/tilbud/${referral.offer.slug}`}>{referral.offer.title}</Link> – {referral.offer.unit.name}
            </>
          ) : (
            t("triage.case.noOffer", words)
          )}
        </p>
      </Card>

      <Card id="case-needs" title={t("triage.case.needs")}>
        {referral.needs.length > 0 ? (
          <ul className="mb-3 flex flex-wrap gap-2">
            {referral.needs.map((need) => (
              <li key={need.slug} className="rounded bg-slate-100 px-2 py-1 text-slate-900">
                {need.label}
              </li>
            ))}
          </ul>
        ) : null}
        <Facts
          facts={[
            [t("triage.case.needsText", words), referral.needsText ? <span className="whitespace-pre-line">{referral.needsText}</span> : notGiven],
            [t("triage.case.diagnoses"), referral.diagnoses.length > 0 ? referral.diagnoses.join(", ") : notGiven],
            [t("triage.case.flags", words), flags.length > 0 ? <ul className="list-disc pl-5">{flags.map((flag) => <li key={flag}>{flag}</li>)}</ul> : t("triage.case.noFlags")],
            [t("triage.case.socialSituation"), referral.socialSituation ? <span className="whitespace-pre-line">{referral.socialSituation}</span> : notGiven],
            [t("triage.case.barriers"), <Barriers key="barriers" barriers={referral.barriers} note={referral.barrierNote} none={t("triage.case.noBarriers")} />],
            ...(referral.screening ? [[t("screening.caseTitle"), <ScreeningSummary key="screening" screening={referral.screening} />] satisfies Fact] : []),
          ]}
        />
      </Card>

      {profile ? (
        <Card id="case-profile" title={t("triage.case.profile")}>
          <Facts
            facts={[
              [t("triage.case.ageBand"), t("triage.case.years", { band: profile.ageBand })],
              [t("triage.case.sex"), t(`triage.case.sexes.${profile.sex}`)],
              [t("triage.case.district"), profile.district ? t(`labels.district.${profile.district}`) : notGiven],
              [t("triage.case.education"), t(`triage.case.educationLevels.${profile.educationLevel}`)],
              [t("triage.case.employment"), t(`triage.case.employmentStatuses.${profile.employmentStatus}`)],
              [t("triage.case.livesAlone"), yesNo(profile.livesAlone)],
              [t("triage.case.language"), language(profile.language, profile.needsInterpreter)],
              [t("triage.case.chronicConditions"), profile.chronicConditionCount ?? notGiven],
              [t("triage.case.referrerType"), t(`triage.case.referrerTypes.${profile.referrerType}`)],
            ]}
          />
        </Card>
      ) : null}

      <Card id="case-messages" title={t("triage.case.messages")}>
        <Facts
          facts={[
            [t("triage.case.messageToReceiver"), referral.messageToReceiver ? <span className="whitespace-pre-line">{referral.messageToReceiver}</span> : notGiven],
            [t("triage.case.unitInformation"), referral.unitInformation ? <span className="whitespace-pre-line">{referral.unitInformation}</span> : notGiven],
            ...(referral.duplicateReason ? [[t("triage.case.duplicateReason"), referral.duplicateReason] satisfies Fact] : []),
          ]}
        />
      </Card>

      <Card id="case-referrer" title={t("triage.case.referrer")}>
        <Facts
          facts={[
            [t("triage.case.organisation"), referral.referrerOrganisation.name],
            [t("triage.case.sentBy"), person(referral.referrerUser)],
            [t("triage.case.responsibleGp"), person(referral.responsibleGp)],
            [t("triage.case.sentAt"), referral.sentAt ? format.dateTime(referral.sentAt, { dateStyle: "medium", timeStyle: "short" }) : notGiven],
            [t("triage.case.consent"), referral.consentGiven && referral.consentAt ? t("triage.case.consentGiven", { date: format.dateTime(referral.consentAt, { dateStyle: "medium" }) }) : t("triage.case.no")],
          ]}
        />
      </Card>
    </div>
  );
}
