#!/usr/bin/env node
// Entry point of the `policydiff` command: registers the commands and turns errors into one line and exit code 2.
import fs from 'node:fs';
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { checkProjectRoot } from '../store/project-paths.js';
import { registerAddCommand } from './add-command.js';
import { registerAlignCommand } from './align-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerDiffCommand } from './diff-command.js';
import { registerFamiliesCommand } from './families-command.js';
import { registerCorpusCommand } from './corpus-command.js';
import { registerFactsCommand } from './facts-command.js';
import { handleEpipe } from '../render/terminal-output.js';
import { registerParseCommand } from './parse-command.js';
import { registerReviewCommand } from './review-command.js';

const debug = process.argv.includes('--debug');

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function fail(err: unknown): never {
  if (err instanceof InputError) {
    // One prefix: a message that names its command already (policydiff diff: …) is printed as it is.
    process.stderr.write(err.message.startsWith('policydiff ') ? `${err.message}\n` : `policydiff: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  const e = err as Error;
  process.stderr.write(`policydiff: internal error: ${e?.message ?? String(err)} (run again with --debug for details)\n`);
  if (debug && e?.stack) process.stderr.write(`${e.stack}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  handleEpipe();
  const program = new Command();
  program
    .name('policydiff')
    .description('Compare Chinese government policy documents across jurisdictions and versions.')
    .version(version(), '-V, --version', 'print the version')
    .option('--debug', 'show stack traces for internal errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCorpusCommand(program);
  registerParseCommand(program);
  registerFactsCommand(program);
  registerAddCommand(program);
  registerAlignCommand(program);
  registerReviewCommand(program);
  registerDiffCommand(program);
  registerFamiliesCommand(program);
  registerCheckCommand(program);
  // An argument more than a command takes is a mistake said, never ignored (diff a b extra).
  for (const cmd of program.commands) cmd.exitOverride().allowExcessArguments(false);
  try {
    checkProjectRoot();
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; usage errors were already printed by commander.
      process.exit(err.exitCode === 0 ? 0 : 2);
    }
    fail(err);
  }
}

main().catch(fail);
