/** The cookie that keeps the desktop sidebar collapsed or expanded (read by the layout, written by the toggle). */
export const SIDEBAR_COOKIE = 'kp-sidebar';

/** The stored choice: collapsed only when the cookie says so. */
export function sidebarCollapsed(cookie: string | undefined): boolean {
  return cookie === 'collapsed';
}
