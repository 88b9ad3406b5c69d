import type { ReactNode } from 'react';

/** A titled part of a page: the section is named by its heading, so screen readers list it by that title. */
export function Section({
  id,
  title,
  headingClassName = 'text-xl font-semibold',
  className,
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: ReactNode;
  headingClassName?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
