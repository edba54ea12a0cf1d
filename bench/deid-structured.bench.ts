/**
 * The structured de-identification recognizers (packages/core/src/deid/recognizers) over ~20 MB of
 * seeded synthetic (fictional) police-log text that mixes ordinary entries with identifiers of every
 * type. Baseline: one pass of a simple regex (`/\d+/g`) over the same text, the least work any
 * recognizer that looks at digits must do. Prints MB/s per recognizer and for all of them together
 * (text length in UTF-16 code units / 2^20 per second), the ratio to the baseline, and peak RSS;
 * then, line by line (entry-sized texts, as `detectIdentifiers` is fed when streaming), the merged
 * scan (`structuredRecognizer`, what `detectIdentifiers` runs; texts over 1 MB fall back to the
 * recognizers one by one) against the recognizers one by one.
 */
import { STRUCTURED_RECOGNIZERS, structuredRecognizer } from '@liaison/core';
import { peakRssMb, report, time } from './lib/measure.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const TARGET_CHARS = 20 * 1024 * 1024;
const random = seededRandom(11);
const pick = <T>(items: readonly T[]): T => items[randomInt(random, items.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

const WORDS =
  'CALLER REPORTS MALE SHOUTING UNITS ASSIGNED AMHP S136 NFA CPN ETA IP OIC MISPER ASB concern for welfare attended advice given café £20 (1) 2040HRS Op Trident MG11 s.18 GBH a 101 call'.split(
    ' ',
  );
const IDENTIFIERS = [
  'PC 1234 SMITH',
  'DOB 02/09/1980',
  'NHS 999 929 0817',
  'tel 07700 900123',
  '(0113) 496 0000',
  'NINO AB 12 34 56 C',
  'PNC 2017/4103697Y',
  'CRO 949718/24H',
  'Stop check: GR52 FMX',
  'M6 5RT',
  'jean.smith@example.com',
  'card 4111 1111 1111 1111',
  'aged 34',
  'Log 26/81596/21',
  'born 4 April 1970',
];

function entry(i: number): string {
  const minute = i % 1440;
  const stamp = `${pad(1 + (i % 28))}/${pad(1 + (i % 12))}/2024 ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
  const words = Array.from({ length: 8 + randomInt(random, 12) }, () => pick(WORDS));
  if (random() < 0.5) words.splice(randomInt(random, words.length), 0, pick(IDENTIFIERS));
  return `${stamp} [OPERATOR ${1000 + (i % 9000)}] ${words.join(' ')}\n`;
}

function syntheticLog(): string {
  const parts: string[] = ['Incident: 26/81596/21\nOpened: 01/01/2024 00:00\n'];
  let length = 0;
  for (let i = 0; length < TARGET_CHARS; i++) {
    const line = entry(i);
    parts.push(line);
    length += line.length;
  }
  return parts.join('');
}

const text = syntheticLog();
const mb = text.length / (1024 * 1024);
const mbPerSecond = (ms: number) => (mb / (ms / 1000)).toFixed(1);

const baseline = await time(() => text.match(/\d+/g)?.length, 3, 1);
console.log(`text ${mb.toFixed(1)} MB; baseline /\\d+/g: ${mbPerSecond(baseline.medianMs)} MB/s`);
for (const recognizer of STRUCTURED_RECOGNIZERS) {
  const t = await time(() => recognizer.detect(text, {}), 3, 0);
  console.log(`  ${recognizer.name}: ${mbPerSecond(t.medianMs)} MB/s`);
}
let detections = 0;
const all = await time(
  () => {
    detections = STRUCTURED_RECOGNIZERS.reduce((n, r) => n + r.detect(text, {}).length, 0);
  },
  3,
  1,
);
report('deid structured recognizers, 20 MB log', all, {
  name: 'one /\\d+/g pass',
  ms: baseline.medianMs,
});
console.log(
  `all structured recognizers: ${mbPerSecond(all.medianMs)} MB/s, ${detections} detections; peak RSS ${peakRssMb().toFixed(0)} MB`,
);
const lines = text.split('\n');
const perLine = (detect: (line: string) => number) => lines.reduce((n, l) => n + detect(l), 0);
const oneByOne = await time(
  () => perLine((l) => STRUCTURED_RECOGNIZERS.reduce((n, r) => n + r.detect(l, {}).length, 0)),
  3,
  1,
);
let merged = 0;
const scan = await time(
  () => (merged = perLine((l) => structuredRecognizer.detect(l, {}).length)),
  3,
  1,
);
report('deid structured merged scan, 20 MB log line by line', scan, {
  name: 'recognizers one by one, line by line',
  ms: oneByOne.medianMs,
});
console.log(
  `line by line: one by one ${mbPerSecond(oneByOne.medianMs)} MB/s, merged ${mbPerSecond(scan.medianMs)} MB/s, ${merged} detections; peak RSS ${peakRssMb().toFixed(0)} MB`,
);
