/**
 * RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, line breaks and doubled
 * quotes; a leading byte-order mark is dropped. What the tests read the app's CSV with.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const cell = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r?\n|$)/gy;
  let row: string[] = [];
  const body = text.replace(/^\uFEFF/, '');
  for (let match = cell.exec(body); match !== null && match.index < body.length;) {
    const [, raw = '', end] = match;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (end !== ',') {
      rows.push(row);
      row = [];
    }
    match = cell.exec(body);
  }
  return rows;
}
