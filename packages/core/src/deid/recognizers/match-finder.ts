/**
 * How a recognizer runs one of its global regexes: over the whole text (`wholeText`, the
 * recognizer used on its own), or in the merged scan of structured-scan.ts only at candidate start
 * positions (`atSites`) or from the next candidate on (`fromSites`). All three answer what an
 * `exec` loop of the `g` regex answers: the leftmost match starting at or after `from` (a UTF-16
 * offset). A loop that passes as `from` what it would have set as `lastIndex` therefore sees the
 * same matches either way, provided the sites hold every position where the regex can match.
 */

/** The leftmost match starting at or after `from`, or null. */
export type MatchFinder = (from: number) => RegExpExecArray | null;

/** Every match of `pattern` (which must have the `g` flag), found by the regex engine's own scan. */
export function wholeText(pattern: RegExp, text: string): MatchFinder {
  return (from) => {
    pattern.lastIndex = from;
    return pattern.exec(text);
  };
}

const twins = new WeakMap<RegExp, RegExp>();

/**
 * The same pattern with `y` instead of `g`: it matches only at `lastIndex`. Matching at a given
 * position does not depend on the flag, and look-behinds still see the text before it.
 */
export function stickyTwin(pattern: RegExp): RegExp {
  let twin = twins.get(pattern);
  if (!twin) {
    twin = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    twins.set(pattern, twin);
  }
  return twin;
}

/**
 * Matches of a pattern tried only at `sites` (ascending UTF-16 offsets): a sticky match at each
 * site from `from` on (`sticky` is the pattern's `stickyTwin`), so a failed attempt costs one
 * position instead of a scan. `from` must not go back between calls (an exec loop never moves
 * `lastIndex` back).
 */
export function atSites(sticky: RegExp, text: string, sites: readonly number[]): MatchFinder {
  let i = 0;
  return (from) => {
    while (i < sites.length && sites[i]! < from) i++;
    for (; i < sites.length; i++) {
      sticky.lastIndex = sites[i]!;
      const m = sticky.exec(text);
      if (m) return m;
    }
    return null;
  };
}

/**
 * Matches of a `g` pattern found by its own scan, started at the first site at or after `from`
 * (nothing can match between: the sites hold every possible start) and skipped entirely when no
 * site is left. For cheap patterns: an `exec` call costs about as much as the engine scanning a few
 * dozen characters, so trying each site (`atSites`) pays only for patterns that are slow to scan.
 */
export function fromSites(pattern: RegExp, text: string, sites: readonly number[]): MatchFinder {
  let i = 0;
  return (from) => {
    while (i < sites.length && sites[i]! < from) i++;
    if (i === sites.length) return null;
    pattern.lastIndex = sites[i]!;
    return pattern.exec(text);
  };
}
