import { afterAll, inject } from "vitest";
import { closeDb } from "@/lib/db";

// Before any test imports lib/db: point it at this run's fresh database.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(() => closeDb());
