// Sections and the documents of a file: whether a clause sits in a section (a file may hold several documents, each numbered from 一、), and the ids of a document's title and closing passages.
import type { Clause, Section } from '../model/parsed-document.js';

export function inSection(clause: Pick<Clause, 'section' | 'part'>, section: Pick<Section, 'number' | 'part'>): boolean {
  return clause.section === section.number && (clause.part ?? 1) === (section.part ?? 1);
}

/** The id of a document's title-and-preamble passage in a file of several (d2). */
export const partHeadId = (part: number) => `d${part}`;
/** The id of a document's own closing, before the next document begins (d1.closing). */
export const partClosingId = (part: number) => `d${part}.closing`;

/** Whether a section is a document's title or closing passage, not a numbered section. */
export function isPartPassage(section: Pick<Section, 'id' | 'part'>): boolean {
  return section.part !== undefined && (section.id === partHeadId(section.part) || section.id === partClosingId(section.part));
}

/** A clause's id, of any document of the file (c12, c3.1; d2.c2.1 in the second): its document (or none) and its number. */
export const CLAUSE_ID = /^(?:d(\d+)\.)?c(\d+)/;
