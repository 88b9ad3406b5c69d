import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findViolations, parseFloors } from '../../scripts/check-dependency-floors.mjs';

const floors = parseFloors(
  [
    '# Security',
    '```dependency-floors',
    '# package  range',
    'next-auth  >=5.0.0-beta.32',
    'uuid  ^11.1.1 || >=14.0.0  # per line',
    'exceljs <0.0.0',
    '```',
  ].join('\n'),
);
/** A lockfile (v3) holding these `node_modules/…` paths at these versions. */
const lock = (packages: Record<string, string>) => ({
  lockfileVersion: 3,
  packages: { '': { name: 'kantelpunt' }, ...Object.fromEntries(Object.entries(packages).map(([key, version]) => [key, { version }])) },
});

describe('the dependency floor check', () => {
  it('reads the floors block of SECURITY.md', () => {
    expect(floors).toEqual([
      { name: 'next-auth', range: '>=5.0.0-beta.32' },
      { name: 'uuid', range: '^11.1.1 || >=14.0.0' },
      { name: 'exceljs', range: '<0.0.0' },
    ]);
    expect(() => parseFloors('no block here')).toThrow(/no ```dependency-floors block/);
    expect(() => parseFloors('```dependency-floors\nnext not-a-range!\n```')).toThrow(/line 1/);
  });

  it.each([
    ['a prerelease below the floor', { 'node_modules/next-auth': '5.0.0-beta.31' }, ['node_modules/next-auth 5.0.0-beta.31']],
    ['the floor itself', { 'node_modules/next-auth': '5.0.0-beta.32' }, []],
    ['a release above a prerelease floor', { 'node_modules/next-auth': '5.0.0' }, []],
    [
      'a nested copy below the floor',
      { 'node_modules/uuid': '14.0.3', 'node_modules/a/node_modules/uuid': '8.3.2' },
      ['node_modules/a/node_modules/uuid 8.3.2'],
    ],
    ['a release line without a fix', { 'node_modules/uuid': '12.0.0' }, ['node_modules/uuid 12.0.0']],
    ['a fixed older line', { 'node_modules/uuid': '11.1.1' }, []],
    ['a package that must not come back', { 'node_modules/exceljs': '4.4.0' }, ['node_modules/exceljs 4.4.0']],
    ['a version that is not semver', { 'node_modules/uuid': 'latest' }, ['node_modules/uuid latest']],
    ['packages without a floor, or with a floored name inside another', { 'node_modules/left-pad': '0.0.1', 'node_modules/uuid-tools': '1.0.0' }, []],
  ])('%s', (_name, packages, expected) => {
    expect(findViolations(lock(packages), floors).map((v) => `${v.path} ${v.version}`)).toEqual(expected);
  });

  it.each([
    ['fails, one line per copy below its floor', { 'node_modules/next-auth': '5.0.0-beta.31', 'node_modules/x/node_modules/uuid': '8.3.2' }, 1],
    ['passes when every copy satisfies its floor', { 'node_modules/next-auth': '5.0.0-beta.32', 'node_modules/uuid': '14.0.3' }, 0],
  ])('as a command, %s', (_name, packages, status) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'floors-'));
    try {
      writeFileSync(path.join(dir, 'SECURITY.md'), '```dependency-floors\nnext-auth >=5.0.0-beta.32\nuuid ^11.1.1 || >=14.0.0\n```\n');
      writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock(packages)));
      const script = path.resolve(__dirname, '../../scripts/check-dependency-floors.mjs');
      const result = spawnSync(process.execPath, [script, path.join(dir, 'SECURITY.md'), path.join(dir, 'package-lock.json')], { encoding: 'utf8' });
      expect(result.status).toBe(status);
      if (status === 1) {
        expect(result.stderr.trim().split('\n')).toEqual([
          'dependency floor: node_modules/next-auth is 5.0.0-beta.31, SECURITY.md requires >=5.0.0-beta.32',
          'dependency floor: node_modules/x/node_modules/uuid is 8.3.2, SECURITY.md requires ^11.1.1 || >=14.0.0',
        ]);
      } else {
        expect(result.stdout).toMatch(/2 packages checked/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a lockfile without packages (lockfileVersion 1)', () => {
    expect(() => findViolations({ lockfileVersion: 1, dependencies: {} }, floors)).toThrow(/lockfileVersion 2 or 3/);
  });

  it('passes on this repository: SECURITY.md against package-lock.json', () => {
    const root = path.resolve(__dirname, '../..');
    const real = parseFloors(readFileSync(path.join(root, 'SECURITY.md'), 'utf8'));
    expect(real.map((f) => f.name)).toEqual(expect.arrayContaining(['next', 'next-auth', 'react', 'nodemailer', 'tmp', 'uuid', 'brace-expansion']));
    expect(findViolations(JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')), real)).toEqual([]);
  });
});
