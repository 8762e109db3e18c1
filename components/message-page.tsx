import Link from "next/link";

/** A page that only says something: 404, 403, errors. */
export function MessagePage({ title, body, homeLabel, children }: { title: string; body: string; homeLabel: string; children?: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      <p className="mt-4 text-lg text-slate-700">{body}</p>
      <div className="mt-8 flex justify-center gap-4">
        {children}
        <Link href="/" className="rounded-md border border-brand-700 px-4 py-2 font-semibold no-underline">
          {homeLabel}
        </Link>
      </div>
    </div>
  );
}
