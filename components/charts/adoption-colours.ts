import type { ChannelStatus } from '@/lib/domain/channels';

/** The channel statuses' colours: the accent, darker the further a business is (Tailwind sees every name). */
export const STATUS_FILL: Record<ChannelStatus, string> = {
  in_use: 'fill-brand-700',
  planned: 'fill-brand-500',
  aware: 'fill-brand-200',
  unaware: 'fill-slate-200',
};
export const STATUS_SWATCH: Record<ChannelStatus, string> = {
  in_use: 'bg-brand-700',
  planned: 'bg-brand-500',
  aware: 'bg-brand-200',
  unaware: 'bg-slate-200',
};
