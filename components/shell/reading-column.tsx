import type { ReactNode } from 'react';

/** Reading pages (member pages, the account, the score explanation) centre at about 1,120 px inside the full-width frame. */
export function ReadingColumn({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-[70rem]">{children}</div>;
}
