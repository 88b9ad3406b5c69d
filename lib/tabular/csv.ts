// RFC 4180 CSV records, tolerant of what spreadsheets and hand edits produce. Pure: no I/O.

/** RFC 4180 records; `limit` stops early (used to sniff the separator). Lenient about stray quotes. */
export function csvRecords(text: string, separator: string, limit = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n && records.length < limit) {
    if (quoted) {
      const q = text.indexOf('"', i);
      if (q === -1) {
        field += text.slice(i); // unterminated quote: keep the rest as the field
        i = n;
      } else if (text[q + 1] === '"') {
        field += `${text.slice(i, q)}"`;
        i = q + 2;
      } else {
        field += text.slice(i, q);
        quoted = false;
        i = q + 1;
      }
      continue;
    }
    let j = i;
    while (j < n) {
      const c = text[j];
      if (c === separator || c === '\n' || c === '\r' || c === '"') break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
    if (i >= n) break;
    const ch = text[i];
    i++;
    if (ch === '"') {
      if (field.trim() === '') {
        quoted = true;
        field = '';
      } else field += '"';
    } else if (ch === separator) {
      record.push(field);
      field = '';
    } else {
      if (ch === '\r' && text[i] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    }
  }
  if (records.length < limit && (field !== '' || record.length > 0 || quoted)) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The separators spreadsheets use: `;` (Belgian and Dutch Excel), tab, `,`. */
export const SEPARATORS = [';', '\t', ','] as const;
