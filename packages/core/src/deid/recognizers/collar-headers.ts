/**
 * Whether a column header or a field's key names the number of a police officer or staff member
 * (ANNOTATION.md, collar_number: "a collar or shoulder number, an operator or call-handler number,
 * or a PCSO number"), judged from its words rather than from a list of whole names, since exports
 * name that column every way: `Det Off (coll#)`, `handler_op`, `accepted_by_op`, `Reviewer`,
 * `Attending PC`. The caller still requires the value to look like a collar number.
 */

/** Words that name the number itself, or the one who keyed or owns the line. */
const STAFF_WORDS = new Set([
  'collar',
  'coll',
  'shoulder',
  'warrant',
  'op',
  'opr',
  'operator',
  'handler',
  'dispatcher',
  'disp',
  'officer',
  'off',
  'oic',
  'pc',
  'ps',
  'pcso',
  'dc',
  'ds',
  'sgt',
  'insp',
  'reviewer',
  'user',
  'userid',
]);
/** `staff` names the number only with a number word (`staff_no`); alone it may be a head count. */
const NUMBER_WORDS = new Set(['no', 'num', 'number', 'id']);

/**
 * Words that make the column something else about the officer or the line (their name, the time,
 * a count, a code, a phone), whose digits are not a collar number.
 */
const OTHER_WORDS = new Set([
  'name',
  'names',
  'surname',
  'forename',
  'count',
  'total',
  'qty',
  'time',
  'date',
  'dob',
  'age',
  'year',
  'rank',
  'role',
  'type',
  'team',
  'unit',
  'station',
  'email',
  'phone',
  'tel',
  'mobile',
  'ext',
  'code',
  'ref',
  'hours',
  'hrs',
  'mins',
  'duration',
  'grade',
  'area',
  'beat',
]);

/** The header's words, lower case: `handlerOp` and `handler_op` both give `handler`, `op`. */
function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** A header is a few words without digits: a cell with digits (`PC 1234`) is data, not a header. */
const MAX_HEADER = 40;

export function isCollarHeader(header: string): boolean {
  if (header.length > MAX_HEADER || /\d/.test(header)) return false;
  const words = headerWords(header);
  const staff = words.includes('staff') && words.some((w) => NUMBER_WORDS.has(w));
  return (staff || words.some((w) => STAFF_WORDS.has(w))) && !words.some((w) => OTHER_WORDS.has(w));
}

/** A cheap test that a text may hold such a header: most texts hold none of these words. */
export const COLLAR_HEADER_GATE =
  /coll|shoulder|warrant|(?<![a-z])(?:op|opr|off|pc|ps|dc|ds)(?![a-z])|operator|handler|disp|officer|oic|sgt|insp|reviewer|user|staff|[|\t,][ \t]*by[ \t]*(?:[|\t,\r\n]|$)/im;
