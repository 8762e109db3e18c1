// The authorization matrix: every page, route handler and server action in app/, which roles may call it and whose
// objects it reaches. Written down once, here: docs/authorization.md shows it as a table (rendered by
// renderMatrixTable and checked by authorization-matrix.test.ts), and tests/e2e/authorization-matrix.spec.ts calls
// every endpoint as every role, and as a user of another organisation, against the production build. Pure: no I/O.
import type { Role } from "@/lib/generated/prisma/enums";
import type { Permission } from "./permissions";

/** The roles in the order of the table's columns. */
export const ROLES = [
  "GP",
  "PRACTICE_STAFF",
  "JOBCENTRE_STAFF",
  "SOCIAL_WORKER",
  "HOSPITAL_STAFF",
  "TRIAGE_COORDINATOR",
  "UNIT_STAFF",
  "MANAGER",
  "ADMIN",
] as const satisfies readonly Role[];

/** Someone calling an endpoint: a signed-in user of a role, or nobody. */
export type Caller = Role | "anonymous";
export const CALLERS: readonly Caller[] = [...ROLES, "anonymous"];

export type EndpointKind = "page" | "route" | "action";

/**
 * Whose objects an endpoint reaches, decided in the WHERE of the lib/<domain> query with the session's organisation:
 * - public: public offer data, or no data (sign-in, health);
 * - own-organisation: the referrals and settings of the user's organisation (a practice, a jobcentre …);
 * - own-user: the user's own drafts;
 * - own-unit: the referrals at, and the offers of, the user's unit;
 * - central-triage: the referrals routed to central triage (one organisation);
 * - municipality: every organisation's (reach figures, the audit log, the users).
 */
export type Scope = "public" | "own-organisation" | "own-user" | "own-unit" | "central-triage" | "municipality";

export interface Endpoint {
  kind: EndpointKind;
  /** The file in app/, e.g. "app/henvisninger/[id]/page.tsx". */
  file: string;
  /** "default" for a page, the HTTP method for a route handler, the exported name for a server action. */
  name: string;
  /** What requireUser (pages, actions) or withRoute (route handlers) checks first; null: open to everyone. */
  permission: Permission | null;
  /** The roles allowed: exactly the roles lib/auth/permissions.ts gives the permission (checked by the unit test). */
  roles: readonly Role[];
  scope: Scope;
  /** Where the id of the object comes from, when the caller names one: another organisation's id is "not found". */
  objectId?: "url" | "input";
  /** Exists only while e-mail is kept in the test outbox (SMTP_URL unset); otherwise 404 for everyone. */
  devOutboxOnly?: true;
  note?: string;
}

type Grant = Pick<Endpoint, "permission" | "roles">;

const REFERRERS = ["GP", "PRACTICE_STAFF", "JOBCENTRE_STAFF", "SOCIAL_WORKER", "HOSPITAL_STAFF"] as const satisfies readonly Role[];

const OPEN: Grant = { permission: null, roles: ROLES };
const REFERRAL_CREATE: Grant = { permission: "referral:create", roles: REFERRERS };
const REFERRAL_READ: Grant = { permission: "referral:read-own-organisation", roles: REFERRERS };
const NOTIFICATION_SETTINGS: Grant = { permission: "organisation:notification-settings", roles: REFERRERS };
const DEV_OUTBOX: Grant = { permission: "notification:dev-outbox", roles: [...REFERRERS, "ADMIN"] };
const TRIAGE: Grant = { permission: "triage:work", roles: ["TRIAGE_COORDINATOR"] };
const UNIT_INBOX: Grant = { permission: "unit-inbox:work", roles: ["UNIT_STAFF"] };
const OFFER_EDIT: Grant = { permission: "offer:edit-own-unit", roles: ["UNIT_STAFF"] };
const REACH: Grant = { permission: "reach:read", roles: ["MANAGER", "ADMIN"] };
const AUDIT: Grant = { permission: "audit:read", roles: ["ADMIN"] };
const USERS: Grant = { permission: "user:administer", roles: ["ADMIN"] };
const SERVICE_LEVELS: Grant = { permission: "service-level:administer", roles: ["ADMIN"] };
const FAILED_EMAILS: Grant = { permission: "notification:failures", roles: ["ADMIN"] };

type Extra = Pick<Endpoint, "objectId" | "devOutboxOnly" | "note">;

const page = (file: string, grant: Grant, scope: Scope, extra: Extra = {}): Endpoint => ({ kind: "page", file, name: "default", ...grant, scope, ...extra });
const route = (file: string, method: string, grant: Grant, scope: Scope, extra: Extra = {}): Endpoint => ({ kind: "route", file, name: method, ...grant, scope, ...extra });
const action = (file: string, name: string, grant: Grant, scope: Scope, extra: Extra = {}): Endpoint => ({ kind: "action", file, name, ...grant, scope, ...extra });

const REFERRAL_FORM = "app/henvisninger/ny/actions.ts";
const UNIT_ACTIONS = "app/indbakke/actions.ts";
const OFFER_ACTIONS = "app/indbakke/tilbud/actions.ts";
const TRIAGE_ACTIONS = "app/visitation/actions.ts";
const SESSION_ACTIONS = "app/actions/session.ts";
const USER_ACTIONS = "app/brugere/actions.ts";
const BY_ID = { objectId: "input" } as const;

export const ENDPOINTS: readonly Endpoint[] = [
  page("app/page.tsx", OPEN, "public", { note: "lists the sections of the user's role" }),
  page("app/login/page.tsx", OPEN, "public"),
  page("app/tilbud/page.tsx", OPEN, "public"),
  page("app/tilbud/[slug]/page.tsx", OPEN, "public"),
  page("app/tilbud/[slug]/folder/page.tsx", OPEN, "public"),
  page("app/henvisninger/page.tsx", REFERRAL_READ, "own-organisation"),
  page("app/henvisninger/[id]/page.tsx", REFERRAL_READ, "own-organisation", { objectId: "url" }),
  page("app/henvisninger/ny/page.tsx", REFERRAL_CREATE, "own-user", { note: "?kladde= finds only the user's own draft, or a referral the organisation sent" }),
  page("app/henvisninger/samtale/page.tsx", REFERRAL_CREATE, "own-user", { note: "?kladde= finds only the user's own draft" }),
  page("app/indstillinger/page.tsx", NOTIFICATION_SETTINGS, "own-organisation"),
  page("app/udbakke/page.tsx", DEV_OUTBOX, "own-organisation", { devOutboxOnly: true, note: "ADMIN sees every organisation's e-mails" }),
  page("app/visitation/page.tsx", TRIAGE, "central-triage"),
  page("app/visitation/[id]/page.tsx", TRIAGE, "central-triage", { objectId: "url" }),
  page("app/visitation/rykket/page.tsx", TRIAGE, "central-triage", { note: "escalated referrals at units: numbers, units and steps, no citizen data" }),
  page("app/indbakke/page.tsx", UNIT_INBOX, "own-unit"),
  page("app/indbakke/[id]/page.tsx", UNIT_INBOX, "own-unit", { objectId: "url" }),
  page("app/indbakke/invitation/[id]/page.tsx", UNIT_INBOX, "own-unit", { objectId: "url", note: "a letter of a referral at the unit; each opening is recorded" }),
  page("app/indbakke/tilbud/page.tsx", OFFER_EDIT, "own-unit"),
  page("app/indbakke/tilbud/[id]/page.tsx", OFFER_EDIT, "own-unit", { objectId: "url" }),
  page("app/overblik/page.tsx", REACH, "municipality"),
  page("app/overblik/datakvalitet/page.tsx", REACH, "municipality", { note: "counts suppressed as on the overview" }),
  page("app/overblik/brobygning/page.tsx", REACH, "municipality", { note: "catalogue data only: bridging activities by district and need" }),
  page("app/revisionslog/page.tsx", AUDIT, "municipality"),
  page("app/revisionslog/borger/page.tsx", AUDIT, "municipality", { note: "one citizen's look-ups, by CPR number" }),
  page("app/brugere/page.tsx", USERS, "municipality", { note: "every organisation's users" }),
  page("app/brugere/[id]/page.tsx", USERS, "municipality", { note: "any user" }),
  page("app/serviceniveauer/page.tsx", SERVICE_LEVELS, "municipality", { note: "central triage and every unit that receives referrals" }),
  page("app/fejlede-emails/page.tsx", FAILED_EMAILS, "municipality", { note: "every organisation's e-mails the mail server refused" }),

  route("app/api/auth/[...nextauth]/route.ts", "GET", OPEN, "public", { note: "Auth.js: session, CSRF token, providers" }),
  route("app/api/auth/[...nextauth]/route.ts", "POST", OPEN, "public", { note: "Auth.js: sign-in and sign-out (CSRF-checked)" }),
  route("app/api/health/route.ts", "GET", OPEN, "public"),
  route("app/api/offers/route.ts", "GET", OPEN, "public"),
  route("app/api/offers/[id]/route.ts", "GET", OPEN, "public"),
  route("app/api/referrals/route.ts", "POST", REFERRAL_CREATE, "own-organisation", { note: "sends as the user's organisation" }),
  route("app/revisionslog/eksport/route.ts", "GET", AUDIT, "municipality", { note: "the audit search as CSV" }),
  route("app/revisionslog/borger/eksport/route.ts", "GET", AUDIT, "municipality", { note: "one citizen's look-ups as CSV" }),
  route("app/henvisninger/soeg/route.ts", "POST", REFERRAL_READ, "own-organisation", { note: "Find én henvisning; a CPR number or a name goes on as a sealed search id" }),
  route("app/indbakke/soeg/route.ts", "POST", UNIT_INBOX, "own-unit", { note: "Find én henvisning; a CPR number or a name goes on as a sealed search id" }),
  route("app/visitation/soeg/route.ts", "POST", TRIAGE, "central-triage", { note: "Find én henvisning; a CPR number or a name goes on as a sealed search id" }),
  route("app/overblik/eksport/route.ts", "GET", REACH, "municipality", { note: "a table of the overview as CSV, suppressed as on the page" }),
  route("app/revisionslog/soeg/route.ts", "POST", AUDIT, "municipality", { note: "the audit search form; a CPR number goes on as a sealed search id" }),
  route("app/revisionslog/borger/soeg/route.ts", "POST", AUDIT, "municipality", { note: "the report's form; the CPR number goes on as a sealed search id" }),

  action(SESSION_ACTIONS, "signInAsDemoUser", OPEN, "public", { note: "demo mode only" }),
  action(SESSION_ACTIONS, "signInWithOidc", OPEN, "public"),
  action(SESSION_ACTIONS, "signOutUser", OPEN, "public"),
  action(SESSION_ACTIONS, "setLocale", OPEN, "public"),
  action(REFERRAL_FORM, "sendReferralAction", REFERRAL_CREATE, "own-organisation", { note: "a form key already used by another organisation is refused" }),
  action(REFERRAL_FORM, "saveDraftAction", REFERRAL_CREATE, "own-user", BY_ID),
  action("app/henvisninger/samtale/actions.ts", "screeningAction", REFERRAL_CREATE, "own-user", { ...BY_ID, note: "answers only into the user's own draft" }),
  action(REFERRAL_FORM, "previewRoutingAction", REFERRAL_CREATE, "public", { note: "reads only offers" }),
  action("app/henvisninger/[id]/actions.ts", "answerInformationRequestAction", REFERRAL_CREATE, "own-organisation", BY_ID),
  action("app/henvisninger/[id]/actions.ts", "practiceMessageAction", REFERRAL_CREATE, "own-organisation", { ...BY_ID, note: "to whoever holds the referral" }),
  action("app/henvisninger/[id]/actions.ts", "withdrawAction", REFERRAL_CREATE, "own-organisation", BY_ID),
  action("app/henvisninger/[id]/actions.ts", "correctContactAction", REFERRAL_CREATE, "own-organisation", { ...BY_ID, note: "an open referral" }),
  action("app/henvisninger/[id]/actions.ts", "referAgainAction", REFERRAL_CREATE, "own-organisation", { ...BY_ID, note: "a closed referral, into a new draft of the user's own" }),
  action("app/indstillinger/actions.ts", "updateNotificationSettingsAction", NOTIFICATION_SETTINGS, "own-organisation", { note: "the organisation comes from the session" }),
  action("app/indstillinger/actions.ts", "resendFailedEmailsAction", NOTIFICATION_SETTINGS, "own-organisation", { note: "the organisation's failed e-mails, to its address now" }),
  action(TRIAGE_ACTIONS, "claimAction", TRIAGE, "central-triage", BY_ID),
  action(TRIAGE_ACTIONS, "releaseAction", TRIAGE, "central-triage", BY_ID),
  action(TRIAGE_ACTIONS, "forwardAction", TRIAGE, "central-triage", BY_ID),
  action(TRIAGE_ACTIONS, "requestInformationAction", TRIAGE, "central-triage", BY_ID),
  action(TRIAGE_ACTIONS, "changePriorityAction", TRIAGE, "central-triage", BY_ID),
  action(TRIAGE_ACTIONS, "declineAction", TRIAGE, "central-triage", BY_ID),
  action(TRIAGE_ACTIONS, "triageMessageAction", TRIAGE, "central-triage", { ...BY_ID, note: "while central triage holds the referral" }),
  action(TRIAGE_ACTIONS, "assignAction", TRIAGE, "central-triage", { ...BY_ID, note: "any open case with triage, to an active coordinator" }),
  action(UNIT_ACTIONS, "acceptAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "bookFirstMeetingAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "contactAttemptAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "startAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "noShowAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "closeAction", UNIT_INBOX, "own-unit", { ...BY_ID, note: "an outcome the status allows; the next step a bridging activity" }),
  action(UNIT_ACTIONS, "followUpAction", UNIT_INBOX, "own-unit", { ...BY_ID, note: "only while the follow-up is due" }),
  action(UNIT_ACTIONS, "unitAssignAction", UNIT_INBOX, "own-unit", { ...BY_ID, note: "to an active colleague of the unit" }),
  action(UNIT_ACTIONS, "unitDeclineAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "unitForwardAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "unitMessageAction", UNIT_INBOX, "own-unit", BY_ID),
  action(UNIT_ACTIONS, "invitationAction", UNIT_INBOX, "own-unit", { ...BY_ID, note: "with a first meeting booked; made once per meeting and language" }),
  action(OFFER_ACTIONS, "updateOfferAction", OFFER_EDIT, "own-unit", BY_ID),
  action(OFFER_ACTIONS, "confirmOfferCheckedAction", OFFER_EDIT, "own-unit", BY_ID),
  action(USER_ACTIONS, "createUserAction", USERS, "municipality", { note: "the role must fit the organisation" }),
  action(USER_ACTIONS, "updateUserAction", USERS, "municipality", { note: "any user; a new role or organisation ends their sessions; not one's own role" }),
  action(USER_ACTIONS, "deactivateUserAction", USERS, "municipality", { note: "any user but oneself; ends their sessions" }),
  action(USER_ACTIONS, "reactivateUserAction", USERS, "municipality", { note: "any user" }),
  action(USER_ACTIONS, "endUserSessionsAction", USERS, "municipality", { note: "any user: \"Log ud overalt\"" }),
  action("app/serviceniveauer/actions.ts", "updateServiceLevelAction", SERVICE_LEVELS, "municipality", { note: "central triage or a unit that receives referrals; applies to new deadlines" }),
];

/** One endpoint's identity: its file and export, as the build's server-reference manifest names actions too. */
export const endpointKey = (endpoint: Pick<Endpoint, "file" | "name">) => `${endpoint.file}#${endpoint.name}`;

/** What a caller gets before any data is read: let through, sent to sign in (401 from a route handler), or 403. */
export type Outcome = "allowed" | "sign-in" | "forbidden";

export function outcomeOf(endpoint: Endpoint, caller: Caller): Outcome {
  if (endpoint.permission === null) return "allowed";
  if (caller === "anonymous") return "sign-in";
  return endpoint.roles.includes(caller) ? "allowed" : "forbidden";
}

/** The URL path of a page or route handler file: "app/henvisninger/[id]/page.tsx" → "/henvisninger/[id]". */
export function routePath(file: string): string {
  const segments = file.split("/").slice(1, -1).filter((segment) => !/^\(.+\)$/.test(segment));
  return `/${segments.join("/")}`;
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

/** The names a module exports (functions, constants, destructured constants, export lists and default). */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let)\s+([A-Za-z_$][\w$]*)/gm)) names.add(match[1]!);
  for (const match of source.matchAll(/^export\s+(?:const|let)\s+\{([^}]*)\}/gm)) {
    for (const part of match[1]!.split(",")) {
      const name = part.split(":").at(-1)?.trim();
      if (name) names.add(name);
    }
  }
  for (const match of source.matchAll(/^export\s+\{([^}]*)\}/gm)) {
    for (const part of match[1]!.split(",")) {
      const name = part.split(/\s+as\s+/).at(-1)?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  if (/^export\s+default\b/m.test(source)) names.add("default");
  return [...names];
}

/**
 * The endpoints a file in app/ defines: a page (page.tsx), the HTTP methods of a route handler (route.ts), or every
 * export of a "use server" module (each is a server action, a public endpoint). Other files define none.
 */
export function endpointsOfFile(file: string, source: string): Pick<Endpoint, "kind" | "file" | "name">[] {
  const base = file.split("/").at(-1);
  if (base === "page.tsx" || base === "page.ts") return [{ kind: "page", file, name: "default" }];
  if (base === "route.ts") return exportedNames(source).filter((name) => HTTP_METHODS.includes(name)).map((name) => ({ kind: "route", file, name }));
  if (USE_SERVER.test(source)) return exportedNames(source).map((name) => ({ kind: "action", file, name }));
  return [];
}

const ROLE_HEADINGS: Record<(typeof ROLES)[number], string> = {
  GP: "GP",
  PRACTICE_STAFF: "PS",
  JOBCENTRE_STAFF: "JC",
  SOCIAL_WORKER: "SW",
  HOSPITAL_STAFF: "HS",
  TRIAGE_COORDINATOR: "TC",
  UNIT_STAFF: "US",
  MANAGER: "MA",
  ADMIN: "AD",
};

const SCOPE_TEXT: Record<Scope, string> = {
  public: "public",
  "own-organisation": "own organisation",
  "own-user": "own user",
  "own-unit": "own unit",
  "central-triage": "cases with central triage",
  municipality: "all organisations",
};

function cell(endpoint: Endpoint, caller: Caller): string {
  const outcome = outcomeOf(endpoint, caller);
  if (outcome === "allowed") return endpoint.devOutboxOnly ? "✓*" : "✓";
  if (outcome === "forbidden") return "403";
  return endpoint.kind === "route" ? "401" : "login";
}

function organisationCell(endpoint: Endpoint): string {
  const parts = [SCOPE_TEXT[endpoint.scope]];
  const other = endpoint.scope === "central-triage" ? "any other referral" : "another's id";
  if (endpoint.objectId === "url") parts.push(`${other} → 404`);
  if (endpoint.objectId === "input") parts.push(`${other} → refused`);
  if (endpoint.note) parts.push(endpoint.note);
  return parts.join("; ");
}

function endpointCell(endpoint: Endpoint): string {
  if (endpoint.kind === "page") return `\`${routePath(endpoint.file)}\``;
  if (endpoint.kind === "route") return `\`${endpoint.name} ${routePath(endpoint.file)}\``;
  return `\`${endpoint.name}\``;
}

/** The matrix as the Markdown table in docs/authorization.md. */
export function renderMatrixTable(endpoints: readonly Endpoint[] = ENDPOINTS): string {
  const header = ["Endpoint", "File", "Permission", ...ROLES.map((role) => ROLE_HEADINGS[role]), "anon", "Organisation"];
  const rows = endpoints.map((endpoint) => [
    endpointCell(endpoint),
    `\`${endpoint.file}\``,
    endpoint.permission ? `\`${endpoint.permission}\`` : "–",
    ...CALLERS.map((caller) => cell(endpoint, caller)),
    organisationCell(endpoint),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
