import localFont from 'next/font/local';

/**
 * Inter (the variable font from @fontsource-variable/inter, its Latin part: Dutch, French and
 * English), through next/font, which gives the fallback font Inter's metrics. `optional`: a font
 * that is not there for the first paint is not swapped in later, so text never moves when it
 * arrives (Lighthouse counted the swap as layout shift); the next page has it from the cache.
 * Not preloaded: on a phone's slow connection the 48 kB file competed with the stylesheet and
 * held up the first paint (Lighthouse, really throttled: landing FCP 1.9 → 1.7 s), only to miss
 * `optional`'s short wait anyway. The page's `html` carries `interFont.variable`; app/globals.css
 * names it first in --font-sans.
 */
export const interFont = localFont({
  src: [{ path: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', weight: '100 900', style: 'normal' }],
  variable: '--font-inter',
  display: 'optional',
  preload: false,
  adjustFontFallback: 'Arial',
});
