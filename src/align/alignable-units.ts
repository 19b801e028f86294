// The units of a document that alignment pairs: section intros and clauses in document order.
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
  const units: AlignableUnit[] = [];
  for (const s of doc.sections) {
    units.push({ id: s.id, kind: 'section', position: units.length, section: s.number, title: s.title, text: s.intro });
    for (const c of doc.clauses.filter((c) => c.section === s.number)) {
      units.push({ id: c.id, kind: 'clause', position: units.length, section: s.number, title: c.title, text: c.body });
    }
  }
  return units;
}
