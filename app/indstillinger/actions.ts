"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/http/action";
import { updateNotificationSettings } from "@/lib/notifications/settings";
import { resendFailedEmails } from "@/lib/notifications/failed-emails";
import { notificationSettingsSchema, resendFailedEmailsSchema } from "@/lib/notifications/schemas";

// "Besked om nyt". createAction checks the session and "organisation:notification-settings" before anything else;
// lib/notifications/settings.ts writes only the user's own organisation.

export const updateNotificationSettingsAction = createAction({
  permission: "organisation:notification-settings",
  schema: notificationSettingsSchema,
  run: async (input, user) => {
    const data = await updateNotificationSettings(user, input);
    revalidatePath("/indstillinger");
    return { data };
  },
});

export const resendFailedEmailsAction = createAction({
  permission: "organisation:notification-settings",
  schema: resendFailedEmailsSchema,
  run: async (_input, user) => {
    const data = await resendFailedEmails(user);
    revalidatePath("/indstillinger");
    return { data };
  },
});
