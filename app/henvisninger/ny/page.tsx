import { randomUUID } from "node:crypto";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { previewRoutingAction, saveDraftAction, sendReferralAction } from "@/app/henvisninger/ny/actions";
import { PageHeader } from "@/components/page-header";
import { AlreadySent } from "@/components/referral-form/already-sent";
import { DraftChoice } from "@/components/referral-form/draft-choice";
import { ReferralForm } from "@/components/referral-form/referral-form";
import { pageTitle } from "@/lib/i18n/page-title";
import { getOffer } from "@/lib/offers/get-offer";
import { DRAFT_DAYS, findReferralSentWithKey, getDraft, getLatestDraft } from "@/lib/referrals/drafts";
import { referredAgainFrom } from "@/lib/referrals/refer-again";
import { getReferralFormOptions } from "@/lib/referrals/get-referral-form-options";
import { CITIZEN_LANGUAGES, emptyFormValues, type FormValues } from "@/lib/referrals/referral-form-values";
import { requireUser } from "@/lib/session/authorize";
import { isSafeText } from "@/lib/validation/text";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("referrals.newTitle");

type SearchParams = { offer?: string | string[]; triage?: string | string[]; kladde?: string | string[]; ny?: string | string[] };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// One form for every unit and for central triage. ?offer=<slug> pre-chooses the offer (from an offer page or a search
// result), ?triage=1 or no offer means "Ved ikke". ?kladde=<key> continues that draft, or says that it was sent.
export default async function NewReferralPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("referral:create");
  const params = await searchParams;
  const t = await getTranslations();
  // undefined: nothing asked, keep the draft's choice; "": "Ved ikke". A slug with control characters names no offer.
  const offerParam = first(params.offer);
  const requestedOffer = first(params.triage) ? "" : offerParam !== undefined && !isSafeText(offerParam) ? "" : offerParam;
  const key = z.uuid().safeParse(first(params.kladde)).data;
  const header = <PageHeader title={t("referrals.newTitle")} intro={t("referrals.newIntro")} />;

  const sent = key ? await findReferralSentWithKey(user, key) : null;
  if (sent) {
    return (
      <>
        {header}
        <AlreadySent referral={sent} />
      </>
    );
  }

  const draft = key ? await getDraft(user, key) : first(params.ny) ? null : await getLatestDraft(user);
  if (draft && !key) {
    const carried: Record<string, string> = requestedOffer === undefined ? {} : requestedOffer ? { offer: requestedOffer } : { triage: "1" };
    const href = (query: Record<string, string>) => `/henvisninger/ny?${new URLSearchParams({ ...query, ...carried })}`;
    const offer = requestedOffer ? await getOffer(requestedOffer) : null;
    return (
      <>
        {header}
        {offer ? (
          <p className="mb-6 text-lg" data-testid="chosen-offer">
            {t("referralForm.referringTo", { title: offer.title, unit: offer.unit.name })}
          </p>
        ) : null}
        <DraftChoice
          savedAt={draft.savedAt}
          citizenName={String(draft.values.citizenName ?? "")}
          continueHref={href({ kladde: draft.idempotencyKey })}
          startOverHref={href({ ny: "1" })}
        />
      </>
    );
  }

  const values: FormValues = { ...emptyFormValues(), ...draft?.values, ...(requestedOffer === undefined ? {} : { offerSlug: requestedOffer }) };
  const options = await getReferralFormOptions(user, String(values.offerSlug) || undefined);
  values.offerSlug = options.offer?.slug ?? "";
  const [onlyGp] = options.practiceGps ?? [];
  if (options.practiceGps?.length === 1 && onlyGp && !values.responsibleGpId) values.responsibleGpId = onlyGp.id;

  const languageNames = new Intl.DisplayNames([await getLocale()], { type: "language" });
  const language = String(values.language || "da");
  const codes: string[] = [...CITIZEN_LANGUAGES];
  if (!codes.includes(language)) codes.push(language);
  const languages = codes.map((code) => {
    const name = languageNames.of(code) ?? code;
    return { value: code, label: name.charAt(0).toLocaleUpperCase() + name.slice(1) };
  });

  const idempotencyKey = draft?.idempotencyKey ?? randomUUID();
  const madeFrom = await referredAgainFrom(user, String(values.previousReferralId ?? "") || undefined);
  return (
    <ClientMessages family="referralForm">
      {header}
      <p className="-mt-2 mb-2 max-w-3xl text-slate-700">{t("referralForm.draftNotice", { days: DRAFT_DAYS })}</p>
      {madeFrom ? (
        <p className="mb-4 max-w-3xl rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3 text-slate-900" data-testid="made-from">
          {t("referAgain.formNotice", { number: madeFrom })}
        </p>
      ) : null}
      {values.screening ? null : (
        <p className="mb-6 max-w-3xl">
          <Link href={`/henvisninger/samtale?kladde=${idempotencyKey}`} className="font-semibold">
            {t("screening.startLink")}
          </Link>
        </p>
      )}
      <ReferralForm
        key={idempotencyKey}
        actions={{ send: sendReferralAction, saveDraft: saveDraftAction, previewRouting: previewRoutingAction }}
        idempotencyKey={idempotencyKey}
        initialValues={values}
        draftSavedAt={draft?.savedAt ?? null}
        offer={options.offer}
        needGroups={options.needGroups}
        languages={languages}
        practiceGps={options.practiceGps}
        isGp={user.role === "GP"}
      />
    </ClientMessages>
  );
}
