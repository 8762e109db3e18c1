// The form controls' looks, shared so every form has the same contrast, focus and error states.

/** A text control's border, colours and error state, without its place and width. */
export const inputLook =
  "rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-200";
export const inputClass = `mt-2 block w-full ${inputLook}`;
export const checkboxClass = "mt-1 size-6 shrink-0 accent-brand-700";
export const primaryButton = "rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70";
export const secondaryButton =
  "rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70";
