// `policydiff review <base> <other> confirm|reject|link …`: records review decisions in alignments/.
import type { Command } from 'commander';
import type { ReviewAction } from '../model/review-action.js';
import { InputError } from '../errors.js';
import { alignPair } from '../pipeline.js';
import { reviewPair } from '../review-store.js';
import { paint, writeOut } from '../render/terminal-output.js';

export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('confirm or reject a link, or link clauses by hand; saved in alignments/<base>__<other>.json')
    .argument('<base>', 'the reference document')
    .argument('<other>', 'the document compared with it')
    .argument('<action>', 'confirm, reject or link')
    .argument('<ids...>', 'confirm/reject: <baseId> [otherId]; link: <baseIds> <otherIds> (comma-separated for 1:n)')
    .addHelpText(
      'after',
      '\nExamples:\n  policydiff review hangzhou-2024 jiande-2024 confirm c7\n  policydiff review hangzhou-2024 jiande-2024 reject c12 c10\n  policydiff review hangzhou-2024 jiande-2024 link c10,c11 c10',
    )
    .action((baseArg: string, otherArg: string, actionName: string, ids: string[]) => {
      const aligned = alignPair(baseArg, otherArg);
      let action: ReviewAction;
      if (actionName === 'confirm' || actionName === 'reject') {
        if (ids.length > 2) throw new InputError(`review ${actionName} takes <baseId> [otherId]`);
        action = { kind: actionName, base: ids[0]!, ...(ids[1] ? { other: ids[1] } : {}) };
      } else if (actionName === 'link') {
        if (ids.length !== 2) throw new InputError('review link takes <baseIds> <otherIds>, e.g. link c10,c11 c10');
        action = { kind: 'link', base: ids[0]!.split(','), other: ids[1]!.split(',') };
      } else {
        throw new InputError(`unknown review action "${actionName}": use confirm, reject or link`);
      }
      reviewPair(aligned, action, 'policydiff review');
      writeOut(`${paint(actionName === 'link' ? 'linked' : `${actionName}ed`.replace('ee', 'e'), 'green')} ${ids.join(' ↔ ')} · saved ${aligned.file}`);
    });
}
