import { describe, expect, it } from 'vitest';
import nl from '@/messages/nl.json';
import { isCurrentItem, menuFor, menuSections } from '@/lib/navigation/menu';
import { isProtectedPath } from '@/lib/navigation/protected-paths';

const member = { role: 'member', canExport: false } as const;
const advisor = { role: 'advisor', canExport: false } as const;
const exportingAdvisor = { role: 'advisor', canExport: true } as const;
const staff = { role: 'staff', canExport: true } as const;
const hrefs = (viewer: Parameters<typeof menuFor>[0]) => menuFor(viewer).map((item) => item.href);

describe('navigation per role', () => {
  it('shows anonymous visitors only the public pages', () => {
    expect(hrefs(null)).toEqual(['/', '/digital-score']);
  });

  it('gives each role its own area and only staff the user management', () => {
    expect(hrefs(member)).toContain('/member');
    expect(hrefs(advisor)).not.toContain('/staff/users');
    expect(hrefs(staff)).toContain('/staff/users');
  });

  it('shows Exports to staff and to the advisors who may export, not to the others', () => {
    expect(hrefs(staff)).toContain('/advisor/exports');
    expect(hrefs(exportingAdvisor)).toContain('/advisor/exports');
    expect(hrefs(exportingAdvisor)).not.toContain('/staff/imports');
    expect(hrefs(advisor)).not.toContain('/advisor/exports');
    expect(hrefs(member)).not.toContain('/advisor/exports');
  });

  it('groups the sidebar: the role’s work first, the public pages last', () => {
    expect(menuSections(staff).map((s) => s.key)).toEqual(['work', 'data', 'admin', 'info']);
    expect(menuSections(advisor).map((s) => s.key)).toEqual(['work', 'info']);
    expect(menuSections(member).map((s) => s.key)).toEqual(['member', 'info']);
  });

  it('has a translation for every menu item and section', () => {
    for (const viewer of [null, member, advisor, exportingAdvisor, staff]) {
      for (const section of menuSections(viewer)) {
        expect(nl.nav.sections).toHaveProperty(section.key);
        for (const item of section.items) expect(nl.nav).toHaveProperty(item.key);
      }
    }
  });

  it('marks the current page, and a sub-page as its parent’s', () => {
    const current = (pathname: string) =>
      menuFor(staff)
        .filter((item) => isCurrentItem(item, pathname))
        .map((item) => item.href);
    expect(current('/advisor')).toEqual(['/advisor']);
    expect(current('/advisor/businesses/0b7c7a52-3c52-4a53-9d9c-2a1f0c4e8d11')).toEqual(['/advisor']);
    expect(current('/advisor/follow-ups')).toEqual(['/advisor/follow-ups']);
    expect(current('/staff/users/invite')).toEqual(['/staff/users']);
    expect(current('/')).toEqual(['/']);
    expect(current('/account')).toEqual([]);
    expect(
      menuFor(member)
        .filter((item) => isCurrentItem(item, '/member/profile'))
        .map((item) => item.href),
    ).toEqual(['/member/profile']);
  });

  it('marks the role areas, not public pages, as needing sign-in', () => {
    expect(isProtectedPath('/member')).toBe(true);
    expect(isProtectedPath('/staff/users')).toBe(true);
    expect(isProtectedPath('/')).toBe(false);
    expect(isProtectedPath('/login')).toBe(false);
    expect(isProtectedPath('/members-info')).toBe(false);
  });
});
