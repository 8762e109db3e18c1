"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface MainNavLink {
  href: string;
  label: string;
}

export function MainNav({ label, links }: { label: string; links: MainNavLink[] }) {
  const pathname = usePathname();
  // The deepest matching link is current, so "/henvisninger/ny" does not also mark "/henvisninger".
  const current = links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className={`block rounded-md px-3 py-2 font-semibold no-underline ${
                link.href === current ? "bg-white text-brand-800 hover:text-brand-900" : "text-white hover:bg-brand-700 hover:text-white"
              }`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
