/**
 * `autocode` and `suggest`: assisted coding (docs/assisted-coding.md). Declared here, apart from
 * program.ts, so the option lists stay readable; each action loads its command lazily.
 */
import { Option, type Command } from 'commander';
import type { CliContext } from './context.js';

const STUDY_HELP = 'study: a .liaison file, or postgres://user@host/db?schema=name';

export function addAssist(program: Command, ctx: CliContext): void {
  program
    .command('autocode')
    .description('find a phrase or regex, preview the hits, and code the chosen ones')
    .requiredOption('--study <path>', STUDY_HELP)
    .requiredOption('--code <name>', 'the code to apply (a codable code of the codebook)')
    .option('--phrase <text>', 'a literal phrase (white space matches any white space)')
    .option('--regex <pattern>', 'a JavaScript regular expression (checked for safety)')
    .addOption(
      new Option(
        '--unit <unit>',
        'what a hit codes: the match, its sentence or the whole turn/entry',
      )
        .choices(['match', 'sentence', 'turn'])
        .default('match'),
    )
    .option('--case-sensitive', 'match case exactly (default: ignore case)')
    .option('--whole-word', 'only whole words (default for --phrase)')
    .option('--no-whole-word', 'also inside words (default for --regex)')
    .option('--dataset <name>', 'only this dataset')
    .option('--source <id|name>', 'only this source')
    .option(
      '--apply <hits>',
      'code these hits as you (the acting coder): all, or numbers like 1,3,5',
    )
    .option('--json', 'print JSON on stdout')
    .action(async (opts) => (await import('./commands/autocode.js')).autocodeCommand(ctx, opts));
  program
    .command('suggest')
    .description("suggest codes for units, learnt from a coder's own codings (never applied)")
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--source <id|name>', 'only this source (default: every source)')
    .option('--coder <name>', 'whose codings to learn from (default: you, the acting coder)')
    .option('--k <k>', 'suggestions per unit', '3')
    .option('--min <p>', 'show units whose best suggestion has at least this probability', '0.3')
    .option('--json', 'print JSON on stdout (every unit, whatever --min)')
    .action(async (opts) => (await import('./commands/suggest.js')).suggestCommand(ctx, opts));
}
