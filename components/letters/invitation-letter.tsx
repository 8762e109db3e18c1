import type { InvitationLetter as Letter } from "@/lib/letters/invitation";
import { arabicFont } from "./letter-fonts";

/** The invitation as it is printed: one A4 page in the letter's language and direction, the unit's Danish texts marked Danish. */
export function InvitationLetter({ letter }: { letter: Letter }) {
  return (
    <article
      lang={letter.language}
      dir={letter.dir}
      data-testid="invitation-letter"
      className={`mx-auto max-w-[210mm] bg-white p-4 text-lg leading-relaxed text-slate-900 shadow-lg sm:p-[15mm] print:max-w-none print:p-0 print:text-base print:shadow-none ${letter.language === "ar" ? arabicFont.className : ""}`}
    >
      <h1 className="border-b-4 border-brand-700 pb-2 text-3xl font-bold leading-tight print:text-2xl">{letter.title}</h1>
      <p className="mt-4 font-semibold">{letter.greeting}</p>
      {letter.blocks.map((block, index) => (
        <section key={index} className="mt-4 break-inside-avoid">
          <h2 className="text-xl font-bold text-brand-900 print:text-lg">{block.heading}</h2>
          <div lang={block.lang} dir={block.lang ? "ltr" : undefined} className={block.lang ? "text-start" : undefined}>
            {block.lines.map((line, lineIndex) => (
              <p key={lineIndex} className="mt-1">
                {line}
              </p>
            ))}
          </div>
        </section>
      ))}
      <p className="mt-6">{letter.closing}</p>
    </article>
  );
}
