import { gzipSync } from 'node:zlib';

/**
 * Bytes a signed-in page sends: the HTML of a first visit and the RSC payload of a client-side
 * navigation (the same request with `RSC: 1`), each also gzipped (level 6, what a proxy would send)
 * for scale. Throws when either answer is not 200, so a redirect to the sign-in page is never measured.
 */
export async function pageBytes(base: string, path: string, cookie: string) {
  const html = await fetch(base + path, { headers: { cookie }, redirect: 'manual' });
  const htmlBody = Buffer.from(await html.arrayBuffer());
  const rsc = await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}_rsc`, { headers: { cookie, RSC: '1' }, redirect: 'manual' });
  const rscBody = Buffer.from(await rsc.arrayBuffer());
  if (html.status !== 200 || rsc.status !== 200) throw new Error(`${path}: HTML answered ${html.status}, RSC answered ${rsc.status}`);
  return {
    html: htmlBody.byteLength,
    rsc: rscBody.byteLength,
    htmlGzip: gzipSync(htmlBody).byteLength,
    rscGzip: gzipSync(rscBody).byteLength,
  };
}
