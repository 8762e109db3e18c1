import { getTranslations } from "next-intl/server";
import { updateServiceLevelAction } from "@/app/serviceniveauer/actions";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/page-header";
import { ServiceLevelForm } from "@/components/service-levels/service-level-form";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/session/authorize";
import { listServiceLevels } from "@/lib/service-levels/manage-service-levels";

export const generateMetadata = pageTitle("serviceLevels.title");

// "Serviceniveauer": how long each hand-off may take at central triage and at each unit that receives referrals, in
// working days (Danish public holidays counted out), and when an overdue step is escalated.
export default async function ServiceLevelsPage() {
  await requireUser("service-level:administer");
  const t = await getTranslations("serviceLevels");
  const holders = await listServiceLevels();
  return (
    <ClientMessages family="serviceLevels">
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="space-y-8">
        {holders.map((holder) => {
          const name = holder.unitName ?? t("centralTriage");
          return (
            <section key={holder.id} aria-labelledby={`level-${holder.id}`} className="max-w-3xl rounded-lg border-2 border-slate-300 p-5">
              <h2 id={`level-${holder.id}`} className="text-xl font-bold text-slate-900">
                {name}
              </h2>
              <p className="mb-4 text-slate-700">{holder.isSet ? t("isSet") : t("defaults")}</p>
              <ServiceLevelForm action={updateServiceLevelAction} holder={holder.id} name={name} levels={holder.levels} />
            </section>
          );
        })}
      </div>
    </ClientMessages>
  );
}
