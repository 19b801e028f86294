// RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs open Chinese text correctly (R and pandas read it too).

/** Rows to CSV text: fields quoted where needed, CRLF line ends, a BOM in front. */
export function toCsv(rows: Array<Array<string | number | boolean | null>>): string {
  const quote = (v: string | number | boolean | null) => {
    let s = v === null ? '' : String(v);
    // A text cell a spreadsheet would evaluate (=, +, -, @, tab, CR first) is kept text by a leading '; numbers stay numbers.
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\ufeff${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
