import { describe, expect, it } from 'vitest';
import { splitLinks } from '@/components/ui/linked-text';

describe('the outbox links', () => {
  it('links the portal’s own addresses and leaves the rest as text', () => {
    const text =
      'Beste Jan,\n\nBevestig: https://portal.test/nl/verify-email?token=abc_12.\nOf kijk op http://evil.example/phish of https://portal.test.evil/x.';
    expect(splitLinks(text, 'https://portal.test')).toEqual([
      { text: 'Beste Jan,\n\nBevestig: ' },
      { text: 'https://portal.test/nl/verify-email?token=abc_12', href: 'https://portal.test/nl/verify-email?token=abc_12' },
      { text: '.\nOf kijk op http://evil.example/phish of https://portal.test.evil/x.' },
    ]);
    expect(splitLinks('geen link', 'https://portal.test')).toEqual([{ text: 'geen link' }]);
  });
});
