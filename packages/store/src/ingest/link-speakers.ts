/**
 * Links a transcript's speakers to register participants whose code is the speaker label
 * (`P07:` in the transcript, `P07` in the register), compared case-insensitively.
 */
import type { DatasetKind, Id, Participant, Structure } from '@liaison/core';

const TRANSCRIPT_DATASETS: readonly DatasetKind[] = ['interviews', 'focus_groups'];

export function speakerParticipantIds(
  kind: DatasetKind,
  structure: Structure,
  participants: Participant[],
): Id[] {
  if (!TRANSCRIPT_DATASETS.includes(kind) || structure.kind !== 'transcript') return [];
  const byCode = new Map(participants.map((p) => [p.code.toLowerCase(), p.id]));
  const ids = structure.speakers.map((s) => byCode.get(s.trim().toLowerCase()));
  return [...new Set(ids.filter((id): id is Id => id !== undefined))];
}
