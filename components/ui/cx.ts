import { twMerge } from 'tailwind-merge';

/**
 * Joins class names, skipping empty ones; when two classes set the same property the later one
 * wins (tailwind-merge), so a caller's `className` can override a primitive's default.
 */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return twMerge(...classes);
}
