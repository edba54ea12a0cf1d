/**
 * The `liaison <noun> <verb>` command tree. Each command's work lives in its own module under
 * commands/, loaded only when that command runs, so `--help` starts fast and needs no database
 * driver; this file only declares arguments, options and help.
 */
import { Argument, Command, Option } from 'commander';
import { DATASET_KINDS, QUERY_ATTRIBUTES } from '@liaison/core';
import type { CliContext } from './context.js';
import { addAssist } from './program-assist.js';
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
    // Needed for `agree disputes --study …`: without it `agree` would take the options meant
    // for its subcommand. Only the root's own -V/-h must come before a command name.
    .enablePositionalOptions()
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
  addAssist(program, ctx);
  addCodebook(program, ctx);
  addQuery(program, ctx);
  addSearch(program, ctx);
  return program;
}

/** `codebook`: codes, their history and coding rounds (docs/codebook.md). */
function addCodebook(program: Command, ctx: CliContext): void {
  const book = program
    .command('codebook')
    .description('the codebook, its changes and coding rounds');
  book
    .command('list')
    .description('print the codebook as a tree with coding counts')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--json', 'print {codes, codingCounts} on stdout')
    .action(async (opts) => (await import('./commands/codebook-list.js')).codebookList(ctx, opts));
  addCodebookEdits(book, ctx);
  addCodebookRounds(book, ctx);
  addCodebookTransfer(book, ctx);
}

function addCodebookTransfer(book: Command, ctx: CliContext): void {
  const load = () => import('./commands/codebook-transfer.js');
  book
    .command('export')
    .description('write the codes in use as a JSON codebook file')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts) => (await load()).codebookExport(ctx, opts));
  book
    .command('import')
    .description("add a codebook file's codes (a name already under the same parent is kept)")
    .argument('<file>', 'a file written by codebook export')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--memo <text>', 'why: kept with each code added')
    .option('--json', 'print {added, existing} on stdout')
    .action(async (file: string, opts) => (await load()).codebookImport(ctx, file, opts));
}

/** Options every codebook operation takes: the study, the reason and JSON output. */
function codebookOperation(command: Command): Command {
  return command
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--memo <text>', 'why: kept with the change and shown by codebook diff')
    .option('--json', 'print the result as JSON on stdout');
}

function addCodebookEdits(book: Command, ctx: CliContext): void {
  const load = () => import('./commands/codebook-edit.js');
  codebookOperation(book.command('add').description('add a code').argument('<name>', 'code name'))
    .option('--parent <code>', 'parent code (name or id)')
    .option('--definition <text>', 'what the code means')
    .option('--inclusion <text>', 'when to apply it')
    .option('--exclusion <text>', 'when not to apply it')
    .option('--example <text...>', 'example segments (repeatable)')
    .option('--colour <hex>', 'colour such as #1f77b4')
    .option('--folder', 'a folder that only groups codes (not codable)')
    .option('--dataset <name>', "this dataset's code (default: shared by all datasets)")
    .action(async (name: string, opts) => (await load()).codebookAdd(ctx, name, opts));
  codebookOperation(book.command('rename').description('rename a code'))
    .argument('<code>', 'code name or id')
    .argument('<new-name>', 'the new name')
    .action(async (code: string, name: string, opts) =>
      (await load()).codebookRename(ctx, code, name, opts),
    );
  codebookOperation(book.command('move').description('move a code under another or to the top'))
    .argument('<code>', 'code name or id')
    .option('--parent <code>', 'new parent (name or id)')
    .option('--top', 'move to the top level')
    .action(async (code: string, opts) => (await load()).codebookMove(ctx, code, opts));
  codebookOperation(
    book.command('merge').description('merge a code into another (its codings move)'),
  )
    .argument('<code>', 'the code merged away (name or id)')
    .requiredOption('--into <code>', 'the code that keeps the codings')
    .action(async (code: string, opts) => (await load()).codebookMerge(ctx, code, opts));
  codebookOperation(
    book.command('split').description('make a new code from some codings of a code'),
  )
    .argument('<code>', 'the code split (name or id)')
    .requiredOption('--new <name>', 'name of the new code')
    .option('--codings <ids>', 'comma-separated ids of the codings that move to it')
    .action(async (code: string, opts) => (await load()).codebookSplit(ctx, code, opts));
  codebookOperation(
    book.command('retire').description('retire a code (kept for history, not codable)'),
  )
    .argument('<code>', 'code name or id')
    .action(async (code: string, opts) => (await load()).codebookRetire(ctx, code, opts));
}

function addCodebookRounds(book: Command, ctx: CliContext): void {
  const load = () => import('./commands/codebook-rounds.js');
  book
    .command('round')
    .description('take a coding round: a named snapshot of the codebook')
    .argument('<name>', 'round name, e.g. "Round 1"')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--dataset <name>', "snapshot this dataset's codes and the shared ones")
    .option('--json', 'print the round as JSON on stdout')
    .action(async (name: string, opts) => (await load()).codebookRound(ctx, name, opts));
  book
    .command('rounds')
    .description('list the coding rounds')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--json', 'print {rounds} on stdout')
    .action(async (opts) => (await load()).codebookRounds(ctx, opts));
  book
    .command('diff')
    .description('what changed in the codebook between two rounds, and why')
    .requiredOption('--study <path>', STUDY_HELP)
    .requiredOption('--from <round>', 'the earlier round (name or id)')
    .option('--to <round>', 'the later round, or current (default)', 'current')
    .option('--json', 'print {from, to, changes} on stdout')
    .action(async (opts) => (await load()).codebookDiff(ctx, opts));
}

/** `deid`: de-identification (docs/deid.md). */
function addDeid(program: Command, ctx: CliContext): void {
  const deid = program.command('deid').description('find and replace personal identifiers');
  deid
    .command('detect')
    .description('print the identifiers found in files, or store them as suggestions in a study')
    .argument('[files...]', 'files to scan (.txt, .csv, .docx)')
    .option('--json', 'print [{file, entities: [{type, start, end, text, score}]}] on stdout')
    .option('--study <path>', `instead of files, store suggestions for review in a ${STUDY_HELP}`)
    .option('--source <name>', 'with --study: only this source')
    .action(async (files: string[], opts) =>
      (await import('./commands/deid-study.js')).deidDetectFilesOrStudy(ctx, files, opts),
    );
  addDeidStudy(deid, ctx);
  addDeidKey(deid, ctx);
  addDeidSettings(deid, ctx);
}

/** `deid settings`: the study's detection settings and replacement policy (docs/deid.md). */
function addDeidSettings(deid: Command, ctx: CliContext): void {
  const settings = deid.command('settings').description("show or change the study's settings");
  const load = () => import('./commands/deid-settings.js');
  settings
    .command('show')
    .description('print the replacement per type and the detection settings')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--json', 'print {detection, policy} on stdout')
    .action(async (opts) => (await load()).deidSettingsShow(ctx, opts));
  settings
    .command('set')
    .description('change the replacement of types, or replace the settings from a JSON file')
    .requiredOption('--study <path>', STUDY_HELP)
    .option(
      '--policy <TYPE=CHOICE>',
      'pseudonym, placeholder or shift (dates only); repeatable',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--file <settings.json>', 'the whole {detection, policy} object (applied first)')
    .option('--json', 'print the saved {detection, policy} on stdout')
    .action(async (opts) => (await load()).deidSettingsSet(ctx, opts));
}

/** `deid review` and `deid apply`: the review of a study's suggestions and applying them. */
function addDeidStudy(deid: Command, ctx: CliContext): void {
  const load = () => import('./commands/deid-study.js');
  deid
    .command('review')
    .description("count, list or bulk-accept a study's suggestions")
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--source <name>', 'only this source')
    .option('--list', 'list the detections with their words (for the reviewer only)')
    .option('--accept-type <type>', 'accept every suggestion of this type, e.g. PHONE')
    .option('--json', 'print {remaining, detections?} on stdout')
    .action(async (opts) => (await load()).deidReview(ctx, opts));
  deid
    .command('apply')
    .description('replace accepted detections with pseudonyms; irreversible without the key')
    .requiredOption('--study <path>', STUDY_HELP)
    .requiredOption('--key <file>', 'key file (passphrase: LIAISON_KEY_PASSPHRASE or asked)')
    .option(
      '--source <id-or-name>',
      'only these sources (repeat the option or give a comma-separated list)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--placeholder <types>', 'comma-separated types replaced by [TYPE] alone')
    .option('--dates <how>', 'DATE: shift (default) or placeholder')
    .option('--dob <how>', 'DATE_OF_BIRTH: placeholder (default) or shift')
    .option('--json', 'print {sources, replaced, remaining} on stdout')
    .action(async (opts) => (await load()).deidApply(ctx, opts));
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

/** `query <kind>`: queries over codings; `search`: full-text search (docs/queries.md). */
function addQuery(program: Command, ctx: CliContext): void {
  const kinds = ['segments', 'cooccurrence', 'matrix', 'framework'];
  program
    .command('query')
    .description('queries over codings: segments, cooccurrence, matrix, framework')
    .addArgument(new Argument('<kind>', 'which query').choices(kinds))
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--code <names...>', 'only these codes (default: every codable code)')
    .addOption(
      new Option('--by <attribute>', 'matrix columns, or what --value filters on').choices(
        QUERY_ATTRIBUTES,
      ),
    )
    .option('--value <names...>', 'segments: keep these values of --by')
    .option('--case <names...>', 'framework: only these cases')
    .addOption(
      new Option('--mode <mode>', 'cooccurrence: overlapping spans or same entry/turn')
        .choices(['overlap', 'unit'])
        .default('overlap'),
    )
    .option('--out <file>', 'write the table to a .csv or .xlsx file')
    .option('--json', 'print the full result as JSON on stdout')
    .action(async (kind, opts) =>
      (await import('./commands/query.js')).queryCommand(ctx, kind, opts),
    );
}

function addSearch(program: Command, ctx: CliContext): void {
  program
    .command('search')
    .description('full-text search across the study, with snippets')
    .argument('<query>', 'words to find; end a word with * for a prefix')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--limit <n>', 'at most this many hits (default 20, max 500)')
    .option('--json', 'print JSON on stdout')
    .action(async (query, opts) =>
      (await import('./commands/search.js')).searchCommand(ctx, query, opts),
    );
}

function addAgree(program: Command, ctx: CliContext): void {
  const agree = program.command('agree');
  agree
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
    .option('--all-sources', 'with --study: pool every source, not only those all coders coded')
    .option('--json', 'print JSON on stdout')
    // Positional: options after `disputes` belong to it, not to `agree`.
    .enablePositionalOptions()
    .action(async (opts) => (await import('./commands/agree.js')).agreeCommand(ctx, opts));
  agree
    .command('disputes')
    .description('list the spans where two coders disagree, for discussion (docs/agreement.md)')
    .requiredOption('--study <path>', STUDY_HELP)
    .requiredOption('--coders <a,b>', 'the coders to compare')
    .option('--source <name>', 'only this source')
    .option('--threshold <0..1>', 'segment overlap needed to agree (default 0.9)')
    .option('--json', 'print JSON on stdout')
    .action(async (opts) =>
      (await import('./commands/agree-disputes.js')).agreeDisputes(ctx, opts),
    );
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
  addLogScale(logs, ctx);
}

/** `logs scale`: the study's continuum scale (docs/log-analysis.md). */
function addLogScale(logs: Command, ctx: CliContext): void {
  const scale = logs.command('scale').description("show or edit a study's continuum scale");
  scale
    .command('show')
    .description('print the current continuum scale as JSON (the default until one is saved)')
    .requiredOption('--study <path>', STUDY_HELP)
    .action(async (opts) => (await import('./commands/logs-scale.js')).logsScaleShow(ctx, opts));
  scale
    .command('set')
    .description('save an edited continuum scale (levels, labels, rules) as the next version')
    .argument('<file.json>', 'the scale, as `logs scale show` prints it')
    .requiredOption('--study <path>', STUDY_HELP)
    .action(async (file: string, opts) =>
      (await import('./commands/logs-scale.js')).logsScaleSet(ctx, file, opts),
    );
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
    .command('review')
    .description(
      'mark logs reviewed once every entry of their analysis is checked (train then takes only these)',
    )
    .argument('<logs...>', 'the police logs (source names or ids)')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--undo', 'unmark them instead')
    .action(async (refs: string[], opts) =>
      (await import('./commands/logs-review.js')).logsReview(ctx, refs, opts),
    );
  logs
    .command('export-labels')
    .description('export the corrected analyses as a labelled set (eval labels.json format)')
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--dataset <name>', 'only this dataset')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts) =>
      (await import('./commands/logs-export-labels.js')).logsExportLabels(ctx, opts),
    );
  logs
    .command('train')
    .description(
      "adapt the lexicon's learnt models to the logs marked reviewed (else to the corrected ones)",
    )
    .requiredOption('--study <path>', STUDY_HELP)
    .option('--dataset <name>', 'only logs of this dataset')
    .option('--folds <k>', 'cross-validation folds (logs dealt in turn)', '5')
    .option('--l2 <n>', 'pull towards the current models (default: best of 1, 3, 10 by CV)')
    .option('--save', 'store the adapted lexicon as the next version if the CV shows a gain')
    .option('--force', 'with --save: store it even if the CV shows no gain')
    .option('--out <file>', 'write the adapted lexicon to this file')
    .option('--json', 'print the cross-validation as JSON on stdout')
    .action(async (opts) => (await import('./commands/logs-train.js')).logsTrain(ctx, opts));
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
