import { it, expect } from 'vitest';
import { parseNaceFile } from '@/lib/nace/import';
it('perf', async () => {
  const lines = ['Code;Omschrijving;Libellé;Description EN', 'A;Landbouw;Agriculture;Agriculture'];
  let n = 0;
  while (lines.join('\n').length < 19 * 1024 * 1024 && n < 400000) { lines.push(`${String(1 + (n % 99)).padStart(2, '0')}.${String(n % 1000).padStart(3,'0')};Een vrij lange omschrijving van een activiteit nummer ${n};Une description assez longue numéro ${n};A fairly long description ${n}`); n++; }
  const bytes = new TextEncoder().encode(lines.join('\n'));
  const t = performance.now();
  const r = await parseNaceFile('big.csv', bytes).catch((e) => e);
  console.log(bytes.length, 'bytes', n, 'rows', Math.round(performance.now() - t), 'ms', r.kind ?? r.problems.length);
}, 60000);
