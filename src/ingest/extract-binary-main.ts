// Child-process entry that extracts the text of a .docx or .pdf file: prints the text, or one error line and exit 2.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { extractDocxText } from './extract-docx-text.js';
import { extractPdfText } from './extract-pdf-text.js';

// Ends with the process that started it: when that is killed, the parent's pid changes to the reaper's. A thread of its own
// watches, since the extraction may keep the main thread busy for seconds at a time.
const watchdog = new Worker(
  `const { workerData } = require('node:worker_threads');
   setInterval(() => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL'); }, 250);`,
  // The parent names itself: one killed before this line ran has already left this process to the reaper.
  { eval: true, workerData: Number(process.argv[5]) || process.ppid },
);

async function main(): Promise<void> {
  // The watchdog must be running before the extraction takes the main thread.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2_000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    watchdog.once('online', done);
    watchdog.once('error', done);
  });
  // Running, it must not keep this process alive once the text is written.
  watchdog.unref();
  const [file, format, name] = process.argv.slice(2) as [string, string, string];
  const bytes = fs.readFileSync(file);
  const text = format === 'pdf' ? await extractPdfText(bytes, name) : await extractDocxText(bytes, name);
  process.stdout.write(text);
}

main().catch((err: unknown) => {
  const message = err instanceof InputError ? err.message : `cannot extract the text (${(err as Error)?.message ?? String(err)})`;
  process.stderr.write(`${message}\n`);
  process.exit(2);
});
