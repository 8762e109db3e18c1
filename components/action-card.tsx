/** One thing a user can do on a case page: a titled card around its form. */
export function ActionCard({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-300 p-5">
      <h3 id={id} className="mb-3 text-lg font-bold text-slate-900">
        {title}
      </h3>
      {children}
    </section>
  );
}
