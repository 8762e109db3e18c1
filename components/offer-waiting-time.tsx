import { useFormatter, useTranslations } from "next-intl";
import type { CapacityStatus } from "@/lib/generated/prisma/enums";

export interface OfferWaiting {
  waitingWeeks: number | null;
  capacityStatus: CapacityStatus;
  waitingUpdatedAt: Date;
}

/**
 * An offer's expected wait, its places and when the unit last updated them, in one line — the words of "Find tilbud",
 * so the GP reads the same wherever it is shown. No state: usable on the server and in client components.
 */
export function OfferWaitingTime({ offer, stale }: { offer: OfferWaiting; stale: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const updated = format.dateTime(offer.waitingUpdatedAt, { dateStyle: "medium" });
  return (
    <>
      {offer.waitingWeeks == null ? t("offers.noWaitKnown") : offer.waitingWeeks === 0 ? t("offers.noWait") : t("offers.waiting", { weeks: offer.waitingWeeks })}
      {" · "}
      {t(`labels.capacity.${offer.capacityStatus}`)}
      {" · "}
      {stale ? t("offers.stale", { date: updated }) : t("offers.updated", { date: updated })}
    </>
  );
}
