import type { CapacityStatus } from "@/lib/generated/prisma/enums";
import type { NextBestReasons } from "@/lib/offers/next-best";

/** The "nextBest" messages, from getTranslations on the server or useTranslations in the browser. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Why an alternative is proposed, in one line the GP reads at a glance: "Samme hjælp · kortere ventetid, ca. 2 uger ·
 * har plads · uden hold · på arabisk · i borgerens bydel". The same words on the offer page and in the referral form.
 */
export function nextBestWhy(
  reasons: NextBestReasons,
  capacityStatus: CapacityStatus,
  { t, needLabel, languageName }: { t: Translate; needLabel: (slug: string) => string; languageName: (code: string) => string },
): string {
  return [
    reasons.sameHelp ? t("sameHelp") : t("sharedHelp", { needs: reasons.sharedNeeds.map(needLabel).join(", ") }),
    ...(reasons.shorterWaitWeeks === null ? [] : [reasons.shorterWaitWeeks === 0 ? t("noWait") : t("shorterWait", { weeks: reasons.shorterWaitWeeks })]),
    ...(reasons.hasPlaces ? [t(`places.${capacityStatus === "OPEN" ? "OPEN" : "LIMITED"}`)] : []),
    ...reasons.meetsBarriers.map((barrier) => t(`meets.${barrier}`)),
    ...(reasons.inLanguage ? [t("inLanguage", { language: languageName(reasons.inLanguage) })] : []),
    ...(reasons.inDistrict ? [t("inDistrict")] : []),
  ].join(" · ");
}
