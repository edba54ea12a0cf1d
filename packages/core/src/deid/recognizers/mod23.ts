/**
 * The Ministry of Justice modulus-23 check character used by PNC IDs, CRO numbers and ASNs
 * (ministryofjustice/hmpps-person-record `PNCIdentifier` / `CROIdentifier`): the check letter is
 * `ALPHABET[n mod 23]`, where n is a decimal number built from the identifier's digits. The
 * alphabet has 23 letters: no I, O or S.
 */
const ALPHABET = 'ZABCDEFGHJKLMNPQRTUVWXY';

/** Check letter for the decimal digit string `digits` (any length; computed digit by digit). */
export function mod23CheckLetter(digits: string): string {
  let remainder = 0;
  for (const d of digits) remainder = (remainder * 10 + Number(d)) % 23;
  return ALPHABET[remainder] as string;
}
