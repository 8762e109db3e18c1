import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { test as base, expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";
import { CALLERS, ENDPOINTS, endpointKey, endpointsOfFile, outcomeOf, routePath, type Caller, type Endpoint } from "../../lib/auth/authorization-matrix";
import { demoUsers } from "../../lib/demo/organisations";
import type { Role } from "../../lib/generated/prisma/enums";
import { DEMO_USERS } from "./support/fixtures";
import { e2ePort } from "./support/smtp-port";

// The authorization matrix (lib/auth/authorization-matrix.ts, docs/authorization.md) against the production build:
// every page, route handler and server action in app/ is called as every role and anonymously, and gets what the
// matrix says; then users of another practice, another unit and central triage name real objects that are not
// theirs, and get 404 or "not found" — with nothing changed in the database. Plain HTTP with each demo user's
// session cookie, no browser: server actions are posted the way the browser's router posts them.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BASE_URL = `http://127.0.0.1:${e2ePort}`;
/** Shaped like the ids the portal makes (cuid), and belongs to nothing. */
const GUESSED_ID = "cm9z0000guessed0000000000";
const PARAMS: Record<string, string> = { id: GUESSED_ID, slug: "mere-luft-i-hverdagen-kol", nextauth: "session" };
/** What createAction answers when the form does not parse: the role check let the caller through. */
const INVALID_FORM = "Ret de markerede felter.";

/** A URL pattern with its dynamic segments filled in: "/henvisninger/[id]" → "/henvisninger/<id>". */
function fill(pattern: string): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (segment, name: string) => {
    const value = PARAMS[name];
    if (!value) throw new Error(`No sample value for ${segment} in ${pattern}: add one to PARAMS`);
    return value;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Server actions as the build knows them

interface BuiltAction {
  id: string;
  key: string;
  endpoint: Endpoint | undefined;
  /** A page the action is bundled with: posting it there is what the browser does. */
  path: string;
}

interface ServerReferenceManifest {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
}

/** Every server action of the build, from the manifest that maps action ids to their module and export. */
function readBuiltActions(): BuiltAction[] {
  const file = join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as ServerReferenceManifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    const key = endpointKey({ file: entry.filename ?? "?", name: entry.exportedName ?? "?" });
    const pages = Object.keys(entry.workers).filter((worker) => !worker.startsWith("app/_"));
    const page = pages.sort((a, b) => a.length - b.length)[0] ?? "app/page";
    return { id, key, endpoint: ENDPOINTS.find((candidate) => endpointKey(candidate) === key), path: fill(routePath(page)) };
  });
}

/**
 * Posts a server action as React's client does (encodeReply): a multipart body in which the FormData argument's fields
 * come first, prefixed "_1_", and then field "0", the arguments as JSON with the FormData as "$K1". The server decodes
 * as the body streams in, so "0" must come last (hence a FormData: an object would put the key "0" first). Actions made
 * with createAction take (previous state, form data); plain form actions take only the form data.
 */
function postAction(context: APIRequestContext, action: BuiltAction, fields: Record<string, string>, { withState = true } = {}) {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  multipart.append("0", JSON.stringify(withState ? [{ status: "idle" }, "$K1"] : ["$K1"]));
  return context.post(action.path, {
    headers: { "next-action": action.id, accept: "text/x-component", origin: BASE_URL },
    multipart,
    maxRedirects: 0,
  });
}

interface ActionState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/** The action's return value in the Flight response: the row the root's "a" points at. */
async function actionStateOf(response: APIResponse): Promise<ActionState> {
  const rows = new Map<string, string>();
  for (const line of (await response.text()).split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = JSON.parse(rows.get("0") ?? "{}") as { a?: string };
  const row = root.a?.match(/^\$@(\w+)$/)?.[1];
  const value = row === undefined ? undefined : rows.get(row);
  if (value === undefined) throw new Error(`No action result in the response (${response.status()})`);
  return JSON.parse(value) as ActionState;
}

/** A refused action: no session → the client router is told to go to /login; a role without the permission → 403. */
async function expectActionRefused(response: APIResponse, outcome: "sign-in" | "forbidden", label: string) {
  if (outcome === "sign-in") {
    expect(response.status(), label).toBe(200);
    expect(response.headers()["x-action-redirect"], label).toMatch(/^\/login;/);
  } else {
    expect(response.status(), label).toBe(403);
    expect(await response.text(), label).toContain("NEXT_HTTP_ERROR_FALLBACK;403");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Who calls: each role's demo user, nobody, and a user of the other practice and of the other unit

type Stranger = "GP of the other practice" | "unit staff of the other unit";
type Identity = Caller | Stranger;

const STRANGERS: Record<Stranger, { userId: string; role: Role }> = {
  "GP of the other practice": { userId: "demo-user-gp-amager", role: "GP" },
  "unit staff of the other unit": { userId: "demo-user-unit-mental", role: "UNIT_STAFF" },
};

const roleOf = (identity: Exclude<Identity, "anonymous">): Role => (identity in STRANGERS ? STRANGERS[identity as Stranger].role : (identity as Role));

function demoUserId(identity: Exclude<Identity, "anonymous">): string {
  if (identity in STRANGERS) return STRANGERS[identity as Stranger].userId;
  const user = demoUsers.find((candidate) => candidate.name === DEMO_USERS[identity as keyof typeof DEMO_USERS].name);
  if (!user) throw new Error(`No demo user for ${identity}`);
  return user.id;
}

interface World {
  as: Record<Identity, APIRequestContext>;
  actions: BuiltAction[];
  db: pg.Client;
}

const test = base.extend<object, { world: World }>({
  world: [
    async ({ playwright }, use) => {
      const actions = readBuiltActions();
      const signIn = actions.find((action) => action.key === "app/actions/session.ts#signInAsDemoUser");
      if (!signIn) throw new Error("The build has no signInAsDemoUser action");
      const identities: Identity[] = [...CALLERS, ...(Object.keys(STRANGERS) as Stranger[])];
      const as = Object.fromEntries(
        await Promise.all(
          identities.map(async (identity) => {
            const context = await playwright.request.newContext({ baseURL: BASE_URL });
            if (identity !== "anonymous") {
              const response = await postAction(context, signIn, { userId: demoUserId(identity) }, { withState: false });
              expect(response.headers()["x-action-redirect"], `sign-in of ${identity}`).toMatch(/^[^;]*\/;/);
              expect(response.headers()["x-action-redirect"], `sign-in of ${identity}`).not.toContain("/login");
            }
            return [identity, context] as const;
          }),
        ),
      ) as Record<Identity, APIRequestContext>;
      const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await db.connect();
      await use({ as, actions, db });
      await db.end();
      await Promise.all(Object.values(as).map((context) => context.dispose()));
    },
    { scope: "worker" },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// (a) Every page and route handler, as every role

const appFiles = readdirSync(join(ROOT, "app"), { recursive: true, encoding: "utf8" })
  .map((file) => `app/${file.split(sep).join("/")}`)
  .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file));

test("every page and route handler in app/ is in the matrix", () => {
  const inApp = appFiles.flatMap((file) => endpointsOfFile(file, readFileSync(join(ROOT, file), "utf8"))).map(endpointKey);
  const inMatrix = ENDPOINTS.filter((candidate) => candidate.kind !== "action").map(endpointKey);
  expect(inMatrix.sort()).toEqual(inApp.sort());
});

/** What an allowed caller gets from a page: a guessed id is not found; the test outbox is gone while SMTP is set. */
const allowedPageStatus = (page: Endpoint) => (page.devOutboxOnly || routePath(page.file).includes("[id]") ? 404 : 200);

for (const page of ENDPOINTS.filter((candidate) => candidate.kind === "page")) {
  const path = routePath(page.file);
  test(`page ${path}: ${page.permission ?? "open"}`, async ({ world }) => {
    await Promise.all(
      CALLERS.map(async (caller) => {
        const response = await world.as[caller].get(fill(path), { maxRedirects: 0 });
        const label = `${caller} GET ${path}`;
        const outcome = outcomeOf(page, caller);
        if (outcome === "sign-in") {
          expect(response.status(), label).toBe(307);
          expect(response.headers().location, label).toBe("/login");
        } else {
          expect(response.status(), label).toBe(outcome === "forbidden" ? 403 : allowedPageStatus(page));
        }
      }),
    );
  });
}

/** A route handler called with its sample URL (and an empty JSON body); Auth.js's POST also wants its CSRF token. */
async function callRoute(context: APIRequestContext, route: Endpoint): Promise<APIResponse> {
  const url = fill(routePath(route.file));
  if (route.file === "app/api/auth/[...nextauth]/route.ts" && route.name === "POST") {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return context.post(url, { form: { csrfToken }, maxRedirects: 0 });
  }
  return context.fetch(url, { method: route.name, data: route.name === "GET" ? undefined : {}, maxRedirects: 0 });
}

for (const route of ENDPOINTS.filter((candidate) => candidate.kind === "route")) {
  const path = routePath(route.file);
  test(`route ${route.name} ${path}: ${route.permission ?? "open"}`, async ({ world }) => {
    await Promise.all(
      CALLERS.map(async (caller) => {
        const response = await callRoute(world.as[caller], route);
        const label = `${caller} ${route.name} ${path}`;
        const outcome = outcomeOf(route, caller);
        if (outcome === "allowed") {
          expect([401, 403], label).not.toContain(response.status());
          expect(response.status(), label).toBeLessThan(500);
        } else {
          expect(response.status(), label).toBe(outcome === "sign-in" ? 401 : 403);
          expect(await response.json(), label).toEqual({ error: outcome === "sign-in" ? "Log ind først." : "Du har ikke adgang." });
        }
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------------------------
// (b) Every server action, as every role: refused callers change nothing (the database is compared before and after)

interface Ref {
  id: string;
  version: number;
  number: number;
}

/** Demo data (lib/demo): what the calls below aim at, so that a missing check would change something. */
interface Targets {
  /** demo-referral-1: sent by the Nørrebro practice, at Center for Lungesygdomme. */
  lungReferral: Ref;
  /** demo-referral-2: sent by the Nørrebro practice, with central triage, not taken. */
  triageCase: Ref;
  /** demo-referral-3: sent by the Nørrebro practice, at Center for Mental Sundhed. */
  mentalReferral: Ref;
  /** demo-referral-4: sent by the Amager practice. */
  amagerReferral: Ref;
  lungOffer: string;
  mentalOffer: string;
  /** Form keys nobody has used. */
  freshKeys: { referral: string; draft: string };
  /** The demo manager, whom the user administration's actions aim at; signed in here as MANAGER. */
  user: string;
  /** An e-mail address no user has. */
  freshEmail: string;
}

async function readTargets(db: pg.Client): Promise<Targets> {
  const referral = async (key: string): Promise<Ref> => {
    const { rows } = await db.query<Ref>(`select id, version, number from "Referral" where "idempotencyKey" = $1`, [key]);
    if (!rows[0]) throw new Error(`Demo referral ${key} is missing: is DATABASE_URL the seeded e2e database?`);
    return rows[0];
  };
  const offer = async (slug: string) => (await db.query<{ id: string }>(`select id from "Offer" where slug = $1`, [slug])).rows[0]!.id;
  return {
    lungReferral: await referral("demo-referral-1"),
    triageCase: await referral("demo-referral-2"),
    mentalReferral: await referral("demo-referral-3"),
    amagerReferral: await referral("demo-referral-4"),
    lungOffer: await offer("mere-luft-i-hverdagen-kol"),
    mentalOffer: await offer("faa-styr-paa-stress"),
    freshKeys: { referral: randomUUID(), draft: randomUUID() },
    user: "demo-user-manager",
    freshEmail: `ikke-oprettet-${randomUUID()}@example.com`,
  };
}

/**
 * Everything the calls aim at, as it stands: the referrals with their events, contact attempts and split referrals, the
 * offers, the organisations' settings, anything sent or drafted with the fresh keys, the target user and their ended
 * sessions, and the audit rows of changes.
 */
async function snapshot(db: pg.Client, targets: Targets, organisations: string[] = []) {
  const referralIds = [targets.lungReferral, targets.triageCase, targets.mentalReferral, targets.amagerReferral].map((ref) => ref.id);
  const offerIds = [targets.lungOffer, targets.mentalOffer];
  const keys = [targets.freshKeys.referral, targets.freshKeys.draft];
  const query = async (sql: string, values: unknown[]) => (await db.query(sql, values)).rows;
  return {
    referrals: await query(
      `select r.id, r.status, r.version, r."assignedToId", r.priority, r."destinationUnitId", r."firstMeetingAt", r."updatedAt",
              (select count(*) from "ReferralEvent" e where e."referralId" = r.id) as events,
              (select count(*) from "ContactAttempt" c where c."referralId" = r.id) as attempts,
              (select count(*) from "Referral" s where s."parentReferralId" = r.id) as splits
         from "Referral" r where r.id = any($1) order by r.id`,
      [referralIds],
    ),
    offers: await query(`select id, title, summary, "lastCheckedAt", "waitingUpdatedAt", "isActive" from "Offer" where id = any($1) order by id`, [offerIds]),
    organisations: await query(`select id, email, "notificationMode" from "Organisation" where id = any($1) order by id`, [organisations]),
    sentWithKeys: await query(`select id from "Referral" where "idempotencyKey" = any($1)`, [keys]),
    drafts: await query(`select "idempotencyKey", "userId", data, "updatedAt" from "ReferralDraft" where "idempotencyKey" = any($1) order by 1`, [keys]),
    users: await query(`select id, email, name, title, role, "organisationId", "isActive" from "User" where id = $1 or email = $2 order by id`, [targets.user, targets.freshEmail]),
    // Sessions the administration ended (signing in and out as the manager elsewhere does not count: specs run in parallel).
    endedSessions: await query(`select count(*) from "UserSession" where "userId" = $1 and "endedReason" <> 'signed-out'`, [targets.user]),
    // Look-ups are left out: lists log one per row they show, and the owners open these objects in the test below.
    // So are the refusals themselves (access.refused): they change nothing, and the last test below looks at them.
    audit: await query(`select count(*) from "AuditLog" where "entityId" = any($1) and action not like 'referral.list.%' and action not like 'access.%' and action not in ('referral.read', 'citizen.cpr.read')`, [
      [...referralIds, ...offerIds, ...organisations, ...keys, targets.user],
    ]),
  };
}

const inTwoWeeks = () => new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const caseRef = (ref: Ref) => ({ referralId: ref.id, expectedVersion: String(ref.version) });
const decline = { reasonCode: "NOT_IN_TARGET_GROUP", alternativeText: "Et råd, der ikke må nå frem til lægen." };

/**
 * A valid form for every protected action, aimed at real demo objects: were an action's check missing, the call would
 * change something. A new action needs a line here (the test says so).
 */
const INPUTS: Record<string, (targets: Targets) => Record<string, string>> = {
  "app/henvisninger/ny/actions.ts#sendReferralAction": (t) => ({
    idempotencyKey: t.freshKeys.referral,
    cpr: "070761-4285",
    citizenName: "Må ikke sendes",
    needsText: "En henvisning, der ikke må blive sendt.",
    consent: "on",
  }),
  "app/henvisninger/ny/actions.ts#saveDraftAction": (t) => ({ idempotencyKey: t.freshKeys.draft, citizenName: "Må ikke gemmes" }),
  "app/henvisninger/samtale/actions.ts#screeningAction": (t) => ({ idempotencyKey: t.freshKeys.draft, smoking: "DAILY" }),
  "app/henvisninger/ny/actions.ts#previewRoutingAction": () => ({ cpr: "070761-4285", needsText: "Åndenød", offerSlug: "mere-luft-i-hverdagen-kol" }),
  "app/henvisninger/[id]/actions.ts#answerInformationRequestAction": (t) => ({ referralId: t.lungReferral.id, answer: "Et svar, der ikke må nå frem." }),
  "app/henvisninger/[id]/actions.ts#practiceMessageAction": (t) => ({ referralId: t.lungReferral.id, message: "En besked, der ikke må nå frem." }),
  "app/henvisninger/[id]/actions.ts#withdrawAction": (t) => ({ ...caseRef(t.lungReferral), reason: "En tilbagetrækning, der ikke må ske." }),
  "app/henvisninger/[id]/actions.ts#correctContactAction": (t) => ({ referralId: t.lungReferral.id, citizenName: "Overtaget navn", phone: "12345678" }),
  "app/henvisninger/[id]/actions.ts#referAgainAction": (t) => ({ referralId: t.lungReferral.id, offerSlug: "" }),
  "app/indstillinger/actions.ts#updateNotificationSettingsAction": () => ({ email: "ikke-tilladt@example.com", notificationMode: "DAILY_DIGEST" }),
  "app/indstillinger/actions.ts#resendFailedEmailsAction": () => ({ resend: "yes" }),
  "app/visitation/actions.ts#claimAction": (t) => caseRef(t.triageCase),
  "app/visitation/actions.ts#releaseAction": (t) => caseRef(t.triageCase),
  "app/visitation/actions.ts#forwardAction": (t) => ({ ...caseRef(t.triageCase), offerId: t.mentalOffer }),
  "app/visitation/actions.ts#requestInformationAction": (t) => ({ ...caseRef(t.triageCase), question: "Et spørgsmål, der ikke må stilles." }),
  "app/visitation/actions.ts#changePriorityAction": (t) => ({ ...caseRef(t.triageCase), priority: "HIGH", reason: "En prioritet, der ikke må ændres." }),
  "app/visitation/actions.ts#declineAction": (t) => ({ ...caseRef(t.triageCase), ...decline }),
  "app/visitation/actions.ts#triageMessageAction": (t) => ({ referralId: t.triageCase.id, message: "En besked, der ikke må nå frem." }),
  "app/visitation/actions.ts#assignAction": (t) => ({ ...caseRef(t.triageCase), toUserId: "demo-user-triage" }),
  "app/indbakke/actions.ts#acceptAction": (t) => caseRef(t.lungReferral),
  "app/indbakke/actions.ts#bookFirstMeetingAction": (t) => ({ ...caseRef(t.lungReferral), date: inTwoWeeks(), time: "10:30", place: "Et møde, der ikke må bookes" }),
  "app/indbakke/actions.ts#contactAttemptAction": (t) => ({ ...caseRef(t.lungReferral), channel: "PHONE", outcome: "NO_ANSWER" }),
  "app/indbakke/actions.ts#startAction": (t) => caseRef(t.lungReferral),
  "app/indbakke/actions.ts#noShowAction": (t) => caseRef(t.lungReferral),
  "app/indbakke/actions.ts#closeAction": (t) => ({ ...caseRef(t.lungReferral), outcome: "DECLINED_BEFORE_START", reason: "NO_LONGER_WANTED", note: "Et forløb, der ikke må lukkes.", nextStep: "NOTHING_NEEDED" }),
  "app/indbakke/actions.ts#followUpAction": (t) => ({ ...caseRef(t.lungReferral), answer: "GOT_GOING" }),
  "app/indbakke/actions.ts#unitAssignAction": (t) => ({ ...caseRef(t.lungReferral), toUserId: "demo-user-unit-lung" }),
  "app/indbakke/actions.ts#unitDeclineAction": (t) => ({ ...caseRef(t.lungReferral), ...decline }),
  "app/indbakke/actions.ts#unitForwardAction": (t) => ({ ...caseRef(t.lungReferral), offerId: t.mentalOffer }),
  "app/indbakke/actions.ts#unitMessageAction": (t) => ({ referralId: t.lungReferral.id, message: "En besked, der ikke må nå frem." }),
  "app/indbakke/actions.ts#invitationAction": (t) => ({ referralId: t.lungReferral.id, language: "da" }),
  "app/indbakke/tilbud/actions.ts#updateOfferAction": (t) => ({
    offerId: t.lungOffer,
    version: "0",
    title: "Overtaget titel",
    summary: "En beskrivelse, der ikke må blive gemt.",
    firstMeeting: "Et første møde, der ikke må blive gemt.",
    forWhom: "Nogen, der ikke må blive gemt.",
    schedule: "Aldrig",
    waitingWeeks: "99",
    capacityStatus: "FULL",
    newUntil: "",
    referralRequirements: "",
  }),
  "app/indbakke/tilbud/actions.ts#confirmOfferCheckedAction": (t) => ({ offerId: t.lungOffer }),
  "app/brugere/actions.ts#createUserAction": (t) => ({ name: "Må ikke oprettes", email: t.freshEmail, role: "MANAGER", organisationId: "demo-org-municipality" }),
  "app/brugere/actions.ts#updateUserAction": (t) => ({ userId: t.user, name: "Overtaget navn", title: "Må ikke gemmes", role: "ADMIN", organisationId: "demo-org-municipality" }),
  "app/brugere/actions.ts#deactivateUserAction": (t) => ({ userId: t.user }),
  "app/brugere/actions.ts#reactivateUserAction": (t) => ({ userId: t.user }),
  "app/brugere/actions.ts#endUserSessionsAction": (t) => ({ userId: t.user }),
  // The defaults: an administrator's allowed call changes nothing other specs count on.
  "app/serviceniveauer/actions.ts#updateServiceLevelAction": () => ({
    holder: "central-triage",
    openWorkingDays: "1",
    firstContactWorkingDays: "3",
    firstMeetingExtraWeeks: "2",
    decisionWorkingDays: "2",
    escalateAfterWorkingDays: "2",
    followUpMonths: "3",
  }),
};

const protectedActions = ENDPOINTS.filter((candidate) => candidate.kind === "action" && candidate.permission);

test("every server action in the build is in the matrix, and every protected one has a form to try", ({ world }) => {
  const built = world.actions.map((action) => action.key).sort();
  expect(built).toEqual(ENDPOINTS.filter((candidate) => candidate.kind === "action").map(endpointKey).sort());
  expect(protectedActions.filter((action) => !INPUTS[endpointKey(action)]).map(endpointKey), "add an input to INPUTS").toEqual([]);
});

// Public actions (sign-in, sign-out, language) need no session by nature; signing in is how every test starts.
for (const row of protectedActions) {
  test(`action ${row.name} (${row.file}): ${row.permission}`, async ({ world }) => {
    const action = world.actions.find((built) => built.key === endpointKey(row));
    if (!action) throw new Error(`${endpointKey(row)} is not in the build`);
    const targets = await readTargets(world.db);
    // An action on "the user's own organisation" without an id (the settings) aims at the refused callers' own.
    const refused = CALLERS.filter((caller) => outcomeOf(row, caller) === "forbidden");
    const organisations = row.scope === "own-organisation" && !row.objectId ? demoUsers.filter((user) => refused.includes(user.role)).map((user) => user.organisationId) : [];
    const before = await snapshot(world.db, targets, organisations);

    await Promise.all(
      CALLERS.map(async (caller) => {
        const label = `${caller} → ${action.key}`;
        const outcome = outcomeOf(row, caller);
        if (outcome === "allowed") {
          // Let through the role check, an empty form goes no further than the schema.
          const state = await actionStateOf(await postAction(world.as[caller], action, {}));
          expect(state, label).toMatchObject({ status: "error", message: INVALID_FORM });
        } else {
          await expectActionRefused(await postAction(world.as[caller], action, INPUTS[action.key]!(targets)), outcome, label);
        }
      }),
    );

    expect(await snapshot(world.db, targets, organisations), "a refused call changes nothing").toEqual(before);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// (c) Real objects of another organisation, by id

test("a user of another practice, unit or of central triage gets 404 for a real id that is not theirs", async ({ world }) => {
  const targets = await readTargets(world.db);
  // Who names an id that is not theirs: every detail page with an id needs at least one (checked below).
  const notTheirs: { identity: Identity; path: string }[] = [
    // The Nørrebro practice's referral, to the other practice and the other referrers; the Amager practice's, to Nørrebro.
    ...(["GP of the other practice", "JOBCENTRE_STAFF", "SOCIAL_WORKER", "HOSPITAL_STAFF"] as const).map((identity) => ({ identity, path: `/henvisninger/${targets.mentalReferral.id}` })),
    { identity: "GP", path: `/henvisninger/${targets.amagerReferral.id}` },
    { identity: "PRACTICE_STAFF", path: `/henvisninger/${targets.amagerReferral.id}` },
    // Each unit's referral and offer, to the other unit.
    { identity: "UNIT_STAFF", path: `/indbakke/${targets.mentalReferral.id}` },
    { identity: "unit staff of the other unit", path: `/indbakke/${targets.lungReferral.id}` },
    { identity: "UNIT_STAFF", path: `/indbakke/tilbud/${targets.mentalOffer}` },
    { identity: "unit staff of the other unit", path: `/indbakke/tilbud/${targets.lungOffer}` },
    // No letter of another unit's is found (a letter of the unit's own is opened in unit-inbox.spec.ts).
    { identity: "UNIT_STAFF", path: `/indbakke/invitation/${GUESSED_ID}` },
    // Central triage sees the cases routed to it, not a referral sent straight to a unit.
    { identity: "TRIAGE_COORDINATOR", path: `/visitation/${targets.lungReferral.id}` },
  ];
  // The same ids are real: their owners open them (the lung unit's referral is left unopened, as opening it as the
  // unit marks it seen; Center for Mental Sundhed's is past that).
  const theirs: { identity: Identity; path: string }[] = [
    { identity: "GP", path: `/henvisninger/${targets.mentalReferral.id}` },
    { identity: "GP of the other practice", path: `/henvisninger/${targets.amagerReferral.id}` },
    { identity: "unit staff of the other unit", path: `/indbakke/${targets.mentalReferral.id}` },
    { identity: "UNIT_STAFF", path: `/indbakke/tilbud/${targets.lungOffer}` },
    { identity: "unit staff of the other unit", path: `/indbakke/tilbud/${targets.mentalOffer}` },
    { identity: "TRIAGE_COORDINATOR", path: `/visitation/${targets.triageCase.id}` },
  ];

  const detailPages = ENDPOINTS.filter((candidate) => candidate.kind !== "action" && candidate.objectId === "url" && candidate.scope !== "public");
  const covered = new Set(notTheirs.map((guess) => guess.path.replace(/\/[^/]+$/, "/[id]")));
  expect(detailPages.map((page) => routePath(page.file)).filter((path) => !covered.has(path)), "a detail page without a case above").toEqual([]);

  const before = await snapshot(world.db, targets);
  await Promise.all(
    notTheirs.map(async ({ identity, path }) => expect((await world.as[identity].get(path, { maxRedirects: 0 })).status(), `${identity} GET ${path}`).toBe(404)),
  );
  expect(await snapshot(world.db, targets), "a refused look-up changes nothing").toEqual(before);
  await Promise.all(
    theirs.map(async ({ identity, path }) => expect((await world.as[identity].get(path, { maxRedirects: 0 })).status(), `${identity} GET ${path}`).toBe(200)),
  );
});

/**
 * For each scope in which an action names an object: who, allowed by role, names one that is not theirs, what that
 * object is, and the message that says it is not found.
 */
const NOT_THEIRS: Partial<Record<Endpoint["scope"], { identity: Exclude<Identity, "anonymous">; object: string; message: RegExp }>> = {
  "own-organisation": { identity: "GP of the other practice", object: "the Nørrebro practice's referral", message: /findes ikke/ },
  "own-user": { identity: "GP of the other practice", object: "another user's draft", message: /allerede brugt/ },
  "own-unit": { identity: "unit staff of the other unit", object: "Center for Lungesygdomme's referral or offer", message: /findes ikke/ },
  // One organisation works central triage, so its "other" object is a referral that is not with triage at all.
  "central-triage": { identity: "TRIAGE_COORDINATOR", object: "a referral at a unit", message: /findes ikke/ },
};

test("a user of another practice or unit, or central triage, cannot act on an object that is not theirs", async ({ world }) => {
  const targets = await readTargets(world.db);
  // The GP's own draft, which the GP of the other practice then tries to overwrite by its key.
  const saveDraft = world.actions.find((action) => action.key === "app/henvisninger/ny/actions.ts#saveDraftAction")!;
  const drafted = await actionStateOf(await postAction(world.as.GP, saveDraft, { idempotencyKey: targets.freshKeys.draft, citizenName: "Annes kladde" }));
  expect(drafted.status).toBe("success");

  const calls = world.actions.flatMap((action) => {
    const row = action.endpoint;
    const stranger = row?.objectId === "input" ? NOT_THEIRS[row.scope] : undefined;
    if (!row || !stranger) return [];
    expect(outcomeOf(row, roleOf(stranger.identity)), `${stranger.identity} may call ${action.key}`).toBe("allowed");
    // Central triage names a referral at a unit instead of a triage case.
    const aimed = row.scope === "central-triage" ? { ...targets, triageCase: targets.lungReferral } : targets;
    return [{ action, stranger, input: INPUTS[action.key]!(aimed) }];
  });
  expect(calls.map(({ action }) => action.key).sort()).toEqual(ENDPOINTS.filter((row) => row.kind === "action" && row.objectId === "input").map(endpointKey).sort());

  const before = await snapshot(world.db, targets);
  await Promise.all(
    calls.map(async ({ action, stranger, input }) => {
      const state = await actionStateOf(await postAction(world.as[stranger.identity], action, input));
      const label = `${stranger.identity} → ${action.key} on ${stranger.object}: ${JSON.stringify(state)}`;
      // An error, and not the schema's: the form was valid, and the object was not found in the caller's scope.
      expect(state.status, label).toBe("error");
      expect(state.message, label).not.toBe(INVALID_FORM);
      expect(state.message, label).toMatch(stranger.message);
    }),
  );
  expect(await snapshot(world.db, targets), "a refused call changes nothing").toEqual(before);
});

test("a refused attempt on another practice's referral is an audit row the administrator finds under its action", async ({ world }) => {
  const targets = await readTargets(world.db);
  const probe = world.as["GP of the other practice"];
  const since = (await world.db.query<{ now: Date }>("select now()")).rows[0]!.now;
  const answerAction = world.actions.find((action) => action.key === "app/henvisninger/[id]/actions.ts#answerInformationRequestAction")!;

  expect((await probe.get(`/henvisninger/${targets.mentalReferral.id}`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await probe.get("/revisionslog", { maxRedirects: 0 })).status()).toBe(403);
  const answered = await actionStateOf(await postAction(probe, answerAction, INPUTS[answerAction.key]!(targets)));
  expect(answered).toMatchObject({ status: "error", message: expect.stringMatching(/findes ikke/) });

  const { rows } = await world.db.query<{ role: string; organisationId: string; entityType: string | null; entityId: string | null; details: Record<string, unknown>; ip: string | null; userAgent: string | null; citizenId: string | null }>(
    `select role, "organisationId", "entityType", "entityId", details, ip, "userAgent", "citizenId" from "AuditLog"
      where action = 'access.refused' and "userId" = 'demo-user-gp-amager' and at >= $1 order by at, id`,
    [since],
  );
  const who = { role: "GP", organisationId: "demo-org-practice-amager", citizenId: null, ip: expect.stringMatching(/\S/), userAgent: expect.stringMatching(/\S/) };
  expect(rows).toEqual(
    expect.arrayContaining([
      { ...who, entityType: "Referral", entityId: targets.mentalReferral.id, details: { status: 404, via: "page", path: `/henvisninger/${targets.mentalReferral.id}`, permission: null } },
      { ...who, entityType: null, entityId: null, details: { status: 403, via: "page", path: "/revisionslog", permission: "audit:read" } },
      { ...who, entityType: "Referral", entityId: targets.lungReferral.id, details: expect.objectContaining({ status: 404, via: "action", permission: "referral:create" }) },
    ]),
  );

  // The administrator's audit page lists it by its action, saying the answer and the path.
  const html = await (await world.as.ADMIN.get(`/revisionslog?action=access.refused&user=${encodeURIComponent("Karim Haddad")}`)).text();
  expect(html).toContain("Blev afvist: manglede adgang, eller det hører til en anden organisation eller enhed");
  expect(html).toContain(`Svar 404 på /henvisninger/${targets.mentalReferral.id}`);
  expect(html).toContain("Svar 403 på /revisionslog");
});

test("lists show only the caller's own organisation's referrals and offers", async ({ world }) => {
  const targets = await readTargets(world.db);
  const lists: { identity: Identity; path: string; shows: string[]; hides: string[] }[] = [
    { identity: "GP", path: "/henvisninger", shows: [targets.lungReferral.id], hides: [targets.amagerReferral.id] },
    { identity: "GP of the other practice", path: "/henvisninger", shows: [targets.amagerReferral.id], hides: [targets.lungReferral.id, targets.mentalReferral.id, targets.triageCase.id] },
    { identity: "UNIT_STAFF", path: "/indbakke", shows: [targets.lungReferral.id], hides: [targets.mentalReferral.id, targets.triageCase.id] },
    { identity: "unit staff of the other unit", path: "/indbakke", shows: [targets.mentalReferral.id], hides: [targets.lungReferral.id] },
    { identity: "UNIT_STAFF", path: "/indbakke/tilbud", shows: [targets.lungOffer], hides: [targets.mentalOffer] },
    { identity: "TRIAGE_COORDINATOR", path: "/visitation", shows: [targets.triageCase.id], hides: [targets.lungReferral.id] },
  ];
  // Other specs add referrals to these lists as they run: a referral shown is looked up by its number ("Find én
  // henvisning", `nr`), so it is found whatever page it is on; a hidden one is neither on the first page nor found so.
  const numbers = new Map([targets.lungReferral, targets.triageCase, targets.mentalReferral, targets.amagerReferral].map((ref) => [ref.id, ref.number]));
  const htmlOf = async (identity: Identity, path: string) => (await world.as[identity].get(path)).text();
  const narrowed = (path: string, id: string) => (numbers.has(id) ? `${path}?nr=${numbers.get(id)}` : path);
  await Promise.all(
    lists.map(async (list) => {
      const html = await htmlOf(list.identity, list.path);
      for (const id of list.shows) expect(await htmlOf(list.identity, narrowed(list.path, id)), `${list.identity} ${list.path} shows ${id}`).toContain(id);
      for (const id of list.hides) {
        expect(html, `${list.identity} ${list.path} hides ${id}`).not.toContain(id);
        expect(await htmlOf(list.identity, narrowed(list.path, id)), `${list.identity} ${list.path} finds no ${id}`).not.toContain(id);
      }
    }),
  );
});
