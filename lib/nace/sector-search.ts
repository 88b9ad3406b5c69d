import { foldForSearch } from '@/lib/domain/search-text';

/** One choice of the sector picker: a NACE code below section level, labelled in the reader's language. */
export interface NaceOption {
  code: string;
  label: string;
  level: 'division' | 'group' | 'class' | 'subclass';
  /**
   * The code, all three labels and the everyday words for it (lib/nace/everyday-words.ts), folded:
   * a Dutch speaker typing "frituur" or "slager" finds the code whatever the labels say.
   */
  search: string;
}

/**
 * The sector picker's filter, shared by the picker (in the browser) and its tests: an option
 * matches when its search text (code, the three official labels and the everyday words, folded:
 * see naceOptions in lib/dal/nace.ts) contains what was typed, folded the same way. The chosen
 * option always stays, so narrowing the list never drops the member's choice.
 */
export function sectorOptionsMatching<T extends Pick<NaceOption, 'code' | 'level' | 'search'>>(
  options: readonly T[],
  typed: string,
  selected?: string,
): readonly T[] {
  const needle = foldForSearch(typed.trim());
  // Before a word is typed, the divisions alone (about 90 of the 1,000 codes): a list a person can
  // scan, and a page a phone renders and hydrates quickly. Typing reaches every code.
  if (!needle) return options.filter((option) => option.level === 'division' || option.code === selected);
  return options.filter((option) => option.code === selected || option.search.includes(needle));
}
