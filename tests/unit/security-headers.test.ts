import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from '@/lib/security/csp';
import { refuseBadRequest } from '@/lib/security/request-guard';
import { LIBRARY_STYLE_HASHES } from '@/lib/security/library-styles';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('content security policy', () => {
  it('is strict and nonce-based in production', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123==', development: false, https: false }));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'nonce-abc123=='", ...LIBRARY_STYLE_HASHES.map((hash) => `'${hash}'`)]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'unsafe-inline'");
  });

  it('allows eval and inline styles only for next dev, and upgrades sub-requests over https', () => {
    const dev = directives(contentSecurityPolicy({ nonce: 'n', development: true, https: false }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('style-src')).toContain("'unsafe-inline'");
    expect(directives(contentSecurityPolicy({ nonce: 'n', development: false, https: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('makes a fresh nonce every time, in the form Next reads back', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/_-]{22}={0,2}$/);
  });
});

describe('strict transport security', () => {
  it.each([
    ['https://kantelpunt.example.be', 'production', 'max-age=63072000; includeSubDomains'],
    ['http://kantelpunt.example.be', 'production', null],
    [undefined, 'production', null],
    ['not a url', 'production', null],
    ['https://kantelpunt.example.be', 'development', null],
  ])('APP_URL %s in %s → %s', (appUrl, nodeEnv, expected) => {
    expect(strictTransportSecurity(appUrl, nodeEnv)).toBe(expected);
  });
});

function headers(values: Record<string, string>) {
  return new Headers(values);
}

describe('request guard', () => {
  it.each([
    ['same origin', { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }, undefined, null],
    ['another site', { origin: 'https://evil.example', host: 'kantelpunt.be' }, undefined, 403],
    ['another port', { origin: 'http://127.0.0.1:4000', host: '127.0.0.1:3000' }, undefined, 403],
    ['Origin null', { origin: 'null', host: 'kantelpunt.be' }, undefined, 403],
    ['a non-http origin', { origin: 'file://', host: 'kantelpunt.be' }, undefined, 403],
    ['no Origin (not a browser)', { host: 'kantelpunt.be' }, undefined, null],
    ['an empty Origin (not a browser)', { origin: '', host: 'kantelpunt.be' }, undefined, null],
    ['the forwarded host behind a proxy', { origin: 'https://kantelpunt.be', host: 'localhost:3000', 'x-forwarded-host': 'kantelpunt.be' }, undefined, null],
    ['the configured APP_URL', { origin: 'https://kantelpunt.be', host: 'localhost:3000' }, 'https://kantelpunt.be', null],
    ['case of the host', { origin: 'https://Kantelpunt.BE', host: 'kantelpunt.be' }, undefined, null],
  ] as const)('a POST from %s', (_name, values, appUrl, status) => {
    const refusal = refuseBadRequest({ method: 'POST', headers: headers({ 'next-action': 'abc', ...values }), appUrl });
    expect(refusal?.status ?? null).toBe(status);
  });

  it('leaves a cross-origin GET alone (links from other sites are normal)', () => {
    expect(refuseBadRequest({ method: 'GET', headers: headers({ origin: 'https://evil.example', host: 'kantelpunt.be' }) })).toBeNull();
  });
});
