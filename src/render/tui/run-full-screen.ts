// Runs an ink app full screen: the terminal's alternate screen while it runs, the shell's screen restored on quit, Ctrl-C or a crash.
import { render } from 'ink';
import type React from 'react';

const ENTER = '\u001b[?1049h\u001b[H';
const LEAVE = '\u001b[?1049l';

export async function runFullScreen(node: React.ReactElement, stdout: NodeJS.WriteStream = process.stdout): Promise<void> {
  stdout.write(ENTER);
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    stdout.write(LEAVE);
  };
  process.once('exit', leave);
  try {
    const app = render(node, { stdout, exitOnCtrlC: true, patchConsole: false, maxFps: 60 });
    await app.waitUntilExit();
  } finally {
    leave();
    process.off('exit', leave);
  }
}
