import { describe, expect, it } from 'vitest';
import { classifyEntry, emptyContext, type EntryAnalysis } from '../../src/index.js';

function classify(text: string, author: string | null = 'PC 4410 TESTER'): EntryAnalysis {
  return classifyEntry({ index: 1, author, text });
}

describe('classifyEntry: events and precedence', () => {
  it('labels an arrest over the deploy it also records (closure > mha_power > arrest > ... > deploy)', () => {
    expect(classify('ON SCENE. MALE ARRESTED FOR CRIMINAL DAMAGE').event).toBe('arrest');
    expect(classify('ATTENDED, DETAINED S136 MHA, CONVEYED TO SUITE').event).toBe('mha_power');
    expect(classify('RESULT: ASB - ADVICE GIVEN. NFA').event).toBe('closure');
  });

  it('reads capitals and lower case alike and knows the abbreviations', () => {
    expect(classify('unit assigned, eta 10').event).toBe('deploy');
    expect(classify('PNC CHECKS ON SUBJECT, NIL TRACE', 'OPR 1200').event).toBe('risk_assessment');
    expect(classify('AMHP REQUESTED VIA CONTROL').event).toBe('referral');
    expect(classify('PHONED CRHT, UPDATE GIVEN ON HISTORY').event).toBe('information_sharing');
  });

  it('keeps a caller ringing again as a report, not information sharing', () => {
    const a = classify('RP RANG AGAIN, SHOUTING NOW LOUDER', 'OPR 1200');
    expect(a.event).toBe('report');
    expect(a.agencies).toEqual(['police', 'public']);
  });

  it('gives triggers with UTF-16 offsets into the entry text', () => {
    const text = 'Café owner 😀 reports ASB outside';
    const a = classify(text, 'OPR 1');
    const asb = a.triggers.framing.find((t) => t.text === 'ASB');
    expect(asb && text.slice(asb.startUtf16, asb.endUtf16)).toBe('ASB');
    expect(a.triggers.event[0]?.label).toBe('report');
  });
});

describe('classifyEntry: negation, background and refusal', () => {
  it('does not take a framing from a negated cue', () => {
    expect(classify('SPOKE TO MALE. NO MH CONCERNS. RESUMING').framing).not.toBe('health_welfare');
    expect(classify('SEARCHED AREA, NO WEAPONS FOUND, NO OFFENCES').framing).not.toBe('crime_asb');
  });

  it('does not list an agency mentioned only as history', () => {
    expect(classify('SPOKE TO FEMALE. NOT KNOWN TO MH SERVICES').agencies).not.toContain(
      'mental_health',
    );
    expect(classify('MALE KNOWN TO CMHT, PREVIOUS ADMISSIONS').agencies).not.toContain(
      'mental_health',
    );
    expect(classify('RANG CMHT DUTY, SHE WILL VISIT TOMORROW').agencies).toContain('mental_health');
  });

  it('marks a refused request and still labels it a referral', () => {
    const a = classify('ASKED CRHT TO ASSESS TONIGHT - REFUSED, CANNOT ACCEPT POLICE REFERRALS');
    expect(a.refused).toBe(true);
    expect(a.event).toBe('referral');
  });

  it('treats a considered power as not used', () => {
    expect(classify('S136 CONSIDERED BUT IN OWN HOME').instruments).not.toContain('s136');
    expect(classify('MALE DETAINED S136 AT 2210HRS').instruments).toContain('s136');
  });
});

describe('classifyEntry: ambiguity settled by context (CPN)', () => {
  it('reads CPN as the nurse near a name or a care role', () => {
    const a = classify('PHONED HIS CPN MARGARET LOWE, SHE WILL VISIT');
    expect(a.agencies).toContain('mental_health');
    expect(a.event).not.toBe('asb_enforcement');
  });

  it('reads CPN as the notice when served or breached', () => {
    const a = classify('CPN SERVED ON MALE AT ADDRESS FOLLOWING CPW BREACH');
    expect(a.event).toBe('asb_enforcement');
    expect(a.instruments).toContain('cpn_notice');
    expect(a.agencies).not.toContain('mental_health');
  });

  it('reads both senses in one entry', () => {
    const a = classify('CPN SERVED TODAY. HIS CPN JO ADEBAYO UPDATED BY PHONE');
    expect(a.instruments).toContain('cpn_notice');
    expect(a.agencies).toContain('mental_health');
  });

  it('carries the sense the log last used when an entry gives no cue', () => {
    const context = emptyContext();
    classifyEntry({ index: 0, author: null, text: 'CPN SERVED ON TENANT' }, context);
    const later = classifyEntry({ index: 1, author: null, text: 'CPN COPY FILED' }, context);
    expect(later.agencies).not.toContain('mental_health');
  });
});

describe('classifyEntry: agencies and authors', () => {
  it('does not list police for an entry written by another agency', () => {
    const a = classify('Assessed in cell, low mood, will refer on', 'L&D T. OKAFOR');
    expect(a.agencies).toContain('mental_health');
    expect(a.agencies).not.toContain('police');
  });

  it('does not list police when a police author only relays another agency acting', () => {
    expect(classify('Ambulance on scene, paramedics treating.', 'CONTROL').agencies).toEqual([
      'ambulance',
    ]);
  });
});
