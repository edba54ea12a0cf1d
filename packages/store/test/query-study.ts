/**
 * A small fictional study for query tests: two police logs (site North) and one interview whose
 * speaker P07 is a registered AMHP, one case holding log A and the interview, three codes, and
 * codings chosen so overlap and same-unit co-occurrence differ.
 */
import type { Code, TextVersion } from '@liaison/core';
import type { StudyStore } from '../src/index.js';
import { ACTOR, type Studies } from './engines.js';
import { LOG_A, LOG_B, TRANSCRIPT, anchorOf, file } from './fixtures.js';

export interface QueryStudy {
  store: StudyStore;
  logA: TextVersion;
  logB: TextVersion;
  interview: TextVersion;
  risk: Code;
  partner: Code;
  trust: Code;
  caseId: string;
  p07: string;
}

async function imported(
  store: StudyStore,
  results: Awaited<ReturnType<StudyStore['importFiles']>>,
) {
  return Promise.all(
    results.map((r) => {
      if (r.status !== 'imported') throw new Error(`fixture ${r.file} did not import`);
      return store.texts.current(r.sourceId);
    }),
  );
}

export async function queryStudy(studies: Studies): Promise<QueryStudy> {
  const store = await studies.create();
  const p07 = await store.participants.create(ACTOR, {
    code: 'P07',
    role: 'AMHP',
    organisation: 'Fictional County Council',
    sector: 'statutory',
  });
  const logs = { dataset: 'Police logs', kind: 'police_logs', site: 'North' } as const;
  const [logA, logB] = await imported(
    store,
    await store.importFiles(ACTOR, [file('log-a.txt', LOG_A), file('log-b.txt', LOG_B)], logs),
  );
  const [interview] = await imported(
    store,
    await store.importFiles(ACTOR, [file('interview.txt', TRANSCRIPT)], {
      dataset: 'Interviews',
      kind: 'interviews',
    }),
  );
  const [risk, partner, trust] = [
    await store.codes.create(ACTOR, { name: 'risk_concern' }),
    await store.codes.create(ACTOR, { name: 'partner_engagement' }),
    await store.codes.create(ACTOR, { name: 'trust' }),
  ];
  const theCase = await store.cases.create(ACTOR, {
    name: 'Incident 2015-0417',
    kind: 'incident',
    sourceIds: [logA!.sourceId, interview!.sourceId],
  });
  const code = (v: TextVersion, c: Code, exact: string) => ({
    codeId: c.id,
    textVersionId: v.id,
    coder: 'coder-1',
    anchor: anchorOf(v.text, exact),
  });
  await store.codings.createMany(ACTOR, [
    // One entry of log A: risk overlaps partner; trust is in the same entry, apart from both.
    code(logA!, risk!, 'Crisis team contacted by phone'),
    code(logA!, partner!, 'contacted by phone, will arrange an assessment'),
    code(logA!, trust!, 'visit tomorrow'),
    // Log B: risk and partner in different entries.
    code(logB!, risk!, 'struggling since discharge'),
    code(logB!, partner!, 'Referral made to adult social care'),
    // Interview: P07 speaks about partners and risk in one turn, overlapping.
    code(interview!, partner!, 'Most of my work with the police'),
    code(interview!, risk!, 'section 136'),
    code(interview!, risk!, 'work with the police is around section 136'),
  ]);
  return {
    store,
    logA: logA!,
    logB: logB!,
    interview: interview!,
    risk: risk!,
    partner: partner!,
    trust: trust!,
    caseId: theCase.id,
    p07: p07.id,
  };
}
