// The entries of a ZIP archive held in memory, read through yauzl: it reads the central directory (not the local
// headers a streaming reader has to trust), inflates with Node's zlib and checks every entry's size and CRC against
// that directory as it streams. yauzl is loaded lazily, only when an archive is opened.
import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';

/** More entries than any workbook has; a larger directory is refused before anything is inflated. */
const MAX_ENTRIES = 10_000;

export class ZipReadError extends Error {
  override readonly name = 'ZipReadError';
}

export interface ZipEntries {
  /** The entry of that name (names as stored, e.g. `xl/workbook.xml`), if any. */
  get(name: string): Entry | undefined;
  /** The entry's content, inflated as it is read. */
  open(entry: Entry): Promise<Readable>;
  close(): void;
}

export async function openZip(bytes: Uint8Array): Promise<ZipEntries> {
  const yauzl = await import('yauzl');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
      error ? reject(new ZipReadError(error.message)) : resolve(file),
    );
  });
  try {
    const entries = await new Promise<Map<string, Entry>>((resolve, reject) => {
      const found = new Map<string, Entry>();
      zip.on('entry', (entry: Entry) => {
        if (found.size >= MAX_ENTRIES) return reject(new ZipReadError('The archive has too many entries.'));
        found.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve(found));
      zip.on('error', (error: Error) => reject(new ZipReadError(error.message)));
      zip.readEntry();
    });
    return {
      get: (name) => entries.get(name),
      open: (entry) => zip.openReadStreamPromise(entry).catch((error: Error) => Promise.reject(new ZipReadError(error.message))),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
