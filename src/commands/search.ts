import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { DEFAULT_LIMIT, type SearchResult } from '../domain/search/search.js';
import { SEARCH_TYPES } from '../domain/search/documents.js';
import { runSearch, SEARCH_KINDS } from '../domain/search/service.js';
import { renderSearch } from '../render/search-text.js';

export default class Search extends BaseCommand {
  static override args = {
    query: Args.string({
      description:
        'Words to find. Supports "quoted phrases", field:term (heading, keywords, summary, body), term*, +must and -not.',
      required: true,
    }),
  };
  static override description = `Searches headings, keywords, summaries and sub-provisions of every provision, the instruments themselves, and the cases (names, citations, tags, holdings, facts), best match first; each hit says its type. When nothing matches exactly, typo-tolerant matching is tried and said so on stderr. Input that is not valid search syntax is searched as plain words.`;
  static override examples = [
    '<%= config.bin %> search "debt bondage"',
    '<%= config.bin %> search witness protection --law PTPA',
    '<%= config.bin %> search \'"compelled labour"\' --kind act',
    '<%= config.bin %> search "exploit*" --limit 3 --json',
    '<%= config.bin %> search "brick kiln" --type case',
  ];
  static override flags = {
    kind: Flags.option({
      description: 'Only instruments of this kind.',
      multiple: true,
      options: SEARCH_KINDS,
    })(),
    law: Flags.string({
      description:
        'Only this instrument (id or any name it goes by), and cases applying it; repeatable. The options listed are the bundled ids, offered by shell completion; any name works.',
      multiple: true,
    }),
    limit: Flags.integer({ default: DEFAULT_LIMIT, description: 'Maximum number of hits.', min: 1 }),
    type: Flags.option({
      description: 'Only hits of this type; repeatable.',
      multiple: true,
      options: SEARCH_TYPES,
    })(),
  };
  static override strict = false;
  static override summary = 'Full-text search over provisions and cases, with snippets.';

  async run(): Promise<SearchResult> {
    const { flags, raw } = await this.parse(Search);
    const corpus = await this.corpus(flags.data);
    const progress = this.progress();
    const result = await runSearch(corpus, {
      ...(progress ? { progress } : {}),
      query: this.typedWords(raw).join(' '),
      laws: flags.law,
      kinds: flags.kind,
      types: flags.type,
      limit: flags.limit,
      ...this.snapshotDirs,
    });
    this.endProgress();
    await this.notice(result.notices);
    this.log(renderSearch(result, await this.style()));
    return result;
  }
}
