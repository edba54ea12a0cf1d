/**
 * Links the ways one person is written to one key (NOTES.md §7.6): `Jean SMITH`, `SMITH, Jean`
 * and `Mrs Smith` → `jean smith`. A full name (two or more words) is its own key. A single word
 * links to the one full name in the same document that starts or ends with it (`Jean` after
 * `Jean Smith`); a surname alone links to the one full name in the whole study ending with it;
 * `J SMITH` links to the one full name with that initial and surname. When two people match, the
 * mention keeps its own key: a wrong link would merge two people, a missed one only splits one.
 */

/** Full names (canonical, words joined by one space) known so far. */
export type NameSet = ReadonlySet<string>;

function isFullName(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens[0]!.length > 1;
}

/** The canonical full name a detection's words spell, or null for a partial name. */
export function fullNameOf(tokens: readonly string[]): string | null {
  return isFullName(tokens) ? tokens.join(' ') : null;
}

function unique(names: Iterable<string>, test: (words: string[]) => boolean): string | null {
  let found: string | null = null;
  for (const name of names) {
    if (!test(name.split(' '))) continue;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

function linkInitial(tokens: readonly string[], sets: readonly NameSet[]): string | null {
  const [initial, ...rest] = tokens;
  const surname = rest.join(' ');
  for (const names of sets) {
    const hit = unique(
      names,
      (w) => w[0]!.startsWith(initial!) && w.slice(1).join(' ') === surname,
    );
    if (hit) return hit;
  }
  return null;
}

function linkSingle(word: string, inDocument: NameSet, inStudy: NameSet): string | null {
  return (
    unique(inDocument, (w) => w[0] === word) ??
    unique(inDocument, (w) => w[w.length - 1] === word) ??
    unique(inStudy, (w) => w[w.length - 1] === word)
  );
}

/** The key a person mention links to, given the full names in its document and in the study. */
export function linkPerson(
  tokens: readonly string[],
  inDocument: NameSet,
  inStudy: NameSet,
): string {
  const own = tokens.join(' ');
  if (tokens.length === 0 || isFullName(tokens)) return own;
  if (tokens.length >= 2) return linkInitial(tokens, [inDocument, inStudy]) ?? own;
  return linkSingle(tokens[0]!, inDocument, inStudy) ?? own;
}
