/** Presenters for sources, their text versions and structure. */
import type { Provenance, TextVersion } from '@liaison/core';
import type { SourceSummary } from '@liaison/store';

export type VersionMeta = Omit<TextVersion, 'text'>;

function presentProvenance(provenance: Provenance): Provenance {
  const { fileName, importedBy, importedAt, tool, note } = provenance;
  return note === undefined
    ? { fileName, importedBy, importedAt, tool }
    : { fileName, importedBy, importedAt, tool, note };
}

export function presentSource(source: SourceSummary): SourceSummary {
  return {
    id: source.id,
    datasetId: source.datasetId,
    datasetName: source.datasetName,
    datasetKind: source.datasetKind,
    siteId: source.siteId,
    siteName: source.siteName,
    caseId: source.caseId,
    name: source.name,
    format: source.format,
    mediaType: source.mediaType,
    sha256: source.sha256,
    byteLength: source.byteLength,
    provenance: presentProvenance(source.provenance),
    participantIds: source.participantIds,
    currentVersion: source.currentVersion,
    unitCount: source.unitCount,
    lengthUtf16: source.lengthUtf16,
  };
}

export function presentVersionMeta(version: VersionMeta): VersionMeta {
  const { id, sourceId, number, parentId, reason, lengthUtf16, createdAt, createdBy } = version;
  return { id, sourceId, number, parentId, reason, lengthUtf16, createdAt, createdBy };
}

export function presentTextVersion(version: TextVersion): TextVersion {
  return { ...presentVersionMeta(version), text: version.text };
}
