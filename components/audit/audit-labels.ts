import "server-only";
import { getTranslations } from "next-intl/server";
import { actionKey, isAuditAction } from "@/lib/audit/actions";
import type { AuditLabels } from "@/lib/audit/audit-csv";
import type { AuditEntity } from "@/lib/audit/audit-rows";

/** The audit log's words in the reader's language, for the pages and the CSV files alike. */
export async function getAuditLabels(): Promise<AuditLabels> {
  const t = await getTranslations("audit");
  const roles = await getTranslations("roles");
  const entity = (value: AuditEntity): string => {
    switch (value.type) {
      case "Referral":
        return value.number === null ? t("entity.referralGone") : t("entity.referral", { number: value.number });
      case "Offer":
        return value.title === null ? t("entity.offerGone") : t("entity.offer", { title: value.title });
      case "Organisation":
        return value.name === null ? t("entity.organisationGone") : t("entity.organisation", { name: value.name });
      case "User":
        return value.name === null ? t("entity.userGone") : t("entity.user", { name: value.name });
      case "ReferralDraft":
        return t("entity.draft");
      case "other":
        return t("entity.other", { type: value.entityType, id: value.entityId ?? "" });
    }
  };
  return {
    columns: {
      time: t("columns.time"),
      user: t("columns.user"),
      email: t("columns.email"),
      role: t("columns.role"),
      organisation: t("columns.organisation"),
      action: t("columns.action"),
      actionCode: t("columns.actionCode"),
      entity: t("columns.entity"),
      citizen: t("columns.citizen"),
      ip: t("columns.ip"),
      userAgent: t("columns.userAgent"),
      details: t("columns.details"),
    },
    // An action written before it was named here is shown by its code rather than not at all.
    action: (action) => (isAuditAction(action) ? t(`actions.${actionKey(action)}`) : action),
    role: (role) => roles(role),
    entity,
    pseudonymised: t("pseudonymised"),
  };
}
