import { describe, expect, it } from 'vitest';
import {
  createVrmRecognizer,
  isIssuedAgeIdentifier,
  latestAgeIdentifiers,
} from '../../src/index.js';
import { found, presidioCases, scoreCases, spans } from './shared-cases.js';

const vrm = createVrmRecognizer({ referenceDate: new Date('2026-11-26T00:00:00Z') });

describe('vehicle registration recognizer', () => {
  it('bounds current-format age identifiers by the reference date (INF104)', () => {
    expect(latestAgeIdentifiers(new Date('2026-11-26T00:00:00Z'))).toEqual({
      march: 26,
      september: 76,
    });
    expect(latestAgeIdentifiers(new Date('2027-02-01T00:00:00Z'))).toEqual({
      march: 26,
      september: 76,
    });
    expect(latestAgeIdentifiers(new Date('2027-03-01T00:00:00Z'))).toEqual({
      march: 27,
      september: 76,
    });
    expect(isIssuedAgeIdentifier(1, new Date('2026-11-26T00:00:00Z'))).toBe(false);
    expect(isIssuedAgeIdentifier(77, new Date('2026-11-26T00:00:00Z'))).toBe(false);
  });

  it('does not read a two-character school registration group as a dateless mark', () => {
    expect(spans(vrm, 'Pupil: Thorfinn (S2, reg 2F)   DOB')).toEqual([]);
    expect(spans(vrm, 'reg ABC 123 seen').map(([t]) => t)).toEqual(['ABC 123']);
  });

  it('finds every Presidio registration case and rejects its invalid ones', () => {
    expect(scoreCases(vrm, presidioCases('UK_VEHICLE_REGISTRATION'))).toEqual({
      truePositives: 14,
      falseNegatives: [],
      falsePositives: [],
    });
  });

  it('takes the older Presidio forms compact, with a vehicle word, or spaced and standing alone', () => {
    expect(spans(vrm, 'M456DEF')).toEqual([['M456DEF', 0, 7]]);
    expect(spans(vrm, 'DEF456G')).toEqual([['DEF456G', 0, 7]]);
    expect(spans(vrm, 'vehicle A123 BCD')).toEqual([['A123 BCD', 8, 16]]);
    expect(spans(vrm, 'car reg ABC 1D')).toEqual([['ABC 1D', 8, 14]]);
    expect(found(vrm, 'A123 BCD; K1 ABC; ABC 123D; ABC 1D')).toEqual([
      'A123 BCD',
      'K1 ABC',
      'ABC 123D',
      'ABC 1D',
    ]);
    expect(spans(vrm, 'Officers saw X123 KLM parked up')).toEqual([['X123 KLM', 13, 21]]);
  });

  it('scores a spaced older mark without a vehicle word lower than one with it', () => {
    const [alone] = vrm.detect('seen X123 KLM', {});
    const [car] = vrm.detect('car X123 KLM', {});
    expect(alone!.score).toBeLessThan(0.5);
    expect(alone!.score).toBeLessThan(car!.score);
  });

  it('leaves spaced older shapes that are road numbers, words or part of capitalised text', () => {
    const text =
      'M62 JCT 24. A58 RBT. M1 NTH. A12 DOG unit. lower case abc 12a. SEEN X123 KLM. ' +
      'X123 KLM PARKED. Form MG1 ABC given. k1 abc.';
    expect(spans(vrm, text)).toEqual([]);
  });

  it('finds Northern Ireland and dateless marks right after a registration word', () => {
    expect(spans(vrm, 'VRM: ABZ 1234 seen')).toEqual([['ABZ 1234', 5, 13]]);
    expect(spans(vrm, 'reg 1234 AB')).toEqual([['1234 AB', 4, 11]]);
    expect(spans(vrm, 'PC 1234 attended')).toEqual([]);
  });

  it('finds marks in log text with exact offsets', () => {
    const text = 'Stop check: EO73WND stopped; then GR52 FMX and x859 grp? No: car X859 GRP.';
    expect(spans(vrm, text)).toEqual([
      ['EO73WND', 12, 19],
      ['GR52 FMX', 34, 42],
      ['X859 GRP', 65, 73],
    ]);
  });

  it('ignores police shorthand, legislation, roads and words that look like marks', () => {
    const text =
      'TASER X2 NOT USED. S136 MHA applied. M6 southbound at J19. MG11 statement. Taser X2 not used. PC 1234 SMITH. FORM 5090.';
    expect(spans(vrm, text)).toEqual([]);
  });

  it('ignores a section of an Act cited by its letters, and keeps the mark beside a vehicle', () => {
    expect(spans(vrm, 'Stop search: S1 PACE / S23 MDA - receipt given. S4 POA warning.')).toEqual(
      [],
    );
    expect(spans(vrm, 'Vehicle: silver Focus S23 MDA')).toEqual([['S23 MDA', 22, 29]]);
  });

  // INF104: Northern Ireland (letters with I or Z, up to 4 digits) and dateless marks have the
  // shape of `PC 1234`; right after a vehicle noun or driving verb, with at most a make and
  // model between, they are marks. A road after a driving verb (`the M62`) is not.
  it('finds Northern Ireland and dateless marks right after a vehicle word', () => {
    const text =
      'Vehicle FB 81 seen. May be driving NS 30. Vehicle: Ford Focus LZT 7892; Taxi BIZ 4471. Driving on the M62. Car PC 1234. Vehicle M62 at J19.';
    expect(spans(vrm, text).map(([t]) => t)).toEqual(['FB 81', 'NS 30', 'LZT 7892', 'BIZ 4471']);
  });

  // DVA county codes: the last two letters of a Northern Ireland mark hold an I or a Z (`XZ`
  // Armagh, `IG` Fermanagh). Three letters ending in one, and three or four digits, are a mark
  // without a vehicle word; a camera (`PTZ 3`), a non-code pair or shouted text are not.
  it('finds Northern Ireland marks with a county code and no vehicle word, at a lower score', () => {
    const text =
      'westbound   AXZ 5219   hit: NI plate. Parked outside LAZ 4512 confirmed. 06:12  OIG 2204';
    expect(spans(vrm, text).map(([t]) => t)).toEqual(['AXZ 5219', 'LAZ 4512', 'OIG 2204']);
    const [plain] = vrm.detect('seen AXZ 5219 today', {});
    expect(plain!.score).toBeLessThan(0.5);
  });

  it('leaves three-letter codes without a county code, short numbers and shouted text', () => {
    const text =
      'camera 15 and PTZ 3. Cabinet ABC 1234 opened. VIA ROUTE AXZ 5219 CLOSED. ZZZ 123.';
    expect(spans(vrm, text)).toEqual([]);
  });

  it('needs a vehicle word when the random letters are a common word (MG11 FOR)', () => {
    expect(vrm.detect('MG11 FOR review', {})).toEqual([]);
    const [car] = vrm.detect('car MG11 FOR sale', {});
    expect(car!.score).toBeGreaterThan(0.6);
  });

  // Demo logs (packages/cli/src/demo): a postcode district then a log abbreviation such as ETA
  // (estimated time of arrival) has the shape of a current mark (INF104) but is not one.
  it('does not read a postcode district then ETA, ETD or RTC as a mark', () => {
    const text = 'Unit en route to NM12 ETA 10 mins. Patrol to LS14 ETD 2210. Caller at WF12 RTC.';
    expect(spans(vrm, text)).toEqual([]);
    expect(spans(vrm, 'Silver car NM12 ETA parked outside')).toEqual([['NM12 ETA', 11, 19]]);
  });
});
