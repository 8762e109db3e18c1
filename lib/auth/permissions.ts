// Who may do what, by role. Pure: used by the authorization helper, the navigation and tests.
// The organisation half of each decision (which practice, which unit) is applied in the queries of lib/<domain>.
import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";

export type Permission =
  | "referral:create"
  | "referral:read-own-organisation"
  | "triage:work"
  | "unit-inbox:work"
  | "offer:edit-own-unit"
  | "reach:read"
  | "audit:read"
  | "organisation:notification-settings"
  | "notification:dev-outbox"
  | "user:administer"
  | "service-level:administer"
  | "notification:failures";

const REFERRER: Permission[] = ["referral:create", "referral:read-own-organisation", "organisation:notification-settings", "notification:dev-outbox"];

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  GP: REFERRER,
  PRACTICE_STAFF: REFERRER,
  JOBCENTRE_STAFF: REFERRER,
  SOCIAL_WORKER: REFERRER,
  HOSPITAL_STAFF: REFERRER,
  TRIAGE_COORDINATOR: ["triage:work"],
  UNIT_STAFF: ["unit-inbox:work", "offer:edit-own-unit"],
  MANAGER: ["reach:read"],
  ADMIN: ["reach:read", "audit:read", "notification:dev-outbox", "user:administer", "service-level:administer", "notification:failures"],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

/** The organisation type each role belongs to; a user whose organisation does not match is refused. */
export const ROLE_ORGANISATION: Record<Role, readonly OrganisationType[]> = {
  GP: ["GP_PRACTICE"],
  PRACTICE_STAFF: ["GP_PRACTICE"],
  JOBCENTRE_STAFF: ["JOBCENTRE"],
  SOCIAL_WORKER: ["SOCIAL_SERVICES"],
  HOSPITAL_STAFF: ["HOSPITAL"],
  TRIAGE_COORDINATOR: ["CENTRAL_TRIAGE"],
  UNIT_STAFF: ["UNIT"],
  MANAGER: ["MUNICIPALITY"],
  ADMIN: ["MUNICIPALITY"],
};

export type NavigationKey =
  | "findOffers"
  | "newReferral"
  | "myReferrals"
  | "notificationSettings"
  | "triage"
  | "unitInbox"
  | "overview"
  | "audit"
  | "users"
  | "serviceLevels"
  | "failedEmails"
  | "devOutbox";

export interface NavigationItem {
  key: NavigationKey;
  href: string;
  /** Undefined: open to everyone, signed in or not. */
  permission?: Permission;
  /** Only while e-mails are kept in the test outbox instead of being sent (SMTP_URL unset). */
  devOutboxOnly?: true;
}

export const NAVIGATION: readonly NavigationItem[] = [
  { key: "findOffers", href: "/tilbud" },
  { key: "newReferral", href: "/henvisninger/ny", permission: "referral:create" },
  { key: "myReferrals", href: "/henvisninger", permission: "referral:read-own-organisation" },
  { key: "notificationSettings", href: "/indstillinger", permission: "organisation:notification-settings" },
  { key: "triage", href: "/visitation", permission: "triage:work" },
  { key: "unitInbox", href: "/indbakke", permission: "unit-inbox:work" },
  { key: "overview", href: "/overblik", permission: "reach:read" },
  { key: "audit", href: "/revisionslog", permission: "audit:read" },
  { key: "users", href: "/brugere", permission: "user:administer" },
  { key: "serviceLevels", href: "/serviceniveauer", permission: "service-level:administer" },
  { key: "failedEmails", href: "/fejlede-emails", permission: "notification:failures" },
  { key: "devOutbox", href: "/udbakke", permission: "notification:dev-outbox", devOutboxOnly: true },
];

/** The sections a role may open; the test outbox only when asked for, i.e. while no SMTP server is configured. */
export function navigationFor(role: Role | undefined, { devOutbox = false }: { devOutbox?: boolean } = {}): NavigationItem[] {
  return NAVIGATION.filter(
    (item) => (!item.devOutboxOnly || devOutbox) && (!item.permission || (role !== undefined && can(role, item.permission))),
  );
}
