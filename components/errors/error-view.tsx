import type { ReactNode } from 'react';

export interface ErrorViewProps {
  title: string;
  text: string;
  /** The id the server log has too; absent for errors that happened in the browser only. */
  reference?: string;
  referenceHint?: string;
  actions: ReactNode;
}

/** The body of every error page: what happened, the id to quote, and a way on. */
export function ErrorView({ title, text, reference, referenceHint, actions }: ErrorViewProps) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-slate-700">{text}</p>
      {reference ? (
        <div className="mt-6 rounded-md border border-slate-300 bg-slate-50 px-4 py-3 text-sm text-slate-800">
          <p data-testid="error-reference">{reference}</p>
          {referenceHint ? <p className="mt-1 text-slate-700">{referenceHint}</p> : null}
        </div>
      ) : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>
    </div>
  );
}
