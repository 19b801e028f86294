// Draws a frame of styled lines with ink: one Text per row, already cut to the terminal's width.
import { Box, Text } from 'ink';
import React from 'react';
import type { Line } from './styled-line.js';

export function FrameView({ rows }: { rows: Line[] }): React.JSX.Element {
  return (
    <Box flexDirection="column">
      {rows.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.length === 0
            ? ' '
            : line.map((s, j) =>
                s.style ? (
                  <Text key={j} color={s.style.color} bold={s.style.bold} dimColor={s.style.dim} inverse={s.style.inverse} underline={s.style.underline} strikethrough={s.style.strikethrough}>
                    {s.text}
                  </Text>
                ) : (
                  s.text
                ),
              )}
        </Text>
      ))}
    </Box>
  );
}
