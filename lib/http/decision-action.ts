import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { createAction } from "./action";

/**
 * The server actions of one section's decisions on a referral (central triage's case page, the unit's referral page):
 * createAction with the section's permission, the decision, then the section rendered again, so the page shows the new
 * state (and the new version) at once. A decision returns no data.
 */
export function decisionActions(section: { permission: Permission; path: string }) {
  return <S extends z.ZodType>(schema: S, decide: (user: SessionUser, input: z.output<S>) => Promise<unknown>) =>
    createAction({
      permission: section.permission,
      schema,
      run: async (input, user): Promise<{ data: null }> => {
        await decide(user, input);
        revalidatePath(section.path, "layout");
        return { data: null };
      },
    });
}
