import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { DatabaseStartError } from './errors';

export interface DirectoryLock {
  release(): void;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<directory>.lock` for this process. A lock left by a process that no longer runs is
 * taken over; a live one stops the start with a clear message instead of corrupting data.
 */
export function acquireDirectoryLock(directory: string): DirectoryLock {
  const lockPath = `${directory}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processIsAlive(owner)) {
        throw new DatabaseStartError(
          `The embedded database in ${directory} is in use by process ${owner}. ` +
            'Stop that process, or point PGLITE_DATA_DIR at another directory (or set DATABASE_URL to use PostgreSQL).',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseStartError(`Could not lock the embedded database in ${directory}.`);
}
