/**
 * `liaison logs analyse --study <path> [--dataset <name>] [--lexicon <file>]`: analyses every
 * police log of the study (or of one dataset) with the study's current lexicon and stores the
 * results, placed on the study's continuum scale; researcher corrections stay in force. `--lexicon` first saves the file as the study's
 * new lexicon version, so every stored analysis names a lexicon the study keeps. One summary line
 * per source goes to stderr (no document text).
 */
import { analyseLog, type Lexicon } from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { say } from '../io.js';
import { withStudy } from '../study.js';
import { loadLexicon } from './logs-analyse.js';
import { currentLog, policeLogs, userFacing } from './logs-study-sources.js';

async function studyLexicon(ctx: CliContext, store: StudyStore, file?: string): Promise<Lexicon> {
  const current = await store.lexicons.current();
  if (!file) return current.lexicon;
  const lexicon = await loadLexicon(ctx, file);
  if (lexicon.version === current.version) return current.lexicon;
  const saved = await userFacing(store.lexicons.save(ctx.config.actor, lexicon));
  say(ctx.io, `saved lexicon "${saved.version}" as version ${saved.number}`);
  return saved.lexicon;
}

export async function logsAnalyseStudy(
  ctx: CliContext,
  opts: { study: string; dataset?: string; lexicon?: string },
): Promise<void> {
  await withStudy(ctx, opts.study, async (store) => {
    const lexicon = await studyLexicon(ctx, store, opts.lexicon);
    const { scale } = await store.continuumScales.current();
    const logs = await policeLogs(store, opts.dataset);
    for (const source of logs) {
      const analysis = analyseLog(await currentLog(store, source.id), lexicon, scale);
      const stored = await userFacing(store.analyses.store(ctx.config.actor, source.id, analysis));
      const { continuum, entries, turningPoints } = stored.analysis;
      say(
        ctx.io,
        `${source.name}  ${entries.length} entries  continuum ${continuum.level} ${continuum.label}  ` +
          `${turningPoints.length} turning points  ${stored.corrections.length} corrections`,
      );
    }
    say(
      ctx.io,
      `analysed ${logs.length} police logs with lexicon "${lexicon.version}" ` +
        `and continuum scale "${scale.version}"`,
    );
  });
}
