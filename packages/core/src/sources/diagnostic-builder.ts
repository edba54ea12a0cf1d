import type { LinePosition } from '../text/line-index.js';
import type { Diagnostic, Severity } from './diagnostics.js';

/** What a parser knows when it reports a problem; `file` is added by `reporter`. */
export interface Problem {
  code: string;
  message: string;
  hint: string;
}

/** Builds diagnostics for one file, so call sites name only the position and the problem. */
export interface Reporter {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
  error(at: LinePosition, problem: Problem): Diagnostic;
  warning(at: LinePosition, problem: Problem): Diagnostic;
}

export function makeDiagnostic(
  severity: Severity,
  file: string,
  at: LinePosition,
  problem: Problem,
): Diagnostic {
  return {
    severity,
    code: problem.code,
    message: problem.message,
    file,
    line: at.line,
    column: at.column,
    hint: problem.hint,
  };
}

export function reporter(file: string): Reporter {
  const diagnostics: Diagnostic[] = [];
  const add = (severity: Severity, at: LinePosition, problem: Problem): Diagnostic => {
    const d = makeDiagnostic(severity, file, at, problem);
    diagnostics.push(d);
    return d;
  };
  return {
    file,
    diagnostics,
    error: (at, problem) => add('error', at, problem),
    warning: (at, problem) => add('warning', at, problem),
  };
}

/** Line 1, column 1: where whole-file problems are reported. */
export const FILE_START: LinePosition = { line: 1, column: 1 };
