// Whether a clause sits in a section: the same number in the same document of the file (a file may hold several, each numbered from 一、).
import type { Clause, Section } from '../model/parsed-document.js';

export function inSection(clause: Pick<Clause, 'section' | 'part'>, section: Pick<Section, 'number' | 'part'>): boolean {
  return clause.section === section.number && (clause.part ?? 1) === (section.part ?? 1);
}
