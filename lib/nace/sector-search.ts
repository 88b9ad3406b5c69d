import { foldForSearch } from '@/lib/domain/search-text';

/**
 * The sector picker's filter, shared by the picker (in the browser) and its tests: an option
 * matches when its search text (code, the three official labels and the everyday words, folded:
 * see naceOptions in lib/dal/nace.ts) contains what was typed, folded the same way. The chosen
 * option always stays, so narrowing the list never drops the member's choice.
 */
export function sectorOptionsMatching<T extends { code: string; search: string }>(options: readonly T[], typed: string, selected?: string): readonly T[] {
  const needle = foldForSearch(typed.trim());
  if (!needle) return options;
  return options.filter((option) => option.code === selected || option.search.includes(needle));
}
