import { dirname } from "node:path/posix";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { beforeAll, describe, expect, it } from "vitest";

// The import graph of lib/ and components/, read by dependency-cruiser with the rules in .dependency-cruiser.cjs: folders point one
// way (no folder of lib/ reaches back to itself through others), no module cycle, and lib/ never imports from app/ or
// components/, and components/ never from app/ (pages pass server actions as props). A failure lists each violation as the path it takes, a folder step with one import that makes it, e.g.
// "lib/referrals → lib/triage (lib/referrals/event-reason.ts imports lib/triage/schemas.ts) → lib/referrals (…)".

const root = fileURLToPath(new URL("..", import.meta.url));

let result: ICruiseResult;

beforeAll(async () => {
  const options = await extractDepcruiseOptions(`${root}.dependency-cruiser.cjs`);
  const cruised = await cruise(["lib", "components"], { ...options, baseDir: root }, undefined, { tsConfig: extractTSConfig(`${root}tsconfig.json`) });
  if (typeof cruised.output === "string") throw new Error("dependency-cruiser answered with text instead of a result");
  result = cruised.output;
}, 120_000);

/** For a step from folder `from` to folder `to`: one import that makes it. */
function importBetween(from: string, to: string): string {
  for (const module of result.modules) {
    if (dirname(module.source) !== from) continue;
    const dependency = module.dependencies.find((candidate) => dirname(candidate.resolved) === to);
    if (dependency) return ` (${module.source} imports ${dependency.resolved})`;
  }
  return "";
}

function pathOf(violation: IViolation): string {
  const steps = (violation.cycle ?? [{ name: violation.to }]).map((step) => step.name);
  if (violation.type !== "cycle" || !result.folders) return [violation.from, ...steps].join(" → ");
  return [violation.from, ...steps.map((step, index) => `${step}${importBetween(index === 0 ? violation.from : steps[index - 1]!, step)}`)].join(" → ");
}
const violationsOf = (rule: string) => result.summary.violations.filter((violation) => violation.rule.name === rule).map(pathOf);

describe("the import graph of lib/ and components/", () => {
  it("is read whole: every @/ import resolves, so a rule cannot pass for want of edges", () => {
    const unresolved = result.modules.flatMap((module) =>
      module.dependencies.filter((dependency) => dependency.module.startsWith("@/") && dependency.couldNotResolve).map((dependency) => `${module.source} → ${dependency.module}`),
    );
    expect(unresolved).toEqual([]);
    expect(result.summary.totalCruised).toBeGreaterThan(100);
  });

  it("has no folder cycle: no folder of lib/ depends on itself through other folders", () => {
    expect(violationsOf("no-folder-cycle-in-lib")).toEqual([]);
  });

  it("has no module cycle", () => {
    expect(violationsOf("no-module-cycle-in-lib")).toEqual([]);
  });

  it("imports nothing from app/ or components/", () => {
    expect(violationsOf("lib-does-not-import-app-or-components")).toEqual([]);
  });

  it("has components that import nothing from app/", () => {
    expect(violationsOf("components-do-not-import-app")).toEqual([]);
  });

  it("breaks no other rule of the configuration", () => {
    const known = new Set(["no-folder-cycle-in-lib", "no-module-cycle-in-lib", "lib-does-not-import-app-or-components", "components-do-not-import-app"]);
    expect(result.summary.violations.filter((violation) => !known.has(violation.rule.name)).map((violation) => `${violation.rule.name}: ${pathOf(violation)}`)).toEqual([]);
  });
});
