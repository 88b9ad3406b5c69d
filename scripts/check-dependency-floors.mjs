// The dependency floor check: every installed copy of a package named in SECURITY.md's `dependency-floors` block
// must satisfy the range written there. It reads package-lock.json, so it checks what `npm install` installs, nested
// copies included (node_modules/a/node_modules/b). The registry this project's machines reach answers no `npm audit`;
// this check keeps the versions we reviewed from sliding back. No network.
//
// Usage: node scripts/check-dependency-floors.mjs [SECURITY.md] [package-lock.json]
// Prints one line per copy below its floor and exits 1; prints one summary line and exits 0 otherwise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/** The `dependency-floors` fenced block of a Markdown text: one `name range` per line, `#` starts a comment. */
export function parseFloors(markdown) {
  const block = /^```dependency-floors[^\n]*\n([\s\S]*?)^```/m.exec(markdown);
  if (!block) throw new Error('no ```dependency-floors block found');
  const floors = [];
  for (const [i, raw] of block[1].split('\n').entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [, name, range] = /^(\S+)\s+(.+)$/.exec(line) ?? [];
    if (!name || !semver.validRange(range, { includePrerelease: true })) {
      throw new Error(`dependency-floors line ${i + 1}: expected "package range", got "${raw.trim()}"`);
    }
    floors.push({ name, range: range.trim() });
  }
  if (floors.length === 0) throw new Error('the dependency-floors block is empty');
  return floors;
}

/** The package name of a lockfile key: `node_modules/a/node_modules/@s/b` → `@s/b`. */
const packageName = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * Every copy in the lockfile (v2 or v3 `packages`) of a floored package whose version does not satisfy its range.
 * Prereleases count (5.0.0-beta.31 is below >=5.0.0-beta.32); a version that is not semver is a violation.
 */
export function findViolations(lock, floors) {
  if (!lock || typeof lock.packages !== 'object') throw new Error('package-lock.json has no "packages" (lockfileVersion 2 or 3 expected)');
  const byName = new Map(floors.map((f) => [f.name, f.range]));
  const violations = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.includes('node_modules/') || entry.link) continue;
    const name = entry.name ?? packageName(key);
    const range = byName.get(name);
    if (range === undefined) continue;
    const version = entry.version;
    if (!semver.valid(version) || !semver.satisfies(version, range, { includePrerelease: true })) {
      violations.push({ name, path: key, version: version ?? '(none)', range });
    }
  }
  return violations;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const [securityFile = path.join(root, 'SECURITY.md'), lockFile = path.join(root, 'package-lock.json')] = process.argv.slice(2);
  const floors = parseFloors(readFileSync(securityFile, 'utf8'));
  const violations = findViolations(JSON.parse(readFileSync(lockFile, 'utf8')), floors);
  for (const v of violations) console.error(`dependency floor: ${v.path} is ${v.version}, SECURITY.md requires ${v.range}`);
  if (violations.length > 0) process.exit(1);
  console.log(`dependency floors: ${floors.length} packages checked against ${path.basename(lockFile)}, none below its floor`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`dependency floor check failed: ${error.message}`);
    process.exit(1);
  }
}
