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
  addAgree(program, ctx);
  addSeq(program, ctx);
  addDeid(program, ctx);
  return program;
}

/** `deid`: de-identification (docs/deid.md). */
function addDeid(program: Command, ctx: CliContext): void {
  const deid = program.command('deid').description('find and replace personal identifiers');
  deid
    .command('detect')
    .description('print the personal identifiers found in logs, transcripts or .docx files')
    .argument('<files...>', 'files to scan (.txt, .csv, .docx)')
    .option('--json', 'print [{file, entities: [{type, start, end, text, score}]}] on stdout')
    .action(async (files: string[], opts) =>
      (await import('./commands/deid-detect.js')).deidDetect(ctx, files, opts),
    );
  addDeidKey(deid, ctx);
}

/** `deid key`: the encrypted re-identification key (docs/deid.md, "Pseudonyms and the key"). */
function addDeidKey(deid: Command, ctx: CliContext): void {
  const key = deid.command('key').description('manage the encrypted re-identification key');
  const keyFile = (c: Command) =>
    c.requiredOption('--key <file>', 'key file (keep it apart from the study)');
  const load = () => import('./commands/deid-key.js');
  keyFile(
    key
      .command('init')
      .description('create a key file (passphrase: LIAISON_KEY_PASSPHRASE or asked)'),
  ).action(async (opts) => (await load()).deidKeyInit(ctx, opts));
  keyFile(key.command('check').description('check the passphrase; print pseudonym counts per type'))
    .option('--json', 'print {ok, counts} on stdout')
    .action(async (opts) => (await load()).deidKeyCheck(ctx, opts));
  keyFile(
    key
      .command('rotate')
      .description('change the passphrase (new: LIAISON_KEY_NEW_PASSPHRASE or asked)'),
  ).action(async (opts) => (await load()).deidKeyRotate(ctx, opts));
}

/** `seq`: state-sequence analysis as TraMineR does it (docs/sequence.md). */
function addSeq(program: Command, ctx: CliContext): void {
  const seq = program.command('seq').description('state-sequence analysis (TraMineR parity)');
  const input = (c: Command) =>
    c
      .option('--cols <first:last>', "state columns, 1-based like R's 17:86 (default: all but id)")
      .option('--id-col <name>', 'column of sequence ids (default: id, else row numbers)')
      .option('--study <path>', `instead of a CSV, the police logs of a ${STUDY_HELP}`)
      .option('--dataset <name>', 'with --study: only this dataset')
      .option('--state <kind>', 'with --study: event, framing or agency (default event)')
      .option('--bin <minutes>', 'with --study: one position per time bin, not per entry')
      .option('--json', 'print JSON on stdout');
  addSeqDistance(seq, ctx);
  input(seq.command('describe').argument('[csv]', 'sequences in wide format'))
    .description('transition rates, state distribution, entropy and mean time in state')
    .option('--weight-col <name>', 'column of case weights (weighted descriptives)')
    .option('--svg <file>', 'also draw the state distribution and index plots')
    .action(async (file: string | undefined, opts) =>
      (await import('./commands/seq-describe.js')).seqDescribe(ctx, file, opts),
    );
  input(seq.command('cluster').argument('[csv]', 'sequences in wide format'))
    .description('Ward clusters (hclust ward.D2, cutree) with silhouette widths')
    .requiredOption('--k <k>', 'number of clusters')
    .addOption(
      new Option('--method <m>', 'distance').choices(['OM', 'HAM', 'DHD', 'LCS']).default('OM'),
    )
    .addOption(new Option('--sm <costs>', 'substitution costs').choices(['TRATE', 'CONSTANT']))
    .option('--indel <cost>', 'OM indel cost, or auto', 'auto')
    .addOption(
      new Option('--norm <norm>', 'normalisation')
        .choices(['none', 'auto', 'maxlength', 'gmean', 'maxdist', 'YujianBo'])
        .default('none'),
    )
    .option('--matrix <matrix.csv>', 'cluster a saved square distance matrix instead')
    .option('--svg <file>', 'draw the sequences by cluster and each cluster medoid')
    .action(async (file: string | undefined, opts) =>
      (await import('./commands/seq-cluster.js')).seqCluster(ctx, file, opts),
    );
}

/** `seq distance`: TraMineR's seqdist on worker threads (docs/sequence.md). */
function addSeqDistance(seq: Command, ctx: CliContext): void {
  seq
    .command('distance')
    .description('distance matrix between sequences (OM, HAM, LCS, DHD), as TraMineR seqdist')
    .argument('<csv>', 'sequences in wide format')
    .requiredOption('--method <method>', 'OM, HAM, LCS or DHD')
    .option('--sm <costs>', 'substitution costs: TRATE or CONSTANT (default: as seqdist)')
    .option('--indel <cost>', 'OM insertion/deletion cost, or auto (default auto)')
    .option('--norm <norm>', 'none, auto, maxlength, gmean, maxdist or YujianBo (default none)')
    .option('--cols <first:last>', "state columns, 1-based like R's 17:86 (default: all but id)")
    .option('--id-col <name>', 'column of sequence ids (default: id, else row numbers)')
    .option('--out <file>', 'write the matrix to a .csv or .npy file (default: CSV on stdout)')
    .option('--threads <n>', 'threads to compute on (default: all cores)')
    .option('--json', 'print a summary as JSON on stdout')
    .action(async (file: string, opts) =>
      (await import('./commands/seq-distance.js')).seqDistance(ctx, file, opts),
    );
}

function addAgree(program: Command, ctx: CliContext): void {
  program
    .command('agree')
    .description(
      'inter-coder agreement on a reliability matrix CSV or on a study (docs/agreement.md)',
    )
    .option('--data <csv>', 'reliability matrix: header of coder names, one row per unit')
    .addOption(
      // The levels of Krippendorff's alpha (ALPHA_LEVELS in @liaison/core).
      new Option('--level <level>', 'level of measurement for --data')
        .choices(['nominal', 'ordinal', 'interval', 'ratio'])
        .default('nominal'),
    )
    .option('--study <path>', STUDY_HELP)
    .option('--dataset <name>', 'with --study: only this dataset')
    .option('--coders <a,b>', 'with --study: the coders to compare (default: all who coded)')
    .option('--threshold <0..1>', 'with --study: segment overlap needed to agree (default 0.9)')
    .option('--json', 'print JSON on stdout')
    .action(async (opts) => (await import('./commands/agree.js')).agreeCommand(ctx, opts));
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
  logs
    .command('analyse')
    .description('classify entries, find turning points and place each log on the continuum')
    .argument('[files...]', 'log files (.txt narrative or .csv export); none with --study')
    .option('--json', 'print JSON on stdout')
    .option('--lexicon <file>', 'a lexicon JSON file to use instead of the default')
    .option('--study <path>', `analyse and store the police logs of a ${STUDY_HELP}`)
    .option('--dataset <name>', 'with --study: only this dataset')
    .action(async (files: string[], opts) =>
      (await import('./commands/logs-analyse.js')).logsAnalyse(ctx, files, opts),
    );
  addLogCorrections(logs, ctx);
}

function addLogCorrections(logs: Command, ctx: CliContext): void {
  logs
    .command('correct')
    .description('correct a stored log analysis: an entry, a turning point or the continuum')
    .requiredOption('--study <path>', STUDY_HELP)
    .requiredOption('--source <id|name>', 'the police log (source id or name)')
    .option('--entry <n>', 'entry index to correct')
    .option('--event <type>', 'the entry event type')
    .option('--framing <framing>', 'the entry framing')
    .option('--agencies <list>', 'the entry agencies, comma-separated (empty for none)')
    .option('--add-turning-point <type>', 'add a turning point of this type at --entry')
    .option('--remove-turning-point <type>', 'remove the turning point of this type at --entry')
    .option('--continuum <level>', 'override the continuum level (needs --reason)')
    .option('--reason <text>', 'why the continuum placement is overridden')
    .action(async (opts) => (await import('./commands/logs-correct.js')).logsCorrect(ctx, opts));
  logs
    .command('export-labels')
    .description('export the corrected analyses as a labelled set (eval labels.json format)')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--dataset <name>', 'only this dataset')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts) =>
      (await import('./commands/logs-export-labels.js')).logsExportLabels(ctx, opts),
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
