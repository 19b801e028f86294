// RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs open Chinese text correctly (R and pandas read it too).

/** Rows to CSV text: fields quoted where needed, CRLF line ends, a BOM in front. */
export function toCsv(rows: Array<Array<string | number | boolean | null>>): string {
  const quote = (v: string | number | boolean | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
