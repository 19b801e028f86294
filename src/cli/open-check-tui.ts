// Opens the check view of one document: its attachment tables against its body, row by row.
import React from 'react';
import type { CheckTuiModel } from '../render/tui/check-tui-state.js';
import { CheckTuiApp } from '../render/tui/check-tui-app.js';
import { runFullScreen } from '../render/tui/run-full-screen.js';
import { themeForTerminal } from '../render/tui/tui-theme.js';

export async function openCheckTui(model: CheckTuiModel): Promise<void> {
  await runFullScreen(React.createElement(CheckTuiApp, { model, theme: themeForTerminal() }));
}
