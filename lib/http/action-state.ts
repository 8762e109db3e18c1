// What a form's server action answers, shared by the server (createAction, lib/http/action.ts) and the form components
// in the browser; no server code here, so components can import the value IDLE as well as the types.

/**
 * What a form shows after submitting: the result, or a message and each field's errors, with what was typed kept (or,
 * when the AppError says so, what is stored now).
 */
export type ActionState<T = undefined> =
  | { status: "idle" }
  | { status: "success"; message?: string; data: T }
  | { status: "error"; message: string; fieldErrors: Record<string, string[] | undefined>; values: Partial<Record<string, string | string[]>> };

/**
 * A server action usable with useActionState: what createAction makes. Pages pass one to a form component as a prop;
 * the component declares the data it reads from a success (docs/decisions/010-actions-as-props.md).
 */
export type FormAction<T = undefined> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/** The state before the first submit. */
export const IDLE: ActionState<never> = { status: "idle" };
