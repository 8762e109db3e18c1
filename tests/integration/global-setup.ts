import type { TestProject } from "vitest/node";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("portal_test");
  project.provide("databaseUrl", database.url);
  return () => dropTestDatabase(database.name);
}
