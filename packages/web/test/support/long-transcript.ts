/**
 * A seeded, fictional focus-group transcript of a given number of words, in the transcript
 * format the importer reads: `[hh:mm:ss] SPEAKER: text`, one turn per paragraph.
 */
import { seededRandom } from '../../../../bench/lib/synthetic-text.js';

const SPEAKERS = ['INT', 'P1', 'P2', 'P3', 'P4'];
const WORDS = (
  'the police called about a welfare concern and we shared what we knew with the crisis team ' +
  'before anyone went out because the risk looked high and nobody had seen him for days so the ' +
  'neighbourhood officer asked social care whether a joint visit could be arranged that evening'
).split(' ');

export interface GeneratedTurn {
  speaker: string;
  text: string;
}

export interface GeneratedTranscript {
  text: string;
  turns: GeneratedTurn[];
  words: number;
}

function clock(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

export function generateTranscript(totalWords: number, seed: number): GeneratedTranscript {
  const random = seededRandom(seed);
  const turns: GeneratedTurn[] = [];
  let words = 0;
  while (words < totalWords) {
    const length = Math.min(totalWords - words, 10 + Math.floor(random() * 110));
    const body = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const speaker =
      turns.length % 2 === 0 ? 'INT' : (SPEAKERS[1 + Math.floor(random() * 4)] as string);
    turns.push({ speaker, text: `Turn ${turns.length + 1}: ${body}.` });
    words += length + 2; // "Turn" and its number count as words too
  }
  // About 2.5 words a second of speech, so timestamps advance with the text.
  let seconds = 0;
  const lines = turns.map((turn) => {
    const line = `[${clock(seconds)}] ${turn.speaker}: ${turn.text}`;
    seconds += Math.ceil(turn.text.split(' ').length / 2.5);
    return line;
  });
  return { text: lines.join('\n\n') + '\n', turns, words };
}
