/**
 * Small fictional sources for the API tests: a narrative police log, an interview transcript and
 * a Markdown protocol. Names, places and incidents are invented.
 */
export const POLICE_LOG = [
  'Incident: 2031/0415',
  'Site: Northbridge',
  'Opened: 14/03/2031 21:02',
  'Opening code: CONCERN FOR WELFARE',
  'Closing code: NFA',
  '',
  '14/03/2031 21:05 [PC 4471 ADAMS] CALLER REPORTS NEIGHBOUR SHOUTING IN STAIRWELL, SOUNDS DISTRESSED.',
  'CALLER DOES NOT KNOW HIS NAME.',
  '21:19 [DISP 22] UNIT 3B ASSIGNED, ETA 10 MINS.',
  '21:47 [PC 4471 ADAMS] ATTENDED. MALE CALM NOW, SAYS HE HAS NOT SLEPT. CRHT CONTACTED FOR ADVICE.',
  '00:10 [PS 1180 OKAFOR] CRHT TO VISIT IN THE MORNING. LOG CLOSED NFA.',
  '',
].join('\n');

export const TRANSCRIPT = [
  '[00:00:05] INT: Thank you for taking part. Could you describe your role?',
  '[00:00:12] P1: I coordinate the street triage car on weekday evenings.',
  '[00:01:40] INT: How do you share information with the police?',
  '[00:01:52] P1: Mostly by phone, and sometimes through the safeguarding hub.',
  '',
].join('\n');

export const PROTOCOL = [
  '# Joint protocol (draft)',
  '',
  'Agreed between the fictional Northbridge partners.',
  '',
  '## Referrals',
  '',
  'Referrals go through the single point of access.',
  '',
].join('\n');

/** A "log" with no timestamped entry: the importer must refuse it with a diagnostic. */
export const NOT_A_LOG = 'These are meeting notes, not a log.\nNo line starts with a time.\n';

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
