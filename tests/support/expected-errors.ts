import { expect } from 'vitest';

/**
 * Runs `work` while the server code logs errors the test provokes on purpose (a failing import, a lost connection),
 * and keeps those out of the test output, where a newcomer would read them as failures. Each pattern must match at
 * least one logged line, so the test also proves the error is logged; any other line is printed as usual, so an
 * unexpected error still shows.
 */
export async function withExpectedErrors<T>(patterns: RegExp[], work: () => Promise<T>): Promise<T> {
  // Replaced by hand rather than with vi.spyOn: a second spy on a spied console.error is the same spy, and the
  // lines passed through must reach whatever console.error was before (the terminal, or an outer test's spy).
  const print = console.error;
  const logged: string[] = [];
  console.error = (...args: unknown[]) => {
    const line = args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' ');
    if (patterns.some((pattern) => pattern.test(line))) logged.push(line);
    else print.apply(console, args);
  };
  let result: T;
  try {
    result = await work();
  } finally {
    console.error = print;
  }
  for (const pattern of patterns) {
    expect(
      logged.some((line) => pattern.test(line)),
      `an error logged matching ${pattern}`,
    ).toBe(true);
  }
  return result;
}
