// Every action the audit log records (Sundhedsloven §42a: who looked at or changed what). One list, so that every
// action has a label on the audit page (messages "audit.actions", keyed by actionKey) and can be searched for; a new
// action is added here first, or recordAudit does not accept it. Pure.

export const AUDIT_ACTIONS = [
  // Look-ups of citizens' data
  "referral.list.organisation",
  "referral.list.unit",
  "referral.list.triage",
  "referral.search",
  "referral.duplicates_shown",
  "referral.read",
  "citizen.cpr.read",
  "referral.draft.read",
  // Changes
  "referral.draft.create",
  "referral.draft.screening",
  "referral.create",
  "referral.information_provided",
  "referral.seen",
  "referral.claim",
  "referral.assign",
  "referral.release",
  "referral.change_priority",
  "referral.request_information",
  "referral.forward",
  "referral.decline",
  "referral.accept",
  "referral.first_meeting",
  "referral.contact_attempt",
  "referral.start",
  "referral.complete",
  "referral.citizen_declined",
  "referral.not_reached",
  "referral.close",
  "referral.no_show",
  "referral.follow_up",
  "referral.message",
  "referral.withdraw",
  "referral.contact_correct",
  "referral.refer_again",
  "letter.create",
  "letter.print",
  "reach.export",
  "offer.update",
  "offer.confirm",
  "organisation.notification_settings",
  "notification.resend",
  "service_level.update",
  "retention.pseudonymise",
  // User administration (/brugere)
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "user.sessions.end",
  // Sign-in, and the audit log's own use
  "auth.sign_in",
  "auth.sign_out",
  "auth.rate_limited",
  // Refused requests: a role without the permission (403) or an object outside the user's scope (404); capped per user
  "access.refused",
  "access.refusals_suppressed",
  "audit.search.cpr",
  "audit.export",
  "audit.subject_report",
  "audit.subject_report.export",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The action's key in the messages: next-intl reads dots as nesting, and "audit.subject_report" is also a prefix. */
export function actionKey(action: AuditAction): string {
  return action.replaceAll(".", "-");
}
