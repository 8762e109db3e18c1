// Import rules for lib/, checked by lib/import-rules.test.ts (dependency-cruiser). Folders point one way: app/ and
// components/ use lib/, never the reverse; inside lib/ no folder may reach back to itself through other folders, so a
// domain can be read, tested and changed without the ones that depend on it. See docs/architecture.md.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycle-in-lib",
      comment: "Two folders of lib/ depend on each other, directly or through others: move the shared piece down into a folder both may use, or turn the call around (the caller passes a function or value in).",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/", pathNot: "^lib/generated/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycle-in-lib",
      comment: "Two modules of lib/ import each other, directly or through others.",
      severity: "error",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "lib-does-not-import-app-or-components",
      comment: "lib/ decides, app/ and components/ compose: lib must not depend on them.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-do-not-import-app",
      comment: "Components get server actions as props from the page (docs/decisions/010-actions-as-props.md): components/ must not depend on app/.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
  ],
  options: {
    // The generated Prisma client has cycles of its own; it is a leaf for our rules.
    doNotFollow: { path: ["node_modules", "^lib/generated/"] },
    // Tests may reach across folders (fixtures, support code); the rules are about the code that ships.
    exclude: { path: "\\.test\\.tsx?$" },
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports couple folders as much as value imports do.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".json"],
    },
    metrics: true,
  },
};
