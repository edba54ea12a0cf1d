/**
 * The `liaison <noun> <verb>` command tree. Each command's work lives in its own module under
 * commands/, loaded only when that command runs, so `--help` starts fast and needs no database
 * driver; this file only declares arguments, options and help.
 */
import { Command, Option } from 'commander';
import { DATASET_KINDS } from '@liaison/core';
import type { CliContext } from './context.js';
import { CLI_VERSION } from './version.js';

const STUDY_HELP = 'study: a .liaison file, or postgres://user@host/db?schema=name';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('liaison')
    .description(
      'Liaison: a workbench for qualitative research on police, mental health and social care joint working.',
    )
    .version(CLI_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr })
    .exitOverride();
  addStudy(program, ctx);
  addImport(program, ctx);
  addSources(program, ctx);
  addLogs(program, ctx);
  addServe(program, ctx);
  addDemo(program, ctx);
  return program;
}

function addStudy(program: Command, ctx: CliContext): void {
  const study = program.command('study').description('create and inspect studies');
  study
    .command('init')
    .description('create a new, empty study')
    .argument('<path>', STUDY_HELP)
    .requiredOption('--name <name>', 'the study name')
    .option('--description <text>', 'a short description', '')
    .action(async (path: string, opts) =>
      (await import('./commands/study-init.js')).studyInit(ctx, path, opts),
    );
}

function addImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import police logs, transcripts or documents into a study dataset')
    .argument('<files...>', 'files to import (.txt, .csv, .md, .docx)')
    .requiredOption('--study <path>', STUDY_HELP)
    .requiredOption('--dataset <name>', 'dataset name (created if missing)')
    .addOption(
      new Option('--kind <kind>', 'dataset kind').choices(DATASET_KINDS).makeOptionMandatory(),
    )
    .option('--site <name>', 'site of these sources (created if missing)')
    .option('--json', 'print the per-file results as JSON on stdout')
    .action(async (files: string[], opts) =>
      (await import('./commands/import.js')).importCommand(ctx, files, opts),
    );
}

function addSources(program: Command, ctx: CliContext): void {
  const sources = program.command('sources').description('list and inspect sources');
  sources
    .command('list')
    .description('list the sources of a study')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--dataset <name>', 'only this dataset')
    .option('--site <name>', 'only this site')
    .option('--json', 'print JSON on stdout')
    .action(async (opts) => (await import('./commands/sources-list.js')).sourcesList(ctx, opts));
}

function addLogs(program: Command, ctx: CliContext): void {
  const logs = program.command('logs').description('work with narrative police logs');
  logs
    .command('parse')
    .description('parse a police log (.txt narrative or .csv export) and print its entries')
    .argument('<file>', 'the log file')
    .option('--json', 'print JSON on stdout')
    .action(async (file: string, opts) =>
      (await import('./commands/logs-parse.js')).logsParse(ctx, file, opts),
    );
}

function addServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve a study in the browser (binds to 127.0.0.1)')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--port <port>', 'port to listen on (0 picks a free one)', String(ctx.config.port))
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .action(async (opts) => (await import('./commands/serve.js')).serveCommand(ctx, opts));
}

function addDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('build (if needed) and serve the fictional demo study')
    .option('--study <path>', 'where to keep the demo study', '.liaison/demo.liaison')
    .option('--port <port>', 'port to listen on (0 picks a free one)', String(ctx.config.port))
    .option('--no-open', 'do not open a browser')
    .option('--rebuild', 'rebuild the demo study from examples/demo-study')
    .action(async (opts) => (await import('./commands/demo.js')).demoCommand(ctx, opts));
}
