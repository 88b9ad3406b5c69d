import { describe, expect, it } from 'vitest';
import nl from '@/messages/nl.json';
import { menuFor } from '@/lib/navigation/menu';
import { isProtectedPath } from '@/lib/navigation/protected-paths';

describe('navigation per role', () => {
  it('shows anonymous visitors only the public pages', () => {
    expect(menuFor(null).map((item) => item.href)).toEqual(['/', '/digital-score']);
  });

  it('gives each role its own area and only staff the user management', () => {
    expect(menuFor('member').map((i) => i.href)).toContain('/member');
    expect(menuFor('advisor').map((i) => i.href)).not.toContain('/staff/users');
    expect(menuFor('staff').map((i) => i.href)).toContain('/staff/users');
  });

  it('has a translation for every menu item', () => {
    for (const role of [null, 'member', 'advisor', 'staff'] as const) {
      for (const item of menuFor(role)) expect(nl.nav).toHaveProperty(item.key);
    }
  });

  it('marks the role areas, not public pages, as needing sign-in', () => {
    expect(isProtectedPath('/member')).toBe(true);
    expect(isProtectedPath('/staff/users')).toBe(true);
    expect(isProtectedPath('/')).toBe(false);
    expect(isProtectedPath('/login')).toBe(false);
    expect(isProtectedPath('/members-info')).toBe(false);
  });
});
