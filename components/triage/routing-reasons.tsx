import { useTranslations } from "next-intl";
import { ROUTING_REASONS } from "@/lib/routing/route-referral";

/**
 * Why the referral went to central triage, in the words the GP reads (messages "routing.reasons", which finish a
 * sentence "…, fordi"), in the order lib/routing explains them.
 */
export function RoutingReasons({ codes }: { codes: string[] }) {
  const t = useTranslations("routing.reasons");
  const reasons = ROUTING_REASONS.filter((code) => code !== "OFFER_FITS" && codes.includes(code));
  if (reasons.length === 0) return null;
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {reasons.map((code) => (
        <li key={code}>{t(code)}</li>
      ))}
    </ul>
  );
}
