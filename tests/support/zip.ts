// A ZIP archive of a few text parts, for test workbooks and broken ones. Written with yazl, the library the
// portal's exports use, so the fixtures and the exports are the same kind of ZIP.
// Relative imports only: the end-to-end suite uses this file too (through tests/support/xlsx.ts).
import { ZipFile } from 'yazl';

/** The archive of `parts` (name → text), in that order. */
export async function zipOf(parts: Iterable<readonly [string, string]>): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const [name, content] of parts) zip.addBuffer(Buffer.from(content, 'utf8'), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
