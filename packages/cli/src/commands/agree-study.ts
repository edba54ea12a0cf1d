/**
 * `liaison agree --study <path> [--dataset <name>] [--coders a,b] [--threshold 0.9] [--json]`:
 * agreement between coders on a study's codings, per code and pooled: Krippendorff's α_u,
 * MAXQDA-style segment overlap (default threshold 90 %) and Cohen's kappa on log entries /
 * transcript turns / document sections. Only codings anchored on each source's current text
 * version and not orphaned are used. Every section of the report states whether uncoded text
 * counts as agreement. By default only sources every compared coder coded are pooled (core's
 * selectDoubleCoded); `--all-sources` pools every source. The report lists both.
 */
import {
  codingAgreement,
  MAXQDA_DEFAULT_OVERLAP,
  type AgreementDocument,
  type AgreementReport,
  selectDoubleCoded,
  type Code,
  type CodedSegment,
  type DocumentSelection,
  type Structure,
} from '@liaison/core';
import type { StudyStore } from '@liaison/store';
import type { CliContext } from '../context.js';
import { CliError, UsageError } from '../errors.js';
import { printJson, say } from '../io.js';
import { datasetIdByName, withStudy } from '../study.js';
import { formatTable } from '../table.js';
import type { AgreeOptions } from './agree.js';

interface StudyCodings {
  documents: AgreementDocument[];
  codings: CodedSegment[];
  codes: Map<string, Code>;
  /** Source names by id, for the report's lists of included and excluded sources. */
  names: Map<string, string>;
}

const SOURCE_POLICY = {
  doubleCoded:
    'Only sources coded by every compared coder are included: a source only one coder coded is not double-coded. Use --all-sources to include every source.',
  all: 'Every source is included (--all-sources), also those some compared coder never coded: their silence there counts as not coding.',
};

export async function agreeStudy(
  ctx: CliContext,
  study: string,
  opts: AgreeOptions,
): Promise<void> {
  const threshold = parseThreshold(opts.threshold);
  const wanted = opts.coders
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const data = await withStudy(ctx, study, (store) => load(store, opts.dataset));
  const coders = wanted ?? [...new Set(data.codings.map((c) => c.coder))].sort();
  if (coders.length < 2) throw new CliError(tooFewCoders(coders, Boolean(wanted)));
  const coded = new Set(data.codings.map((c) => c.coder));
  for (const c of coders)
    if (!coded.has(c)) say(ctx.io, `warning: coder "${c}" has no codings in these sources`);
  const selection = selectSources(data, coders, Boolean(opts.allSources));
  const included = new Set(selection.included);
  const documents = data.documents.filter((d) => included.has(d.id));
  if (documents.length === 0) throw new CliError(noDoubleCoded(coders));
  // Codings of excluded sources are dropped too: segment overlap reads codings, not documents.
  const codings = data.codings.filter((c) => included.has(c.document));
  const report = codingAgreement({ ...data, documents, codings, coders, threshold });
  const named = {
    ...nameCodes(report, data.codes),
    sources: describeSources(selection, data, opts),
  };
  if (opts.json) printJson(ctx.io, named);
  else ctx.io.stdout(humanReport(named));
}

/** `--threshold`: the share of a segment two codings must overlap to agree (MAXQDA's default). */
export function parseThreshold(raw: string | undefined): number {
  if (raw === undefined) return MAXQDA_DEFAULT_OVERLAP;
  const t = Number(raw);
  if (!(t > 0 && t <= 1))
    throw new UsageError(`--threshold must be a number in (0, 1], got "${raw}"`);
  return t;
}

function tooFewCoders(coders: string[], given: boolean): string {
  if (given) return 'give at least two coders with --coders a,b';
  const found = coders.length ? `only ${coders[0]} has coded` : 'nobody has coded';
  return `agreement needs codings by at least two coders, but ${found} these sources. Have a second coder code the same sources, then run this again.`;
}

function selectSources(data: StudyCodings, coders: string[], all: boolean): DocumentSelection {
  const ids = data.documents.map((d) => d.id);
  if (all) return { included: ids, excluded: [] };
  return selectDoubleCoded(ids, data.codings, coders);
}

function noDoubleCoded(coders: string[]): string {
  return `no source is coded by every one of ${coders.join(', ')}, so there is nothing to compare. Have them code the same sources, or pass --all-sources to pool every source.`;
}

/** The report's account of which sources were pooled and why the others were not. */
function describeSources(selection: DocumentSelection, data: StudyCodings, opts: AgreeOptions) {
  const name = (id: string) => data.names.get(id) ?? id;
  return {
    policy: opts.allSources ? 'all' : 'double_coded',
    explanation: opts.allSources ? SOURCE_POLICY.all : SOURCE_POLICY.doubleCoded,
    included: selection.included.map((id) => ({ id, name: name(id) })),
    excluded: selection.excluded.map((e) => ({ ...e, name: name(e.id) })),
  };
}

async function load(store: StudyStore, datasetName: string | undefined): Promise<StudyCodings> {
  const datasetId = datasetName ? await datasetIdByName(store, datasetName) : undefined;
  const sources = await store.sources.list(datasetId ? { datasetId } : {});
  const documents: AgreementDocument[] = [];
  const codings: CodedSegment[] = [];
  for (const source of sources) {
    const version = await store.texts.current(source.id);
    const structure = await store.texts.structure(version.id);
    documents.push({ id: source.id, length: version.lengthUtf16, units: unitsOf(structure) });
    for (const c of await store.codings.bySource(source.id))
      if (c.textVersionId === version.id && c.status !== 'orphaned')
        codings.push({
          document: source.id,
          coder: c.coder,
          code: c.codeId,
          start: c.anchor.position.startUtf16,
          end: c.anchor.position.endUtf16,
        });
  }
  const codes = new Map((await store.codes.list()).map((c) => [c.id, c]));
  const names = new Map(sources.map((s) => [s.id, s.name]));
  return { documents, codings, codes, names };
}

/** The units kappa rates: log entries, transcript turns or document sections. */
function unitsOf(structure: Structure): { start: number; end: number }[] {
  const list =
    structure.kind === 'police_log'
      ? structure.entries
      : structure.kind === 'transcript'
        ? structure.turns
        : structure.sections;
  return list.map((u) => ({ start: u.startUtf16, end: u.endUtf16 }));
}

/** Replaces code ids by `{code: name, codeId}` so the report reads without a lookup. */
function nameCodes(report: AgreementReport, codes: Map<string, Code>) {
  const name = <T extends { code: string }>(row: T) => ({
    ...row,
    code: codes.get(row.code)?.name ?? row.code,
    codeId: row.code,
  });
  return {
    ...report,
    unitizing: { ...report.unitizing, perCode: report.unitizing.perCode.map(name) },
    segmentOverlap: report.segmentOverlap.map((s) => ({ ...s, perCode: s.perCode.map(name) })),
    unitKappa: report.unitKappa.map((k) => ({ ...k, perCode: k.perCode.map(name) })),
  };
}

const fixed = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : x.toFixed(3);
const percent = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);

type NamedReport = ReturnType<typeof nameCodes> & { sources: ReturnType<typeof describeSources> };

function humanSources(s: NamedReport['sources']): string[] {
  const reasons = {
    coded_by_none: 'coded by none of them',
    not_coded_by_every_coder: 'coded only by',
  };
  const excluded = s.excluded.map(
    (e) =>
      `    ${e.name}: ${reasons[e.reason]}${e.codedBy.length ? ` ${e.codedBy.join(', ')}` : ''}`,
  );
  return [
    `  ${s.explanation}`,
    `  included (${s.included.length}): ${s.included.map((i) => i.name).join(', ')}`,
    ...(excluded.length ? [`  excluded (${excluded.length}):`, ...excluded] : []),
    '',
  ];
}

function humanReport(r: NamedReport): string {
  const out = [`Agreement between ${r.coders.join(', ')} on ${r.documents} sources`];
  out.push(...humanSources(r.sources));
  out.push(
    `Krippendorff's unitizing alpha (all coders): pooled ${fixed(r.unitizing.pooled.alpha)}`,
  );
  out.push(
    formatTable([
      ['code', 'alpha_u', 'units'],
      ...r.unitizing.perCode.map((c) => [c.code, fixed(c.alpha), String(c.units)]),
    ]),
  );
  out.push(`  ${r.unitizing.uncodedExplanation}`, '');
  for (const s of r.segmentOverlap) {
    out.push(
      `Segment overlap ${s.coders.join(' vs ')} (threshold ${percent(s.threshold)}): pooled ${percent(s.pooled.agreement)}`,
    );
    out.push(
      formatTable([
        ['code', 'agreed', 'segments', 'agreement'],
        ...s.perCode.map((c) => [
          c.code,
          String(c.agreed),
          String(c.segments),
          percent(c.agreement),
        ]),
      ]),
    );
  }
  out.push(`  ${r.segmentOverlap[0]?.uncodedExplanation ?? ''}`, '');
  for (const k of r.unitKappa) {
    out.push(
      `Cohen's kappa on units ${k.coders.join(' vs ')}: pooled ${fixed(k.pooled.kappa)} over ${k.pooled.units} ratings`,
    );
    out.push(
      formatTable([
        ['code', 'kappa', 'agreement', 'units'],
        ...k.perCode.map((c) => [
          c.code,
          fixed(c.kappa),
          percent(c.percentAgreement),
          String(c.units),
        ]),
      ]),
    );
  }
  out.push(`  ${r.unitKappa[0]?.uncodedExplanation ?? ''}`, '');
  return `${out.join('\n')}\n`;
}
