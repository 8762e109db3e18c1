import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { screeningAction } from "@/app/henvisninger/samtale/actions";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/page-header";
import { ScreeningForm } from "@/components/screening/screening-form";
import { pageTitle } from "@/lib/i18n/page-title";
import { getDraft } from "@/lib/referrals/drafts";
import { screeningField } from "@/lib/screening/schemas";
import { requireUser } from "@/lib/session/authorize";

export const generateMetadata = pageTitle("screening.title");

type SearchParams = { kladde?: string | string[] };

// The case-finding conversation before a referral. ?kladde=<key> continues that draft (its answers shown again), or
// begins one under the referral form's key; without it, under a new key, when the answers are first kept.
export default async function ScreeningPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("referral:create");
  const { kladde } = await searchParams;
  const key = z.uuid().safeParse(Array.isArray(kladde) ? kladde[0] : kladde).data;
  const draft = key ? await getDraft(user, key) : null;
  const t = await getTranslations("screening");
  const answers = screeningField.safeParse(draft?.values.screening || undefined).data ?? {};
  return (
    <ClientMessages family="screening">
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="-mt-2 mb-6 max-w-3xl text-slate-700">{t("privacy")}</p>
      <ScreeningForm action={screeningAction} idempotencyKey={draft?.idempotencyKey ?? key ?? randomUUID()} answers={answers} />
    </ClientMessages>
  );
}
