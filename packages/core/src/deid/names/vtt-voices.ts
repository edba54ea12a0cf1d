/**
 * Speakers named in a WebVTT transcript's voice tags (`<v Mags Thornycroft>Hello`, `<v.chair Wendy
 * Okafor>`), as Teams, Zoom and Stream export meetings and as captioning tools write them (W3C
 * WebVTT §4.2.2, the voice span). ANNOTATION.md annotates speaker labels that are names; a rank or
 * title before the name stays outside the span (`<v PS Rhiannon Gwilt>` gives `Rhiannon Gwilt`),
 * and generic labels (`<v Interviewer>`, `<v Speaker 2>`, `<v P3>`) are not names. Offsets are
 * UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { RANKS, titles } from './name-context.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';

export const VTT_VOICE_SCORE = 0.75;

/** `<v` with optional classes (`.chair`), a blank, then the annotation up to `>` (one line). */
const VOICE = /<v(?:\.[\w-]+)*[ \t]+([^<>\n]{1,60})>/g;
/** A name word: letters with inner apostrophes or hyphens, or an initial (`L.`). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{Lu}\.?)$/u;

export function vttVoices(text: string): Detection[] {
  if (!text.includes('<v')) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(VOICE)) {
    const words = [...m[1]!.matchAll(/\S+/g)];
    let skip = 0;
    while (skip < words.length - 1 && isTitle(words[skip]![0])) skip++;
    const name = words.slice(skip);
    if (!isName(name.map((w) => w[0]))) continue;
    // The annotation starts after `<v…` and its blank: group 1's offset within the match.
    const base = m.index! + m[0].length - 1 - m[1]!.length;
    const start = base + name[0]!.index!;
    const last = name[name.length - 1]!;
    out.push(
      personDetection(
        start,
        text.slice(start, base + last.index! + last[0].length),
        VTT_VOICE_SCORE,
        'person-vtt',
      ),
    );
  }
  return out;
}

function isTitle(word: string): boolean {
  return RANKS.has(word.replace(/\.$/, '')) || titles().has(word.replace(/\.$/, '').toLowerCase());
}

/** One to four name words, at least one of them name-like enough to stand alone (echoable). */
function isName(words: string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  return words.some((w) => w.length >= 3 && echoable(w));
}
