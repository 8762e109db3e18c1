import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { ENDPOINTS, endpointKey, endpointsOfFile, exportedNames, outcomeOf, renderMatrixTable, ROLES, routePath, type Endpoint } from "./authorization-matrix";
import { can } from "./permissions";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => readFileSync(join(root, file), "utf8");
const appFiles = readdirSync(join(root, "app"), { recursive: true, encoding: "utf8" })
  .map((file) => `app/${file.split(sep).join("/")}`)
  .filter((file) => /\.tsx?$/.test(file));

describe("the authorization matrix", () => {
  it("has one row for every page, route handler method and server action in app/, and none for anything else", () => {
    const inApp = appFiles.flatMap((file) => endpointsOfFile(file, read(file))).map(endpointKey).sort();
    const inMatrix = ENDPOINTS.map(endpointKey).sort();
    expect(new Set(inMatrix).size, "a row is listed twice").toBe(inMatrix.length);
    expect(inMatrix).toEqual(inApp);
  });

  it("allows exactly the roles lib/auth/permissions.ts gives each permission, and every role for open endpoints", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
    for (const endpoint of ENDPOINTS) {
      const expected = endpoint.permission ? ROLES.filter((role) => can(role, endpoint.permission!)) : [...ROLES];
      expect([...endpoint.roles].sort(), endpointKey(endpoint)).toEqual(expected.sort());
    }
  });

  it("checks in the code the permission it lists: requireUser(…) in pages, createAction/withRoute({ permission }) elsewhere", () => {
    for (const endpoint of ENDPOINTS) {
      const source = read(endpoint.file);
      if (endpoint.kind === "page") {
        expect(source.includes(endpoint.permission ? `requireUser("${endpoint.permission}")` : "requireUser("), endpointKey(endpoint)).toBe(endpoint.permission !== null);
      } else if (endpoint.permission) {
        expect(source, endpointKey(endpoint)).toContain(`permission: "${endpoint.permission}"`);
      }
    }
  });

  it("refuses another organisation's object on a page through foundInScope, so the refusal is audit-logged", () => {
    for (const endpoint of ENDPOINTS.filter((candidate) => candidate.kind === "page" && candidate.objectId === "url" && candidate.scope !== "public")) {
      const source = read(endpoint.file);
      expect(source, endpointKey(endpoint)).toContain("foundInScope(");
      expect(source, `${endpointKey(endpoint)}: a bare notFound() leaves no trace`).not.toMatch(/\bnotFound\(/);
    }
  });

  it("is the table in docs/authorization.md", () => {
    const doc = read("docs/authorization.md");
    const table = doc.match(/<!-- authorization-matrix:start -->\n([\s\S]*?)\n<!-- authorization-matrix:end -->/)?.[1];
    // To update: replace the table between the markers with the expected text below.
    expect(table).toBe(renderMatrixTable());
  });
});

describe("outcomeOf", () => {
  const protectedPage = ENDPOINTS.find((endpoint) => endpoint.file === "app/visitation/page.tsx")!;
  const openPage = ENDPOINTS.find((endpoint) => endpoint.file === "app/tilbud/page.tsx")!;

  it("sends an anonymous caller to sign in, refuses a role without the permission and lets the others through", () => {
    expect(outcomeOf(protectedPage, "anonymous")).toBe("sign-in");
    expect(outcomeOf(protectedPage, "GP")).toBe("forbidden");
    expect(outcomeOf(protectedPage, "TRIAGE_COORDINATOR")).toBe("allowed");
  });

  it("lets everyone through an open endpoint", () => {
    expect(outcomeOf(openPage, "anonymous")).toBe("allowed");
    expect(ROLES.every((role) => outcomeOf(openPage, role) === "allowed")).toBe(true);
  });
});

describe("routePath", () => {
  it("turns a page or route file into its URL pattern, leaving out route groups", () => {
    expect(routePath("app/page.tsx")).toBe("/");
    expect(routePath("app/henvisninger/[id]/page.tsx")).toBe("/henvisninger/[id]");
    expect(routePath("app/(portal)/overblik/page.tsx")).toBe("/overblik");
    expect(routePath("app/api/auth/[...nextauth]/route.ts")).toBe("/api/auth/[...nextauth]");
  });
});

describe("endpointsOfFile", () => {
  it("finds every kind of export", () => {
    const source = [
      "export async function one() {}",
      "export const two = wrap();",
      "export const { GET, POST: post } = handlers;",
      "export { three, four as five };",
      "export default function Page() {}",
      "export type Six = string;",
    ].join("\n");
    expect(exportedNames(source).sort()).toEqual(["GET", "default", "five", "one", "post", "three", "two"].sort());
  });

  it("reads a page, the HTTP methods of a route handler and every export of a 'use server' module", () => {
    expect(endpointsOfFile("app/x/page.tsx", "export default function X() {}")).toEqual([{ kind: "page", file: "app/x/page.tsx", name: "default" }]);
    expect(endpointsOfFile("app/api/x/route.ts", 'export const dynamic = "force-dynamic";\nexport const GET = withRoute({}, h);')).toEqual([
      { kind: "route", file: "app/api/x/route.ts", name: "GET" },
    ]);
    expect(endpointsOfFile("app/x/actions.ts", '// Why.\n"use server";\n\nexport const a = createAction(o);\nexport async function b() {}')).toEqual([
      { kind: "action", file: "app/x/actions.ts", name: "a" },
      { kind: "action", file: "app/x/actions.ts", name: "b" },
    ]);
    expect(endpointsOfFile("app/x/helpers.ts", "export function c() {}")).toEqual([]);
  });
});

describe("renderMatrixTable", () => {
  it("writes one row per endpoint with a cell per role and for anonymous callers", () => {
    const endpoint: Endpoint = { kind: "route", file: "app/api/x/route.ts", name: "GET", permission: "audit:read", roles: ["ADMIN"], scope: "municipality" };
    const [, , row] = renderMatrixTable([endpoint]).split("\n");
    expect(row).toBe("| `GET /api/x` | `app/api/x/route.ts` | `audit:read` | 403 | 403 | 403 | 403 | 403 | 403 | 403 | 403 | ✓ | 401 | all organisations |");
  });
});
