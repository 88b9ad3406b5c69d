import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';

/**
 * One figure of the programme page: its title, what it shows, its CSV download (a plain link: a
 * file, not a page for the client router) and its chart and table view.
 */
export function FigureCard({
  id,
  title,
  intro,
  download,
  children,
  level = 3,
  printed = true,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  /** The CSV's address and the link's words; no link when the figure is empty. */
  download: { href: string; label: string } | null;
  children: ReactNode;
  level?: 2 | 3;
  /** Whether the printed report keeps it (lists for the day-to-day work are left out, so the report fits a page). */
  printed?: boolean;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={id}
      className={`flex min-w-0 break-inside-avoid flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 ${printed ? '' : 'print:hidden'}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={id} className={level === 2 ? 'text-lg font-semibold' : 'text-base font-semibold'}>
          {title}
        </Heading>
        {download ? (
          <a href={download.href} className={buttonClasses('secondary', 'sm', 'print:hidden')} download>
            {download.label}
            <span className="sr-only">: {title}</span>
          </a>
        ) : null}
      </div>
      {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
      {children}
    </section>
  );
}
