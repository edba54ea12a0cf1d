/**
 * Which documents agreement is computed on. A document only one of the compared coders coded is
 * not double-coded: pooling it would count the other coder's silence as disagreement (or, for
 * α_u, as agreed absence) and drag every statistic toward zero. So by default only documents
 * every compared coder coded at least once are included; the rest are listed with the reason.
 */
export type ExclusionReason = 'coded_by_none' | 'not_coded_by_every_coder';

export interface DocumentSelection {
  included: string[];
  excluded: { id: string; reason: ExclusionReason; codedBy: string[] }[];
}

/** Splits `documents` into those coded by every coder in `coders` and the others. */
export function selectDoubleCoded(
  documents: readonly string[],
  codings: readonly { document: string; coder: string }[],
  coders: readonly string[],
): DocumentSelection {
  const codedBy = new Map<string, Set<string>>();
  for (const c of codings) {
    if (!coders.includes(c.coder)) continue;
    const set = codedBy.get(c.document) ?? new Set<string>();
    set.add(c.coder);
    codedBy.set(c.document, set);
  }
  const selection: DocumentSelection = { included: [], excluded: [] };
  for (const id of documents) {
    const who = [...(codedBy.get(id) ?? [])].sort();
    if (coders.every((c) => who.includes(c))) selection.included.push(id);
    else
      selection.excluded.push({
        id,
        reason: who.length === 0 ? 'coded_by_none' : 'not_coded_by_every_coder',
        codedBy: who,
      });
  }
  return selection;
}
