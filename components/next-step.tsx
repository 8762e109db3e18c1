import { getLocale, getTranslations } from "next-intl/server";
import type { ServiceStep } from "@/lib/generated/prisma/enums";
import { isOverdue } from "@/lib/service-levels/clock";
import { dueDay } from "./due-day";
import { OverdueBadge } from "./overdue-badge";

/**
 * What the practice can expect next and by when ("Enheden kontakter borgeren senest tirsdag 9. december"), from the
 * referral's clock (lib/service-levels), so "is anyone at the other end?" is answered before anyone has to ask; once
 * the step is late, that it is and that the holder has been reminded.
 */
export async function NextStep({ step, dueAt, holder }: { step: ServiceStep | null; dueAt: Date | null; holder: string | null }) {
  if (!step || !dueAt) return null;
  const t = await getTranslations();
  const due = dueDay(await getLocale(), dueAt);
  const late = isOverdue(dueAt, new Date());
  return (
    <p className="mt-2 text-lg" data-testid="next-step">
      {late ? (
        <>
          <OverdueBadge className="mr-2 bg-white text-base" />
          {t(`clock.late.${step}`, { by: holder ?? t("referrals.centralTriage"), due })}
        </>
      ) : (
        t(`clock.next.${step}`, { by: holder ?? t("referrals.centralTriage"), due })
      )}
    </p>
  );
}
