import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { safeStrings } from '../render/controls.js';
import type { OffenceSummary } from '../domain/checklist/build.js';
import { PURPOSES, VICTIM_AGES } from '../domain/checklist/facts.js';
import { AGGRAVATING } from '../domain/corpus/conditions.js';
import type { CaseFile } from '../domain/checklist/case-file.js';
import { planChecklist, type PrintedChecklist } from '../domain/checklist/plan.js';
import { CHECKLIST_FORMATS, renderChecklist } from '../render/checklist.js';
import { renderOffenceList } from '../render/checklist-text.js';

type Result = { offences: OffenceSummary[] } | PrintedChecklist;

export default class Checklist extends BaseCommand {
  static override args = {
    offence: Args.string({ description: 'trafficking or smuggling; omit to list the offences.', ignoreStdin: true }),
  };
  static override description = `What an investigating officer takes into a case: immediate safety and referral, the agency and court, each element to prove with the evidence that proves it, aggravating circumstances, the penalty band the facts produce, procedure, victim-protection duties, related offences and the international basis. Every item cites the provision or guidance it comes from, and items resting on medium or low confidence facts carry a caveat.

The checklist adapts to the facts: for a child victim the means element need not be proved (PTPA s.7); each aggravating circumstance adds its items and moves the band; cross-border movement moves the investigation to the FIA.

--interactive opens a checklist to tick off and annotate, saved after every change to the --save file; --resume continues it, and with --format prints its progress for a report.`;
  static override examples = [
    '<%= config.bin %> checklist',
    '<%= config.bin %> checklist trafficking --victim child --cross-border',
    '<%= config.bin %> checklist trafficking --victim adult --victim-woman --aggravating organized-group documents --format md --output case-014.md',
    '<%= config.bin %> checklist smuggling --aggravating death --json',
    '<%= config.bin %> checklist trafficking --victim child --interactive --save case-014.yaml',
    '<%= config.bin %> checklist --resume case-014.yaml --format md',
  ];
  static override flags = {
    victim: Flags.option({
      description: "The victim's age group.",
      options: VICTIM_AGES,
      default: 'unknown' as const,
    })(),
    'victim-woman': Flags.boolean({ description: 'The victim is female (a woman or a girl).' }),
    'cross-border': Flags.boolean({ description: 'The victim was moved into or out of Pakistan.' }),
    aggravating: Flags.option({
      description: `Aggravating facts: ${AGGRAVATING.join(', ')} (documents: the victim's travel documents were taken or destroyed).`,
      options: AGGRAVATING,
      multiple: true,
    })(),
    purpose: Flags.option({
      description: 'The exploitation the facts point to.',
      options: PURPOSES,
      multiple: true,
    })(),
    'forged-documents': Flags.boolean({ description: 'Forged or fraudulent travel or identity documents were used.' }),
    format: Flags.option({
      description: 'text (default), md (GitHub task lists), json, yaml or csv.',
      options: CHECKLIST_FORMATS,
    })(),
    output: Flags.string({
      char: 'o',
      description: 'Write to this file (atomically) instead of stdout; an existing file needs --force.',
    }),
    force: Flags.boolean({ description: 'Replace the --output file if it exists.', dependsOn: ['output'] }),
    interactive: Flags.boolean({
      char: 'i',
      description: 'Tick items and add notes in the terminal; needs --save or --resume.',
    }),
    save: Flags.string({ description: 'Start a case checklist file here (never overwrites an existing file).' }),
    resume: Flags.string({
      description: 'Continue a saved case checklist; with --format, print its progress.',
      exclusive: ['save'],
    }),
  };
  static override summary =
    'Offence checklist for an investigation: elements, evidence, penalty band, agency, court, victim duties.';

  async run(): Promise<Result> {
    const { args, flags } = await this.parse(Checklist);
    const plan = await planChecklist({
      ...flags,
      ...(args.offence === undefined ? {} : { offence: args.offence }),
      corpora: this.corpora,
      tty: Boolean(process.stdin.isTTY && process.stdout.isTTY),
      printing: flags.format !== undefined || flags.output !== undefined || this.jsonEnabled(),
    });
    if (plan.kind === 'list') {
      this.log(renderOffenceList(plan.offences, await this.style()));
      return { offences: plan.offences };
    }
    if (plan.kind === 'interact') {
      await this.interact(plan.file, plan.label);
      return plan.checklist;
    }
    if (this.jsonEnabled()) return plan.checklist;
    const rendered = await renderChecklist(plan.checklist, flags.format ?? 'text', {
      label: plan.label,
      ...(plan.opened ? { opened: plan.opened } : {}),
      style: await this.style(),
      toFile: flags.output !== undefined,
    });
    if (flags.output) await this.writeOutput(flags.output, rendered, flags.force);
    else process.stdout.write(rendered);
    return plan.checklist;
  }

  /** The ink checklist; a save that failed and was not made good by a later one fails the command. */
  private async interact(file: CaseFile, label: (id: string) => string): Promise<void> {
    const { runChecklistUi } = await import('../ui/run-checklist.js');
    let failure: unknown;
    let last = file.session;
    const save = (next: CaseFile['session']): void => {
      try {
        file.save(next);
        failure = undefined;
        last = next;
      } catch (error) {
        failure = error;
        throw error;
      }
    };
    await runChecklistUi({
      // The items' words come from the corpus, which may hold a user's files: made safe for the screen.
      checklist: safeStrings(file.checklist),
      session: file.session,
      changes: file.opened?.changes,
      label,
      save,
    });
    if (failure) throw failure;
    const done = last.items.filter((item) => item.done).length;
    this.logToStderr(`tip: checklist saved in ${file.path} (${done} of ${last.items.length} done)`);
  }
}
