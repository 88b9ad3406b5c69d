import type { ReactNode } from 'react';

/** The narrow, centred card all sign-in and account pages share. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{title}</h1>
      {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
      <div className="mt-8 flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6">{children}</div>
    </div>
  );
}
