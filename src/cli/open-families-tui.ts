// Opens the families matrix UI; an item's figures read the documents on first use and keep them for the next item.
import React from 'react';
import { familyFigures } from '../families/build-families.js';
import type { FamilyTable } from '../model/family.js';
import { type LoadedDocument, loadDocument } from '../pipeline.js';
import { jurisdictionNames } from '../document-info.js';
import { FamiliesTuiApp } from '../render/tui/families-tui-app.js';
import { runFullScreen } from '../render/tui/run-full-screen.js';
import { themeForTerminal } from '../render/tui/tui-theme.js';

/** Each jurisdiction's figures for one item, from documents loaded once (the anchor is already loaded). */
export function figuresSource(table: FamilyTable, anchor: LoadedDocument, args: Map<string, string>) {
  let docs: LoadedDocument[] | null = null;
  let names: string[] = [];
  return (family: string) => {
    if (!docs) {
      docs = [anchor, ...table.documents.filter((d) => d.id !== anchor.parsed.id).map((d) => loadDocument(args.get(d.id) ?? d.id))];
      names = jurisdictionNames(...docs);
    }
    return familyFigures(table, family, docs, names);
  };
}

export async function openFamiliesTui(table: FamilyTable, anchor: LoadedDocument, args: Map<string, string>): Promise<void> {
  await runFullScreen(React.createElement(FamiliesTuiApp, { table, theme: themeForTerminal(), onFigures: figuresSource(table, anchor, args) }));
}
