// Terminal output helpers: Chinese-aware column widths, colour only on a TTY without NO_COLOR.
import stringWidth from 'string-width';
import { COLOR, COLOR_OFF, SGR, charWidth, takeWidth } from './display-width.js';

export function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

/** The styles of plain terminal output, from the one table of SGR codes the UI uses too. */
const CODES = {
  bold: SGR.bold,
  dim: SGR.dim,
  red: [COLOR.red, COLOR_OFF],
  green: [COLOR.green, COLOR_OFF],
  yellow: [COLOR.yellow, COLOR_OFF],
  cyan: [COLOR.cyan, COLOR_OFF],
} as const;
export type Style = keyof typeof CODES;

export function paint(text: string, style: Style): string {
  if (!useColor()) return text;
  const [on, off] = CODES[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

export function terminalWidth(): number {
  return process.stdout.isTTY ? Math.max(60, process.stdout.columns ?? 100) : 160;
}

/**
 * Cuts a string to a display width, adding … when it was cut. Only as much of it is measured as the width needs: a passage of
 * megabytes is cut after its first line's worth, not measured whole.
 */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const whole = takeWidth(text, width);
  return whole.cut ? `${takeWidth(whole.text, width - 1).text}…` : whole.text;
}

/** The display width of a string, measured no further than `cap` (a long text counts as `cap` + 1). */
export function widthUpTo(text: string, cap: number): number {
  let w = 0;
  for (const ch of text) {
    w += charWidth(ch);
    if (w > cap) return cap + 1;
  }
  return w;
}

export function pad(text: string, width: number): string {
  const t = fit(text, width);
  return t + ' '.repeat(Math.max(0, width - stringWidth(t)));
}

/** Renders rows as aligned columns; the last column takes the remaining width. */
export function renderTable(headers: string[], rows: string[][], maxWidth = terminalWidth()): string {
  const widths = headers.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => widthUpTo(r[i] ?? '', maxWidth))));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[widths.length - 1] = Math.max(10, Math.min(widths[widths.length - 1]!, maxWidth - fixed));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? fit(c, widths[i]!) : pad(c, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [paint(line(headers), 'bold'), ...rows.map(line)].join('\n');
}

let pipeClosed = false;

/** Writes to stdout; a closed pipe (| head) ends quietly. */
export function writeOut(text: string): void {
  if (pipeClosed) return;
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function handleEpipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      pipeClosed = true;
      process.exit(process.exitCode ?? 0);
    }
    // stdout that cannot be written (a full disk, /dev/full): one line and exit 2, never a trace or a diff(1) status.
    pipeClosed = true;
    process.stderr.write(`policydiff: cannot write the output: ${err.code === 'ENOSPC' ? 'the disk is full' : (err.code ?? err.message)}\n`);
    process.exit(2);
  });
}

/** Formats a canonical value for people: 1500000 元 → 150万元. */
export function formatValue(value: number, unit: string): string {
  if (unit === '日期') {
    const y = Math.floor(value / 10000);
    const m = Math.floor((value % 10000) / 100);
    const d = value % 100;
    return d ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}`;
  }
  if (unit === '年份') return `${value}年`;
  if (unit === '%') return `${trim(value)}%`;
  if (Math.abs(value) >= 1e8 && value % 1e4 === 0) return `${trim(value / 1e8)}亿${unit}`;
  if (Math.abs(value) >= 1e4) return `${trim(value / 1e4)}万${unit}`;
  return `${trim(value)}${unit}`;
}

function trim(v: number): string {
  return String(Math.round(v * 10000) / 10000);
}
