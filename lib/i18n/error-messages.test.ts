import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import da from "./messages/da.json";
import en from "./messages/en.json";
import { ERROR_NAMESPACE } from "./error-messages";

// AppError takes a MessageKey, so tsc refuses a literal text there. zod takes any string, so this test reads the code
// with the TypeScript compiler: every message given to zod (a `params` string, or `message`/`error` in a params
// object or an issue) and every `error` given to text() must have a literal type that is a key of "errorMessages".
const root = new URL("../../", import.meta.url).pathname;

// The environment's messages are for whoever runs the portal, in English, at start-up: no user reads them.
const NOT_FOR_USERS = new Set(["lib/config.ts"]);

const leaves = (tree: object, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(leaves(value, `${prefix}${key}.`)))),
  );
const danish = leaves(da[ERROR_NAMESPACE]);
const english = leaves(en[ERROR_NAMESPACE]);
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return /\.tsx?$/.test(path) && !/\.(test|d)\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (["node_modules", "generated"].includes(name) ? [] : sourceFiles(join(path, name))));
}

/** Where a message is given to zod or to text() with a type that is not a literal key: "file:line: code". */
function literalMessages(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const files = ["lib", "app"].flatMap((folder) => sourceFiles(join(root, folder))).filter((file) => !NOT_FOR_USERS.has(relative(root, file)));
  const program = ts.createProgram(files, { ...config?.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found: string[] = [];

  const check = (expression: ts.Expression, file: ts.SourceFile) => {
    const type = checker.getTypeAtLocation(expression);
    const parts = type.isUnion() ? type.types : [type];
    const keys = parts.every((part) => part.isStringLiteral() && part.value in danish);
    // text() passes its `error` on to zod: its callers are checked instead.
    if (!keys && !relative(root, file.fileName).startsWith("lib/validation/text.ts")) {
      const { line } = file.getLineAndCharacterOfPosition(expression.getStart(file));
      found.push(`${relative(root, file.fileName)}:${line + 1}: ${expression.getText(file)}`);
    }
  };
  const messagesIn = (argument: ts.Expression, names: string[]): ts.Expression[] => {
    if (ts.isObjectLiteralExpression(argument)) {
      return argument.properties.flatMap((property) => (ts.isPropertyAssignment(property) && names.includes(property.name.getText()) ? [property.initializer] : []));
    }
    // Options held in a constant that carry no message (e.g. superRefine's { when }) say nothing; anything else is checked.
    const type = checker.getTypeAtLocation(argument);
    const saysNothing = type.getFlags() & ts.TypeFlags.Object && type.getCallSignatures().length === 0 && !names.some((name) => type.getProperty(name));
    return saysNothing ? [] : [argument];
  };

  for (const file of program.getSourceFiles()) {
    if (!files.includes(file.fileName)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const signature = checker.getResolvedSignature(node);
        const declaration = signature?.getDeclaration();
        const from = declaration?.getSourceFile().fileName ?? "";
        const isZod = from.includes("/node_modules/zod/");
        const isText = from.endsWith("lib/validation/text.ts") && declaration && ts.isFunctionDeclaration(declaration) && declaration.name?.text === "text";
        node.arguments.forEach((argument, index) => {
          const parameter = signature?.parameters[Math.min(index, signature.parameters.length - 1)]?.name;
          if (isZod && (parameter === "params" || parameter === "arg")) for (const message of messagesIn(argument, ["message", "error"])) check(message, file);
          if (isText && parameter === "options") for (const message of messagesIn(argument, ["error"])) check(message, file);
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe("lib's messages", () => {
  it("have the same keys in Danish and English, each naming the same values", () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(danish).sort());
    for (const [key, message] of Object.entries(danish)) expect(placeholders(english[key] ?? ""), key).toEqual(placeholders(message));
  });

  it("are keys wherever zod or text() is given one, never a literal text", () => {
    expect(literalMessages()).toEqual([]);
  }, 120_000);
});
