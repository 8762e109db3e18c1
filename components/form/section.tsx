/** A group of a form's fields under a legend, with an optional line of introduction. */
export function Section({ legend, intro, children }: { legend: string; intro?: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-6 rounded-lg border border-slate-300 p-5">
      <legend className="px-2 text-xl font-bold text-slate-900">{legend}</legend>
      {intro ? <p className="-mt-2 text-slate-700">{intro}</p> : null}
      {children}
    </fieldset>
  );
}
