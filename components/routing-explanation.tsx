import { useTranslations } from "next-intl";
import { ROUTING_REASONS, type RoutingReason } from "@/lib/routing/route-referral";

interface RoutingExplanationProps {
  /** "Sendes til" before sending (the form's preview), "Sendt til" on the receipt. */
  tense: "preview" | "sent";
  destination: "UNIT" | "TRIAGE";
  unitName: string | null;
  /** Codes from lib/routing/route-referral.ts; shown in that module's order. */
  reasons: readonly string[];
  /** The chosen offer's diagnoses, named when the citizen lacks them. */
  requiredDiagnoses?: readonly string[];
}

/** Where a referral goes and why, in the GP's words: the same sentence before sending and on the receipt. */
export function RoutingExplanation({ tense, destination, unitName, reasons, requiredDiagnoses = [] }: RoutingExplanationProps) {
  const t = useTranslations("routing");
  const shown = ROUTING_REASONS.filter((reason) => reasons.includes(reason));
  const text = (reason: RoutingReason) =>
    reason === "DIAGNOSIS_MISSING" && requiredDiagnoses.length > 0 ? `${t(`reasons.${reason}`)} (${requiredDiagnoses.join(", ")})` : t(`reasons.${reason}`);
  const [only] = shown;
  return (
    <div className="space-y-2">
      <p className="text-lg">
        <strong>{t(tense, { destination: destination === "UNIT" && unitName ? unitName : t("centralTriage") })}</strong>
        {shown.length === 1 && only ? `, ${t("because")} ${text(only)}.` : shown.length > 1 ? `, ${t("because")}:` : null}
      </p>
      {shown.length > 1 ? (
        <ul className="list-disc space-y-1 pl-6">
          {shown.map((reason) => (
            <li key={reason}>{text(reason)}</li>
          ))}
        </ul>
      ) : null}
      {destination === "TRIAGE" ? <p>{t("triageExplained")}</p> : null}
    </div>
  );
}
