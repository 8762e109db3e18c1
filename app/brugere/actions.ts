"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/http/action";
import { createUser, endSessionsEverywhere, setUserActive, updateUser } from "@/lib/users/manage-users";
import { createUserSchema, updateUserSchema, userIdSchema } from "@/lib/users/schemas";

// User administration (/brugere), for administrators only: createAction checks the session and "user:administer"
// before anything else; lib/users/manage-users.ts changes the user, ends their sessions and audits, in one transaction.

const revalidate = (userId: string) => {
  revalidatePath("/brugere");
  revalidatePath(`/brugere/${userId}`);
};

export const createUserAction = createAction({
  permission: "user:administer",
  schema: createUserSchema,
  run: async (input, admin) => {
    const { id } = await createUser(admin, input);
    revalidatePath("/brugere");
    return { data: { id, name: input.name } };
  },
});

export const updateUserAction = createAction({
  permission: "user:administer",
  schema: updateUserSchema,
  run: async (input, admin) => {
    const data = await updateUser(admin, input);
    revalidate(input.userId);
    return { data };
  },
});

export const deactivateUserAction = createAction({
  permission: "user:administer",
  schema: userIdSchema,
  run: async ({ userId }, admin) => {
    const data = await setUserActive(admin, userId, false);
    revalidate(userId);
    return { data };
  },
});

export const reactivateUserAction = createAction({
  permission: "user:administer",
  schema: userIdSchema,
  run: async ({ userId }, admin) => {
    const data = await setUserActive(admin, userId, true);
    revalidate(userId);
    return { data };
  },
});

export const endUserSessionsAction = createAction({
  permission: "user:administer",
  schema: userIdSchema,
  run: async ({ userId }, admin) => {
    const data = await endSessionsEverywhere(admin, userId);
    revalidate(userId);
    return { data };
  },
});
