// Loads the figure roles with the direction a higher figure moves the policy (figure-roles.tsv) and the words that cue them (role-cues.tsv).
import type { FigureRole } from '../model/clause-diff.js';
import { lexiconRows, readLexiconText } from './read-lexicon.js';

export type Direction = 'loosens' | 'tightens' | 'neutral';
export type Cue = 'benefit' | 'budget' | 'fee' | 'target' | 'authority' | 'person' | 'duty' | 'sanction' | 'ban' | 'suspension' | 'requirement' | 'keep' | 'pay' | 'subject' | 'cut' | 'per' | 'person-act' | 'authority-act';

export interface FigureRoles {
  /** What a higher figure of each role does. */
  higher: Map<FigureRole, Direction>;
  /** For each cue, a pattern matching any of its words. */
  cues: Map<Cue, RegExp>;
}

const CUES: Cue[] = ['benefit', 'budget', 'fee', 'target', 'authority', 'person', 'duty', 'sanction', 'ban', 'suspension', 'requirement', 'keep', 'pay', 'subject', 'cut', 'per', 'person-act', 'authority-act'];
let cache: FigureRoles | null = null;
let wordsOf: Map<Cue, string[]> | null = null;

/** The words of a cue, as a regex alternation (longest first), to build a pattern around; `only` keeps some of them. */
export function cueWords(cue: Cue, only: (word: string) => boolean = () => true): string {
  loadFigureRoles();
  return wordsOf!.get(cue)!.filter(only).sort((a, b) => b.length - a.length).join('|');
}

export function loadFigureRoles(): FigureRoles {
  if (cache) return cache;
  const higher = new Map<FigureRole, Direction>();
  for (const [role, dir] of lexiconRows(readLexiconText('figure-roles.tsv'))) {
    if (dir !== 'loosens' && dir !== 'tightens' && dir !== 'neutral') throw new Error(`figure-roles.tsv: malformed line for ${role}`);
    higher.set(role as FigureRole, dir);
  }
  const words = new Map<Cue, string[]>(CUES.map((c) => [c, []]));
  for (const [word, cueList] of lexiconRows(readLexiconText('role-cues.tsv'))) {
    // A word may cue several things (禁止: a duty, a ban, a suspension).
    for (const cue of (cueList ?? '').split(',')) {
      const list = words.get(cue as Cue);
      if (!list || !word) throw new Error(`role-cues.tsv: malformed line: ${word}\t${cueList}`);
      list.push(word);
    }
  }
  wordsOf = words;
  const cues = new Map<Cue, RegExp>();
  for (const [cue, list] of words) cues.set(cue, new RegExp(list.sort((a, b) => b.length - a.length).join('|')));
  cache = { higher, cues };
  return cache;
}
