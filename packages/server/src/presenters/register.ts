/** Presenters for the study register: sites, datasets, participants and cases. */
import type { Case, Dataset, Participant, Site } from '@liaison/core';

export function presentSite(site: Site): Site {
  const { id, name, description } = site;
  return { id, name, description };
}

export function presentDataset(dataset: Dataset): Dataset {
  const { id, name, kind, description } = dataset;
  return { id, name, kind, description };
}

export function presentParticipant(participant: Participant): Participant {
  const { id, code, role, organisation, sector, siteId, attributes } = participant;
  return { id, code, role, organisation, sector, siteId, attributes };
}

export function presentCase(studyCase: Case): Case {
  const { id, name, kind, description, attributes, sourceIds } = studyCase;
  return { id, name, kind, description, attributes, sourceIds };
}
