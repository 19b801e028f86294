// Draws a frame of styled lines with ink as one text block: every line already cut to the terminal's width, styles as SGR escapes.
import { Text } from 'ink';
import React from 'react';
import { type Line, lineToAnsi } from './styled-line.js';

export function FrameView({ rows }: { rows: Line[] }): React.JSX.Element {
  return <Text wrap="truncate">{rows.map((l) => lineToAnsi(l) || ' ').join('\n')}</Text>;
}
