import { BaseCommand } from '../base-command.js';
import { listFigures, type FigureView } from '../domain/stats/figures.js';
import { renderFigures } from '../render/stats-text.js';

export default class Stats extends BaseCommand {
  static override description = `National trafficking figures for Pakistan that trainers and reports quote: each with the year or period it covers, what it counts, who reported it, the source and a confidence. Figures that measure the same thing from different sources or periods are shown side by side, never one in place of another.`;
  static override examples = ['<%= config.bin %> stats', '<%= config.bin %> stats --json'];
  static override summary = 'National trafficking figures, each with its source and confidence.';

  async run(): Promise<FigureView[]> {
    const { flags } = await this.parse(Stats);
    const figures = listFigures(await this.corpus(flags.data));
    this.log(renderFigures(figures, await this.style()));
    return figures;
  }
}
