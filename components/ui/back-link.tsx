import { Link } from '@/i18n/navigation';

export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-sm text-brand-800 underline underline-offset-2">
      {children}
    </Link>
  );
}
