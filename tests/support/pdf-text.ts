import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page by page, as a reader would copy it: pdf.js (the legacy build, which runs
 * on Node without a browser) reads the text layer; a new line starts where pdf.js says a line
 * ends or where the text moves to another height on the page (separate blocks, such as a title
 * and the date under it, are not joined into one word). Shared by the integration and end-to-end
 * tests, so both read a PDF the same way.
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      let text = '';
      const newLine = () => {
        if (text && !text.endsWith('\n')) text += '\n';
      };
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== null && Math.abs(y - lastY) > 1) newLine();
        text += item.str;
        if (item.hasEOL) newLine();
        lastY = y;
      }
      pages.push(text.trimEnd());
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The whole text of a PDF, its pages joined, with runs of white space made single spaces (for `toContain`). */
export async function pdfPlainText(bytes: Uint8Array): Promise<string> {
  return (await pdfText(bytes)).join('\n').replace(/\s+/g, ' ');
}
