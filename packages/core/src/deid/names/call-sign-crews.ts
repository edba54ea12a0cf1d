/**
 * The crew of a call sign, each officer by name and collar number, in brackets after the sign
 * (`Call sign NK12 (Ashworth 2204 / Bello 3318)`, `callsign BX3 (PC Ruth Agbaje 5120, Imrie
 * 0871)`), as CAD and triage records note who was sent: each name is a PERSON and each number a
 * COLLAR_NUMBER (ANNOTATION.md: officers' names and collar numbers). The call sign itself is not
 * annotated. Found from the literal `sign`, read in code. Offsets are UTF-16 code units, end
 * exclusive.
 */
import type { Detection } from '../entity-types.js';
import { literalGate } from '../literal-gate.js';

export const CREW_SCORE = 0.7;

/** `call sign` or `callsign`, the sign, then the bracket that opens the crew list. */
const CALL_SIGN = /\b(?:[Cc]all ?sign|CALL ?SIGN)[ \t]+[A-Z0-9][A-Z0-9-]{1,8}[ \t]*\(/g;
/** One crew member: an optional rank, one or two name words, then the number. */
const MEMBER =
  /(?:(?:PC|PS|PCSO|DC|DS|Sgt|SC)[ \t]+)?(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]+(\d{3,6})(?=[ \t]*(?:[/,&)]|and\b))/uy;
const SEPARATOR = /[ \t]*(?:[/,&]|and)[ \t]*/y;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldSign = literalGate(['sign', 'SIGN']);

export function callSignCrews(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldSign(text)) return out;
  CALL_SIGN.lastIndex = 0;
  for (let m = CALL_SIGN.exec(text); m !== null; m = CALL_SIGN.exec(text)) {
    let at = m.index + m[0].length;
    for (;;) {
      MEMBER.lastIndex = at;
      const member = MEMBER.exec(text);
      if (!member) break;
      const nameStart = at + member[0].indexOf(member[1]!);
      const numberStart = at + member[0].length - member[2]!.length;
      out.push(found('PERSON', text, nameStart, member[1]!.length));
      out.push(found('COLLAR_NUMBER', text, numberStart, member[2]!.length));
      SEPARATOR.lastIndex = at + member[0].length;
      const separator = SEPARATOR.exec(text);
      if (!separator) break;
      at = SEPARATOR.lastIndex;
    }
  }
  return out;
}

function found(type: 'PERSON' | 'COLLAR_NUMBER', text: string, start: number, length: number) {
  return {
    type,
    startUtf16: start,
    endUtf16: start + length,
    text: text.slice(start, start + length),
    score: CREW_SCORE,
    recognizer: 'person-crew',
  } satisfies Detection;
}
