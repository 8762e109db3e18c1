export function PageHeader({ title, intro, children }: { title: string; intro?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
        {intro ? <p className="mt-2 text-lg text-slate-700">{intro}</p> : null}
      </div>
      {children}
    </div>
  );
}
