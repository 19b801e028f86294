// The units of a document that alignment pairs: section intros and clauses in document order (clauses in no section too).
import type { ParsedDocument } from '../model/parsed-document.js';

export interface AlignableUnit {
  id: string;
  kind: 'section' | 'clause' | 'preamble' | 'closing';
  /** Position in document order (sections and clauses interleaved). */
  position: number;
  section: number;
  title: string;
  text: string;
}

export function alignableUnits(doc: ParsedDocument): AlignableUnit[] {
  const units: Array<Omit<AlignableUnit, 'position'> & { start: number }> = [
    ...doc.sections.map((s) => ({ id: s.id, kind: 'section' as const, section: s.number, title: s.title, text: s.intro, start: s.span.start })),
    ...doc.clauses.map((c) => ({ id: c.id, kind: 'clause' as const, section: c.section, title: c.title, text: c.body, start: c.span.start })),
  ];
  // A section's heading comes before its clauses; sort is stable for equal starts.
  units.sort((a, b) => a.start - b.start);
  return units.map(({ start: _start, ...u }, position) => ({ ...u, position }));
}
