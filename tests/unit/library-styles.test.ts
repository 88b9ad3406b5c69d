import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LIBRARY_STYLE_HASHES } from '@/lib/security/library-styles';
import { contentSecurityPolicy } from '@/lib/security/csp';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('styles that libraries insert themselves', () => {
  it('allows the stylesheet the installed sonner inserts, by its hash', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('sonner'), 'utf8');
    const inserted = /__insertCSS\("((?:[^"\\]|\\.)*)"\)/.exec(source);
    expect(inserted, 'sonner no longer inserts its stylesheet this way: check lib/security/library-styles.ts').not.toBeNull();
    const css = JSON.parse(`"${inserted![1]}"`) as string;
    expect(LIBRARY_STYLE_HASHES).toContain(sha256(css));
    expect(LIBRARY_STYLE_HASHES).toContain(sha256(''));
  });

  it('puts the hashes in the production style-src beside the nonce', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc', development: false, https: false });
    const styleSrc = policy.split('; ').find((directive) => directive.startsWith('style-src '));
    for (const hash of LIBRARY_STYLE_HASHES) expect(styleSrc).toContain(`'${hash}'`);
    expect(styleSrc).toContain("'nonce-abc'");
    expect(styleSrc).not.toContain('unsafe-inline');
  });
});
