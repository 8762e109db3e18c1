"use client";

/** Opens the browser's print dialog; hidden on paper itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
