import type { Page } from '@playwright/test';

/**
 * Collects every Content-Security-Policy violation the page reports, both ways the browser
 * reports them: the console message and the `securitypolicyviolation` event (listened to from
 * an init script, which the policy itself cannot block).
 */
export async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(`console: ${message.text()}`);
  });
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(`event: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}`,
      );
    });
  });
  return violations;
}

/** The nonce of a Content-Security-Policy header value, or null. */
export function nonceOf(csp: string | undefined): string | null {
  return /'nonce-([^']+)'/.exec(csp ?? '')?.[1] ?? null;
}
