/**
 * How much the process-wide translators of lib/i18n/translator.ts save per page render, compared
 * with what next-intl's `getTranslations` does per request (a fresh translator with a fresh cache,
 * so every message is compiled and every Intl formatter built again).
 *
 * A "render" here is what the triage page asks of its translators: every key of the namespaces it
 * uses, some with values, plus dates and numbers through the formatter. Run with
 * `node --import tsx bench/translator-bench.ts`.
 */
import { createFormatter, createTranslator } from 'next-intl';
import nl from '@/messages/nl.json';
import { formatter, translator } from '@/lib/i18n/translator';
import { TIME_ZONE } from '@/lib/domain/brussels-time';

const NAMESPACES = ['triage', 'provinces', 'classes', 'exports', 'shell', 'ui'] as const;
const RENDERS = 500;
const now = new Date('2026-11-23T12:00:00Z');
const values = {
  done: 10,
  file: 'a.csv',
  max: 80,
  total: 1234,
  count: 3,
  name: 'Frituur',
  page: 1,
  pages: 9,
  params: 'x',
  regions: 'Antwerpen',
  province: 'Limburg',
  size: 25,
};

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? leafKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}
const keysOf = Object.fromEntries(NAMESPACES.map((ns) => [ns, leafKeys(nl[ns])]));

type Translate = (key: string, values?: object) => string;
type Format = { dateTime(d: Date, o: object): string; number(n: number): string; relativeTime(d: Date): string };

function render(translate: (ns: (typeof NAMESPACES)[number]) => Translate, format: () => Format) {
  let length = 0;
  for (const ns of NAMESPACES) {
    const t = translate(ns);
    for (const key of keysOf[ns]!) length += t(key, values).length;
  }
  const f = format();
  for (let i = 0; i < 25; i++)
    length +=
      f.dateTime(new Date(now.getTime() - i * 86_400_000), { dateStyle: 'medium' }).length +
      f.number(i * 1000).length +
      f.relativeTime(new Date(now.getTime() - i * 3_600_000)).length;
  return length;
}

function time(label: string, once: () => number) {
  for (let i = 0; i < 50; i++) once(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < RENDERS; i++) once();
  const perRender = Number(process.hrtime.bigint() - start) / 1e3 / RENDERS;
  console.log(`${label.padEnd(58)} ${perRender.toFixed(1).padStart(7)} µs per render`);
  return perRender;
}

const perRequest = time('per request (what next-intl getTranslations does)', () =>
  render(
    (ns) => createTranslator({ locale: 'nl', messages: nl, namespace: ns, timeZone: TIME_ZONE, onError: () => {} }) as unknown as Translate,
    () => createFormatter({ locale: 'nl', timeZone: TIME_ZONE, now }) as unknown as Format,
  ),
);
const shared = time('shared per process (lib/i18n/translator.ts)', () =>
  render(
    (ns) => translator('nl', ns) as unknown as Translate,
    () => formatter('nl', now) as unknown as Format,
  ),
);
console.log(`shared / per request: ${(shared / perRequest).toFixed(2)}`);
