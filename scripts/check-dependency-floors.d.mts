// Types for check-dependency-floors.mjs, for its unit test.
export interface Floor {
  name: string;
  range: string;
}
export interface Violation {
  name: string;
  path: string;
  version: string;
  range: string;
}
export function parseFloors(markdown: string): Floor[];
export function findViolations(lock: unknown, floors: Floor[]): Violation[];
