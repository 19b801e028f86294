// Colours and marks of the terminal UI; without colour (NO_COLOR, TERM=dumb) insertions and deletions are bracketed as in wdiff.
import type { PairStatus } from '../../model/clause-diff.js';
import type { Span, SpanStyle } from './styled-line.js';

export interface Theme {
  color: boolean;
  status: Record<PairStatus, { mark: string; style: SpanStyle }>;
  insert: SpanStyle;
  delete: SpanStyle;
  /** Marks around inserted and deleted text when there is no colour. */
  brackets: { insert: [string, string]; delete: [string, string] } | null;
  selected: SpanStyle;
  selectedUnfocused: SpanStyle;
  section: SpanStyle;
  dim: SpanStyle;
  heading: SpanStyle;
  warn: SpanStyle;
  error: SpanStyle;
  ok: SpanStyle;
  loosens: SpanStyle;
  tightens: SpanStyle;
}

export function makeTheme(color: boolean): Theme {
  const c = (style: SpanStyle): SpanStyle => (color ? style : Object.fromEntries(Object.entries(style).filter(([k]) => k !== 'color')));
  return {
    color,
    status: {
      modified: { mark: '~', style: c({ color: 'yellow' }) },
      moved: { mark: '^', style: c({ color: 'cyan' }) },
      'base-only': { mark: '-', style: c({ color: 'red' }) },
      'other-only': { mark: '+', style: c({ color: 'green' }) },
      'variant-only': { mark: '≈', style: c({ dim: true }) },
      identical: { mark: '=', style: c({ dim: true }) },
    },
    insert: color ? { color: 'green', underline: true } : {},
    delete: color ? { color: 'red', strikethrough: true } : {},
    brackets: color ? null : { insert: ['{+', '+}'], delete: ['[-', '-]'] },
    selected: { inverse: true },
    selectedUnfocused: { underline: true, bold: true },
    section: c({ bold: true, color: 'blue' }),
    dim: { dim: true },
    heading: { bold: true },
    warn: c({ color: 'yellow' }),
    error: c({ color: 'red', bold: true }),
    ok: c({ color: 'green' }),
    loosens: c({ color: 'green' }),
    tightens: c({ color: 'red' }),
  };
}

/** Colour unless NO_COLOR is set or the terminal is dumb. */
export function themeForTerminal(env: NodeJS.ProcessEnv = process.env): Theme {
  return makeTheme(!env.NO_COLOR && env.TERM !== 'dumb');
}

/** A run of inserted or deleted text, styled (or bracketed when there is no colour). */
export function editSpan(theme: Theme, op: 'insert' | 'delete', text: string): Span {
  const b = theme.brackets?.[op];
  return { text: b ? `${b[0]}${text}${b[1]}` : text, style: theme[op] };
}
