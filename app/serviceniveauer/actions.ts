"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/http/action";
import { updateServiceLevel } from "@/lib/service-levels/manage-service-levels";
import { serviceLevelSchema } from "@/lib/service-levels/schemas";

// "Serviceniveauer", for administrators only: createAction checks the session and "service-level:administer" before
// anything else; lib/service-levels/manage-service-levels.ts saves and audits in one transaction.

export const updateServiceLevelAction = createAction({
  permission: "service-level:administer",
  schema: serviceLevelSchema,
  run: async (input, admin) => {
    const data = await updateServiceLevel(admin, input);
    revalidatePath("/serviceniveauer");
    return { data };
  },
});
