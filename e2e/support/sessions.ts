import type { ServerActionRef } from './server-actions';
import { postAction } from './server-actions';

export const DEMO_PASSWORD = 'kantelpunt-demo-2026';

/** Signs in through the real sign-in action and returns the session cookie header. */
export async function signInCookie(baseURL: string, actions: ServerActionRef[], email: string, password = DEMO_PASSWORD): Promise<string> {
  const signIn = actions.find((a) => a.key.endsWith('#signInAction'));
  if (!signIn) throw new Error('sign-in action not found in the build');
  const result = await postAction(baseURL, signIn, { email, password });
  const cookie = result.setCookie.map((c) => c.split(';')[0]).find((c) => c?.includes('authjs.session-token='));
  if (!cookie) throw new Error(`sign-in failed for ${email}: ${result.outcome} ${result.body.slice(0, 300)}`);
  return cookie;
}
