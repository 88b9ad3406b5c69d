import type { ReactNode } from 'react';
import { ReadingColumn } from '@/components/shell/reading-column';

/** A reading page: centred in the app frame, which gives work screens the full width. */
export default function ReadingLayout({ children }: { children: ReactNode }) {
  return <ReadingColumn>{children}</ReadingColumn>;
}
