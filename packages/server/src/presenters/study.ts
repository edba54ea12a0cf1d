/**
 * Presenters shape what the API returns: they copy the fields the API promises, by name, so a
 * field the store adds for its own use never leaks into responses by accident.
 */
import type { Study } from '@liaison/core';
import type { StudyCounts } from '@liaison/store';

export function presentStudy(study: Study): Study {
  const { id, name, description, createdAt } = study;
  return { id, name, description, createdAt };
}

export function presentCounts(counts: StudyCounts): StudyCounts {
  const { sites, datasets, sources, participants, cases, codes, codings } = counts;
  return { sites, datasets, sources, participants, cases, codes, codings };
}
