/**
 * Source parsers on large synthetic (fictional) inputs, each against the least work that any
 * parser of that format must do: splitting lines and testing a regex per line for text logs and
 * transcripts, csv-parse alone for CSV, and a non-validating TextDecoder for decodeText. The ratio
 * is the cost of Liaison's rules, spans and diagnostics on top of that.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { decodeText, parsePoliceLogCsv, parsePoliceLogText, parseTranscript } from '@liaison/core';
import { peakRssMb, report, time } from './lib/measure.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const random = seededRandom(7);
const WORDS = [
  'CALLER',
  'REPORTS',
  'MALE',
  'SHOUTING',
  'UNITS',
  'ASSIGNED',
  'AMHP',
  'S136',
  'NFA',
  'CPN',
  'café',
  'ETA',
  '(1)',
  'AT 21:05',
];
const sentence = (n: number) =>
  Array.from({ length: n }, () => WORDS[randomInt(random, WORDS.length)]).join(' ');
const pad = (n: number) => String(n).padStart(2, '0');

function syntheticLog(entries: number): string {
  const lines = ['Incident: 0001/01012015', 'Site: North', 'Opened: 01/01/2015 00:00', ''];
  for (let i = 0; i < entries; i++) {
    const minute = i % 1440;
    const stamp =
      i % 5 === 0
        ? `01/01/2015 ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`
        : `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00`;
    lines.push(`${stamp} [OPERATOR ${1000 + (i % 50)}] ${sentence(20)}`, sentence(12));
  }
  return lines.join('\r\n');
}

function syntheticCsv(rows: number): string {
  const lines = ['incident_id,timestamp,author,text'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `0001,01/01/2015 ${pad(Math.floor((i % 1440) / 60))}:${pad(i % 60)},PC ${i % 90},"${sentence(20)}, ""quoted""\n${sentence(8)}"`,
    );
  return lines.join('\n');
}

function syntheticTranscript(turns: number): string {
  return Array.from(
    { length: turns },
    (_, i) =>
      `[${pad(Math.floor(i / 3600) % 100)}:${pad(Math.floor(i / 60) % 60)}:${pad(i % 60)}] ${i % 2 ? 'P1' : 'INT'}: ${sentence(30)}\n${sentence(10)}`,
  ).join('\n\n');
}

const STAMP_LINE = /^(\d{1,2}\/\d{1,2}\/\d{2,4} )?\d{1,2}:\d{2}/;
const log = syntheticLog(60_000);
const csv = syntheticCsv(40_000);
const transcript = syntheticTranscript(40_000);
const bytes = new TextEncoder().encode(log);
console.log(
  `log ${(log.length / 1e6).toFixed(1)}M chars, csv ${(csv.length / 1e6).toFixed(1)}M, transcript ${(transcript.length / 1e6).toFixed(1)}M`,
);

const splitRegex = (text: string) => text.split('\n').filter((l) => STAMP_LINE.test(l)).length;
const check = (ok: boolean) => {
  if (!ok) throw new Error('parse failed');
};

const logBase = await time(() => splitRegex(log), 5, 1);
report(
  'parsePoliceLogText 60k entries',
  await time(() => check(parsePoliceLogText(log, 'b.txt').ok), 5, 1),
  { name: 'split + regex per line', ms: logBase.medianMs },
);

const csvBase = await time(() => parse(csv, { relax_column_count: true }), 3, 1);
report(
  'parsePoliceLogCsv 40k rows',
  await time(() => check(parsePoliceLogCsv(csv, 'b.csv').ok), 3, 1),
  { name: 'csv-parse alone', ms: csvBase.medianMs },
);

const trBase = await time(() => splitRegex(transcript), 5, 1);
report(
  'parseTranscript 40k turns',
  await time(() => check(parseTranscript(transcript, 'b.txt').ok), 5, 1),
  { name: 'split + regex per line', ms: trBase.medianMs },
);

const decBase = await time(() => new TextDecoder().decode(bytes), 5, 1);
report('decodeText 10 MB UTF-8', await time(() => check(decodeText(bytes, 'b.txt').ok), 5, 1), {
  name: 'TextDecoder, not validating',
  ms: decBase.medianMs,
});

const oneLine = `01/01/2015 10:00 [${'A'.repeat(500_000)} ${'B '.repeat(500_000)}`;
report(
  'parsePoliceLogText one 1.5 MB line',
  await time(() => check(parsePoliceLogText(oneLine, 'l.txt').ok), 5, 1),
  { name: 'split + regex per line', ms: (await time(() => splitRegex(oneLine), 5, 1)).medianMs },
);
console.log(`peak RSS ${peakRssMb().toFixed(0)} MB`);
