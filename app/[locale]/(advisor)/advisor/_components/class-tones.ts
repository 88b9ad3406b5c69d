import type { BadgeTone } from '@/components/ui/badge';
import type { CrisisClass } from '@/lib/domain/classification';

/** One colour per class, everywhere a class is shown. */
export const CLASS_TONES: Record<CrisisClass, BadgeTone> = {
  winner: 'success',
  shifter: 'info',
  structurally_hit: 'danger',
  stable: 'neutral',
  unknown: 'warning',
};
