import { jsonText, safeStrings, safeTerminal, safeText } from '../render/controls.js';
import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import {
  buildChecklist,
  labeller,
  listOffences,
  type Checklist as ChecklistData,
  type OffenceSummary,
} from '../domain/checklist/build.js';
import { PURPOSES, VICTIM_AGES, type Facts } from '../domain/checklist/facts.js';
import { AGGRAVATING } from '../domain/corpus/conditions.js';
import type { CaseFile } from '../domain/checklist/case-file.js';
import type { OpenedSession } from '../domain/checklist/session.js';
import type { Corpus } from '../domain/corpus/model.js';
import { UsageError } from '../domain/common/errors.js';
import { renderChecklistCsv } from '../render/checklist-csv.js';
import { renderChecklistMarkdown } from '../render/checklist-md.js';
import { renderChecklistText, renderOffenceList } from '../render/checklist-text.js';
import { PLAIN } from '../render/style.js';

type Result =
  | { offences: OffenceSummary[] }
  | (ChecklistData &
      Partial<Pick<OpenedSession, 'progress' | 'changes'>> & { states?: OpenedSession['session']['items'] });

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
    victim: Flags.string({ description: "The victim's age group.", options: [...VICTIM_AGES], default: 'unknown' }),
    'victim-woman': Flags.boolean({ description: 'The victim is female (a woman or a girl).' }),
    'cross-border': Flags.boolean({ description: 'The victim was moved into or out of Pakistan.' }),
    aggravating: Flags.string({
      description: `Aggravating facts: ${AGGRAVATING.join(', ')} (documents: the victim's travel documents were taken or destroyed).`,
      options: [...AGGRAVATING],
      multiple: true,
    }),
    purpose: Flags.string({
      description: 'The exploitation the facts point to.',
      options: [...PURPOSES],
      multiple: true,
    }),
    'forged-documents': Flags.boolean({ description: 'Forged or fraudulent travel or identity documents were used.' }),
    format: Flags.string({
      description: 'text (default), md (GitHub task lists), json, yaml or csv.',
      options: ['text', 'md', 'json', 'yaml', 'csv'],
    }),
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
    const corpus = await this.corpus(flags.data);
    const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
    if (flags.interactive && !tty) {
      throw new UsageError('--interactive needs a terminal', {
        suggestions: [
          'Print the checklist instead: tip checklist <offence> --format md',
          'Report on a saved one: tip checklist --resume <file> --format md',
        ],
      });
    }
    if (flags.interactive && !flags.save && !flags.resume) {
      throw new UsageError('--interactive needs a file to keep the ticks in', {
        suggestions: [
          'tip checklist trafficking --interactive --save case-014.yaml',
          'tip checklist --resume case-014.yaml',
        ],
      });
    }
    if (!args.offence && !flags.resume) {
      const offences = listOffences(corpus);
      this.log(renderOffenceList(offences, await this.style()));
      return { offences };
    }
    const label = labeller(corpus);
    const file = flags.save || flags.resume ? await this.caseFile(corpus, args.offence, flags) : undefined;
    const checklist = file?.checklist ?? buildChecklist(corpus, args.offence ?? '', factsFrom(flags));
    const printing = flags.format !== undefined || flags.output !== undefined || this.jsonEnabled();
    if (file && (flags.interactive || (flags.resume && tty && !printing))) {
      await this.interact(file, label);
      return checklist;
    }
    const opened = file?.opened;
    const result: Result = opened
      ? { ...checklist, progress: opened.progress, changes: opened.changes, states: opened.session.items }
      : checklist;
    if (this.jsonEnabled()) return result;
    const rendered = await this.render(flags.format ?? 'text', result, label, opened, flags.output !== undefined);
    if (flags.output) await this.writeOutput(flags.output, rendered, flags.force);
    else process.stdout.write(rendered);
    return result;
  }

  private async caseFile(
    corpus: Corpus,
    offence: string | undefined,
    flags: Parameters<typeof factsFrom>[0] & { save?: string; resume?: string },
  ): Promise<CaseFile> {
    const { openCaseFile } = await import('../domain/checklist/case-file.js');
    if (flags.resume) return openCaseFile(corpus, { resume: flags.resume, ...(offence ? { offence } : {}) });
    return openCaseFile(corpus, { save: flags.save ?? '', offence: offence ?? '', facts: factsFrom(flags) });
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

  private async render(
    format: string,
    result: Result & ChecklistData,
    label: (id: string) => string,
    opened: OpenedSession | undefined,
    toFile: boolean,
  ): Promise<string> {
    switch (format) {
      case 'md':
        return safeText(renderChecklistMarkdown(result, label, opened));
      case 'json':
        return jsonText(result);
      case 'yaml': {
        const { stringify } = await import('yaml');
        return safeText(stringify(result, { lineWidth: 0 }));
      }
      case 'csv':
        return safeText(renderChecklistCsv(result, opened?.session));
      default:
        return safeTerminal(
          `${renderChecklistText(result, label, toFile ? { paint: PLAIN, width: 80 } : await this.style(), opened)}\n`,
        );
    }
  }
}

function factsFrom(flags: {
  victim: string;
  'victim-woman'?: boolean;
  'cross-border'?: boolean;
  aggravating?: string[];
  purpose?: string[];
  'forged-documents'?: boolean;
}): Facts {
  return {
    victim: flags.victim as Facts['victim'],
    victim_woman: flags['victim-woman'] === true,
    cross_border: flags['cross-border'] === true,
    aggravating: (flags.aggravating ?? []) as Facts['aggravating'],
    purpose: (flags.purpose ?? []) as Facts['purpose'],
    forged_documents: flags['forged-documents'] === true,
  };
}
