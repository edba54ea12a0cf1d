/**
 * The lexicon Liaison ships with, written from DOMAIN.md's taxonomies and the annotation rules
 * in ANNOTATING-LOGS.md (section numbers cited below). A study copies and edits it as JSON.
 * Patterns are RegExp sources, matched case-insensitively; `rx` keeps backslashes literal.
 */
import {
  DEFAULT_AGENCY_MODELS,
  DEFAULT_EVENT_MODEL,
  DEFAULT_FRAMING_MODEL,
} from './default-label-models.js';
import type { Lexicon, LexiconTerm } from './lexicon.js';

function rx(strings: TemplateStringsArray, ...parts: string[]): string {
  return String.raw({ raw: strings.raw }, ...parts);
}

function term(label: string, patterns: string[], requiresPartner?: boolean): LexiconTerm {
  return requiresPartner ? { label, patterns, requiresPartner } : { label, patterns };
}

/** §3 agency mapping. CPN is left to the ambiguity rule below. */
/** Relatives, friends and carers: members of the public when they act or are contacted (§3). */
const KIN =
  'mother|father|mum|dad|wife|husband|partner|daughter|son|sister|brother|relatives?|family|parents?|grandmother|grandfather|gran|grandad|niece|nephew|aunt|uncle|cousin|carer|friend|flatmate|housemate';

/** Words before a court named only as where someone goes: "held for court", "goes before". */
const COURT_DESTINATION = String.raw`\b(?:for|before|appear at|appear before|appearing at|appears at|bailed to|bail to|remanded to|requisition to|requisitioned to|summonsed to|asked for at|hearing at|kept in for|held for) (?:the |a )?(?:[A-Z][\w'-]+ )?(?:(?:magistrates'?|crown|youth) )?`;

/**
 * Not inside the first sentence of a control room's grading ("Graded 3 - theft from a vulnerable
 * adult, repeat caller."): it names the kind of call, and the people it names are only mentioned
 * (§3 public). Over the labelled sets, 24 grading lines were wrongly given the public this way and
 * 22 rightly, all of the latter by an act after the grading's sentence ("RP advised to …").
 */
/**
 * Not a referral the partner reports having made, in a call's answer or in what someone says
 * ("Dr Lumbley rang back: … referred him to counselling", "the DSL says staff have referred her"):
 * their news (§2 information_sharing). Put after a match ending in `referred`; the lookbehind's
 * reach is bounded (UTF-16 units) so that long entries stay linear.
 */
const NOT_REPORTED_REFERRAL = String.raw`(?<!(?:\b(?:rang|rung|phoned|called)(?: (?:me |us )?back)?\b[^.:\n]{0,80}:|\bsays\b)[^.\n]{0,200}\b(?:re-?)?referred)`;
const NOT_IN_GRADING = String.raw`(?<!(?:^|\n)\W*(?:graded?|grade|gr)\s*(?:\d|immediate|urgent|priority|emergency)\b[^.\n]*)`;

const AGENCIES: LexiconTerm[] = [
  term('police', [
    rx`\bofficers?\b`,
    rx`\bpolice\b`,
    rx`\bPCSOs?\b`,
    rx`\bP[CS]\s?\d+`,
    rx`\bSGT\b`,
    rx`\bsergeant\b`,
    rx`\bINSP\b`,
    rx`\bOIC\b`,
    rx`\bcontrol\b(?! room (?:\w+ )?(?:nurse|practitioner|RMN))`,
    rx`\bSNT\b`,
    rx`\bNPT\b`,
    rx`\bCID\b`,
    rx`\b(?:DC|DS|DI|PS)\s?\d+`,
    rx`\bcall handlers?\b`,
    rx`\bdispatch(?:er)?\b`,
    rx`\bneighbourhood (?:team|officers?|policing)\b`,
    rx`\bresponse (?:team|officers?|units?|cars?)\b`,
    rx`\bduty (?:inspector|sergeant|insp|sgt)\b`,
    rx`\bcustody (?:sergeant|sgt|officers?|staff)\b`,
    rx`\b(?:ARV|dog (?:unit|handler))\b`,
    // A hospital's units ("the acute medical unit") are wards, not police units.
    rx`\bunits?\b(?<!\b(?:medical|assessment|acute|treatment|injuries|burns|stroke|cardiac|coronary|dialysis|maternity|care|dependency|decisions?|admissions?|psychiatric|rehab|rehabilitation|baby|disorders?|detox|secure) units?)`,
    // A hospital police liaison officer.
    rx`\bHPLO\b`,
  ]),
  term('ambulance', [
    rx`\bambulance\b`,
    rx`\bAMBs?\b`,
    rx`\bparamedics?\b`,
    // The hospital ambulance liaison officer and a rapid response car are the ambulance service's.
    rx`\bHALO\b`,
    rx`\brapid response (?:vehicle|car|paramedic)\b`,
    // The Hazardous Area Response Team, not the second half of a double-barrelled surname
    // (`Banerjee-Hart`): ten such names in the labelled sets, never the team.
    rx`(?<!-)\bHART\b(?!-)`,
    rx`\bhear and treat\b`,
    rx`\b(?:ambulance |clinical )?(?:hub )?clinician\b(?= (?:advised|called|rang|triaged|spoke|said|says))`,
    rx`\bcrews?\b(?= (?:on scene|arrived|attended|en route|assessed|treated|conveyed|conveying|checked|took|taking))`,
    rx`\bAS\s?control\b`,
    rx`\b(?:NWAS|YAS|EMAS|SWASFT|WMAS|SECAmb|NEAS|EEAST|SCAS|WAST|SAS|NIAS)\b`,
  ]),
  term('mental_health', [
    rx`\b(?:OP)?CMHT\b`,
    rx`\beating disorders? (?:service|team|clinic|unit)\b`,
    rx`\bCRHT\b`,
    rx`\bcrisis (?:team|line|service)`,
    rx`\bhome treatment`,
    rx`\bAMHPs?\b`,
    rx`\bL\s?&\s?D\b`,
    rx`\bliaison (?:and|&) diversion`,
    rx`\bpsych(?:iatric)? liaison`,
    rx`\bCAMHS\b`,
    rx`\bstreet triage`,
    // An A&E triage nurse is the hospital's (health), not a mental health triage service.
    rx`(?<!\bA\s?&\s?E )\btriage (?:nurse|car|team)`,
    rx`\bplace of safety\b`,
    rx`\b(?:s\.?\s?136|136|HBPOS) suite`,
    rx`\bsuite (?:nurse|staff)`,
    rx`\b[A-Z][a-z]+ suite\b`,
    // A ward sister is a general hospital's nurse in charge (health, below).
    // A numbered ward ("Ward 7 discharge coordinator") is a general hospital's (health, below);
    // being conveyed to a ward is where the crew went, not a contact with its staff.
    rx`(?<!\bconveyed (?:[\w'-]+ ){0,3}to (?:the )?(?:[\w'-]+ )?)\b(?:psychiatric |mental health )?ward\b(?! staff? of| sisters?\b| \d{1,2}\b(?![/.:-]\d))`,
    rx`\bs\.?\s?12 (?:dr|doctor)`,
    rx`\bsection 12 (?:dr|doctor)`,
    rx`\bpsychiatrist`,
    rx`\bmental health (?:team|services?|nurse|worker|trust|practitioner)`,
    rx`\bMH (?:team|services?|nurse|worker|practitioner)`,
    rx`\bearly intervention\b`,
    rx`\bEIT\b`,
    rx`\bcare co-?ordinator`,
    rx`\bRMNs?\b`,
    rx`\bIAPT\b`,
    rx`\btalking therapies\b`,
    rx`\bmemory (?:clinic|(?:assessment )?service|team|nurse)s?\b`,
    // The NHS intensive support team for autistic people and people with a learning disability.
    rx`\b(?:IST|intensive support team)\b`,
    // Not the learning disability team: in the labelled sets it is adult social care's (LD team
    // social worker, "ASC learning disability team"), never listed as mental health in 10 entries.
    // Its nurse is health's (both entries so labelled).
    // A neighbourhood mental health team or link worker ("flagged to the NMH link worker").
    rx`\b(?:NMH|neighbourhood mental health)\b`,
    rx`\bcrisis (?:house|caf[eé]|sanctuary)`,
    rx`\bEIP\b`,
    rx`\bRAID\b`,
    rx`\b(?:HTT|IHTT|CRT|MHLT|PICU)\b`,
    rx`\bcrisis resolution\b`,
    rx`\bmental health liaison\b`,
    rx`\bcommunity (?:psychiatric|mental health) nurse\b`,
    rx`\bduty (?:psychiatrist|AMHP)\b`,
    rx`\bpsych(?:iatric)? (?:nurse|team|unit|hospital|services?)\b`,
    rx`\bmental health (?:unit|hospital|crisis team|triage)\b`,
    // A mother and baby unit is a specialist perinatal psychiatric unit.
    rx`\bmother and baby unit\b`,
    rx`\bMBU\b`,
  ]),
  term('social_care', [
    rx`\bsocial (?:care|services|worker)`,
    rx`\bfostering (?:team|service)\b`,
    rx`\bASC\b`,
    rx`\bCSC\b`,
    rx`\bEDT\b`,
    rx`\bemergency duty team`,
    rx`\bMASH\b`,
    rx`\bearly help\b`,
    rx`\badults?'? services`,
    rx`\bchildren'?s services`,
    // A safeguarding lead is the school's, hospital's or trust's own (`the designated safeguarding
    // lead at Heath Academy`): over the sets, none of the 5 entries it alone read as social care
    // is labelled so; a council's is named by its team or hub.
    rx`\bsafeguarding (?:team|hub|adults)`,
    rx`\bSW\b`,
    rx`\bLADO\b`,
    // The single point of contact of children's or adult social care.
    rx`\b(?:children'?s|adults'?|ASC|CSC|social care) front door\b`,
    rx`\bfamily support worker\b`,
    rx`\bleaving care (?:team|service|worker|PA)\b`,
    rx`\bpersonal adviser\b`,
    rx`\b(?:adult|children'?s?) safeguarding\b`,
    rx`\bsafeguarding (?:adults|children) (?:team|board)\b`,
    rx`\bcare (?:agency|provider|manager|co-?ordinator at ASC)`,
    // A PPN is a notification to social care (the MASH or adult front door), so one submitted
    // with no destination contacts social care (§3: contacted counts without a reply). A result
    // line recounting one ("RESULT: … PPN SUBMITTED, NO RESPONSE") contacts nobody.
    rx`(?<!\b(?:result|closed?)\b[^\n]{0,80})\bPPN (?:submitted|sent|completed|raised|done|made)\b(?! to\b)`,
  ]),
  term('health', [
    // "GPS tag", "GPS tracker": the satellite system, not general practitioners.
    // A route or a plan through the GP names no contact with one: "a CRHT referral via his GP",
    // "registered with a GP", "needs a GP referral", "GP in the morning".
    rx`(?<!\b(?:via|through|registered with|registering with|register with) (?:a |the |his |her |their )?)\bGPs?\b(?<!\bGPS(?= (?:tags?|trackers?|devices?|signals?|locations?|co-?ordinates|data|units?|app)\b))(?! (?:referral|registration|in the morning|tomorrow|next week)\b)`,
    rx`\bA\s?&\s?E\b`,
    rx`\bA and E\b`,
    rx`\bemergency department`,
    rx`\b(?:alcohol|drug|substance misuse) liaison (?:nurse|team|service)\b`,
    // ED, as hospitals now name A&E. "Ed" is also a given name, so ED counts after a word that
    // places someone in it or before a word of its staff or business.
    rx`\bED\b(?<=\b(?:in|at|into|the|left|leave|leaving|General|Infirmary|Hospital|Royal) ED)(?!['’])`,
    rx`\bED(?=\s*:)`,
    rx`\bED\b(?= (?:doctors?|nurses?|staff|consultant|matron|sister|charge nurse|told|rang|security|triage|department|reception|clinicians?|attendances?|frequent|police liaison|resus|cubicle|team))`,
    rx`\bward sisters?\b`,
    rx`\bward \d{1,2}\b(?![/.:-]\d)`,
    rx`\bprimary care (?:practitioner|team|network|service)s?\b`,
    // "Plover Suite (Mardle Hospital)": the hospital only says where the suite or ward is.
    // A former, derelict or disused hospital is a building, not a health service (since 1.31.0).
    rx`(?<!\b(?:former|derelict|disused|abandoned) (?:[\w'-]+ ){0,2})(?<!\b(?:suite|ward|unit)(?:\s*[(,]| at(?: the)?)\s*(?:[\w'-]+ ){0,3})(?<!\b(?:in|into|from|way to|near|out of) (?:the )?)\bhospital\b(?! (?:shop|car ?park|grounds|site|entrance|caf[eé]|road|street|lane)\b)`,
    rx`\bsurgery\b`,
    rx`\bcustody (?:nurse|HCP|healthcare|health care)`,
    rx`\bHCP\b`,
    rx`\bFME\b`,
    rx`\bdistrict nurse`,
    // A district nurse by title: "DN Horrocks", "the DN finds".
    rx`\bDNs?\b(?= [a-z])`,
    rx`\bpractice (?:manager|nurse)`,
    rx`\bhealth visitor\b`,
    rx`\b(?:dentists?|dental (?:practice|surgery)|sexual health (?:clinic|service))\b`,
    // Nurses of physical-health services: school, specialist and diabetes nurses, homeless health.
    rx`\b(?:school|specialist|diabetes|diabetic|HD|Huntington'?s(?: disease)?|homeless health) nurses?\b`,
    rx`\b(?:homeless health|diabetes) (?:team|service|drop-in)\b`,
    rx`\bmidwi(?:fe|ves)\b`,
    rx`\b(?:NHS )?111\b`,
    rx`\bout of hours (?:GP|doctor)`,
    rx`\bpharmacists?\b`,
    rx`\b(?:MIU|minor injuries(?: unit)?|urgent treatment cent(?:re|er)|walk-in cent(?:re|er))\b`,
    rx`\bhealth cent(?:re|er)\b`,
    rx`\b(?:doctors'?|GP) surgery\b`,
    rx`\b(?:medical|GP) (?:practice|centre|center)\b`,
  ]),
  term('housing', [
    // The council's private sector housing team enforces standards (local_authority), it is no landlord.
    // A camera's or a lamp's housing is its casing, not a housing provider.
    rx`(?<!\bprivate sector |\b(?:camera|lamp|light|meter|engine|pump|fan|lens|motor|alarm|battery|bulb|plastic|metal) )\bhousing\b(?! (?:options|benefit))`,
    rx`\bhousing options\b`,
    rx`\bhomeless(?:ness)? (?:team|officer|prevention|service)\b`,
    rx`\b(?<!care )homes\b`,
    rx`\blandlord\b`,
    rx`\btenancy (?:officer|team|support|sustainment)`,
    rx`\bhousing association\b`,
    rx`\b(?<!(?:church|street|community|neighbourhood|city|town|dog|traffic|park|parks) )warden\b`,
    rx`\bscheme manager\b`,
    rx`\bsupported (?:housing|accommodation)\b`,
    rx`\bhostel (?:staff|manager|worker)`,
    rx`\bestate (?:officer|manager)\b`,
    rx`\bneighbourhood (?:housing )?officer\b(?= (?:from|at) \w+ (?:homes|housing))`,
    rx`(?<!\bprivate sector )\bhousing (?:officer|provider|team|trust|group)\b`,
    rx`\bsocial landlord\b`,
  ]),
  term('local_authority', [
    rx`\bASB (?:team|officer|co-?ordinator|unit|case officer|case ?worker)`,
    // A council's social care, housing or EDT is that service (social_care, housing); a parish or
    // church council is no local authority service.
    rx`(?<!\b(?:parish|church|student|school|youth) )\bcouncil\b(?:['’]s)?(?! (?:EDT|ASC|adult social care|children['’]s services|social care|social services|social work(?:er|ers)?|housing|reablement|MASH|tenancy|tax(?! (?:team|office|department|officers?)))\b)`,
    rx`\bcommunity safety\b`,
    rx`\benvironmental health\b`,
    // Public health has been a council duty in England since 2013 (Health and Social Care Act 2012).
    rx`\bpublic health\b(?! act\b)`,
    rx`\bnoise (?:team|officer|line|service)`,
    rx`\blocal authority\b`,
    rx`\bEHOs?\b`,
    // Taxi and premises licensing are the council's; firearms licensing is the police's own, and a
    // dispute said to be "for the licensing office" names no contact.
    rx`(?<!\bfirearms? )(?<!\bfor the )\blicensing (?:team|officer|office)`,
    rx`\b(?:taxi|hackney(?: carriage)?|private hire|premises) licensing\b`,
    rx`\btrading standards\b`,
    rx`\b(?:street|community|neighbourhood|city|town|park|parks) wardens?\b`,
    rx`\bCSP\b`,
    rx`\bparks? (?:team|department|staff|officers?)\b`,
    rx`\b(?:council|LA) (?:enforcement|CCTV)\b`,
    rx`\benforcement officers?\b(?= (?:from|at) (?:the )?council)`,
    rx`\bprivate sector housing\b`,
    rx`\byouth service\b`,
    // Councils' detached youth workers meet young people where they gather.
    rx`\bdetached youth (?:team|work(?:ers?)?|service)\b`,
  ]),
  term('third_sector', [
    rx`\bcharity\b`,
    rx`\boutreach\b`,
    rx`\bdrop[- ]in\b`,
    rx`\bSamaritans\b`,
    rx`\bIDVA\b`,
    rx`\bfood ?bank\b`,
    rx`\bbefriend`,
    rx`\bAge UK\b`,
    rx`\bSalvation Army\b`,
    rx`\bWomen'?s Aid\b`,
    rx`\brefuge\b`,
    rx`\bveterans'? (?:charity|line|service)`,
    rx`\bvoluntary (?:sector|service|group)`,
    rx`(?<!\btenancy )\b(?:support|key|project|outreach|recovery) ?worker\b`,
    rx`\bfloating support\b`,
    // Return home interviews, exploitation work and youth mentoring are commissioned from charities.
    rx`\b(?:youth|exploitation|CSE|return (?:home )?(?:interview )?)(?:support )?workers?\b`,
    rx`\breturn (?:home )?interview (?:service|team)\b`,
    rx`\badvocacy|advocate\b`,
    rx`\b(?:drug|alcohol|substance misuse|recovery) (?:and alcohol )?(?:service|team|project)`,
    rx`\bnight shelter\b`,
    rx`\bday centre\b`,
    rx`\bhomeless (?:charity|project|service|team|outreach)`,
    rx`\bproject\b(?= (?:worker|staff|manager|team))`,
    rx`\b(?:St Mungo'?s|Turning Point|CGL|Change Grow Live|We Are With You|Citizens Advice|Victim Support|street pastors|Rethink|Crimestoppers)\b`,
    rx`\blistening service\b`,
    rx`\bhelpline\b`,
    // Voluntary-sector lines named for who they help ("the forget-me-not dementia line").
    rx`\b(?:dementia|carers'?|bereavement|gambling|debt|befriending|parenting) (?:help ?line|line|support line|advice line)\b`,
    // A volunteer of a service, line or charity; a volunteer at a town's event is a member of the
    // public (§3 public: "a volunteer setting up for Remembrance Sunday").
    rx`\b(?:charity|charities|service|befriending|lifeboat|RNLI|rescue|line|project|trust|scheme|centre|pantry|bank)\b[^.;\n]{0,40}\bvolunteers?\b|\b(?:declutter(?:ing)?|befriending|mentoring|peer|outreach|listening) volunteers?\b|\bvolunteers?\b[^.;\n]{0,40}\b(?:charity|service|befriending|lifeboat|RNLI|rescue|line|project|trust|scheme|centre|call(?:s|ed|er|ing)?|visits?|visitor)\b`,
    rx`\b(?:soup kitchen|crisis (?:cafe|café))\b`,
    // Drug workers and exploitation navigators are commissioned voluntary-sector roles.
    rx`\bdrugs? (?:and alcohol )?workers?\b`,
    // Navigators (exploitation, violence reduction, ED, drug-related) are commissioned voluntary-sector
    // roles; an ambulance service's clinical navigator is its own clinician.
    rx`(?<!\b(?:clinical|amb(?:ulance)?) )\bnavigators?\b`,
    // Volunteer lifeboats (the RNLI and independent ones) and coastal or street chaplaincy teams
    // are charities (§3 third_sector). A hospital's or prison's chaplain is that service's, and
    // "by the lifeboat station" is a place.
    rx`(?<!\b(?:by|near|at|outside|past|opposite) the )\b(?:RNLI|lifeboats?)\b`,
    rx`(?<!\b(?:hospital|prison|ward|hospice|custody|school) )\bchaplain(?:s|cy)?\b`,
  ]),
  term('criminal_justice', [
    rx`\bCPS\b`,
    // "Flat 11 Dyers Court", "assigned to Fulling Court": a block of flats, not a court.
    // A court named only as where someone will appear ("held for court", "bailed to Fennock
    // Magistrates") does not act in the entry (§3: a court counts when it acts, e.g. grants an order).
    rx`(?<!\b(?:\d+[a-z]?|to|at|from) (?!(?:the|a|crown|magistrates'?|youth|county|family|coroner'?s) )[\w'-]+ )(?<!${COURT_DESTINATION})\bcourts?\b`,
    rx`(?<!${COURT_DESTINATION})\bmagistrates\b`,
    rx`\bprobation\b`,
    rx`\bYOT\b`,
    rx`\byouth offending\b`,
    rx`\boffender manager\b`,
    rx`\bIOM\b`,
    rx`\bYJS\b`,
    rx`\byouth justice\b`,
    rx`\b(?:crown|magistrates'?|youth) court\b`,
  ]),
  term('public', [
    rx`${NOT_IN_GRADING}\bcaller\b`,
    rx`${NOT_IN_GRADING}\bRP\b`,
    rx`\binformant\b`,
    rx`${NOT_IN_GRADING}\bneighbours?\b`,
    // A relative or friend counts when contacted or acting (§3 public), not when only mentioned
    // ("lives with his sister", "threatened his brother"): a contact verb before the word, or an
    // act after it (past a name and a bracket: "his mother Lynn RIGBY (07700 900123) told").
    rx`${NOT_IN_GRADING}(?<!\b(?:lives?|living|lived|stays?|staying|stayed|lodging|lodges|row|argument|fight|dispute|relationship) )\b(?:rang|called|phoned|told|updated|informed|advised|reassured|contacted|visited|messaged|texted|emailed|spoke|spoken|met|asked|by|with|to)\s+(?:(?:him|her|them|\w+) and\s+)?(?:(?:his|her|their|the|a|an|[A-Z][a-z]+'s)\s+)?(?:${KIN})\b(?!'s\b|’s\b)`,
    rx`\b(?:${KIN})\b(?<!\b(?:ward|A\s?&\s?E|ED|charge|night|nursing|senior|junior) sister)(?!'s\b|’s\b)(?:\s+[A-Z][A-Za-z'-]+){0,3}(?:\s*\([^)]{0,40}\))?,?\s+(?:(?:has|have|had|is|was|were|also|then|now|later|again|just|still)\s+)?(?:reports?|reported|rang|rung|rings|called|phoned|says|said|states|stated|told|informed|updated|advised|present|arrived|attended|attending|arriving|agreed|agrees|confirms?|confirmed|asks|asked|wants|found|collected|came|comes|refused|declined|answered|opened|let|took|drove|brought|stayed|stays|will|can|would|explained|concerned|worried|contacted|texted|messaged|emailed|received|heard|saw|spoke|called|returned|consented|happy|aware|on (?:the )?(?:phone|line)|spoken|seen|revisited|visited|deny|denies|denied|admits?|admitted|signed|on (?:his|her|their) way|with (?:him|her|them))\b`,
    rx`${NOT_IN_GRADING}\bIP\b`,
    // The person booked into custody is dealt with in person (§3 public).
    rx`\b(?!(?:nobody|none|not|no)\b)(?:both|all|he|she|they|[A-Z][a-z]+) (?:(?!not\b)\w+ )?booked in(?:to)?\b`,
    // A custody entry opening with the book-in, or a name and age before it (`Zeno Eathorne, 17,
    // booked in`): the person is dealt with in person.
    rx`(?:^\W*|\b[A-Z][a-z]+, \d{1,2}, )booked in\b`,
    // "a vulnerable victim", "a potential child victim of trafficking", "victim list": how a case
    // or a person is described, not someone spoken to.
    rx`${NOT_IN_GRADING}(?<!\b(?:vulnerable|child|potential|possible|likely|as|more|repeat) )\bvictims?\b(?! (?:of|list|awareness|code)\b)`,
    rx`${NOT_IN_GRADING}\bwitness(?:es)?\b`,
    // A shop, bar or duty manager is a member of the public; a search, bed or case manager is staff.
    rx`(?<!\b(?:search|bed|case|care|ward|practice|project|hostel|service|registered|area|locality|scheme|estate|offender) )\b(?:shop |store |duty |bar )?manager\b`,
    rx`\bdoor ?staff\b`,
    rx`\bMOPs?\b`,
    rx`\bcomplainant\b`,
    rx`\baggrieved\b`,
    rx`\bpassers?[- ]?by\b`,
    rx`\bbystanders?\b`,
    rx`${NOT_IN_GRADING}\b(?:head ?teacher|teacher|postman|postwoman|taxi driver|bus driver|shopkeeper|keyholder)\b`,
    rx`(?<!\bcustody )\b(?:bus |shop |store |site |security )?supervisor\b`,
    rx`\bsecurity (?:guard|staff)\b`,
    rx`\bmembers? of (?:the )?public\b`,
    // Residents at risk or abused ("fire risk to 22 residents", "an assault on a resident", "the
    // other residents") are described, not spoken to.
    rx`${NOT_IN_GRADING}(?<!\b(?:risk to|at|the other|all the|on a|safety of)(?: \d+| older| vulnerable| other| two| three)? )\bresidents?\b`,
    rx`${NOT_IN_GRADING}\b(?:traders?|owner|landlady|driver|staff member)\b`,
    // A company that rings in or is told (§3 public: callers, managers), as the railway's
    // infrastructure operator is in four entries of the labelled sets.
    rx`\bNetwork Rail\b`,
    rx`\bspoke (?:to|with)\b(?! (?:the )?(?:duty |on-call |his |her |their )?(?:GP|nurse|CPN|AMHP|CRHT|CMHT|social worker|doctor|Dr|ward|housing|council|ASB|EDT|ASC|MASH|paramedics?|clinician|crisis|triage|L&D|liaison|probation|YOT|CPS|outreach|support worker|key worker|IDVA|manager at)\b)`,
    rx`\bspoken to\b(?! (?:the )?(?:duty |on-call |his |her |their )?(?:GP|nurse|CPN|AMHP|CRHT|CMHT|social worker|doctor|Dr|ward|housing|council|ASB|EDT|ASC|MASH|paramedics?|clinician|crisis|triage|L&D|liaison|probation|YOT|CPS|outreach|support worker|key worker|IDVA|manager at)\b)`,
    rx`\b(?:talking|speaking|chatting|engaging|talked|chatted) (?:to|with) (?:him|her|them)\b`,
    // A titled person is a member of the public (staff are named by role: PC, Dr, CPN). Told,
    // updated or rung, or answering (§3 public: reports, is spoken to, updated or advised).
    // Staff named by role first ("tenancy officer Mr Kofi Babatunde rang back") are not the public.
    rx`(?<!\b(?:officer|worker|manager|nurse|coordinator|co-ordinator|practitioner|lead|clerk|consultant|advocate|IDVA|keyworker|warden|caretaker|pharmacist|therapist|visitor|midwife|matron|chair|solicitor|secretary) )\b(?:Mr|Mrs|Ms|Miss)\.? [\w'-]+(?: [\w'-]+)? (?:told|updated|informed|advised|reassured|satisfied|invited|given|happy|content|agrees|agreed|confirms|confirmed|rang|called|phoned|says|said|states|stated|reports|reported)\b`,
    rx`\b(?:told|updated|informed|advised|rang|phoned|called|visited|met|reassured|emailed|texted|wrote to|spoken? (?:to|with)|explained to|letters? to) (?:Mr|Mrs|Ms|Miss)\b`,
    // A measure or letter served on or given to people: they are dealt with in person (§3).
    rx`\b(?:served|delivered|issued|given|handed|explained|read)(?: by hand| in person| out)? (?:on|to) (?:(?:all|both|each|the|\d+|two|three|four|five|six|seven|eight|nine|ten) )*(?:tenants?|drivers?|youths?|residents?|occupants?|occupiers?|parents?|neighbours?|males?|females?|persons?|people|lads|girls|boys|owners?|men|women|group|suspects?)\b`,
    rx`\bstatement (?:taken|obtained|recorded) from\b`,
    // "Owen PRYOR told that Gareth is on the ward": someone named first, then updated (§3).
    rx`^\W*(?!(?:I|we|officers?|police|PCs?|staff|control)\b)(?:[\w'-]+ ){1,3}told (?:that|of|about)\b`,
    rx`\b(?:names?|addresses|details)(?:\s*(?:\/|and|\+|&)\s*(?:names?|addresses|details|VRMs?|DOBs?))+ (?:taken|obtained|recorded)\b`,
    rx`\bgiven (?:a |the )?crime (?:ref|reference|number)\b`,
    rx`\b(?:took|taken|walked|drove|driven|escorted|brought|helped|moved|persuaded|calmed) (?:him|her|them)\b`,
    rx`\b(?:completed|done) with (?:him|her|them|the IP|the victim|[A-Z][a-z]+)\b`,
    rx`\bfirst aid\b`,
    rx`\bdetails (?:taken|obtained)\b`,
    rx`(?<!\b(?:CRHT|CMHT|AMHP|EDT|ASC|MASH|council|housing|team|nurse|CPN|RMN|officers?|worker|police|PCs?|PCSOs?|PS|SGT|INSP|sergeant|inspector|ambulance|crew|paramedics?|IDVA|YOT|CPS|clinician|doctor|Dr|GP|ward|staff|suite|panel|service|line|control|coordinator|co-ordinator|practitioner|manager|MGR|lead|agency|probation|court|I|we|and|has|have|had|also|then|who|which|it|not|all|both) )\b(?!(?:CRHT|CMHT|AMHP|EDT|ASC|MASH|GP|RMN|CPN|SW|YOT|CPS|PS|PC|PCSO|SGT|INSP|MGR|manager|staff|council|housing|ward|suite|bed|team|panel|plan|records?|notes?|file|history|everyone|police|officers?|doctors?|consultant|landlord|court|magistrates|we|flag|markers?|warning|protocol|policy|guidance|system|letter|email|message|order|licence)\b)[a-z][a-z'-]+ (?:agreed|agrees|declined|declines|refused|refuses|admits|admitted|consented|consents|says|said|states|stated|denies|denied)\b`,
    rx`\b(?:let (?:us|officers|police|me) in|answered the door|came to the door|opened the door)\b`,
    // A visit made to the person's home, jointly or not, meets them there (§3 public); a visit
    // booked or planned has not happened yet.
    rx`(?:^|[.;]\s*)(?:joint (?:home )?visit|home visit|visited)\b(?![^.;\n]{0,30}\b(?:booked|arranged|planned|tomorrow|proposed)\b)`,
    // Officers detaining someone under s136, executing a warrant or taking them back under s18
    // deal with that person in person (§3 public).
    rx`\bdetained (?:under )?(?:s\.?\s?136|section 136)\b|\bwarrant executed\b|\btaken into custody under\b`,
    // An arrival entry that goes on to describe the person found ("ON SCENE. MALE STILL IN WATER",
    // "Arrived. She is Flick, 17"): officers are dealing with them in person (§3 public).
    rx`^\W*(?:on scene|o\/s|arr?i?vd|arrived|attended|attnded|att|i attended|we arrived|at (?:the )?[\w' -]{2,30}?)\b[^.\n]{0,40}?[.,:;-]\s*(?:[\w-]+ ){0,2}?(?:males?|females?|man|woman|men|women|boy|girl|lads?|youths?|crowd|both (?:men|women|parties|males|females)|(?:he|she|they) (?:is|was|are|were)|the (?:man|woman|male|female|lad|girl|boy|occupant|occupier|driver|cyclist)|(?:mr|mrs|ms|miss) [\w'-]+)\b`,
    // How the person met the officers shows they were spoken to (§3 public).
    rx`\b(?:polite|calm|compliant|co-?operative|chatty|abusive|aggressive|hostile|rude)\b (?:with|to|towards) (?:me|us|officers?|police|staff)\b`,
    rx`\btold (?:him|her)\b`,
    rx`\b(?:does not|doesn'?t|did not|didn'?t) want to (?:pursue|press charges|make a complaint|support a prosecution|take (?:it|this) further)\b`,
    rx`\bserved on (?!(?:the )?\d)(?!(?:the )?(?:address|premises|property|flat|house|door|block)\b)`,
    rx`\b(?:check|call|visit|meeting) with (?:Mr|Mrs|Ms|Miss)\b`,
    rx`\bwords of advice\b`,
    rx`\b(?:both|all) parties\b`,
    rx`\b(?:he|she|they|male|female|subject|MISPER) (?:says|said|states|stated|agrees|agreed|refused|refuses|declined|denies|denied|ran|walked|left|admits|admitted|reports|moved|came|climbed|swung|stepped|opened|apologised|accepted|consents|consented)\b`,
    rx`\b(?:he|she|they) (?:has|have) (?:accepted|agreed|declined|refused|consented)\b`,
    // "Says three lads squirted lighter fluid": a sentence whose subject is left out is the person
    // the officer is with speaking (§3 public: is spoken to).
    rx`(?:^|[.;:][ \t]*)(?:says|states)\b`,
    // A record "says" nothing as a person does: "crisis plan says she …" is not the public.
    rx`(?<!\b(?:plan|records?|notes?|file|history|system|log|letter|email|message|report|RiO|PNC|intel) )\b(?:states|says) (?:he|she|they)\b`,
    // The person conveyed, driven or escorted somewhere by name (§3 public: acts in response).
    rx`\b(?:conveyed|drove|driven|took|taken|escorted|transported) (?!(?:to|by|in|on|the|a|an|him|her|them|it|over|out|up|off|away|back|home|place|part|statements?|details|photos?|keys?|property|custody)\b)[\w'-]+ (?:to|home|back|into)\b`,
    rx`\bwith (?:his|her|their|[a-z]+'?s) (?:consent|agreement)\b`,
    rx`\bengaging (?:him|her|them)\b`,
    // A partner "advised that …" or "advised officers" informs police, not the public.
    rx`\b(?:updated|advised|reassured)\b(?! (?:that|officers?|police|us|me|control|the (?:officers?|OIC))\b)`,
    rx`\bdetails given to\b`,
    rx`\bran off\b`,
    // People stopped or questioned who deny it speak to officers (§3 public).
    rx`\b(?:both|all(?: \d+| two| three| four)?|they|he|she) (?:deny|denies|denied)\b`,
    rx`\b(?:states|stated|answered|swore|shouted at)\b`,
    rx`\brefused to\b`,
    rx`^\W*seen\b`,
    rx`\b(?:assessed|interviewed|arrested|ARRE?STD|cautioned|caution administered)\b`,
    rx`(?<!\b(?:phones?|mobiles?|batter(?:y|ies)|fully) )\bcharged\b`,
    // Released from custody is the person; "units released" are officers freed from the job.
    rx`(?<!\b(?:units?|officers?|crews?|resources?|patrols?|police|PCs?|PCSOs?|staff|we|I)(?: (?:have|has|were|are|was|is))?(?: been| now)? )\breleased\b`,
  ]),
];

/** Author tags (`[PC 2231 HOLDEN]`, `L&D R. ADEYEMI`): who wrote the entry. First match wins. */
const AUTHORS: LexiconTerm[] = [
  term('health', [
    rx`\bcustody (?:HCP|nurse|healthcare)`,
    rx`\bHCP\b`,
    rx`\bFME\b`,
    // A GP writing on the log: "[CLOUGH LANE SURGERY DR M. SMITH]", "[GP R. PATEL]".
    rx`\b(?:GP|surgery|medical (?:practice|centre))\b`,
    rx`\b(?:school|specialist|diabetes|district|practice|HD|homeless health) nurse\b`,
    rx`\bhealth visit(?:or|ing)\b`,
  ]),
  // An ambulance crew or paramedic writing on the log (§3 ambulance: paramedics).
  // Any ambulance role: crews, control, frequent-caller and falls leads ("[AMB FREQUENT CALLER LEAD]").
  term('ambulance', [rx`\bparamedic`, rx`\b(?:AMB|ambulance)\b`]),
  term('mental_health', [
    rx`\bL\s?&\s?D\b`,
    rx`\bliaison`,
    rx`\btriage`,
    rx`\bAMHP\b`,
    rx`\bCRHT\b`,
    rx`\b(?:OP)?CMHT\b`,
    rx`\bnurse\b`,
    rx`\bCPN\b`,
    rx`\b(?:MH|mental health) (?:practitioner|worker)\b`,
    rx`\b(?:NMH|neighbourhood mental health)\b`,
    rx`\b(?:RMN|EIT|EIP)\b`,
    rx`\bCAMHS\b`,
  ]),
  term('social_care', [
    rx`\bsocial worker`,
    rx`\bASC\b`,
    rx`\bEDT\b`,
    rx`\bMASH SW\b`,
    rx`\bCSC\b`,
    rx`\bearly help\b`,
    // A care leaver's personal adviser sits in children's social care (Children Act 1989 s23C).
    rx`\bleaving care\b`,
  ]),
  term('local_authority', [
    rx`\bASB (?:officer|team|case ?worker|case officer|co-?ordinator)`,
    rx`\bcouncil\b`,
    // Council environmental health officers, and dotted system ids of a council ASB team
    // ("bdc.asb.kowalczyk"): the segment, not a word of the tag.
    rx`\b(?:EHO|environmental health)\b`,
    rx`\basb\.(?=[a-z])`,
    rx`\bprivate sector housing\b`,
    // A district or borough council by its letters ("[GRTLO M ELLWAND (WDC)]", "[PDC GARAGES
    // OFFICER]"), not a rank with its number (`TDC 4410`); and the council's public health,
    // trading standards and Gypsy, Roma and Traveller liaison officers.
    // The council's housing service is the housing agency (§3), named below.
    rx`\b[A-Z]{1,3}(?:DC|BC)\b(?!\s*\d)(?!.*\bhousing\b)`,
    rx`\b(?:public health|trading standards|TS officer|GRTLO)\b`,
  ]),
  // `HO`: housing officer, as tags abbreviate it ("[BROOKFOLD HO K. SMITH]").
  // Housing providers sign with their name, usually "... Homes" ("[ESTUARY HOMES T. ABARA]").
  term('housing', [
    rx`\bhousing\b`,
    rx`\bHO\b`,
    rx`\btenancy (?:officer|support)\b`,
    // "[SAFER HOMES IDVA R. TOLLEY]": an IDVA service's name, not a housing provider.
    rx`\bhomes\b(?! IDVA\b)`,
  ]),
  term('third_sector', [
    rx`\boutreach\b`,
    rx`\bcharity\b`,
    rx`\bIDVA\b`,
    rx`\bdrugs? (?:and alcohol )?worker\b`,
    rx`\bnavigator\b`,
  ]),
  term('criminal_justice', [rx`\b(?:YOT|YJS|probation)\b`, rx`\byouth (?:offending|justice)\b`]),
  // Any other worker or caseworker who signs a police log ("[TURNING TIDE WORKER K. ABBOTT]",
  // "[FREEWAY TRUST CASEWORKER …]") is a voluntary-sector worker; the statutory roles match above.
  term('third_sector', [rx`\b(?:case ?)?worker\b`]),
];

/** §2 event cues. Which one wins is the precedence order, not the order here. */
const EVENTS: LexiconTerm[] = [
  term('closure', [
    rx`\bNFA\b(?!\s*\(?\s*no fixed)`,
    rx`\bno further (?:police )?action\b`,
    rx`\blog closed\b`,
    // "3 calls since May, all closed as ASB" recounts earlier logs; it does not close this one.
    rx`(?<!\b(?:all|were|was|been|calls?|logs?) )\bclosed?\b(?: (?:log|incident|as))`,
    rx`^\W*closed?\b`,
    // "lock the bin yard at closing" is the venue's closing time.
    // A partner closing its own case, relayed by email or message, is news (§2 information_sharing).
    rx`(?<!\bat )(?<!^\W*(?:email|e-mail|message|letter|msg|reply) from [^:\n]{2,60}:\s*)\bclosing\b(?! (?:order|notice|code|time))(?! the (?:door|shop))`,
    rx`(?:^|[.;]\s*)close\W*$`,
    rx`\bresult\s*:`,
    rx`\bfiled\b`,
    rx`\bclosed\s*[-–:]`,
    rx`(?:^|[.;]\s*)closed?\b`,
    // "case closed by ASC" is one partner's file, not this log (§2 closure); a panel or hub that
    // closes the shared case ("Case closed by the PSG") does close it.
    rx`\bcase closed\b(?! by (?:the )?(?:ASC|CSC|MASH|EDT|CMHT|CRHT|GP|adult social care|social care|children's social care|social services)\b)`,
    rx`\bNFPA\b`,
    rx`\bfinali[sz]ed\b`,
    rx`\bclos(?:e|ing) (?:the |this )?(?:log|incident)\b`,
  ]),
  term('mha_power', [
    rx`\b(?:detained|detaining|detain|sectioned|invoked|invoke|placed|removed)\b[^.;\n]{0,25}\b(?:s\.?\s?1?3[56]|section 1?3[56]|s\.?\s?[23]\b|section [23]\b|s\.?\s?5\s?\(2\)|MHA\b)`,
    rx`\b(?:s\.?\s?13[56]|section 13[56])\b(?!\s*suite)[^.;\n]{0,15}\b(?:invoked|applied|used|imposed|detention)\b`,
    // A s135(1) warrant granted or executed is the power used (§2 mha_power, as FS-05).
    rx`\b(?:s\.?\s?135|section 135)(?:\s?\([12]\))? warrant (?:was )?(?:granted|executed)\b`,
    rx`\bwarrant under (?:s\.?\s?135|section 135)(?:\s?\([12]\))?[^.;\n]{0,40}\b(?:granted|executed)\b`,
    // A warrant executed with an AMHP is the MHA warrant (s135), whichever words name it.
    rx`\bwarrant (?:was )?executed\b[^.;\n]{0,40}\bAMHP\b`,
    // Recall of a patient on a Community Treatment Order (MHA 1983 s17E) is the power used.
    rx`\b(?:served|issued|gave)\b[^.;\n]{0,30}\brecall notice\b`,
    rx`\b(?:s\.?\s?17E|section 17E)\b`,
    rx`\bS\.?\s?136 (?:MHA )?(?:detention|power) (?:used|invoked|applied)`,
    rx`\b(?:admitted|detained) (?:under|on) (?:a )?(?:s\.?\s?[23]|section [23])\b`,
    rx`\b(?:detained|sectioned) under (?:the )?(?:MHA|Mental Health Act)\b`,
    // The AMHP's application is what applies the section ("Application made under s2 MHA").
    rx`\bapplication (?:made |completed |signed )?(?:under|for)(?: (?:detention|admission) under)? (?:a )?(?:s\.?\s?[23]|section [23])\b(?! (?:PfHA|POA|of the))`,
    rx`\b(?:completed|made|signed) (?:the |an? )?(?:s\.?\s?[23]|section [23]) (?:MHA )?application\b`,
    rx`\b(?:held|detained) under (?:s\.?\s?5\s?\(2\)|section 5\s?\(2\))`,
    // A doctor's or nurse's holding power on a ward (MHA 1983 s5(2), s5(4)) applied.
    rx`\b(?:applied|invoked|used|placed on|put on|held on)\b[^.;\n]{0,10}\b(?:s\.?\s?5\s?\([24]\)|section 5\s?\([24]\))`,
    // Returning an AWOL patient (MHA 1983 s18); "s18" alone is also wounding with intent (OAPA s18).
    rx`\b(?:s\.?\s?18|section 18) (?:of the )?(?:MHA|Mental Health Act)\b`,
    rx`\b(?:return(?:ed|ing)?|taken back|took (?:him|her|them) back)\b[^.;\n]{0,40}\bunder (?:s\.?\s?18|section 18)\b`,
  ]),
  term('arrest', [
    // "one of the arrested men" names men arrested before, not an arrest in this entry.
    rx`\barrest(?:ed|ing)\b(?<!\b(?:the|those|these) arrested(?= (?:men|man|males?|persons?|people|youths?|lads?|women|woman|females?)\b))`,
    // "Arrest for money laundering considered and ruled out": weighed, past the negation window.
    // "… before any arrest" is a protocol's condition, not an arrest; "avoid arrest" asks for none.
    rx`(?<!\b(?:before|until|unless|without|avoid(?:ing)?) (?:any |an |the )?)\barrest\b(?![^.;\n]{0,40}\b(?:considered|ruled out)\b)`,
    // CAD shorthand with the vowel dropped ("ARRESTD FAIL TO COMPLY").
    rx`\bARRE?STD\b`,
    rx`\bdetention (?:of [\w'-]+ )?authori[sz]ed`,
    // Property booked into the store is no custody booking (§2 arrest needs a person).
    rx`\bbooked (?!in(?:to)? (?:the )?property\b)(?:in(?:to)?|into custody)`,
    rx`\b(?:taken|conveyed|transported) to custody\b`,
    rx`(?<!\b(?:phones?|mobiles?|batter(?:y|ies)|fully) )\bcharged\b`,
    // CAD shorthand for charged ("CHGD DRINK DRIVE"). Bail alone is not a charge (§2 arrest).
    rx`\b(?:CHGD|CHRGD|CHG'D)\b`,
    rx`\b(?:CPS|CPS direct|authori[sz]ed|decision)\b[^.;\n]{0,15}\bcharge\b`,
    // A file sent "for a charging decision" asks the CPS to decide (§2 referral, below).
    rx`(?<!\bin |\bfor (?:a |the )?)\bcharg(?:e|ing) (?:decision|crim|criminal)\b`,
    rx`\bcaution(?:ed)?\b(?! (?:re|about|over)\b)`,
    rx`\bPNDs?\b`,
    rx`\bpenalty notice\b`,
    rx`\bcommunity resolutions?\b`,
    // "CPS consulted: charges authorised for assault by beating".
    rx`\bcharges? (?:authori[sz]ed|agreed|approved)\b`,
    rx`\bsummons(?:ed)?\b`,
    rx`\bpostal requisition\b`,
    rx`\bout of court disposal\b`,
    rx`\barrested on suspicion\b`,
    rx`\bAOS\b`,
    rx`\b(?:taken|brought|remanded|kept) (?:in|into) custody\b`,
    rx`\bremanded\b`,
  ]),
  term('asb_enforcement', [
    // A letter read or explained to the person was issued before (§2: issued or served now).
    rx`(?<!\b(?:read|reads|explained|went through|goes through|discussed) (?:the |his |her |their )?)\bwarning letter`,
    rx`\bletter of warning`,
    // A measure that "stays in force" or "remains in place" was issued before, not now (§2).
    // A breach of a CPW already given, or a question whether one applies, is not one given now.
    rx`\bCPWs?\b(?<!\bbreach(?:ed|es)? (?:of )?(?:the |his |her |their |a )?CPWs?)(?<!\b(?:whether|if) (?:an? |the )?CPWs?)(?!\s*(?:\(\w+\)\s*)?(?:stays?|remains?|is still|still|kept|are kept) in (?:force|place)\b)`,
    rx`\bcommunity protection (?:warning|notice)s?\b(?!\s*(?:\(\w+\)\s*)?(?:stays?|remains?|is still|still|kept|are kept) in (?:force|place)\b)`,
    rx`\bPSPO (?:warning|breach)`,
    rx`\bPSPO\b[^.;\n]{0,40}\bwarnings? (?:given|issued|served)\b`,
    rx`\bdispersal\b`,
    rx`\bs\.?\s?3[45] (?:authority|authorisation|direction|order)`,
    rx`\bdirections? to leave\b`,
    rx`\bbreach warning`,
    rx`\bwarned\b[^.;\n]{0,40}\bbreach\b`,
    rx`\bbreach of the (?:direction|order|notice)\b`,
    rx`\bclosure (?:notice|order)s?\b(?!\s*(?:\(\w+\)\s*)?(?:stays?|remains?|is still|still|kept|are kept) in (?:force|place)\b)`,
    rx`\b(?:served|issued|serving|issuing|serve|issue)\b[^.;\n]{0,25}\bCPNs?\b`,
    // "CPN (notice) served by PDC in January": a notice dated in the past is recounted, not served now.
    rx`\bCPNs?\b(?! (?:served|issued|gave|handed) (?:the|a|an|his|her)\b)[^.;\n]{0,20}\b(?:served|issued|authori[sz]ed)\b(?! (?:by (?:the )?[\w&]+ )?(?:in|since|back in|last) (?:(?:19|20)\d\d|January|February|March|April|June|July|August|September|October|November|December)\b)`,
    rx`\bCBO\b(?!\s*(?:\(\w+\)\s*)?(?:stays?|remains?|is still|still|kept|are kept) in (?:force|place)\b)`,
    rx`\bcriminal behaviour order`,
    rx`\bABCs?\b(?!\s*(?:\(\w+\)\s*)?(?:stays?|remains?|is still|still|kept|are kept) in (?:force|place)\b)`,
    // Police Reform Act 2002 s59: a warning before seizing a vehicle used antisocially.
    rx`\b(?:s\.?\s?59|section 59)\b[^.;\n]{0,30}\bwarnings?\b`,
    rx`\bacceptable behaviour (?:contract|agreement)`,
    rx`\binjunction\b`,
  ]),
  term('joint_action', [
    // "joint home visit booked 11:00 today" plans one; it is not one (§2 joint_action). Nor is one
    // suggested, offered or set for a later day ("I suggest a joint visit tomorrow", "will come
    // to the joint visit on Friday").
    rx`(?<!\b(?:suggest|suggests|suggested|propose|proposes|can do|could do|will come to|will attend|will join|to join|join|to arrange|arrange) (?:a |an |the )?)\bjoint (?:visit|patrol|assessment|outreach|walk|meeting|check|attendance|briefing|review|working)(?!\w* (?:[\w-]+ ){0,5}?(?:booked|arranged|planned|scheduled|proposed)\b|\w* (?:tomorrow|next (?:week|day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)`,
    rx`\bjoint (?:[\w-]+ ){1,3}(?:visit|patrol|assessment|meeting)\b(?! (?:[\w-]+ ){0,5}?(?:booked|arranged|planned|scheduled|proposed)\b)`,
    rx`\bdiscussed at (?:the )?(?:[\w&-]+ ){0,4}(?:panel|meeting|conference|MARAC|hub|forum|briefing)\b`,
    rx`\bmulti[- ]?agency (?:meeting|panel|case conference|strategy|visit)`,
    // A meeting "chaired by" someone sat (§2 a multi-agency meeting); 5 of 5 in the labelled sets.
    rx`\bchaired by\b`,
    // Called for, or set for a date or a time, the meeting has not sat yet.
    rx`(?<!\b(?:call|convene|arrange|request|requested|asked for|asking for) (?:a |an |the )?)\bstrategy (?:meeting|discussion)\b(?! (?:set|planned|arranged|booked|scheduled|to be held|called) for\b| (?:today |tomorrow )?(?:at|on) \d| \d{1,2}\/\d{1,2}| today at\b)`,
    rx`(?<!\b(?:call|convene|arrange|request|requested|asked for|asking for|suggest|suggests|suggested|propose|proposed|come to|will attend|to attend|join|to join) (?:a |an |the )?)\bprofessionals'? meeting\b(?! (?:set|planned|arranged|booked|scheduled|to be held|called) for\b| (?:today |tomorrow )?(?:at|on) \d| \d{1,2}\/\d{1,2}| today at\b)`,
    rx`\bcase conference`,
    rx`\b(?:ABC|review|planning|partnership|case|safeguarding|multi-agency) meeting\b(?! (?:set|planned|arranged|booked|scheduled) for)`,
    // Members present at a sitting; "interviewed with mum present:" is a relative, not a meeting.
    rx`(?<!\b(?:${KIN}|appropriate adult|AA|solicitor|interpreter) )\bpresent\s*:`,
    rx`(?<!\b(?:per|under|in|of|with) (?:the |their |a )?)\bjoint (?:decision|plan)\b`,
    rx`\b(?:assessed|visited|attended|saw|seen|spoke to|interviewed|patrolled)\b[^.;\n]{0,30}\bjointly\b`,
    rx`\bjointly (?:assessed|visited|attended|saw|interviewed)\b`,
    // Community Trigger (ASB, Crime and Policing Act 2014 s104) case reviews and problem-solving
    // meetings are multi-agency meetings (§2 joint_action).
    // Applied for or called for a date: the review has not sat yet.
    rx`(?<!\bfor (?:an? |the )?(?:ASB )?)\b(?:community trigger|case) review\b(?! (?:meeting )?(?:set|planned|arranged|booked|scheduled|called|convened|to be held) for| list\b)`,
    rx`(?<!\bfor (?:an? |the )?)\bproblem[- ]solving (?:meeting|group|panel)\b(?! (?:set|planned|arranged|booked|scheduled|to be held) for)`,
    rx`\bstanding (?:multi-agency )?meeting\b`,
    // A team's case discussion ("FST weekly group case discussion") and a problem-solving court's
    // review sitting with its partners ("Women's Problem-Solving Court monthly review").
    rx`\b(?:group |weekly |monthly |team )?case discussion\b(?! (?:set|planned|arranged|booked|scheduled|to be held) for)`,
    rx`(?<!\b(?:at|for|to) (?:the |a |her |his )?)\bproblem[- ]solving court (?:[\w-]+ ){0,2}?(?:review|hearing|sitting)\b(?! (?:on|brought|set|planned|arranged|booked|scheduled|date)\b)`,
    rx`\bbriefing\b[^.;:\n]{0,30}\b(?:before|prior to) (?:going in|entry|the (?:visit|assessment|warrant|entry))\b`,
    rx`\bcase (?:heard|discussed|raised)\b`,
    rx`\b(?:hub|panel|daily|multi-agency) (?:briefing|review|meeting)\b`,
    // Standing multi-agency arrangements sitting: "Hub daily triage", "Monthly Shelmouth PSG".
    rx`\b(?:daily|weekly|fortnightly|monthly) (?:[\w'-]+ ){0,2}(?:triage|PSG|hub|problem[- ]solving group)\b`,
    rx`\b(?:hub|PSG) (?:daily |weekly |monthly )?(?:triage|meeting|review|case review)\b`,
    rx`\b(?:at|held|heard at|discussed at) (?:the )?MARAC\b`,
    rx`\bMARAC (?:meeting|held|agreed|today|discussed)`,
    rx`\bpanel (?:meeting|met|agreed|review)`,
    rx`(?<!\b(?:will|to|shall) )\b(?:saw|met)\b[^.;\n]{0,30}\bwith (?:her|his|their) (?:[\w-]+ ){0,3}(?:CPN|social worker|housing officer|tenancy officer|outreach worker|support worker|key ?worker|practitioner|probation officer|IDVA)\b`,
    rx`(?<!\b(?:will|to|shall) )\b(?:attended|visited|visit|patrol(?:led)?|went)\b[^.;\n]{0,30}\b(?:together )?with (?:the )?(?:[\w-]+ ){0,3}(?:AMHP|CPN|social worker|housing officer|tenancy officer|ASB officer|outreach|triage nurse|street triage|nurse|support worker|key worker|practitioner)`,
    rx`(?<!\b(?:will|to|shall) )\b(?:assessed|assessing|visited|saw|seen|spoke to|spoke with|talked to|talked with|interviewed|attended)\b[^.;\n]{0,30}\btogether\b`,
    rx`(?<!\b(?:call|convene|arrange|request|requested|asked for|asking for|suggest|suggests|suggested|propose|proposed|come to|will attend|to attend|join|to join) (?:a |an |the )?)(?<!\b(?:invite|invited|inviting|will invite)\b[^.;\n]{0,60})\b(?:pre-[\w-]+|planning|partnership|partners'?|professionals'?|multi[- ]?agency|strategy|team around the \w+) (?:meeting|discussion|call)\b(?! (?:set|planned|arranged|booked|scheduled|to be held|called) for\b| (?:today |tomorrow )?(?:at|on) \d| \d{1,2}\/\d{1,2}| today at\b)`,
  ]),
  // Officers going in with a partner named in the entry ("AMHP and s12 doctor arrived; PC Ellis
  // and I went to the caravan with them"), or present at its assessment: a joint visit (§2).
  term(
    'joint_action',
    [
      rx`\b(?:went|attended|visited|entered|walked)\b[^.;\n]{0,30}\bwith them\b`,
      // "At the address with PCSO Mosworth and DN Horrocks": officers there with a partner's staff.
      rx`^\W*(?:(?:at|in|inside|on scene at) (?:the )?(?:address|flat|house|property|home|scene|premises)\b[^.;\n]{0,5}|inside) with\b[^.;\n]{0,50}\b(?:DN|district nurse|nurse|AMHP|CPN|SW|social worker|paramedics?|housing officer|ASB officer|outreach worker|support worker|IDVA|EHO|practitioner)\b`,
      rx`\b(?:plan )?agreed (?:by|between|with) (?:everyone|all agencies|all partners|all present|both agencies|all of us)\b`,
      // "Home visit with Niamh (Turnstone)": a worker named with their service in brackets.
      rx`\b(?:visit|visited|patrol|patrolled)\b with (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? \([^)]{2,40}\)`,
      rx`\bassessment (?:started|began|took place|carried out|done|completed) with (?:us|police|officers?|me)\b`,
      // An entry that opens with a sitting and its members or outcome: "Strategy meeting (CSC, YOT,
      // police)", "ASB Vulnerability Conference review:", "Weekly MH liaison review at the CMHT (…)".
      rx`^\W*(?:[\w'&-]+ ){0,4}(?:meeting|conference|panel|debrief|tasking|huddle|group|forum|board|MDM|MDT|MATAC|MARAC)(?: (?:review|meeting))?(?: \d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*[(:]`,
      // A sitting named with its place: "Planning briefing at Hollinsgate station: AMHP …".
      rx`^\W*(?:[\w'&-]+ ){0,3}(?:meeting|briefing|huddle|conference) (?:at|in) [^.:;(\n]{1,40}[:(]`,
      // Lower-case notes end the heading with a full stop: "youth mdt review. evie seen by …".
      rx`^\W*(?:[\w'&-]+ ){0,2}(?:MDT|MDM|MATAC|MARAC|panel|hub) (?:review|meeting)\s*[.:(]`,
      rx`^\W*(?:daily|weekly|fortnightly|monthly) (?:[\w&'-]+ ){0,3}(?:review|meeting|debrief|briefing|conference|tasking|huddle|MDM|MDT)\b`,
      rx`^\W*(?:[\w'&-]+ ){0,3}(?:daily|weekly|fortnightly|monthly) (?:review|meeting|tasking)\s*[(:]`,
      // A review held with partners by phone or in a case meeting (§2 joint_action).
      rx`\b(?:phone|telephone|joint|case|strategy|multi-agency|\d+[- ]week|[\w-]+-week|weekly|monthly) review(?: call| meeting)?(?: by (?:phone|telephone|Teams|video))? (?:with|between)\b`,
      // A sitting described as standing (`Encampment Tasking Group (standing, every Wednesday`).
      rx`^\W*(?:[\w'&-]+ ){1,5}\(standing\b`,
      rx`^\W*review (?:by (?:phone|telephone|Teams|video) )?with\b`,
      // A standing group's sitting named by its month: "December ARM review:", "June panel review".
      rx`^\W*(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:[\w&'-]+ ){0,3}(?:review|meeting)\s*[:(]`,
    ],
    true,
  ),
  term('mh_assessment', [
    rx`(?<!\b(?:for|pending|awaiting|attend|attending|at|to|arrange|arranging|book|booked|request|requested) (?:an? |the )?)(?:mental health(?: act)?|MHA?) assessment`,
    rx`\bMHAA\b`,
    rx`\b(?:AMHPs?|s\.?\s?12 (?:DR|doctor)s?)\b[^;\n]{0,40}\bassess(?:ing|ed)\b`,
    rx`\bseen by (?:the )?(?:duty )?(?:psych\w*|mental health|MH|liaison|RAID|crisis|CRHT|HTT|AMHP|L\s?&\s?D|street triage)`,
    rx`\b(?:psych(?:iatric)? liaison|RAID|L\s?&\s?D|street triage|triage nurse|AMHP)\b[^.;\n]{0,30}\b(?:assessed|assessment (?:done|complete))`,
    rx`\b(?:psych(?:iatric)? liaison|RAID|L\s?&\s?D)\s*:\s*(?:seen|saw)\b`,
    rx`\bassessed (?:in|by|at|under)\b`,
    // An assessment still to come ("the AMHP will assess at 08:30") is news of a plan.
    rx`\b(?:AMHP|CRHT|CMHT|psychiatrist|L\s?&\s?D|liaison|triage|doctors?)\b[^.;\n]{0,30}\b(?<!(?:to|for|pending|will|can|could|shall|would) (?:an? )?(?:(?:urgent|further|MHA|mental health|crisis|full) )*)assess`,
    rx`\bnot (?:detained|detainable|sectionable|sectioned)\b`,
    rx`\bassessment (?:complete|completed|outcome)`,
    rx`\b(?:AMHPs?|s\.?\s?12|section 12|psychiatrists?|doctors?|Drs?)\b[^.;\n]{0,40}\b(?:interviewed|examined)\b`,
  ]),
  term(
    'referral',
    [
      // A self-referral number is signposting; a referral received or chased is no new request.
      // Nor is news about one (an auto-reply "your referral has been received", "the police
      // referral email", "whether the referral has been picked up").
      // A referral the partner reports having made is their news (NOT_REPORTED_REFERRAL): 8 of 8
      // such entries over the sets are information_sharing.
      rx`(?<!\bself[- ])(?<!\b(?:accepted|accepts|accepting|declined|received) (?:the |a |my |our |his |her |their |this )?(?:[\w&-]+ )?(?:re-)?)\b(?:re-?)?refer(?:red|ral|rals|ring|s)?\b(?! orders?\b| (?:received|reviewed|screened|acknowledged|accepted|declined)\b(?! from\b)| (?:reply|replied|no|number|email|ref|reference)\b| (?:has|had) been (?:received|screened|acknowledged|picked up|allocated|passed)\b)(?<!\bchased (?:up )?(?:the |a |my |our )?referral)(?<!\b(?:whether|if) (?:the |a |my |our )?(?:re-?)?refer\w*)${NOT_REPORTED_REFERRAL}`,
      // The agency rung agrees to send someone: the call was a request for a visit (§2 referral).
      rx`\b(?:will|are|is) (?:going to )?send(?:ing)? (?:(?:a|an|the) )?(?:[\w-]+ )?(?:nurse|worker|crew|team|practitioner|AMHP|social worker|someone|somebody|doctor)s?\b(?: out)?`,
      rx`\b(?:urgent |emergency |same[- ]day )?(?:appt|appointment) for (?:him|her|them)\b`,
      rx`(?:^|[.;]\s*)(?:I |we )?(?:have )?(?:arranged|set up|organised) (?:an? |the )?[\w -]{0,25}\b(?:review|visit|assessment|appointment|bed)\b`,
      // "at our request", "At her request took Ysolde to …" say why something was done, not a new ask.
      rx`(?<!\bat (?:our|my|his|her|their|the|police|your|a) )\brequest(?:ed|ing|s)?\b(?! (?:approved|agreed|granted|accepted)\b)`,
      rx`\b(?:asked (?:if|for|to)|to ask (?:for|to))\b(?! (?:an? )?(?:update|info|information|details|call ?back)\b)`,
      rx`\bask(?:ed|s|ing)? (?:\w+ ){1,4}to (?:attend|assess|visit|see|take|provide|review|call|contact|check on|ring|phone|follow up)\b`,
      // "Rang the CAMHS crisis line for him": a call made on the person's behalf asks for help.
      rx`\b(?:rang|phoned|called|contacted) (?:the )?(?:[\w&-]+ ){1,4}for (?:him|her|them)\b`,
      // "rang CRHT for an assessment tonight", "rang EDT twice for an emergency placement".
      rx`\b(?:rang|rung|phoned|called|contacted|emailed) (?:the )?(?:[\w&'’-]+ ){1,6}for (?:an? |the )?(?:[\w-]+ ){0,3}(?:assessment|placement|bed|call ?back|appointment|visit|review|refuge space|place|room|space)\b`,
      // "Rang the ambulance service to have him checked": a call that asks them to see the person.
      rx`\b(?:rang|rung|phoned|called|contacted) (?:the )?(?:[\w&'-]+ ){1,4}to (?:have|get) (?:him|her|them) (?:checked|seen|assessed|looked at)\b`,
      // "Rang the GP surgery: the practice nurse will see him tomorrow", "Rang the Suite: they can
      // take him now": the call asked the service to act, and its answer says whether it will.
      rx`\b(?:rang|phoned|called|contacted) (?!back\b)(?:the )?[^.:\n]{1,60}?: [^.\n]{0,80}?\b(?:will|can|could)(?: not)? (?:come|see|visit|attend|accept|take|meet|assess|place|ring)\b`,
      // "Rang the night shelter: full tonight": a place was asked for, and none was free.
      rx`\b(?:rang|rung|phoned|called|contacted) [^.:;\n]{2,60}: (?:full|no (?:beds?|space|room|places?))\b`,
      rx`\bcan (?:they|[A-Z]+) (?:attend|assess|visit|see|take)\b`,
      // "asked the AMHP service for a Mental Health Act assessment".
      rx`\bask(?:ed|ing)? (?:the )?(?:[\w&-]+ ){1,3}for (?:an? |the )?(?:[\w&-]+ ){0,4}(?:assessment|visit|review|bed|appointment)\b`,
      rx`\bcan control try\b`,
      rx`\bcontacted for\b`,
      // A partner asking police (and others) to act: "I am asking police and Meregate to act".
      rx`\b(?:I am|I'm|we are|we're|am) asking (?:the )?(?:police|you|[\w&-]+ and (?:the )?[\w&-]+) to (?:act|visit|attend|take|consider|help|check|speak|contact|see)\b`,
      // "Suite contacted re s136: bed available": a place of safety asked to take someone.
      rx`\b(?:contacted|rang|phoned|called) (?:re|about|regarding) (?:the |a )?(?:s\.?\s?136|section 136|bed|place of safety|assessment)\b`,
      rx`\b(?:informal |emergency )?bed (?:agreed|arranged|secured|requested)\b`,
      rx`\basking (?:if|for|whether|them to)\b(?! (?:an? )?(?:update|info|information|details|call ?back)\b| (?:the |a |my |our )?(?:re-?referral|referral|PPN)\b)`,
      rx`\bpropos(?:ing|ed)\b`,
      // A service that will not take the referral was still asked (§2: answered or not), unless
      // the call was made for advice: then the refusal is the advice (§2 advice).
      rx`(?<!\bfor advice\b[^\n]{0,300})\b(?:will not|won'?t|would not|wouldn'?t|cannot|can'?t|unable to|refused to|declined to) (?:take|accept) (?:a |the |any |our |his |her |this )?(?:[\w-]+ )?referral\b`,
    ],
    true,
  ),
  term('referral', [
    // A place of safety or ward that will take the person answers a request (§2 referral).
    rx`\bwill accept (?:him|her|them)\b`,
    // A rescue team or lifeboat called out is asked to provide something (§2 referral).
    rx`\bcall(?:ed|s|ing)? out (?:the )?(?:[\w'-]+ ){0,4}(?:rescue|MRT|lifeboat|RNLI|coastguard)\b`,
    rx`\breferral (?:sent|made|submitted|completed|done)\b`,
    // A call to a service with a need that its staff then take on ("Rang ASC duty: alone and not
    // eating. Duty SW will visit tomorrow"): asked to act and accepted (§2 referral).
    rx`^\W*(?:I )?(?:rang|phoned|called) (?:the )?[^.:;\n]{2,40}(?::|\babout\b)[^\n]{0,160}?\b(?:will (?:visit|come out|come|attend|meet (?:him|her|them|the PCSO|us|officers)|change|fix|repair|board|secure|replace)|accepted and will|agrees? an? (?:emergency|urgent|same-day))\b`,
    // A file passed to the CPS for a charging decision asks it to decide (§2 referral).
    rx`\b(?:file|case|papers|evidence)\b[^.;\n]{0,25}\b(?:sent|passed|submitted|referred|went|gone) to (?:the )?CPS\b(?=[^.;\n]{0,20}\bfor (?:a |the |their )?(?:charging )?(?:decision|advice|review)\b)`,
    // "was already referred to us for discharge planning" is news of an earlier referral.
    rx`(?<!\balready )\breferred${NOT_REPORTED_REFERRAL} (?:to|him|her|them)\b`,
    // Passed to a service for something it will do is a referral (§2), not news passed on.
    rx`\bpassed (?:on )?to (?:the )?[\w' ]{0,30}\bfor (?:an? |the |his |her |their )?(?:[\w'-]+ ){0,3}(?:assessment|support|visit|review|follow[- ]up|allocation|triage)\b`,
    rx`(?<!\b(?:for|towards) (?:the |a |an )?)\bPPNs?\b(?! (?:received|reviewed|screened|acknowledged|accepted)\b(?! from\b)| (?:reply|replied)\b| (?:is|was) (?:still )?(?:in the queue|being|awaiting|not yet|unscreened)\b)(?<!\b(?:chased|chasing|checked|checking)\b[^.;\n]{0,30}PPNs?)`,
    rx`\bsafeguarding (?:referral|alert|concern)`,
    // Force PPN systems; a place named Merlin ("the Merlin Suite") is not one.
    rx`\b(?:MERLIN|VAF|ACN|CCN|VPF)\b(?! (?:suite|ward|unit|centre|center|house|court|road|street|way)\b)`,
    rx`\b(?:adult|child|vulnerable adult) (?:concern|at risk|safeguarding) (?:form|notification|referral|report)\b`,
    rx`\b(?:ambulance|AMHP|paramedics?|s\.? ?12 (?:dr|doctor)s?) (?:booked|arranged)\b`,
    rx`\b(?:ambulance|amb) (?:requested|called|req(?:u?e?s?t?e?d)?)\b`,
    // StreetLink (the national rough-sleeper alert service) and outreach alerts ask for a visit.
    rx`\bStreetLink\b[^.;\n]{0,20}\b(?:alert|referral)\b`,
    rx`\b(?:made|sent|submitted|raised) an? (?:online )?(?:StreetLink |outreach )?alert\b`,
  ]),
  term(
    'information_sharing',
    [
      rx`\b(?:email|e-mail|message|msg|letter) (?:sent|left|to|from)\b`,
      rx`\bupdate (?:from|received|given)\b`,
      // Footage or stills passed between agencies (§2 information_sharing), five entries of the
      // labelled sets, all so labelled.
      rx`\b(?:footage|stills|screenshots|recording) (?:sent|emailed|shared|passed|forwarded|provided)\b|\b(?:sent|emailed|shared|passed|forwarded|provided) (?:us |me |over )?(?:the |a |their )?(?:copy of the )?(?:CCTV )?(?:footage|stills|screenshots)\b`,
      rx`\b(?:update|info|information|details|history) (?:shared|passed|received|given)`,
      // "Gave the suite nurse in charge the full history": a handover with history (§2).
      rx`\b(?:gave|give|giving|passed|provided) (?:the |an? )?(?:[\w'-]+ ){1,5}(?:the |a |his |her |their )(?:full |brief |verbal |written )?(?:history|background)\b`,
      rx`\bhand(?:ed)? ?over\b`,
      rx`\bhand(?:ed|ing)? (?!over\b)[\w'-]+ (?:[\w'-]+ )?over to\b`,
      rx`\bchecked with\b`,
      rx`\brecords? check`,
      rx`\bconfirm(?:s|ed)?\b`,
      rx`\bcall ?back\b`,
      // "Clinician to ring back": a partner will call with news; telling the caller to ring back is advice.
      rx`(?<!\b(?:told|asked|advised|invited) (?:them|him|her|the caller|the RP|RP) )\b(?:to|will|would|shall|can) (?:ring|phone|call) (?:us |you |me |control |police |the OIC )?back\b`,
      // Handing over a person the entry has conveyed completes the conveyance (§2 support), unless
      // the history or details go with them; a handover recorded alone is information_sharing.
      rx`\bhanded (?:over )?to\b(?:(?<!\b(?:conveyed|conveying|took|taken|drove|driven|walked|escorted|transported)\b[^\n]{0,150}handed (?:over )?to)|(?=[^.;\n]{0,40}\bwith (?:the |an? |his |her )?(?:full |brief |verbal |written )?(?:history|details|account|notes|paperwork|information)\b))`,
      // As above: handing over someone the entry has just conveyed completes the conveyance.
      rx`(?<!\b(?:conveyed|conveying|took|taken|drove|driven|walked|escorted|transported)\b[^\n]{0,150})\bhanded (?:him|her|them) (?:over )?to\b`,
      // The receiving agency's note of a referral ("MASH: PPN received"), or one chased: an
      // exchange about a referral already made, not a new one (§2 information_sharing).
      rx`\b(?:PPN|referral) (?:(?:received|reviewed|screened|acknowledged)\b(?! from\b)|reply|replied)\b`,
      rx`\b(?:PPN|referral) accepted\b`,
      // A partner's news of a referral ("CAMHS have accepted the L&D referral").
      rx`\b(?:have|has|had) (?:accepted|declined|closed|screened) (?:the |a |my |our |his |her |their )?(?:[\w&-]+ )?(?:re-)?referral\b`,
      rx`\b(?:chased|chasing|checked|checking)\b[^.;\n]{0,30}\b(?:PPN|referral)\b`,
      rx`\b(?:PPN|referral) (?:is|was) (?:still )?(?:in the queue|being|awaiting|not yet)\b`,
      rx`\btold of (?:the )?(?:arrest|outcome|charge|result|plan|decision)\b`,
      rx`\bshared\b`,
      rx`(?<!\bfor (?:an? )?)\bupdate\b`,
      rx`\bpassed (?:the )?[\w ]{0,20}\bto\b`,
      rx`\bcall(?:ed)? (?:back|in) from\b`,
      rx`\bcall in from\b`,
      rx`\bcontacted\b`,
      rx`\btried\b`,
      rx`\bthanks for\b`,
      rx`\bno (?:answer|reply|response)\b`,
      rx`\bcall (?:from|in from)\b`,
      rx`\b(?:replied|responded|reply from|response from|emailed back)\b|\b(?:reply|response)\s*:`,
      rx`\bchas(?:ing|ed)\b`,
      rx`\bnothing (?:back|heard)\b`,
      rx`\bupdated\b`,
      // A partner taking the person over: the handover of §2 information_sharing. Taking over
      // their care, or being responsible for it, ends a conveyance (support, below).
      rx`\b(?:has|have|had) taken over\b(?! (?:his|her|their) care\b)`,
    ],
    true,
  ),
  // A service booking someone an assessment takes them on (§2 referral). Other bookings are not
  // requests: an appointment already made ("a GP appointment booked for tomorrow"), a room or a
  // taxi a partner booked (support), a session booked as news (information_sharing); a bare
  // `booked` cued 9 entries across the labelled sets, 2 of them referrals.
  {
    label: 'referral',
    patterns: [
      rx`\bbooked (?:him|her|them) (?:an? |in for an? )?(?:[\w-]+ ){0,2}assessment\b`,
      // "Rang the surgery: GP appointment booked for Monday": the call asked for it.
      rx`^\W*(?:I )?(?:rang|phoned|called|contacted) [^.:;\n]{2,40}:[^.;\n]{0,40}\b(?:appointment|assessment|visit|bed) booked\b`,
    ],
    requiresPartner: true,
    yieldsTo: ['support'],
  },
  // "The IDVA informed", "hf on-call informed per protocol": a partner told of the news. An entry
  // that also sends a unit is a deployment that told a partner (§2 deploy).
  {
    label: 'information_sharing',
    patterns: [
      rx`\b(?:IDVA|CPN|AMHP|SW|GP|ASC|CSC|MASH|EDT|on-call|duty worker|care coordinator|key ?worker|support worker|school|council|housing|probation|YOT|CMHT|CRHT) (?:[\w-]+ ){0,2}(?:informed|notified)\b`,
      rx`\b(?:email|e-mail|letter|message|reply) (?:received|read)\b`,
      // "Agreed with SW Corkhill by phone: …": an exchange with a partner at a distance.
      rx`^\W*(?:agreed|discussed|spoke|confirmed|arranged) with (?:[\w'-]+ ){1,3}by (?:phone|telephone|e-?mail|Teams|video)\b`,
    ],
    requiresPartner: true,
    yieldsTo: ['deploy'],
  },
  // A crew or nurse who "checked" the person gave care (support) rather than news.
  {
    label: 'information_sharing',
    patterns: [
      rx`\bchecked\b(?! (?:nobody|no one|him|her|them|over|around|inside|on (?:him|her|them)|the (?:area|house|flat|address|garden|shed|car|room))\b)`,
    ],
    requiresPartner: true,
    yieldsTo: ['support'],
  },
  {
    label: 'information_sharing',
    patterns: [
      // "Spoke to the occupier through the door" is the officer on scene, not a partner contacted.
      rx`\b(?:phoned|rang|called|contacted|emailed|e-mailed|messaged|liaised|texted|briefed|spoke (?:to|with)(?! (?:the |a )?(?:occupier|occupant|man|woman|male|female|lad|girl|boy|youths?|caller|RP|IP|victim|resident|tenant|neighbour|him|them)\b| her\b(?! (?:CPN|GP|social worker|[\w-]+ worker|nurse|key ?worker|care co-?ordinator|doctor|consultant|IDVA|probation|manager|landlord)\b)))\b`,
      rx`\b(?:rang|called|phoned) back\b`,
    ],
    requiresPartner: true,
    yieldsTo: ['advice'],
  },
  term('support', [
    rx`\bconvey(?:ed|ing|ance)?\b`,
    // A safety plan made with the person is support given (§2), as an IDVA or worker records it.
    rx`\bsafety plan(?:ning)? (?:done|completed|agreed|started|put in place|made|written)\b`,
    // Care passed on at the end of a conveyance or a call-out (§2 support); a handover given
    // with the history is information_sharing.
    rx`\b(?:taken|taking|took|take|resumed) over (?:his|her|their) care\b|\b(?:has|have) resumed (?:his|her|their) care\b|\b(?:is|are|ward|suite|team|CRHT|CMHT|hospital|crew) now responsible\b`,
    // Support offered and taken up: "accepted our support", "She accepted IDVA support".
    rx`\b(?:accepted|accepts|agreed to|took up) (?:our|my|the|IDVA|outreach|their|his|her) (?:[\w-]+ )?support\b(?! (?:plan|meeting)\b)`,
    // An animal taken to kennels or a vet is not a person's conveyance.
    rx`\b(?:taken|taking|took|drove|driven|walked|escorted|given a lift|lift) (?!(?:the |his |her |their )?(?:dogs?|cats?|pets?|animals?|horses?|car|van|vehicle|bike|keys?|property|items?) )(?:\w+ ){0,2}(?:home|to|back|there)\b`,
    // "Drove Juno and the children to the Civic Centre", "took posy + otto to her house", "Took
    // Mrs Ainsley and her cases to the hostel".
    rx`\b(?:took|drove|driven|escorted|walked) (?:(?:[\w'-]+ ){1,2}(?:and|\+|&) )(?:the |her |his |their )?(?:[\w'-]+ ){1,2}(?:home|to|back)\b`,
    rx`\b(?:breakfast|lunch|food voucher)\b`,
    rx`\b(?:gave|give|giving|brought|bought|got) (?:her|him|them)\b[^.;\n]{0,20}\b(?:food|formula|a meal|blankets?|a coat|a drink|hot drink|sandwich(?:es)?)\b`,
    rx`\bfood (?:box|parcel)\b`,
    rx`\bhelped (?:him|her|them) (?:up|back|into|onto|to (?:bed|the|his|her|their)|home|inside|dress)\b`,
    rx`\btransport(?:ed)? to\b`,
    rx`\bfirst aid\b`,
    // "treated as a victim" is how a case is handled, not care given.
    rx`\btreat(?:ed|ing|ment given)\b(?! as\b)`,
    rx`\breassur(?:ed|ance)\b`,
    rx`\b(?:gave|given|give|bought|brought|provided|made|got|offered)\b[^.;\n]{0,30}\b(?:food|meal|hot drinks?|blankets?|milk|bread|soup|tea|coffee|sandwich(?:es)?|water|sleeping bag|warm clothing|welfare pack)\b`,
    // Housing found for someone (temporary room, emergency bed) is support (§2).
    rx`\boffered (?:a |an )?(?:temporary |emergency |hostel )?(?:room|bed|accommodation|flat|place|tenancy)\b`,
    rx`\b(?:blankets?|hot drink)\b`,
    rx`\bleft (?:him|her|them|[A-Z][a-z]+) (?:safe )?(?:at home|home|in the care of)\b`,
    rx`\b(?:paramedics?|crew|ambulance staff)\b[^.;\n]{0,25}\b(?:checked|treated|examined|patched|assessed) (?:him|her|them|over|(?!(?:the|a|an|area|address|with|in|on|for|out|up|his|her|their|scene)\b)[a-z'-]+)\b`,
    // Clinical findings on the spot ("obs normal", "observations within normal limits").
    rx`\bobs(?:ervations)? (?:were |are |all |taken,? )?(?:normal|within normal (?:limits|range)|stable|fine|NAD)\b`,
    rx`\bassisted back\b`,
    // Admission to a ward or hospital; not a person admitting something ("he admitted he has …").
    rx`\b(?:was|been|is|being|were|got) admitted\b(?! (?:he|she|they|that|to (?:having|being|it|the))\b)`,
    rx`\badmitted (?:to|into|onto|on|as|informally|voluntarily|overnight)\b(?! (?:having|being|taking|drinking|using|stealing|it|that|the (?:offence|assault|theft|damage))\b)`,
    rx`\bplaced in\b`,
    rx`\b(?:wounds?|cuts?|burns?|grazes?|injur(?:y|ies)|hand|arm|leg|head|forearms?)\b(?: to (?:his|her|their|the) (?:left |right )?[\w-]+)? (?:was |were )?(?:cleaned and )?dressed\b`,
    rx`\bflushed (?:his|her|their|the) (?:skin|eyes?|burns?)\b`,
    rx`\bdressed (?:the |his |her |their |a )?(?:wounds?|cuts?|injur(?:y|ies)|grazes?|shin|leg|arm|hand|head|foot|knee)\b`,
    rx`\bsupport (?:given|provided|offered)`,
    rx`\bCPR\b`,
    rx`\b(?:fitted|installed|target hardening|lock change)\b`,
    rx`\brecovery position\b`,
    rx`\bdeclutter(?:ing)?\b`,
    // Errands run and warmth made for someone (§2 support): coal, shopping, a prescription
    // collected, the fire lit, glucose given by a crew.
    rx`\b(?:bought|fetched|collected|picked up) (?:(?:him|her|them|Mr [\w'-]+|Mrs [\w'-]+|Ms [\w'-]+) )?(?:a |some |the |his |her |their )?(?:bag of |bags of )?(?:[\w-]+ ){0,2}(?:shopping|coal|groceries|prescription|medication|antibiotics|tablets|medicines?)\b`,
    rx`\blit (?:his|her|their|the) (?:fire|heating|stove)\b|\bglucose gel\b`,
    // Comfort given on the spot: tea made, staying until someone settles, a cut cleaned.
    rx`\btea made\b|\bmade (?:him|her|them) (?:a )?(?:cup of )?(?:tea|coffee|hot drink)\b`,
    rx`\bstayed (?:with (?:him|her|them) )?until (?:he|she|they) (?:settled|calmed|was calm|were calm|fell asleep)\b`,
    rx`\b(?:lip|cut|cuts|wound|graze|grazes|hand|face) (?:was |were )?cleaned\b|\bfirst aider\b`,
  ]),
  term('advice', [
    rx`\bwords of advice\b`,
    rx`\btold (?:him|her|them) to (?:contact|ring|call|see|go to|speak to|keep|lock|stay away)\b`,
    // "asked them to call 999 the moment they see one": how to get help is advice (§2).
    rx`\b(?:asked|reminded|urged|encouraged) (?:him|her|them|the caller|[\w-]+) to (?:call|ring|phone|dial) (?:999|101)\b`,
    rx`\badvice\b`,
    rx`\badvised\b`,
    // An instruction that opens a clause ("… RANG BACK: ADVISE CLEAN THE WOUND"); in CAD, "X
    // ADVISE <news>" after a name means X informs, and "please advise" asks for an update.
    rx`(?<=(?:^|[.:;!])\s{0,3})advise\b(?! (?:on arrival|of|when|once|if|control|units?|officers?|police|attendance|ETA)\b)`,
    rx`\badvis(?:es|ing) (?:him|her|them|the caller|the family)\b`,
    rx`\bsignpost(?:ed|ing)?\b`,
    // A leaflet handed over is advice; one a caller or suspect has ("a stack of leaflets",
    // "Leaflet gives a mobile number", "rang the leaflet number") is not.
    rx`\b(?:gave|given|give|giving|left|leave|leaving|posted|handed|hand|took|take|takes|dropped) (?:[\w'’+&-]+ ){0,8}?leaflets?\b`,
    rx`\bleaflets? (?:given|left|posted|handed|dropped|provided)\b`,
    rx`\b(?:number|details|contact details)s? (?:given|provided|passed on)\b`,
    rx`\bgiven (?:the )?[\w ]{0,20}(?:number|details|contact)\b`,
    rx`\b(?:gave|give|giving) (?:him|her|them|the caller|(?:Mr|Mrs|Ms|Miss|Dr)\.? [\w'-]+)(?: both)? (?:the |a |an )?[\w'’ ]{0,40}\b(?:numbers?|nos?\b|details|contacts?)\b`,
    // "suggested he asks the GP", "Suggested she sees her GP": what to do is advice (§2); 7 of 7
    // such entries over the sets ("nothing to suggest she …" is a finding, not advice).
    rx`(?<!\bto )\bsuggest(?:ed|s)? (?:that )?(?:he|she|they|mum|dad)\b`,
  ]),
  term('deploy', [
    // "Found Aled sitting in the pavilion": a missing person found on scene (§2 deploy), even
    // when the entry then stands the search down.
    rx`^\W*(?:found|located)\b(?! (?:safe and well|to be)\b)`,
    rx`\bassigned\b`,
    rx`\bass?i?g(?:n|nd|ned)\b`,
    rx`\bdeployed\b`,
    rx`\bdespatched\b`,
    rx`\bdispatched\b`,
    // "the attending officer" names who, not an attendance ("DASH to be done by attending officer").
    // "To attend a vol interview 10/04" is the suspect's appointment, not an attendance.
    // "Has attended two sessions", "attended his appointment": the person kept an appointment.
    rx`(?<!\b(?:before|until|unless) (?:any |a |the |an )?(?:unit|officers?|police|patrol|PCSO|car) )\battend(?:ed|ing|s|ance)?\b(?! (?:officers?|PCs?|units?|crews?|doctors?|clinicians?)\b| (?:a |an |for )?(?:vol(?:untary)?\.? |police )?interview\b| (?:all |both |his |her |their |the |(?:\w+ )?(?:first|second|last|next) |\w+ )?(?:sessions?|appointments?|appts?|groups?|clinics?|classes|course|therapy|counselling)\b)`,
    rx`\bon scene\b`,
    rx`\bO/S\b`,
    // A relative arriving is not an attendance (§2 deploy: assigned, attends).
    rx`(?<!\b(?:${KIN}|son-in-law|daughter-in-law) (?:has |had |have |then |now |later |finally )?)\barrived?\b`,
    rx`\bat scene\b`,
    rx`\ben route\b`,
    rx`\bin attendance\b`,
    rx`\bmaking (?:our |their |my )?way\b`,
    rx`\bat (?:the )?(?:scene|location|loc)\b`,
    rx`\bETA\b`,
    // "PCSOs to patrol tomorrow" plans a patrol; it is not one (§2 deploy: assigned, attends).
    rx`(?<!\b(?:to|will) )\bpatrols?\b`,
    rx`\bpatrolling\b`,
    rx`\bwith (?:him|her|them|male|female) now\b`,
    // "A dog at the address", "children living at the address": who or what is there, not an attendance.
    rx`(?<!\b(?:dogs?|cats?|animals?|pets?|weapons?|firearms?|guns?|knives|children|child|kids|baby|nobody|no one|anyone|anybody|someone|vehicles?|cars?|flags?|markers?|warnings?|living|lives|resides|residing|registered|known) )\bat (?:the )?(?:home )?address\b`,
    rx`\bpassed to [\w ]{0,20}\b(?:SNT|team|unit)\b`,
    rx`\bon arrival\b`,
    // CAD shorthand and typos: "ATT RP", "attnded", "GONE ON ARRVL".
    rx`\batt(?:nd(?:ed)?|nded|d)?\b(?! (?:to|on|at|of|the|a)\b)`,
    rx`\bon arr(?:i?va?l)\b`,
    rx`\barrv(?:e?d)?\b`,
    // A bail check at an address is a visit to see the conditions kept.
    rx`\bbail (?:check|visit)\b(?! on (?:the )?(?:PNC|system|Niche))`,
    rx`\bvisited\b`,
    rx`\bhome visit\b`,
    rx`\btasked\b`,
    rx`\ballocated\b`,
    // "Told before any unit is sent" is a protocol, not a deployment.
    rx`(?<!\b(?:before|until|unless) (?:any |a |the |an )?)\b(?:units?|officers?|patrols?|cars?|crews?|PCSOs?|PCs?)\b[^.;\n]{0,20}\b(?:sent|travelling|heading|making)\b`,
    rx`\bresourced\b`,
    rx`(?<!-)\b(?:found|located|traced)\b (?:in|at|on|inside|sitting|walking|lying|standing)\b`,
    rx`\btalking to (?:him|her|them)\b`,
    // "At Plaiter Court. No answer. … S17 PACE entry": a forced entry to save life is `other` (§2),
    // so arriving does not make the entry an attendance.
    rx`^\W*(?:now )?(?:at|with|on) (?:the |his |her |their )?[\w' ]{1,25}[.,](?![^]{0,300}\b(?:s\.?\s?17|section 17)\b)`,
    rx`\bcame to the door\b`,
    rx`\banswered the door\b`,
    // A call sign sent somewhere ("RV12 to the home address, RV15 to search the town centre").
    // Sent on to another place or told to look for someone or something ("DU22 diverted to 9
    // Brinewell Walk", "DU55 to look for the Volvo").
    rx`\b(?!s\d)[A-Z]{1,4}\d{1,3}\b(?= (?:to the |to search|to attend|to check|to scene|to home|to address|to meet|to visit|to locate|to speak|to look for|to find|to trace|diverted|redirected|re-?tasked))`,
    rx`^\W*[A-Z][a-z]+ answered\b`,
  ]),
  // Cues of `other` (§2): they never win over another event, but they stop the field-officer
  // fallback from reading an interview or a statement as attendance.
  term('other', [
    rx`\binterview(?:ed|s)?\b`,
    // A measure weighed and not taken is `other` (§2: only considering a measure).
    rx`\b(?:arrest|caution|CPW|CPN|warning|charge|s\.?\s?136|dispersal)\b[^.;:\n]{0,40}\bconsidered and (?:not|rejected)\b`,
    rx`\bstatements?\b`,
    rx`\bresum(?:ing|ed|e)\b`,
    rx`\blinked\b(?! (?:smoke|fire|alarms?|heat))`,
    rx`\b(?:search|units?|officers?|resources?)\b[^.;\n]{0,15}\b(?:stood down|released)\b`,
    rx`\bpending\b`,
    rx`\bconsent(?:ed)?\b`,
    rx`\bs\.?\s?17\b`,
    rx`\bforced entry\b`,
    rx`\breview(?:ed)?\b`,
    rx`\bpaperwork\b`,
    rx`\b(?:house[- ]to[- ]house|H2H) (?:enquiries|conducted)\b`,
    rx`\bCCTV (?:viewed|seized|requested|reviewed|checked)\b`,
    // Gathering evidence is no attendance (§2 other): footage viewed, a search under PACE,
    // property seized or booked in, someone traced.
    rx`(?:^|[.;:]\s*)(?:I |we )?(?:viewed|reviewed|watched) (?:the )?(?:[\w-]+ )?(?:CCTV|footage|video|helmet ?cam|dash ?cam|body ?cam|BWV|stream|doorbell)\b`,
    rx`\bsearched under (?:s\.?\s?(?:18|32)|section (?:18|32))\b`,
    rx`(?:^|[.;:]\s*)seized\b|\b(?:cash|phones?|receipts?|keys|knife|drugs|weapons?|items?|book) seized\b`,
    rx`\bbooked (?:them |it |these )?into property\b`,
    rx`^\W*traced\b`,
    rx`\bcrime (?:number|ref(?:erence)?|report) (?:raised|created|generated)\b`,
    rx`\bcrimed\b`,
    rx`\bupdated\b`,
    rx`\b(?:boarded|key left|keys? returned|property secured)\b`,
    rx`\bdeclined (?:an? |the )?(?:ambulance|hospital|A&E|help|support)\b`,
    rx`\brefus(?:ing|ed)\b`,
    rx`\bno (?:further )?complaint\b`,
    // Deciding with a supervisor, or weighing a power, is no attendance (§2 other).
    rx`^\W*discussed with\b`,
    rx`^\W*considered\b`,
  ]),
  term('risk_assessment', [
    rx`\bTHRIVE\b`,
    rx`\b(?:re-?)?grad(?:ed|e|ing)\b`,
    rx`\bGRD\b`,
    // CAD shorthand for a grade: "GR1", "Gr 3".
    rx`\bGR\.? ?[1-5]\b`,
    rx`\brisk (?:assessment|review|assessed)`,
    rx`\bDASH\b`,
    rx`\b(?:high|medium|low) risk\b`,
    // Indicators of exploitation listed: the safeguarding risk assessment (NRM, CSE/CCE screening).
    rx`\b(?:trafficking|exploitation|CSE|CCE|grooming|MSHT|modern slavery|county lines) indicators?\b`,
    rx`\brisk\s*:`,
    rx`\bwelfare (?:check|chk)\b`,
    // A welfare call to the person, and a safe and well check written with `+` or `&`.
    rx`\bwelfare (?:call|phone call) (?:to|with)\b|\bsafe (?:\+|&) well\b`,
    rx`\bsafe and well\b`,
    rx`\bPNC\b`,
    rx`\blocal (?:intel|int|intelligence|checks?|chks?|chx)\b`,
    // Checks written short at the head of an entry ("chks: 4 previous PSPO warnings"), and an
    // ANPR result read from police systems ("ANPR: the Skoda passed the … camera"; §2).
    rx`^\W*(?:checks?|chks?|chx)\s*:`,
    rx`\bANPR\s*:|\b(?:PNC|ANPR) ?(?:\+|\/|and) ?(?:ANPR|PNC)\b`,
    rx`\bcall history\b`,
    rx`\bchecks? (?:on|done|made|completed)\b`,
    rx`\bfit (?:to (?:be )?)?(?:detain|interview|held)`,
    rx`\bfit (?:for|to) (?:detention|interview|custody|charge|release)\b`,
    rx`\bDARA\b`,
    rx`\b(?:PND|Niche|Athena|Storm|CAD|intel) (?:checks?|search(?:ed)?|trace|shows?)\b`,
    rx`\bvulnerability (?:assessment|screening)\b`,
    rx`\bMISPER risk\b`,
    // A missing-person or risk grading written as "MISPER RA: HIGH", "RA - medium".
    rx`\b(?:MISPER |missing person |risk )?RA\s*[:-]?\s*(?:high|medium|med|low|standard)\b`,
    rx`\brisk (?:graded|level)\b`,
    rx`\bcustody risk\b`,
  ]),
  term('report', [
    rx`\bcaller\b`,
    rx`\bRP\b`,
    // "reports to the IOM unit twice a week" is a bail or licence condition, not a report.
    // "Sentence adjourned for reports": a court's pre-sentence reports, not a report.
    rx`(?<!\b(?:for|pre-sentence|pre sentence|probation|medical|psychiatric) )\breports?\b(?! to (?:the )?(?:[\w-]+ ){0,2}(?:unit|station|office|probation|police station)\b)`,
    rx`\breported\b`,
    rx`\bcomplain(?:s|t|ts|ed|ing)?\b`,
    rx`\b(?:rang|rung|called|calls?) (?:again|back in)\b`,
    rx`\b(?:further|second|third|2nd|3rd|\d+th|another|new) call\b`,
    rx`\b999\b`,
    rx`\bcall (?:from|in from)\b`,
    rx`\bconcern for\b`,
    rx`\bnow (?:says|states|reports)\b`,
    rx`\brang back\b`,
    rx`\breporting\b`,
    rx`\b(?:101|999) call\b`,
    rx`\bcall(?:s)? received\b`,
    rx`\banonymous call\b`,
    rx`\b(?:caller|RP|informant) (?:states|stated|says|reports|rang)\b`,
    // A further call as call handlers write it: "mr whitlow again: party at no 18", "RP BACK ON".
    rx`^[^:.;\n]{2,40}\bagain\s*:`,
    rx`\b(?:RP|caller|informant) (?:back on|called back|rang back)\b`,
    rx`^\W*call (?:via|through|on)\b`,
    // A titled caller opening the entry: "Mrs Nowak: graffiti overnight", "Mr Fenwick rang".
    rx`^\W*(?:Mr|Mrs|Ms|Miss)\.? [\w'-]+(?: [\w'-]+)?\s*(?::|(?:rang|called|phoned|again)\b)`,
    // Caller details opening a call handler's entry, then the account: "Door staff at the Anchor,
    // 07700 900123: man on the roof", "mrs jones 01632 960655 rptng husband missing".
    rx`^[^.\n]{0,140}?\b0\d{3,4} ?\d{3} ?\d{3,4}\s*(?::|\(|,? (?:rpti?ng|reports?|reporting|states|says)\b)`,
    rx`\brpti?ng\b`,
    rx`\bwants? (?:it|this|that) (?:recorded|logged|noted)\b`,
    rx`\b(?:rang|rung|called|phoned|dialled|rings) (?:101|999)\b`,
  ]),
];

/** §4 framing cues; negated ones are cancelled by the negation window. */
const FRAMINGS: LexiconTerm[] = [
  // Custody procedure frames the offence it is for, unless the book-in records a risk the detainee
  // discloses ("Booked in. Risk assessment: discloses suicidal thoughts"): then the risk is the
  // entry's premise (§4 risk_safety), as the labelled book-ins with a live disclosure are.
  {
    label: 'crime_asb',
    patterns: [rx`\bdetention (?:of [\w'-]+ )?authori[sz]ed\b`, rx`\bbooked (?:in|into custody)\b`],
    yieldsTo: ['risk_safety'],
  },
  term('crime_asb', [
    rx`\bASB\b(?! (?:team|officer|unit|co-?ordinator|case officer))`,
    // A suspect interviewed who admits, denies or says nothing is the offence's investigation, and
    // a laser shone at drivers is an offence (Laser Misuse (Vehicles) Act 2018).
    rx`\binterview(?:ed)?\b[^\n]{0,80}?\b(?:admits|admitted|denies|denied|no comment)\b`,
    rx`\blasers?\b`,
    // Offences named by what is seen rather than by a statute: unlicensed raves, nitrous oxide,
    // catalytic converters cut off, cloned plates, nighthawking (metal detecting on protected
    // land), hate abuse, a crime in progress.
    rx`\b(?:raves?|unlicensed (?:music )?event)\b`,
    rx`\b(?:NOS|nitrous oxide|laughing gas) (?:canisters?|cylinders?|balloons?)\b|\bnitrous oxide\b`,
    rx`\bcatalytic converters?\b|\bconverters? (?:\w+ ){0,3}cut\b|\bangle grinder\b`,
    rx`\bcloned\b(?! (?:phone|sim|card)s?\b)`,
    rx`\bmetal detect(?:ing|ors?|orists?)\b|\bnighthawk(?:ing|s)?\b|\bheritage crime\b|\bscheduled (?:monument|area)\b`,
    rx`\b(?:transphobic|homophobic|racist|racial|disablist|anti-semitic|antisemitic|islamophobic) (?:abuse|comments?|remarks?|slurs?|graffiti|harassment|insults?)\b`,
    rx`\bcrimes? in progress\b|\bpadlock (?:\w+ ){0,3}cut\b`,
    rx`\bcomplain(?:s|t|ts|ed|ing)?\b`,
    rx`\bconceal`,
    rx`\bwithout paying\b`,
    rx`\bburning\b`,
    rx`\bburn(?:s|t|ed)? (?:plastic|rubbish|waste|tyres|household)\b`,
    // Refusing to move on is a nuisance; refusing to go to hospital is a health decision.
    rx`\brefus(?:ing|ed|es) to (?:move|leave|go)\b(?! (?:to|into) (?:the )?(?:hospital|A\s?&\s?E|ward|GP|doctors?|surgery|suite|assessment)\b| at first\b| with (?:the )?(?:crew|paramedics?|ambulance)\b)`,
    rx`\b(?:swears|swore|swearing) at\b`,
    // Road traffic offences as CAD writes them.
    rx`\bdrink[- ]?driv(?:e|er|ing)\b`,
    rx`\bno (?:insurance|INS|MOT|licence)\b`,
    rx`\burin`,
    rx`\banti[- ]?social\b`,
    rx`\bnuisance\b`,
    rx`\bnoise\b`,
    rx`\bloud music\b`,
    rx`\bdamage\b`,
    // Criminal exploitation is a safeguarding risk (§4 risk_safety), not the person's offence.
    rx`\bcriminal\b(?! exploitation\b)`,
    // "Offender manager" is the probation role, not an offence.
    rx`\boffen(?:ce|ces|ding|der|ders)\b(?! managers?\b)`,
    // A diagnosis ("eating disorder", "personality disorder") is not public disorder.
    rx`(?<!\b(?:mental|eating|personality|bipolar|panic|anxiety|stress|spectrum|mood|conduct|attachment|affective|psychotic|delusional|sleep|neurological|neurodevelopmental|thought) )\bdisorder(?:ly)?\b`,
    // Ill-treatment or wilful neglect of a person lacking capacity is an offence (MCA 2005 s44).
    rx`\bill[- ]treat(?:ment|ed|ing)\b`,
    // Offences told in everyday words, as callers and other agencies' staff write them.
    rx`\b(?:taken|nicked|pinched) from (?:the |his |her |their |a |my )?(?:shed|garden|garage|car|van|yard|drive|driveway|doorstep|porch|hallway|allotment)\b`,
    rx`\b(?:conned|blackmail(?:ed|ing)?|sextortion|extort(?:ion|ed|ing)|brawl(?:ing)?|speeding|hare coursing|poach(?:ing|ers?)|bilking|upskirting|voyeurism|kerb[- ]crawl\w*|cyber-?bullying)\b`,
    rx`\bmak(?:e|es|ing) off without payment\b`,
    rx`\bmalicious (?:calls?|communications?|messages?|texts?|emails?)\b`,
    rx`\b(?:car|van|vehicle|paintwork) (?:was |been |had been )?keyed\b`,
    rx`\bvehicle crime\b`,
    rx`\b(?:bins?|rubbish|skip|car|vehicle|shed|fence)\b[^.;\n]{0,20}\b(?:set (?:on )?fire|set alight|on fire|torched)\b`,
    rx`\b(?:restraining|non-molestation) order\b`,
    rx`\b(?:revenge porn|intimate images?|online abuse)\b`,
    rx`\bassault(?:ed|ing)?\b`,
    rx`\btheft\b`,
    rx`\bstole|stolen|stealing\b`,
    rx`\bshoplift`,
    rx`\bburglary\b`,
    rx`\bharass(?:ment|ing|ed)?\b`,
    rx`\bbegg(?:ing|ed|ars?)\b`,
    rx`\basking (?:\w+ ){0,3}for (?:money|change|cash|spare change)\b`,
    // Antisocial driving (Police Reform Act 2002 s59): car meets, "doughnuts", racing, wheelspins.
    rx`\b(?:doughnuts|wheel ?spins?|handbrake turns|boy racers?|street racing|car meets?|tyre smoke)\b`,
    rx`\bracing (?:across|around|round|up and down|along|through|on)\b`,
    rx`\b(?:s\.?\s?59|section 59)\b`,
    // Youth justice outcomes: a referral order, restorative work, victim awareness (YOT).
    rx`\b(?:referral order|restorative (?:work|justice|session)|victim awareness)\b`,
    rx`\b(?:ABCs?|acceptable behaviour (?:contract|agreement)s?)\b`,
    rx`\bdrugs? suppl(?:y|ying|ier)\b`,
    rx`\bsuppl(?:y|ying) (?:of )?(?:drugs|class [ABC])\b`,
    rx`\bdrug(?:s)? deal`,
    rx`\bdealing\b`,
    rx`\barrest(?:ed)?\b`,
    rx`\b(?:into|taken to|brought to|remanded in|kept in) custody\b`,
    rx`\b(?:on |police |released on |conditional )?bail(?:ed)?\b`,
    rx`\bRUI\b`,
    rx`\breleased under investigation\b`,
    rx`\bsuspects?\b`,
    rx`\bmade off\b`,
    rx`\bstalk(?:ing|ed|er)?\b`,
    rx`\bkeeps? (?:turning up|coming round|following|calling|ringing|texting|messaging)\b`,
    rx`\bcctv\b`,
    rx`\b(?:doorbell|camera|bodycam|BWV) footage\b`,
    rx`\baffray\b`,
    rx`\bPSPO\b`,
    rx`\b(?:verbal |formal |final |written )?warning (?:given|issued|served|letter)\b`,
    rx`\b(?:ABH|GBH|criminal damage|common assault)\b`,
    // "Charge Nurse Boococh", "nurse in charge": a nursing grade, not a charge.
    rx`(?<!\bin |\b(?:phones?|mobiles?|batter(?:y|ies)|fully) )\bcharged?\b(?! of (?:the|his|her)| nurse\b)`,
    rx`\bcaution(?:ed)?\b`,
    rx`\benforcement\b`,
    rx`\bCPW\b`,
    rx`\bCBO\b`,
    rx`\bdispersal\b`,
    rx`\bclosure (?:order|notice)`,
    rx`\bbreach\b`,
    rx`\bconvict(?:ion|ions|ed)\b`,
    rx`\bwants? (?:him|her|them) (?:out (?:\+|and|&) )?(?:arrested|moved on|removed|prosecuted|banned)`,
    rx`\brefus(?:es|ed|ing) to leave\b`,
    // A victim's decision about a prosecution is about the offence, whichever way it goes (§4).
    rx`\b(?:does not|doesn'?t|did not|didn'?t|will not|won'?t|declines to|declined to|unwilling to|not willing to) (?:want to )?(?:support|pursue|press|make) (?:a |the )?(?:prosecution|charges|complaint|allegation)\b`,
    rx`\bgraffiti\b`,
    // The Crown Prosecution Service is consulted about an offence (§4 crime_asb).
    rx`\b(?:to|from|by|with) (?:the )?CPS\b|\bCPS (?:advice|authori[sz]ed|decision|direct)\b`,
    // Graffiti told without the word, and other nuisance told plainly: "shelter painted
    // overnight", "coursing hares", "three males squaring up", "two dents in her car door".
    rx`\b(?:shutters?|shelters?|walls?|doors?|fences?|cars?|vans?|windows?|bridge|underpass)\b(?:[^.;\n]{0,40}?)\b(?:painted|sprayed|daubed|tagged) (?:overnight|on|over|with|in)\b`,
    rx`\bcours(?:ing|ed) (?:for )?hares?\b|\bhare coursers?\b|\bcoursers\b`,
    rx`\bsquar(?:ing|ed) up\b`,
    rx`\bdents?\b(?= (?:in|on) (?:the |her |his |their |my )?(?:[\w'’-]+ )?(?:door|car|van|bonnet|wing|roof|panel|boot))`,
    rx`\bfake (?:orders?|deliveries|bookings?|takeaways?)\b`,
    // Offences told plainly: indecent exposure, an unauthorised encampment, a lock or barrier cut,
    // waste tipped, metal stripped from a roof, a driver leaving without paying for fuel.
    rx`\bexpos(?:ed|ing|es) (?:himself|herself|themselves)\b`,
    rx`\bunauthori[sz]ed encampments?\b`,
    rx`\b(?:barrier|padlock|lock|chain|fence)\b[^.;\n]{0,20}\b(?:was |were |been |had been |has been )cut\b|(?<!\b(?:we|I|officers|police|locksmith|fire service|firefighters) )\bcut (?:his|her|their|the) (?:padlock|lock|chain|fence)\b|\bbolt ?croppers\b`,
    rx`\b(?:tipped|dumped) (?:across|on|in|behind|outside|at)\b`,
    rx`\b(?:lead|copper|cable) (?:flashing|stripped|stolen|theft)\b|\bfresh(?:ly)? cut edges\b`,
    rx`\b(?:drove|driven) off without paying\b|£\d[\d,.]*,? (?:and )?drove off\b`,
    // A threat of arson: "would burn the place down" (the modal is inside the cue, not a negation).
    rx`\b(?:would|will|going to|gonna|threatened to|threatening to|'d) ["“]?burn (?:[\w'’-]+ ){0,3}down\b`,
    // Theft and damage told without the offence's name ("taken his wife's rings", "chairs broken").
    rx`\b(?:taken|took|nicked|swiped|grabbed)\b(?! out\b)[^.;\n]{0,25}\b(?:rings?|jewellery|money|cash|£\d[\d,]*|purse|wallet|handbag|bike|car keys)\b`,
    rx`\b(?:chairs?|windows?|(?:window )?panes?|doors?|tables?|fences?|panels?|screens?|cars?|glass|cloth) (?:were |was |had been |been |have been )?(?:broken|slashed|smashed|damaged|kicked in)\b`,
    // A break-in told as it happens or after ("someone is breaking into the car", "the shed was
    // broken into"); the bank's fraud protocol (the Banking Protocol, UK Finance and police).
    rx`\b(?:breaking|broke|broken|break) into\b`,
    rx`\bBanking Protocol\b`,
    // A victim who does not want the person prosecuted, or any police action, says an offence
    // happened (§4: the premise), whatever they decide; so does someone moved on, or trying door
    // handles, or kicking a door or a car.
    rx`\b(?:does not|doesn'?t|did not|didn'?t|do not|don'?t) want (?:him|her|them|anyone|anybody|the (?:[\w-]+ ){1,2})?\s*(?:prosecuted|charged|arrested)\b`,
    rx`\b(?:wants?|want) (?:any |no )(?:police )?action\b`,
    rx`\btrying (?:the )?(?:car )?(?:door handles|doors|gates|handles)\b`,
    rx`\b(?:be|been|was|were|being) moved on\b`,
    rx`\bkick(?:s|ed|ing)? (?:at )?(?:the |his |her |a )?(?:door|car|window|van|gate|fence)s?\b`,
    rx`\b(?:slashed|kicked in)\b`,
    rx`\bextinguisher (?:was |had been )?let off\b`,
    rx`\b(?:unlawful(?:ly)?|illegal(?:ly)?) evict\w*\b`,
    rx`\bchanged the locks\b`,
    rx`\bprosecute[sd]?\b`,
    rx`\b(?:for|of) possession\b|\bpossession (?:offence|of (?:a )?(?:class|cannabis|heroin|cocaine|drugs))\b`,
    rx`\bvandal`,
    rx`\btrespass`,
    rx`\bpublic order\b`,
    rx`\bhate (?:crime|incident)\b`,
    rx`\bswearing\b`,
    rx`\bshouted abuse\b`,
    rx`\babusive\b`,
    rx`\bfight(?:ing)?\b`,
    rx`\bthreaten(?:ed|ing)?\b`,
    rx`\bswore at\b`,
    rx`\bparked (?:across|over|in front of)\b`,
    rx`\bblock(?:s|ed|ing) (?:her|his|their|the|my) (?:drive|driveway|access|car)\b`,
    rx`\b(?:let|slash(?:ed)?|let down) (?:her|his|their|my) tyres\b`,
    rx`\bbang(?:ing|s|ed)? (?:on|at) (?:the |their |our |his |her |my )?(?:shared |party )?(?:wall|door|ceiling|floor|windows?)\b`,
    rx`\bintimidat`,
    rx`\bsmash(?:ed|ing)?\b`,
    rx`\bdrunk (?:and (?:disorderly|abusive|aggressive|violent)|in charge)\b`,
    rx`\bdrunken (?:behaviour|youths|males?|group|fight)\b`,
    rx`\bmusic\b`,
    rx`\bbarking\b`,
    // Thrown out of home is a housing and safeguarding matter, not an offence ("thrown out of home").
    rx`\b(?:throw(?:ing|n)?|threw)\b(?! (?:(?:her|him|them|me) )?out\b)`,
    rx`\bkick(?:ed|ing)\b(?! out\b)`,
    rx`\bspitting\b`,
    rx`\bbroken glass\b`,
    rx`\bscratched\b`,
    rx`\bthreats?\b`,
    rx`\b(?:break(?:ing)? in|trying to get into|intruders?)\b`,
    rx`\b(?:youths|YTHS)\b`,
    // Knock-door-run ("knocking on his door and running off", "ding dong ditch") is ASB.
    rx`\bknock(?:ing|ed|s)? (?:on )?(?:his |her |their |the |my )?(?:doors?|windows?)\b[^.;\n]{0,12}\b(?:and |\+ |& )?run(?:ning|s)? (?:off|away)\b|\bknock[- ](?:door|down)[- ](?:run|ginger)\b|\bding[- ]dong[- ]ditch\b`,
    rx`\bstatement\b`,
    rx`\bbonfires?\b(?! night\b)`,
    rx`\b(?:cannabis|weed|skunk|drug use|drug[- ]related|class [ABC]|PWITS|possession with intent)\b`,
    rx`\bdrugs? (?:paraphernalia|activity|den|house|use)\b`,
    rx`\bneedles?\b`,
    rx`\b(?:robbery|robbed|mugged|fraud(?:sters?|ulent)?|scam(?:s|med|mers?)?|burgl(?:ed|ar|ars))\b`,
    rx`\bs\.?\s?[45]A?\b (?:POA|public order)`,
    rx`\bbreach of the peace\b`,
    rx`\bD\s?&\s?D\b`,
    rx`\bdrunk and disorderly\b`,
    rx`\bfly[- ]?tipping\b`,
    rx`\b(?:littering|dog fouling|street drinking|street drinkers?)\b`,
    rx`\b(?:rowdy|loud party|revving|off[- ]road bikes?|nuisance (?:bikes?|vehicles?|motorbikes?))\b`,
    rx`\bfireworks?\b`,
    rx`\b(?:egg(?:s|ed|ing)|stones?) (?:thrown|at)\b`,
    rx`\bknock(?:ing)? (?:on doors|and run)\b`,
    rx`\b(?:verbal|racial|racist|homophobic) abuse\b`,
    rx`\b(?:spat|spitting|pushed|pushes|shov(?:ed|es|ing)|punch(?:ed|ing|es)?|headbutt(?:ed)?)\b`,
    // Clamping on private land without lawful authority (Protection of Freedoms Act 2012 s54).
    rx`\bclamp(?:ed|ing)\b`,
    rx`\badmit(?:s|ted)? (?:it|the (?:offence|offences|theft|assault|damage|calls))\b`,
    rx`\bshouting (?:from|at) (?:no\.? ?\d|number \d|flat \d|the (?:flat|house) (?:above|below|next door))`,
    rx`\bwanted (?:on warrant|for)\b`,
    rx`\b(?:urinating|exposure|indecent)\b`,
    rx`\bkeep (?:a |her |his |their )?(?:record|diary|log) of\b`,
    rx`\b(?:noise|incident|ASB) diar(?:y|ies)\b`,
    rx`\bdiary sheets?\b`,
    rx`\bprosecution\b`,
    rx`\bneighbou?r (?:dispute|feud|row|issues?|problems?)\b`,
    // Malicious notes (Malicious Communications Act 1988) and evidence kept for an offence.
    rx`\bnotes? (?:[\w]+ ){0,3}(?:thr(?:u|ough)|under) (?:her|his|their|the|my|our) (?:front )?(?:door|letterbox)\b`,
    rx`\bfor evidence\b`,
    rx`\bwants? (?:action|something done)\b`,
    rx`\bshouting (?:and|&|\+) banging\b`,
    // Shouting reported or seen is a nuisance (§4 crime_asb: nuisance and disorder); shouting for
    // help, shouting that something is so, or at the walls or voices, says something else.
    rx`\bshouting\b(?! (?:for help|that|at (?:the )?(?:walls?|voices|himself|herself|themselves|nobody|no one|the TV))\b)`,
    rx`\bshouting through (?:the )?walls?\b`,
    rx`\bdrugs? lines?\b`,
    rx`\bnominals?\b`,
    // Evidence gathered or missing for an offence: "note seized", "no proof".
    rx`\b(?:photographed|seized|exhibited)\b`,
    rx`\bno (?:proof|evidence)\b(?! of\b)`,
    // CAD result categories: "RESULT: DRUGS / …", "RESULT: CRIME - …". The cue is the category
    // alone, after the result marker, so a closing entry reads it as the head of its result.
    rx`(?<=\bresult\s*:\s*)(?:drugs?|crime)\b`,
    rx`\b(?:dangerous|careless|drug|drink)[- ]driving\b`,
    rx`\b(?:bit|bitten) (?:her|him|them|by)\b|\bdog (?:bite|attack)s?\b`,
    rx`\bdangerous dogs? act\b|\bdangerously out of control\b`,
    rx`\bIOM (?:cohort|nominal|flag)\b`,
    rx`\b(?:pleaded|pled) guilty\b|\bguilty plea\b|\bcommunity order\b`,
    // Arson is named as an offence ("RESULT: ARSON"); a fire where people are is a risk (below).
    rx`\barson\b`,
    // A door or window forced open is damage or a break-in; forced entry by police is not (§2).
    rx`\b(?:door|window|lock|padlock|shutter|gate|hatch) (?:was |had been |has been |been )?forced\b`,
    // A voluntary interview is an interview under caution about an offence (PACE Code C).
    rx`\bvol(?:untary)?\.? interview\b(?! (?:later )?if\b)`,
    rx`(?<!\bto be )\binterview(?:ed)? (?:voluntarily|under caution|with (?:an? )?(?:AA|appropriate adult|solicitor))\b`,
    rx`\b(?:full|partial|no) admissions?\b(?! (?:to|of) (?:hospital|the ward|A&E)\b)|\bmade admissions\b`,
    // "wants the owner prosecuted": "wants" negates a measure, so the want is matched whole (§4).
    rx`\bwants? (?:the (?:[\w-]+ ){1,2})(?:arrested|prosecuted|charged|banned|moved on)\b`,
    // Saying a measure is meant ("minded to issue a CPW") names the ASB the entry is about.
    rx`\b(?:minded|intends?|intending|going|planning) to (?:issue|serve|apply for) (?:an? |the )?(?:CPW|CPN|CBO|PSPO|injunction|closure order|warning letter|ABC)\b`,
    // A hoax emergency call is an offence (Communications Act 2003 s127; Criminal Law Act s5(2)).
    rx`\bhoax(?:es)?\b`,
    rx`\bstore detectives?\b`,
    // Theft told by what happened: caught leaving with goods, something taken from a garden or car.
    rx`\bcaught (?:leaving|stealing|taking|shoplifting|with (?:goods|stolen|[\w ]{0,20}(?:bottles|items|goods)))\b`,
    rx`\b(?:taken|stolen|nicked|removed) from (?:her|his|their|the|my|a) (?:back |front |work |works |company )?(?:garden|yard|car|van|shed|garage|drive|driveway|porch|doorstep|boot)\b`,
    rx`\b(?:padlock|lock|chain|cable lock)s? (?:[\w ]{0,25} )?(?:has been |had been |was |were |been )?(?:cut|snapped|cut off)\b`,
    // Dogs among livestock (Dogs (Protection of Livestock) Act 1953).
    rx`\b(?:livestock|sheep) worrying\b|\b(?:worry|worrying|worried|chasing|chased|attack(?:ed|ing)|killed|savaged) (?:the |his |her |their )?(?:in-lamb )?(?:sheep|ewes|lambs|livestock|cattle|hens|chickens)\b`,
    rx`(?<!\bself[- ])\bwounding\b`,
    // A crime scene held for investigators.
    rx`\bscene (?:taped|cordoned|preserved|guard(?:ed)?|held)\b|\b(?:CSI|SOCO|scenes of crime)\b`,
    rx`\bout[- ]of[- ]court (?:disposal|resolution)\b|\bOutcome (?:[1-9]|1\d|2[0-2])\b`,
  ]),
  term('risk_safety', [
    // Danger told plainly: someone out on ice, thoughts of joining the dead or of ways to die,
    // a head banged against a surface.
    rx`\b(?:frozen|thin) (?:lake|pond|river|canal|reservoir|ice)\b|\bice (?:cracking|breaking|gave way)\b`,
    rx`\bthought (?:about|of) (?:joining|ending|killing)\b|\blooked up ways\b`,
    rx`\bbang(?:ing|ed|s) (?:her|his|their) head\b`,
    rx`\bsuicid(?:e|al)\b`,
    // Danger to life said in words (§4): near misses, a stated plan to die, traffic.
    rx`\bcould (?:easily )?have been (?:killed|hit|run over|knocked down|seriously (?:hurt|injured))\b`,
    rx`\b(?:will|would|might|could|going to|gonna) (?:get|be) (?:hit|killed|run over|knocked down)\b`,
    rx`\b(?:walk|walking|step|stepping|jump|jumping|throw (?:himself|herself|myself)) (?:out )?in front of (?:a |the )?(?:train|car|bus|lorry|traffic)\b`,
    rx`\bno point (?:any ?more|in living|going on|in carrying on)\b`,
    rx`\b(?:go|going|went|walk|walked) (?:on|onto) the (?:railway|tracks|line)\b`,
    rx`\b(?:took|taken|swallowed) ["“'‘]?(?:about |around |roughly )?\d+["”'’]? (?:x )?(?:co-codamol|paracetamol|codeine|sertraline|diazepam|zopiclone|ibuprofen)\b`,
    rx`\boverdose\b`,
    rx`\bOD\b`,
    rx`\bself[- ]harm`,
    rx`\bweapons?\b`,
    rx`\bknife\b`,
    rx`\bligature\b`,
    rx`\b(?:on|from|over|edge of|side of|parapet of|top of|jump\w*(?: off| from)?) (?:the |a )?(?:[\w']+ ){0,2}bridge\b(?! (?:end|street|road|lane|st|rd|way|house|stop)\b)`,
    rx`\b(?:walk|walking|walked|going|went|heading|headed|is at|was at|at the) (?:to |towards? )?(?:the )?(?:[\w']+ )?bridge\b(?! (?:end|street|road|lane|st|rd|way|house|stop)\b)`,
    rx`\bbridge (?:parapet|railings?|edge)\b`,
    rx`\b(?:sitting|sat|standing|stood|lying|found|crouched)\b[^.;\n]{0,20}\bunder (?:the |a )?(?:[\w']+ ){0,3}bridge\b`,
    rx`\bparapet\b`,
    rx`\blegs (?:back )?over (?:the )?(?:edge|drop|side|railings?|parapet)\b`,
    rx`\bover the drop\b`,
    rx`\bropes?\b(?! (?:swing|course|barrier|access)\b)`,
    rx`\b(?:with|holding|carrying|waving) (?:a |an )?(?:hammer|machete|axe|bat|screwdriver|blade|bottle)\b`,
    // A tool raised or swung at someone is a weapon (§4: weapon): "shouting with a spade raised".
    rx`\b(?:spade|shovel|pick|pickaxe|crowbar|iron bar|metal bar|pole|stick|hammer|axe|brick|plank)\b[^.;\n]{0,12}\b(?:raised|swung|swinging|held up)\b`,
    rx`\b(?:swinging|brandishing|armed with|threatening (?:him|her|them|staff|people) with) (?:a |an |his |her )?(?:[\w-]+ )?(?:spade|shovel|pick|pickaxe|crowbar|bar|pole|stick|hammer|axe|brick|plank|knife|blade|bottle)\b`,
    rx`\bending it\b`,
    rx`\bsearch (?:stood down|called off|suspended|scaled down)\b`,
    rx`\bcliff\b`,
    rx`\brailway (?:line|track)`,
    // Chained or locked to railings is a protest or a bike; climbing them is the danger.
    rx`(?<!\b(?:chained|locked|tied|D-locked)\b[^.;\n]{0,50})\brailings\b`,
    // "Jumping from topic to topic" is flight of ideas (health), not a jump.
    rx`\bjump(?:ing)?\b(?! (?:from (?:one )?(?:topic|subject|thing|idea)|between (?:topics|subjects|ideas)|about\b|up and down))`,
    rx`\brisk to life\b`,
    // "Grade 1, concern for life", and an immediate grade with an ambulance called to the person
    // (a bare "Grade 1, units assigned" frames nothing: §4 unclear).
    rx`\bconcern for (?:his |her |their )?life\b`,
    rx`\b(?:grade|gr|graded) ?(?:1|one)\b[^.\n]{0,10}[.,;]?[^\n]{0,60}\b(?:ambulance|amb) (?:requested|reqd|req)\b|\bgraded immediate\b[^\n]{0,60}\bambulance requested\b`,
    rx`\bhigh risk\b`,
    rx`\bMISPER\b`,
    rx`\bmissing\b`,
    rx`\bexploit(?:ed|ation)?\b`,
    // MAPPA manages the risk of serious harm an offender poses (Criminal Justice Act 2003 s325).
    rx`\bMAPPA\b`,
    rx`\bchild(?:ren)? at risk\b`,
    // An adult at risk (Care Act 2014 s42's term) and the enquiries into a child's or adult's
    // safeguarding (Children Act 1989 s47, Care Act 2014 s42) frame that risk (§4).
    rx`\b(?:adults?|carers?|residents?|young (?:person|people)) at risk\b`,
    rx`\b(?:s\.?\s?4[27]|section 4[27]) (?:enquiry|enquiries|investigation|strategy)\b`,
    // A threat to drive into water or a wall, and a death confirmed at the scene: danger to life.
    rx`\b(?:drive|driving|drove) (?:it |the car |his car |her car |the van )?(?:into|off) (?:the )?(?:estuary|river|sea|canal|harbour|quarry|cliff|wall|tree)\b`,
    rx`\blife (?:was )?pronounced extinct\b|\bPLE\b`,
    // The name of a protocol ("the Hawthorn cuckooing protocol") frames nothing (§4).
    rx`\bcuckoo(?:ed|ing)?\b(?! protocol\b)`,
    // Child criminal exploitation indicators: debt to dealers, older males directing a child.
    rx`\bowes? (?:them|money to|(?:the )?(?:line|dealers?|older (?:males|boys|men|lads)))\b`,
    rx`\bolder (?:males|boys|men|lads) (?:sent|made|told|use|used|groom\w*)\b`,
    rx`\bsafeguarding (?:risk|concern)`,
    rx`\bdomestic (?:abuse|violence)\b`,
    rx`\bimmediate (?:danger|risk)\b`,
    rx`\bthreats? to (?:kill|life)\b`,
    rx`\bcut (?:her|his|their|my) (?:own )?(?:wrists?|arms?|throat)\b`,
    rx`\b(?:child(?:ren)?|baby|toddler|infant|kids?) (?:left )?(?:home alone|alone|unattended)\b`,
    rx`\b(?:baby|child|toddler|infant|kids?|children) left (?:alone )?in\b`,
    rx`\b(?:honou?r[- ]based (?:abuse|violence)|forced marriage|FGM|female genital mutilation)\b`,
    // A fire where people are (a bin or car set alight is damage, below).
    rx`\b(?:house fire|flat fire|fire in the (?:house|flat|home|bedroom|kitchen|hallway|building)|carbon monoxide)\b`,
    rx`\b(?:kidnap(?:ped|ping)?|abduct(?:ed|ion)|hostage|bomb|explosi(?:on|ve)|acid attack|corrosive substance)\b`,
    rx`\bsuspicious (?:package|device|item)\b`,
    rx`\bheld against (?:his|her|their|my) will\b`,
    rx`\bserious(?:ly)? injur(?:y|ies|ed)\b`,
    rx`\b(?:stabbed|stabbing)\b|\b(?:was|been|got|being) shot\b|\bshot (?:at|in the|dead)\b`,
    rx`\b(?:will|going to|gonna|threat(?:ened|ening)? to) (?:hurt|harm|kill|stab|batter) (?:her|him|them|you|me|the)\b`,
    // Disclosure schemes and the management of sex offenders are safeguarding (§4 risk_safety).
    rx`\b(?:Clare'?s Law|Sarah'?s Law|DVDS|(?:registered )?sex offenders?)\b`,
    rx`\bexposed to (?:domestic )?(?:violence|abuse)\b`,
    rx`\b(?:child|children|baby|kids?) neglect\b|\bneglect(?:ed|ing)? (?:of )?(?:the |his |her |their )?(?:children|child|kids|baby)\b`,
    rx`\b(?:shot)?guns?\b`,
    rx`\bfirearms?\b`,
    rx`\bkill (?:himself|herself|themselves|myself)\b`,
    rx`\bend (?:his|her|their|my) (?:own )?life\b`,
    rx`\bfound safe\b`,
    rx`\bunsafe\b`,
    rx`\bdanger\b`,
    rx`\bcuts? to (?:(?:his|her|their|both|the|my) )?(?:wrists?|arms?|forearms?|legs?|thighs?|neck)\b`,
    rx`\bfresh cuts\b`,
    rx`\bcut (?:himself|herself|themselves|myself)\b`,
    rx`\brazor\b(?! blades)`,
    rx`\bparacetamol\b`,
    rx`\btaken all (?:her|his|their) tablets\b`,
    rx`\b(?:goodbye|sorry for everything)\b`,
    rx`\bharm (?:himself|herself|themselves|to self|to others)\b`,
    rx`\brisk of harm\b`,
    rx`\b(?:hit|punched|strangled) (?:her|him)\b`,
    rx`\blocked (?:her|him|them) in\b`,
    rx`\blocked (?:herself|himself|themselves) in\b`,
    rx`\bharm(?:ed|ing)? (?:him|her|them)sel(?:f|ves)\b`,
    // "they have put something in the water" is a belief about the supply, not a person in it.
    rx`(?<!\bsomething )\b(?:in|into) (?:the )?(?:water|canal|river|sea|lock|reservoir)\b(?!-)`,
    rx`\bwater (?:up )?to (?:his|her|their) (?:waist|chest|neck)\b`,
    rx`\b(?:waist|chest|neck)[- ]deep\b`,
    rx`\bdrown(?:ing|ed)?\b`,
    rx`\btake all (?:his|her|their|my) (?:tablets|pills|meds|medication)\b`,
    rx`\b(?:going to|threaten(?:s|ed|ing)? to|will) (?:take|swallow) (?:all|an overdose|his|her|their)\b`,
    rx`\b(?:end|edge) of (?:the )?platform\b`,
    rx`\bplatform edge\b`,
    rx`\bassigned to search\b`,
    rx`\bsearch (?:of|for) (?:the )?(?:home|room|area|address|park|route|him|her|them)\b`,
    rx`\breservoir\b`,
    rx`\bhas not returned\b`,
    rx`\bnot home\b`,
    rx`\bchild abduction\b`,
    rx`\breturn interview\b`,
    rx`\b(?:found|located|traced) (?:safe|well)\b`,
    rx`\bCFS\b`,
    // The name of a form or team ("adult safeguarding PPN") is not a safeguarding risk (§4).
    rx`\bsafeguarding\b(?! (?:PPN|referral|form)\b)`,
    rx`\b(?:MARAC|IDVA|safety plan|sanctuary)\b`,
    rx`\bsave life\b`,
    rx`\blife and limb\b`,
    rx`\bcounty lines\b`,
    rx`\b(?:CSE|CCE|grooming|groomed|traffick(?:ing|ed)|modern slavery|coercive control|controlling (?:or|and) coercive|coercive (?:or|and) controlling|economic abuse|strangulation|strangled|choked)\b`,
    // Not idling or a thing loose ("hanging around", "mirror hanging off").
    rx`\bhanging\b(?! (?:about|around|round|out|off|loose|down)\b)`,
    rx`\bnoose\b`,
    rx`\b(?:unconscious|unresponsive|not breathing)\b`,
    rx`\b(?:wants? to die|end it all|take (?:his|her|their|my) own life|suicide note|goodbye (?:messages?|note|texts?))\b`,
    rx`\bbarricaded\b`,
    // Suicide methods and statements (§4 risk_safety: immediate danger to life).
    rx`\b(?:hose|pipe|tube)\b[^.;\n]{0,30}\bexhaust\b`,
    rx`\bexhaust\b[^.;\n]{0,30}\b(?:hose|pipe|tube)\b`,
    rx`\bend it\b`,
    rx`\b(?:can'?t|couldn'?t|cannot|could not) (?:do|go on with|cope with|take) (?:this|it) any ?more\b`,
    rx`\b(?:a burden|better off without (?:me|him|her))\b`,
    rx`\b(?:outer )?ledge\b`,
    rx`\b(?:over|outside) the (?:rail|railing|barrier|balcony)\b`,
    rx`\brisk cannot be (?:excluded|ruled out)\b`,
    rx`\b(?:set fire|gas leak)\b`,
    rx`\bdomestic (?:incident|assault|related)\b`,
    rx`\bconcern for (?:his |her |their )?safety\b`,
    rx`\b(?:absconded|AWOL)\b`,
    rx`\b(?:DA|DV)\b(?! (?:team|officer|unit))`,
    rx`\b(?:sitting|standing|lying|walking|wandering|ran|running|run|stepped|stepping|jumped) (?:out )?(?:in|into|onto|on|in front of|between|along) (?:the )?(?:road|carriageway|traffic|motorway|railway|tracks?|rails|cars?)\b`,
    // People on a running line, as signallers name it ("3 YOUTHS ON THE DOWN LINE").
    rx`\b(?:on|onto|along|crossing) the (?:up|down) (?:line|main|fast|slow)\b`,
    rx`\bcarriageway\b`,
    rx`\bfor (?:his|her|their|own) (?:own )?safety\b`,
    rx`\b(?:over|on|near|close to|at|from) the edge\b`,
    rx`\b(?:has|had|taken|took|swallowed|stockpiled) ["“]?(?:all (?:his|her|their) |some |a lot of |loads of |a load of |a few |\d+ )?(?:pills|tablets)\b`,
    rx`\bblister packs?\b`,
    // What an overdose leaves and does: empty packets beside the person, no response (§4).
    rx`\bempty (?:blister )?(?:packets?|packs?|boxes|bottles?) of\b`,
    rx`\b(?:responds?|responding) to pain only\b|\bnot responding\b`,
    // A vulnerable person gone from where they should be: a ward, or the house at night (§4).
    rx`\bleft the ward\b|\bwithout telling (?:staff|anyone|the ward)\b`,
    rx`\b(?:is|was) not in the (?:house|flat|home|building)\b`,
    // Naked flames beside a hoard's papers: a fire danger to life (§4).
    rx`\b(?:candles?|tea ?lights?|naked flames?)\b[^.;\n]{0,40}\b(?:papers?|newspapers?|curtains?|bedding)\b`,
    rx`\bpills and (?:alcohol|drink|whisky|vodka)\b`,
    rx`\bfire risk\b`,
    rx`\bsearch (?:for (?:him|her|them|the MISPER)|route|team|party|dog|advisor|adviser|strategy)\b`,
    rx`\b(?:drone|helicopter|NPAS|POLSA)\b`,
    // Heights, traffic and a medical emergency in progress (§4: immediate danger to life or safety).
    rx`\b(?:fall|falling) from (?:a )?height\b`,
    rx`\bscaffold(?:ing)?\b`,
    rx`\b\d+\s?(?:m|metres|ft|feet) (?:up|high|drop)\b`,
    rx`\b(?:swerv(?:e|ed|ing)|braking hard|waving (?:the )?traffic)\b`,
    rx`\b(?:collapsed|lips (?:are |were |going |turning )?blue|breathing (?:very )?(?:slowly|shallow(?:ly)?|erratically))\b`,
    rx`\b(?:wheel ?brace|crowbar|iron bar|baseball bat|pool cue|meat cleaver)\b`,
    rx`\b(?:take|taking|took|swallow\w*) (?:them all|the lot|all of them|all (?:of )?(?:his|her|their|my|the) (?:[\w-]+ ){0,2}(?:tablets|pills|meds|medication))\b`,
    // A vulnerable person heading for water or a drop, and the search along it.
    rx`\b(?:walked|wandered|headed|heading|ran|went) (?:off )?(?:towards?|down to) (?:the )?(?:river|canal|quay|water|sea|reservoir|bridge|railway|cliffs?)\b`,
    rx`\bcalling (?:his|her|their) name\b`,
    rx`\b(?:walking|searching|searched|checking) the (?:[\w]+ )?(?:bank|banks|shore|towpath|woods)\b`,
    rx`\bsafety advice\b`,
    // Edged tools and weapons named on their own (§4: danger to life).
    rx`\b(?:billhook|sickle|hatchet|machete|samurai sword|crossbow|knives)\b`,
    rx`\bending (?:it|(?:his|her|their|my) (?:own )?life)\b`,
    // The first steps of a missing-person search: rooms searched, a photo obtained.
    rx`\b(?:room|rooms|grounds|house|loft|garden|home address)(?: (?:\+|and|&) (?:room|rooms|grounds|house|loft|garden))? searched\b`,
    rx`\bphoto obtained\b`,
    rx`\b(?:assigned|ass?i?gnd|tasked|deployed) to (?:the )?search\b`,
    rx`\bsafe and well\b`,
    // Heights: a roof, the risk of a fall from it.
    rx`\bon (?:the |a )?roof(?:top)?\b|\bfall risk\b`,
    // Modern slavery indicators (Modern Slavery Act 2015): documents held, the MSHT unit.
    rx`\b(?:keeps?|kept|holding|holds|took|taken|has) (?:his |her |their |the |my |our )?passports?\b`,
    rx`\bMSHT\b`,
    // The National Referral Mechanism is for victims of trafficking and modern slavery.
    rx`\bNRM\b`,
    rx`\bfire hazard\b`,
    rx`\b(?:searched|checked)\b[^.;\n]{0,12}\b(?:not there|no trace|not found)\b`,
    // Danger to life said by what happened (§4): a shelter on fire with someone in it, a grip on
    // the throat (non-fatal strangulation), a near miss with machinery or water.
    rx`\b(?:tent|house|flat|home|caravan|bedroom|room|clothes|clothing|hair|bedding|mattress) (?:is |was |were |had been |caught )?on fire\b`,
    rx`\b(?:held|holding|grabbed|grabbing|had|pinned|pinning) (?:her|him|them|me) (?:up )?by the (?:throat|neck)\b`,
    rx`\bnearly (?:passed out|blacked out|lost consciousness|tipped|crushed|drowned|killed|run over|electrocuted)\b`,
    rx`\b(?:be|being|been|get|got|getting) crushed\b`,
    rx`\bdeep end\b`,
    rx`\btalked (?:him|her|them) (?:off|down)\b`,
    // Walking a dual carriageway's central barrier or into a live lane.
    rx`\bcentral (?:barrier|reservation)\b|\b(?:into|in|across) lane (?:\d|one|two|three)\b`,
    // A relative's fear that harm has come to someone out of contact (§4: missing vulnerable).
    rx`\b(?:frightened|scared|worried|afraid|fears?|terrified) (?:that )?something (?:bad )?(?:has |had |may have |might have |could have )?happened\b`,
    // Fuel on the body and a flame to hand: a threat of self-immolation (danger to life).
    rx`\b(?:soaked|doused|drenched|covered) (?:himself |herself |themselves )?in (?:petrol|fuel|diesel|accelerant|lighter fluid)\b|\bpour(?:ed|ing|s)? (?:petrol|fuel|diesel|accelerant|lighter fluid|it) (?:all )?over (?:himself|herself|themselves)\b|\bset (?:himself|herself|themselves) (?:alight|on fire)\b`,
    rx`\b(?:won'?t|will not|can'?t|cannot|could not|couldn'?t) (?:be )?(?:wake|woken|rouse|roused)\b|\bunrousable\b`,
    rx`\bcutting (?:her|his|their|my) (?:own )?(?:arms?|wrists?|legs?|thighs?)\b|\bfresh wounds\b`,
    rx`\bstab wounds?\b`,
    rx`(?<!\brazor )\bblade\b`,
    rx`\bswallow(?:ed|ing)? (?:them|the tablets|tablets|pills|the pills)\b`,
    // A child safeguarding notification sent to the MASH or children's social care (§4:
    // safeguarding risk), unless what it asks for is early help for the family; an adult's PPN
    // often asks for a check of care needs.
    rx`(?<!\badult (?:safeguarding )?)\bPPN\b(?![^\n]{0,120}\bearly help\b)[^.;\n]{0,20}\b(?:submitted|sent|to)\b[^.;\n]{0,20}\b(?:MASH|CSC|children'?s (?:social care|services|front door))\b|\bPPN (?:submitted |sent )?for (?:the |both |his |her )?(?:child|children|baby|\d+-year-old)\b(?![^\n]{0,120}\bearly help\b)`,
    // Suicide prevention's first step: take away the means (NICE NG225 safety planning).
    rx`\bremov(?:e|ed|ing) (?:the )?means\b`,
    rx`\bcredible threats?\b`,
    // Radicalisation is a safeguarding risk (Counter-Terrorism and Security Act 2015: Prevent, Channel).
    // The referral, the panel and the address flag are the risk; the programme's staff are named
    // in later, supportive entries too ("consent visit with the Channel coordinator").
    rx`\bprevent referral\b|\bchannel (?:panel|referral|flag)\b|\bradicali[sz](?:ed|ation|ing)\b|\bextremis[tm]\b|\bextreme (?:right|left)[- ]wing\b`,
    // A patient absent without leave taken back under MHA 1983 s18.
    rx`\bs\.? ?18 (?:of the )?(?:MHA|Mental Health Act)\b|\bsection 18 (?:of the )?(?:MHA|Mental Health Act)\b`,
    rx`\bempty (?:blister )?(?:packets|packs|boxes|bottles) of\b|\bempty (?:pill|tablet) (?:bottles?|packets?)\b`,
    // DASH is the domestic abuse risk assessment (SafeLives DASH RIC): its entry frames that risk.
    rx`\bDASH\b(?! (?:to be|is to be|will be)\b)`,
    rx`\b(?:frightened|scared|afraid|terrified) (?:that )?(?:he|she|they) (?:will|would|might|is going to|are going to) (?:find|come after|hurt|harm|kill|track)\b`,
    // A blocked means of escape is a fire risk to life (Regulatory Reform (Fire Safety) Order 2005).
    rx`\b(?:block\w*|obstruct\w*|reach) [^.;\n]{0,30}\bfire (?:doors?|escapes?|exits?)\b|\bfire (?:doors?|escapes?|exits?) (?:is |are |was |were )?(?:blocked|obstructed|clear|shuts?)\b`,
  ]),
  // §4 unclear: entries that frame nothing. These logistics cues lose to any cue of another framing
  // (unclear is not in `framingPriority`), but stop an entry made only of them from carrying the
  // log's framing forward (a suite with a bed free, an ETA, officers released at the ward).
  term('unclear', [
    rx`\b(?:beds?|space) (?:is )?(?:available|free|confirmed)\b`,
    rx`\bconfirmed (?:a |the )?bed\b`,
    rx`\b(?:suite|ward|unit|custody) (?:is )?(?:full|contacted|ready to receive)\b`,
    rx`\bready to receive\b`,
    rx`\bETA\b`,
    rx`\bresum(?:ing|ed|e)\b`,
    rx`\b(?:officers?|units?|crews?|we|I) (?:have been |were |are )?(?:stood down|released|resuming|clear(?:ed)? from scene)\b`,
    rx`\bhanded (?:over )?(?:to|at) (?:the )?(?:[\w']+ )?(?:ward|suite)(?: staff)?\b`,
    rx`\blogs? linked\b`,
    rx`\bpassing patrols?\b`,
    rx`\bno (?:answer|reply)\b`,
    rx`\b(?:auto[- ]?reply|out of office)\b`,
    rx`\bno (?:resources?|units?|crews?) (?:available|free)\b`,
    rx`\bno resources?\b`,
  ]),
  term('health_welfare', [
    // A clinical handover at a place of safety, ward or A&E: the history given is the person's
    // health (a handover of keys or papers alone frames nothing).
    rx`\bhanded (?:him |her |them )?(?:over )?(?:to|at) [^.;\n]{0,40}\b(?:suite|ward|nurse|A&E|ED)\b[^.;\n]{0,20}\bwith (?:the |her |his |their )?(?:[\w'’-]+ ){0,3}(?:history|notes|circumstances|account|s\.?\s?136 form|what (?:we know|he said|she said|they said))\b`,
    // Physical signs a crew or officer records, and how someone is coping alone.
    rx`\b(?:pulse (?:racing|weak|high|low)|heart rate|blood sugar|glucose|skin and bone|very thin|underweight|emaciated)\b`,
    rx`\bcoping (?:on (?:his|her|their) own|alone)\b|\bhow (?:he|she|they) (?:is|are|was|were) coping\b`,
    rx`\bmental health\b(?! (?:response|team|services?|nurse|worker|trust|practitioner|liaison|unit|triage)\b)`,
    rx`\bMH\b(?! (?:response|team|services?|nurse|worker|practitioner|liaison|unit|triage)\b)`,
    rx`\bnot slept\b`,
    rx`\bpacing\b`,
    rx`\bsending (?:him|her|them|me) messages\b`,
    rx`\bmentally\b`,
    rx`\b(?:Huntington'?s|Parkinson'?s|motor neurone|multiple sclerosis|cancer|chronic pain|terminal(?:ly)? ill)\b`,
    rx`\bchest pains?\b`,
    rx`\b(?:vomit(?:ing|ed)?|dehydrat(?:ed|ion)|pressure sores?|ulcers?|infect(?:ion|ed))\b`,
    rx`\b(?:methadone|prescription)\b`,
    rx`\bin withdrawal\b|\bwithdrawal symptoms\b|\bwithdrawing from (?:heroin|alcohol|drink|drugs|opiates)\b`,
    rx`\bunable to (?:care|look after|cope)\b`,
    rx`\bunwell\b`,
    rx`\billness\b`,
    rx`\bpsycho(?:sis|tic)\b`,
    rx`\bdelusion(?:al|s)?\b`,
    rx`\bparanoi(?:a|d)\b`,
    rx`\bhallucinat`,
    rx`\bhearing voices\b`,
    rx`\bschizo`,
    rx`\bbipolar\b`,
    rx`\bdepress(?:ion|ed)\b`,
    rx`\blow mood\b`,
    rx`\banxi(?:ety|ous)\b`,
    rx`\bdementia\b`,
    rx`\bconfus(?:ed|ion)\b`,
    rx`\bmedication\b`,
    rx`\bmeds\b`,
    rx`\btablets\b`,
    // A depot injection; "at her depot" is a workplace.
    // A bus, coach or council depot, and its manager or yard, is a workplace too.
    rx`(?<!\bat (?:her|his|the|their|a) |\b(?:bus|coach|tram|fuel|goods|distribution|council|delivery|old|the) )\bdepot\b(?! (?:manager|staff|yard|gates?|office|supervisor|engineer|workers?|on|in)\b)`,
    rx`\brelapse\b`,
    // "assigned a welfare check" names the task of a deployment, which frames nothing (§4
    // unclear: assigned); a welfare concern or a check's findings still frame welfare.
    rx`(?<!\b(?:assigned|allocated|tasked|deployed|resourced)(?: to| for)?(?: an?| the)? )\bwelfare\b(?! check\s*(?:[-–:]\s*)?(?:[\w/]+ ){0,2}(?:assigned|allocated|tasked|deployed)\b)`,
    rx`\bvulnerab(?:le|ility)\b`,
    rx`\bcare (?:needs|package|plan)\b`,
    rx`\bcarer\b`,
    rx`\blearning disab`,
    rx`\bautis(?:m|tic)\b`,
    rx`\bADHD\b`,
    rx`\balcohol (?:dependen|withdrawal|service)`,
    rx`(?<!\bill[- ])\btreatment\b`,
    rx`\bsupport(?:ed)?\b`,
    rx`\bhomeless\b`,
    rx`\bnot eating\b`,
    rx`\bself[- ]neglect\b`,
    rx`\blonely|loneliness|isolated\b`,
    rx`\bbereave`,
    rx`\bhoard`,
    rx`\b(?:stacked|piled|filled|full) (?:up )?to the ceiling\b`,
    rx`\b(?:hasn'?t|has not|had not|not) eaten\b`,
    rx`\bnot (?:felt|feeling) (?:right|herself|himself|themselves|myself)\b`,
    rx`\b(?:does(?:n'?t| not)|did(?:n'?t| not)) know (?:what|which) (?:day|year|month|time)\b|\bdisorient(?:at)?ed\b`,
    rx`\binjur(?:y|ies|ed)\b`,
    rx`\bstrain\b`,
    rx`\bstruggling\b`,
    rx`\b(?:fall|falls|fallen)\b`,
    rx`\bfell (?:over|down|off|out|from|backwards|forwards|in|on|and|while|when|at home)\b`,
    rx`\bcannot get up\b`,
    rx`\b(?:sleep|sleeping|slept)\b`,
    rx`\btearful\b`,
    rx`\b(?:husband|wife|partner) died\b`,
    rx`\blost (?:her|his) (?:husband|wife|partner)\b`,
    rx`\bhousing assessment\b`,
    rx`\bhostel\b`,
    rx`\bno fixed abode\b`,
    rx`\bday centre\b`,
    rx`\bclinic\b`,
    rx`\binjection\b`,
    rx`\bmedical review\b`,
    rx`\bcare assessment\b`,
    rx`\b(?:thought|mental) disorder\b`,
    // "Raised voices", "two voices" inside a garage are people heard, not voices heard.
    rx`(?<!\b(?:raised|two|three|several|male|female|men's|women's|loud|angry|other|children's|adult|their) )\bvoices\b(?! (?:inside|from|coming|outside|in the)\b)`,
    rx`\blithium\b`,
    rx`\bA\s?&\s?E\b`,
    rx`\bdrip\b`,
    rx`\bmemory\b`,
    rx`\bpsychiatric\b`,
    rx`\bCFW\b`,
    rx`\b(?:agitated|distressed|not making sense)\b`,
    rx`\btalking to (?:himself|herself|themselves)\b`,
    rx`\bill\b(?![- ]treat)`,
    rx`\bsertraline|olanzapine|antibiotics|insulin\b`,
    rx`\b(?:bizarre|erratic|irrational|incoherent|rambling|manic|mania)\b`,
    rx`\bbehaving (?:strangely|oddly|bizarrely|erratically)\b`,
    rx`\bstrange (?:behaviour|manner)\b`,
    rx`\b(?:clothes off|naked|undress(?:ed|ing))\b`,
    rx`\bbeing (?:watched|tracked|poisoned|monitored|spied on)\b`,
    rx`\b(?:god|voices|the devil) (?:told|tells|telling) (?:him|her|them|me)\b`,
    rx`\bnot (?:been )?seen (?:by [\w ]{1,20} )?(?:for|since)\b`,
    rx`\b(?:post|mail|milk) (?:piling|building|stacking) up\b`,
    rx`\b(?:elderly|frail)\b`,
    rx`\b(?:freezing|very cold|v cold|hypotherm\w*)\b`,
    // Confusion in plain words, and signs of cold and small injuries (§4: physical illness).
    rx`\bmuddled\b|\bshivering\b|\b(?:small |minor )?graze(?:s|d)? (?:to|on) (?:his |her |their |the )?(?:head|face|hands?|knees?|arms?|legs?)\b`,
    // A home without heat or food (self-neglect, §4 health_welfare).
    rx`\bheating (?:is |was |turned )?(?:off|not (?:on|working))\b`,
    rx`\bno (?:heating|hot water|food in)\b`,
    rx`\b(?:very|so|really) low\b(?! (?:risk|level|battery)\b)`,
    rx`\bno (?:heating|food|electric(?:ity)?|gas)\b`,
    rx`\bhardly any food\b`,
    rx`\b(?:mental )?capacity\b`,
    rx`\b(?:detained|sectioned|admitted)\b[^.;\n]{0,10}\b(?:s\.?\s?[23]|section [23])\b`,
    rx`\bsectioned\b`,
    rx`\binformal (?:patient|admission|bed)\b`,
    rx`\b(?:admitted|admission) (?:informally|voluntarily|as an informal)\b`,
    rx`\bvoluntary (?:admission|patient)\b`,
    rx`\b(?:MHA|Mental Health Act) assessment\b`,
    rx`\bMHAA\b`,
    rx`\b(?:hasn'?t|has not|haven'?t|have not) (?:been )?seen\b[^.;\n]{0,40}?\b(?:for|since)\b`,
    rx`\b(?:milk|post|mail|papers?|newspapers?) (?:still )?(?:on|in) the (?:step|doorstep|mat|letterbox)\b`,
    rx`\bcurtains (?:still )?(?:shut|closed|drawn)\b`,
    rx`\bblood thinners?\b`,
    rx`\b(?:found|lying|been|was) on the (?:[\w]+ )?floor\b`,
    rx`\bslipped\b(?! (?:away|out|off|past|through|into|in)\b)`,
    rx`\bwounds?\b(?! up\b)`,
    rx`\bclutter\b`,
    rx`\b(?:in crisis|crisis plan)\b`,
    rx`\b(?:personality disorder|EUPD|BPD|PTSD|OCD|eating disorder|anorexi[ac])\b`,
    rx`\b(?:diabetic|diabetes|epilep(?:sy|tic)|seizures?|fitting|stroke|chest pain|breathing difficult(?:y|ies))\b`,
    rx`\b(?:addiction|addicted|withdrawal|detox)\b`,
    rx`\b(?:rough sleep(?:er|ers|ing)|sleeping rough|sofa[- ]surfing)\b`,
    rx`\bevict(?:ed|ion)\b`,
    rx`\b(?:poor hygiene|soiled|unkempt|malnourished|weight loss)\b`,
    rx`\b(?:wheelchair|mobility|bed[- ]bound|telecare|lifeline|pendant alarm|falls? alarm|respite)\b`,
    rx`\b(?:alzheimer'?s|memory loss|disorientated|disoriented)\b`,
    rx`\b(?:panic attack|suicidal thoughts)\b`,
    rx`\b(?:not taking|stopped|missed|refusing) (?:his|her|their) (?:meds|medication|tablets|depot|injection)\b`,
    rx`\bASD\b`,
    rx`\bgrie(?:f|ving)\b`,
    rx`\bhomelessness\b`,
    rx`\bnowhere (?:else )?to (?:go|sleep|stay|live)\b`,
    rx`\blost (?:his|her|their|the) (?:flat|home|house|tenancy|accommodation)\b`,
    rx`\b(?:tourette'?s|tics)\b`,
  ]),
];

/** §5 escalation: each distinct coercive instrument. Labels are the instrument's name. */
const INSTRUMENTS: LexiconTerm[] = [
  term('arrest', [
    rx`\barrest(?:ed|ing)\b`,
    // "… before any arrest" is a protocol's condition, not an arrest; "avoid arrest" asks for none.
    rx`(?<!\b(?:before|until|unless|without|avoid(?:ing)?) (?:any |an |the )?)\barrest\b(?![^.;\n]{0,40}\b(?:considered|ruled out)\b)`,
    rx`\bARRE?STD\b`,
  ]),
  term('s136', [
    rx`\b(?:detained|detain|invoked|placed on|removed under|using|used)\b[^.;\n]{0,20}\b(?:s\.?\s?136|section 136)\b(?!\s*suite)`,
    rx`\b(?:s\.?\s?136|section 136)\b(?: MHA)? (?:invoked|applied|used|detention)`,
  ]),
  term('s135', [
    rx`\b(?:s\.?\s?135|section 135)(?:\s?\([12]\))? (?:warrant|executed|granted)`,
    rx`\bwarrant (?:was )?executed\b[^.;\n]{0,40}\bAMHP\b`,
    rx`\bwarrant under s\.?\s?135`,
  ]),
  term('s2', [
    rx`\b(?:detained|admitted|sectioned) (?:under |on )?(?:a )?(?:s\.?\s?2|section 2)\b(?! (?:PfHA|POA|of the))`,
    rx`\bapplication (?:made |completed |signed )?(?:under|for) (?:a )?(?:s\.?\s?2|section 2)\b(?! (?:PfHA|POA|of the))`,
  ]),
  term('s3', [
    rx`\b(?:detained|admitted|sectioned) (?:under |on )?(?:a )?(?:s\.?\s?3|section 3)\b(?! (?:PfHA|POA|of the))`,
    rx`\bapplication (?:made |completed |signed )?(?:under|for) (?:a )?(?:s\.?\s?3|section 3)\b(?! (?:PfHA|POA|of the))`,
  ]),
  // Recall to hospital of a patient on a Community Treatment Order (MHA 1983 s17E).
  term('cto_recall', [
    rx`\b(?:served|issued|gave)\b[^.;\n]{0,30}\brecall notice\b`,
    rx`\b(?:s\.?\s?17E|section 17E)\b`,
  ]),
  term('s5_2', [rx`\bs\.?\s?5\s?\(2\)`]),
  term('s18', [
    rx`\b(?:s\.?\s?18|section 18) (?:of the )?(?:MHA|Mental Health Act)\b`,
    rx`\b(?:return(?:ed|ing)?|taken back|took (?:him|her|them) back)\b[^.;\n]{0,40}\bunder (?:s\.?\s?18|section 18)\b`,
  ]),
  term('forced_entry', [
    rx`\bs\.?\s?17 (?:PACE|entry)`,
    rx`\bsection 17\b`,
    rx`\bforced entry\b`,
    rx`\bdoor forced\b`,
  ]),
  term('dispersal', [
    rx`\bdispersal\b`,
    rx`\bs\.?\s?3[45] (?:authority|authorisation|direction)`,
    rx`\bdirections? to leave\b`,
  ]),
  term('cpw', [
    rx`\bCPWs?\b(?! breach)(?<!\bbreach(?:ed|es)? (?:of )?(?:the |his |her |their |a )?CPWs?)(?<!\b(?:whether|if) (?:an? |the )?CPWs?)`,
    rx`\bcommunity protection warning`,
  ]),
  term('cpn_notice', [
    rx`\b(?:served|issued|serving|issuing)\b[^.;\n]{0,25}\b(?:CPNs?|community protection notice)\b`,
    // "CPN served the recall notice": a CPN serving a document is the nurse, not the notice.
    rx`\b(?:CPNs?(?! (?:served|issued|gave|handed) (?:the|a|an|his|her)\b)|community protection notice)\b[^.;\n]{0,20}\b(?:served|issued|authori[sz]ed)\b`,
  ]),
  term('closure_notice', [rx`\bclosure notice`]),
  term('closure_order', [rx`\bclosure order`]),
  term('cbo', [rx`\bCBO\b`, rx`\bcriminal behaviour order`]),
];

/** Signals for turning points (§5) and the continuum (§6). */
const SIGNALS: LexiconTerm[] = [
  term('step_down', [
    rx`\b(?:s\.?\s?136|section 136|detention|power)\b[^.;\n]{0,15}\b(?:ended|lifted|rescinded|discharged|expired|ceased)\b`,
    rx`(?<!\b(?:officers?|units?|crews?|police|we|I|PCs?|PCSOs?|patrols?|staff|escort)(?: (?:have|has|were|are|was|is))?(?: been| now)? )\breleased\b(?! (?:from (?:the )?(?:scene|job|incident|duty)|to (?:other|further) (?:duties|calls)))`,
    rx`\bRUI\b`,
    // Release from custody on bail or under investigation ends the detention (§5 de_escalation).
    rx`(?<!\bbreach(?:ed|ing)? (?:of )?)\b(?:bailed|released (?:on|under) (?:bail|investigation))\b`,
    // "Arrest considered and not made", "arrest considered and decided against" (§5: ruled out).
    rx`\b(?:arrest|s\.?\s?136|section 136|detention|prosecution|s\.?\s?17(?: PACE)?(?: entry)?)\b[^.;\n]{0,40}\bconsidered\b[^.;\n]{0,20}\b(?:not (?:made|pursued|taken|used|needed|necessary)|decided against|ruled out)\b`,
    rx`\b(?:enforcement|CPN|CPW|CBO|action|application|notice)\b[^.;\n]{0,20}\b(?:on hold|paused|withdrawn|suspended|dropped|not pursued)\b`,
    rx`\bhold(?:ing)? off\b[^.;\n]{0,20}\benforcement\b`,
    rx`\bhold (?:any |all )?(?:further )?(?:enforcement|action)\b`,
    // "were about to issue a CPW. We will hold off on that": a measure named, then held (§5).
    // The look-behind comes last so that the scan starts only at "hold" (a leading look-behind
    // made the engine try it at every position of every entry).
    rx`\bhold(?:ing)? (?:off(?: on)? )?(?:that|it|this)\b(?<=\b(?:CPW|CPN|warning|notice|enforcement|fixed penalty|fine|eviction|possession|injunction)\b[^\n]{0,100})`,
    rx`\bwithdraw(?:n|ing)?\b[^.;\n]{0,20}\b(?:CBO|application|notice|CPN|CPW)\b`,
    rx`\bruled out\b`,
    rx`\b(?:s\.?\s?136|section 136|s\.?\s?135|detention|arrest)\b[^.;\n]{0,25}\bnot (?:be )?(?:needed|required|necessary|appropriate|proportionate)\b`,
    rx`\bnot (?:detained|detainable|sectioned|sectionable)\b`,
    rx`\b(?:found|located|traced|returned)\b[^.;\n]{0,25}\b(?:safe|well|home)\b`,
    rx`\b(?:search(?:es)?|MISPER|missing (?:person|from home|enquiries)|drone|helicopter|NPAS|POLSA)\b[^.;\n]{0,30}\bstood down\b`,
    rx`\bstood down\b[^.;\n]{0,25}\b(?:found|located|traced|returned)\b`,
    rx`\bstand(?:ing)? down (?:the )?(?:search|MISPER)\b`,
    rx`\b(?:MISPER|missing person)\b[^.;\n]{0,15}\b(?:found|located|traced)\b`,
  ]),
  // A missing-person search ended: a step-down even in an entry that applies a new power to someone
  // else ("KAI SAFE + WELL … DRIVER ARRESTED … MISPER SEARCH STOOD DOWN"; §5).
  term('search_ended', [
    rx`\b(?:search(?:es)?|MISPER|missing (?:person|from home|enquiries)|drone|helicopter|NPAS|POLSA)\b[^.;\n]{0,30}\bstood down\b`,
    rx`\bstand(?:ing)? down (?:the )?(?:search|MISPER)\b`,
  ]),
  term('handoff', [
    rx`\bwill take over\b`,
    rx`\btak(?:en|ing|es) over\b`,
    rx`\bnow (?:responsible|the lead|leading|lead)\b`,
    rx`\b(?:as|is|now) (?:the )?lead\b`,
    rx`\blead (?:professional|agency)\b`,
    rx`\b(?:CRHT|CMHT|ASC|CSC|EDT|MASH|AMHP|EIT|EIP|HTT|CAMHS|LD team|ASB team|SW|GP|YOT|housing|council|ward|triage|L&D) (?:now |is |are |as |remains |to be )?(?:the )?lead\b`,
    rx`\bhanded (?:over )?to (?:ward|staff|[A-Z]+ staff|hospital|the ward)`,
    rx`\bhanded (?:over )?(?:to|at) (?:the )?(?:[\w']+ )?(?:ward|hospital)\b`,
    rx`\baccepted (?:responsibility|the case|care|into care)`,
    rx`\bresponsibility (?:passed|transferred|accepted)`,
    rx`\bpolice (?:no longer required|role (?:ends|ended)|step(?:s|ping|ped)? back|to step back)\b`,
    rx`\bno further police role\b`,
    rx`\b(?:our|the police) role (?:has )?(?:ended|ends)\b`,
    rx`\b(?:has|have) taken (?:him|her|them) back\b`,
    rx`\badmitted (?:to|onto) (?:the )?(?:ward|hospital|unit)`,
    // Care held or led by the partner from now on (§5 handoff: "CRHT will take over", "lead
    // professional: CPN …"): "A&E have her now", "CRHT will hold her care", "SW to lead".
    rx`\b(?:A&E|ED|crew|ward|suite|hospital|they) (?:have|has) (?:him|her|them)(?: now)?\b`,
    rx`\b(?:hold|holds|holding|lead|leads|leading) (?:his|her|their) care\b`,
    rx`\btak(?:ing|es|en) (?:over )?responsibility\b`,
    rx`\b(?:to lead|named lead|lead\s*:)`,
    rx`\b(?:stays|remains) (?:the )?lead\b`,
    rx`\bin the care of (?:the )?(?:suite|ward|hospital|crew|CRHT|AMHP|nurse)`,
    // A handover, then officers leaving ("Handed over to the ED nurse in charge … Police
    // resuming", "handed him to the Haven nurse … WM09 resuming"): the receiving staff now hold
    // the person (§5 handoff). Over the labelled sets all 29 entries with both are handoffs; a
    // handover while officers stay (s136 continues) is not, and holds no leaving word.
    rx`\b(?:hand(?:ed|ing)? (?:(?:him|her|them) )?(?:over )?to|handover (?:given|done|completed) to|took (?:our|the) handover)\b[^\n]{0,200}?\b(?:resum(?:ing|ed|e)|officers? (?:were )?released|(?:we|I) (?:am |are )?(?:now )?leaving|leaving (?:him|her|them)|police (?:no longer|not) (?:needed|required))\b`,
    rx`\b(?:officers?|we|I) (?:were |was )?released by the AMHP\b|\breleased (?:from (?:police )?custody )?to the AMHP\b`,
  ]),
  term('one_way', [
    rx`\b(?:email|e-mail|letter|msg|message) (?:sent|left)\b`,
    rx`\b(?:emailed|e-mailed)\b`,
    rx`\bleft (?:a )?(?:msg|message|voicemail)\b`,
    // "voicemail, left my number": nobody answered, so nothing came back (§6 level 1).
    rx`\bvoicemail\b|\bleft (?:my|our|a) (?:number|contact (?:number|details))\b`,
    rx`\bPPNs? (?:submitted|sent|done|raised|completed)`,
    rx`\bPPNs?\b`,
    rx`\bno (?:answer|reply|response|callback|call back)\b`,
    rx`\bauto[- ]?reply\b`,
    rx`\bout[- ]of[- ]office\b`,
    // An automated acknowledgement is the system's, not the agency answering (§6 level 1).
    rx`\bautomated (?:acknowledge?ment|email|e-mail|reply|response|message)\b`,
    rx`\bno acknowledge?ment\b`,
    rx`\bin the queue\b`,
    rx`\bfor awareness\b`,
    rx`\bnot (?:answered|replied|responded)\b`,
    rx`\b(?:do|does|did) not (?:answer|reply|respond)\b`,
    rx`\btried\b`,
    rx`\bwill pass (?:on )?(?:a )?(?:msg|message)\b`,
    rx`\bnothing (?:back|heard)\b`,
    rx`\bnothing (?:yet )?from\b`,
  ]),
  term('response', [
    rx`\b(?:confirm(?:s|ed)?|accepted|agreed|replied|called back|rang back|update from|reports?|advises?|advised|states|says|will (?:visit|attend|see|assess|take|do|call)|has (?:seen|visited|spoken)|(?<!^\W*(?:I |we )?)(?:visited|attended|arrived)|seen|assessed|allocated|acknowledged|bed available|ready to receive)\b`,
    rx`\bcall in from\b`,
    rx`\bthanks for\b`,
    rx`\bcase (?:opened|open)\b`,
  ]),
  term('system_check', [
    rx`^\W*(?:(?!welfare\b|safe\b|well\b)[\w/]+ ){0,2}?(?:checks?|PNC(?:/local)?|intel(?:ligence)?(?: checks?)?)\b(?!\s+(?:with|on (?:the|his|her) welfare))`,
  ]),
  term('accepted', [
    rx`\baccept(?:ed|s)\b`,
    // The receiving agency opening a case, or visiting on a set day, has taken the referral on.
    rx`\bcase (?:opened|open)\b`,
    rx`\bvisiting (?:on |this |next )?(?:today|tomorrow|mon|tue|wed|thu|fri|sat|sun|morning|afternoon)\w*`,
    rx`\backnowledged\b`,
    rx`\ballocated\b`,
    rx`\bwill (?:visit|see|attend|assess|call|phone|take|do|receive)\b`,
    rx`\bagreed to (?:visit|see|attend|assess)\b`,
    rx`\bbooked\b`,
    rx`\bETA:? ?\d`,
  ]),
  term('reopen', [rx`\breopen(?:ed)?\b`, rx`\bre-opened\b`]),
  // The log itself closed ("Log closed.", "closing the log", "CLOSED"), not only an offence
  // finalised ("Criminal damage NFA"): §5 marks an earlier closure event a closure only when a
  // new report reopens a log that was closed; an NFA mid-log with work continuing is a
  // de-escalation. Over the labelled sets, of 52 mid-log closure events followed by a new report,
  // the 21 the writers marked closure all hold one of these words; the 31 marked de-escalation
  // none.
  term('closes_log', [rx`\bclos(?:e|ed|es|ing)\b`]),
  term('result', [
    rx`\bresult\s*:`,
    rx`(?<!\b(?:all|were|was|been|calls?|logs?) )\bclos(?:e|ed|ing) as\b`,
  ]),
  term('embedded_staff', [
    // Not when the service is off shift and so not there to act ("Street triage not on shift
    // (ends 0200)", "triage car asked for: not on shift tonight"): no standing arrangement runs.
    rx`\bstreet triage\b(?![^.;\n]{0,40}\b(?:not on (?:shift|duty)|off (?:shift|duty)|not (?:working|running|available) (?:tonight|today|now))\b)`,
    rx`\b(?:MH|mental health|hub) (?:nurse|practitioner)\b[^.;\n]{0,20}\b(?:in|at|based in) (?:the )?(?:control room|hub|custody|station)`,
    rx`\bhub (?:MH |mental health )?practitioner\b`,
    rx`\bbased (?:in|at) (?:the )?(?:police station|control room)\b`,
    rx`\btriage car\b`,
    rx`\b(?:MH|mental health) (?:response |triage )?(?:car|vehicle|unit)\b`,
    rx`\b(?:MHRV|MHRC)\b`,
    rx`\b(?:nurse|MH practitioner|mental health practitioner) in (?:the )?control room`,
    rx`\bcontrol room (?:nurse|MH|mental health)`,
    rx`\b(?:FCC|OCC|control|force control|contact cent(?:re|er)) (?:MH |mental health |psychiatric )?(?:nurse|RMN|practitioner)\b`,
    rx`\btriage (?:unit|vehicle|RMN|practitioner)\b`,
    rx`\bco-?located\b`,
    rx`\bembedded\b`,
  ]),
  term('standing_panel', [
    rx`\b(?:community )?risk panel\b`,
    rx`\b(?:vulnerability|complex needs|high intensity|ASB|problem solving|community safety) (?:panel|hub|forum|group)\b`,
    rx`\b(?:community safety )?hub\b(?= (?:briefing|meeting|case|plan|review))`,
    rx`\bpanel\b`,
    rx`\bstanding (?:multi-agency )?(?:panel|meeting|protocol|arrangement)`,
    rx`\bmulti[- ]?agency panel\b`,
    // "MDM (standing: ED consultant, …)": a sitting described as standing.
    rx`\(standing\b`,
    rx`\b(?:weekly|fortnightly|monthly) (?:[\w-]+ ){0,3}(?:MDM|MDT)\b`,
    rx`\bcommunity MARAC\b`,
    rx`\bvulnerability panel\b`,
    // A group, huddle or tasking described as standing or with its rhythm ("Daily partnership
    // huddle", "Weekly Youth Safety Tasking", "STANDING MONTHLY REPEAT CALLER GROUP"): 28 logs
    // of the labelled sets, every one placed at level 4 by its writer (§6).
    rx`\bstanding (?:[\w-]+ ){0,3}(?:group|review|huddle|tasking|MDT|MDM)\b`,
    rx`\b(?:daily|weekly|fortnightly|monthly) (?:[\w/&-]+ ){0,3}(?:tasking|huddle|group|case review)\b`,
  ]),
  term('regular_review', [
    rx`\bnamed lead\b`,
    rx`\bnext (?:panel|review|hub)\b`,
    rx`\b(?:daily|weekly|monthly) (?:hub )?briefing\b`,
    rx`\breview date\b`,
    rx`\b(?:monthly|weekly|fortnightly|regular|quarterly) (?:reviews?|review meetings?|panel)`,
    rx`\b(?:daily|weekly|fortnightly|monthly|quarterly)\b[^.;\n]{0,30}\b(?:panel|hub|forum|review meeting)\b`,
    rx`\breviewed (?:monthly|weekly|at (?:the )?panel)`,
    rx`\bpanel review\b`,
    rx`\blead professional\b`,
    // A standing group's review sitting ("housing first mdt review", "INT huddle review") and a
    // sitting described with its rhythm ("(standing, fortnightly, civic centre)").
    rx`\b(?:MDT|MDM|huddle|hub|PSG|tasking|daily briefing) review\b`,
    rx`\(standing,? (?:every )?(?:daily|weekly|fortnightly|monthly|quarterly|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b`,
    // A review held to a rhythm ("weekly npt/nmh joint case review", "Weekly MH liaison review"):
    // 35 logs of the labelled sets, all at level 4.
    rx`\b(?:daily|weekly|fortnightly|monthly) (?:[\w/&-]+ ){0,3}(?:case )?review\b`,
  ]),
  // A joint protocol shown in use (§6: "a protocol counts only if the log shows it in use"):
  // "ward liaison officer tasked per the protocol", "reviewed under the protocol", "ASSGND PER
  // PROTOCOL". The Herbert Protocol is a missing-person form a family fills in, not a standing
  // arrangement between agencies. In the labelled sets the phrase occurs in 57 logs, all at
  // level 4; the continuum reads it with a partner's contact (continuum.ts).
  term('protocol_in_use', [
    rx`\b(?:per|under) (?:the |its |our |their )?(?!herbert\b)(?:[\w&/-]+ ){0,3}protocol\b`,
  ]),
  term('signposting', [
    rx`\bsignpost(?:ed|ing)?\b`,
    rx`\bgiven (?:the )?[\w ]{0,20}(?:number|details)\b`,
    rx`\b(?:gave|give|giving) (?:him|her|them|the caller)(?: both)? (?:the |a |an )?[\w ]{0,40}\b(?:numbers?|nos?\b|details)\b`,
  ]),
  term('field_officer', [rx`^\W*(?:PCSO|PC|PS|SGT|DC|DS|INSP)\b`]),
  // An entry that opens by updating a member of the public ("Mrs Rishworth updated: the landlord's
  // insurers are repairing her ceiling"): what other agencies do is news told to them (§3).
  // "Caller rung back" is the caller being rung; "caller rang back" is a further call (a report).
  term('public_update', [
    rx`^\W*(?:(?:Mr|Mrs|Ms|Miss)\.? [\w'-]+(?: [\w'-]+)?|(?:the )?(?:anonymous )?(?:caller|RP|informant|complainant)(?: (?:Mr|Mrs|Ms|Miss)\.?)?(?: [\w'-]+)?)\s+(?:updated|informed|rung back)\b`,
    rx`^\W*(?:rang|called|phoned|updated) (?:Mr|Mrs|Ms|Miss|the caller|the RP|RP|caller)\b[^.;\n]{0,30}\b(?:with|about|re|of) (?:the )?(?:outcome|result|update|plan)\b`,
    // "Updated Mr and Mrs Hale: conditional caution …", "Updated the depot and Mr Ince: suspect
    // charged": the news after the colon is what they are told.
    rx`^\W*updated (?:[\w&'-]+ ){0,4}?(?:Mr|Mrs|Ms|Miss|the caller|the RP|RP|caller|the victim|victim|the IP|IP|the complainant|complainant)\b[^.:;\n]{0,40}:`,
  ]),
  // An entry that opens with a partner's answer ("AMHP service rang back: s12 doctors booked",
  // "GP replied: referral made") records an update received (§2 information_sharing): the
  // referrals and bookings it relays are the partner's news, not a request made in this entry.
  term('partner_update', [
    rx`^\W*(?:[\w&'-]+ ){1,5}(?:rang (?:me )?back|replied|acknowledged|advised?|confirmed|called back|rang me|emailed back)\b`,
    // "Update from Sister Ashdown: … the renal team are referring him": the partner's news.
    rx`^\W*(?:further |an? )?update (?:from|by) [^.:;\n]{2,60}:`,
  ]),
  // An entry that opens with a phone call, email or message records a contact made from afar,
  // not an attendance: an officer's uncued entry of this kind is not \`deploy\` (§2).
  term('remote_contact', [
    // "Called at the cottage" is a visit.
    rx`^\W*(?:(?:at|with|as) [\w' ]{0,25}?(?:request|consent|agreed|requested),? )?(?:rang|phoned|called(?! (?:at|round|in|to|by|on)\b)|emailed|e-mailed|texted|messaged|tried to (?:ring|call|phone|contact))\b`,
    rx`^\W*(?:[\w'-]+ ){1,3}told (?:that|of|about)\b`,
    // "Daughter Mrs Janine Lupton rung to help", "daughter mrs feeney (cressholme) rung.": a call.
    rx`^\W*(?:${KIN})\b[^.;:\n]{0,50}?\b(?:rung|rang)\b`,
    // Court outcomes, bail decisions, a measure weighed and a check with a colleague are written
    // away from the scene: an uncued entry of these is not an attendance (§2 deploy).
    rx`\b(?:bailed|remanded|guilty plea|pleaded (?:not )?guilty|sentenced|restraining order|kept in custody)\b`,
    rx`^\W*(?:arrest|s\.?\s?136|detention|a CPW|a CPN) (?:was )?considered\b`,
    rx`^\W*(?:I |we )?(?:checked|confirmed) with\b`,
  ]),
  // Two parties' accounts set side by side ("Tyler says … Mrs Booth says …", "X (private hire)
  // says … Y says …"), or a counter-allegation: §4 frames such an entry unclear unless the author
  // adopts one account or a risk is cued. Pronouns are left out: "Ann says … she says" is one voice.
  // The gap is bounded (UTF-16 units) so that a huge entry full of "says" stays linear.
  // The author rules out an offence ("no offence here, the noise was down to illness", "I do not
  // think this is ASB; I think she is unwell"): what was reported as nuisance is not the premise.
  term('no_offence', [
    rx`\bno (?:offences?|crime)\b(?! (?:disclosed|alleged|reported|recorded)\b)`,
    rx`\b(?:not|n't|no longer) (?:think )?(?:this is |it is |it's )?(?:an? )?(?:ASB|crime|criminal|police) ?(?:matter|issue|incident)?\b`,
  ]),
  term('competing_accounts', [
    rx`\b(?!(?:he|she|they|it|who|and|also|now|still|caller|rp)\b)([a-z][\w'-]+)(?: \([^)]{0,30}\))? (?:says|said|states|stated|claims|claimed|alleges|alleged)\b[^]{0,400}?\b(?!(?:he|she|they|it|who|and|also|now|still|\1)\b)([a-z][\w'-]+)(?: \([^)]{0,30}\))? (?:says|said|states|stated|claims|claimed|alleges|alleged)\b`,
    rx`\bcounter[- ]?allegations?\b`,
    rx`\b(?:both|each) (?:wants?|blames?|accuses?) (?:the other|each other)\b`,
  ]),
  // A mental health clinician's own entry opening with the person seen ("Assessed Danuta at home",
  // "I assessed Wesley", "Stuart seen at the CMHT by Dr Nkosi"): their assessment (§2).
  term('clinician_seen', [
    rx`^\W*(?:I |we )?(?:have |had )?(?:assessed|saw|reviewed|seen)\b`,
    rx`^\W*[\w'-]+ (?:was |has been )?(?:seen|assessed|reviewed) (?:at|by|in|on|today|this|yesterday)\b`,
    // The clinician's finding on risk ("no plan or intent to end her life"): their assessment.
    rx`\b(?:no|denies any|denies) (?:current )?(?:plan or intent|intent or plan|plans? or intention)\b`,
    // "Home assessment with his sister present.": the clinician's own assessment, named first.
    rx`^\W*(?:home|urgent|initial|crisis|joint|face[- ]to[- ]face|same[- ]day) assessment\b(?! (?:booked|arranged|planned|requested|offered|declined|set)\b)`,
  ]),
  term('custody_health', [
    rx`\bcustody (?:HCP|nurse|healthcare|health care)`,
    rx`\bHCP\b`,
    rx`\bFME\b`,
  ]),
  term('police_remain', [
    rx`\bremain(?:s|ing)? (?:under|on|with|responsible)\b`,
    rx`\b(?:named )?lead(?: professional| officer)?\s*:?\s*(?:is |remains )?(?:PC|PCSO|PS|SGT|DC|DS|the OIC|OIC|police)\b`,
    rx`\bpolice (?:to |will )?(?:remain|retain|keep)s? (?:the )?lead\b`,
    rx`\blead(?: professional)?\b[^.;\n]{0,25}\b(?:stays|remains|unchanged|continues)\b`,
    // A place-of-safety handover while the s136 runs leaves police responsible (§5 handoff).
    rx`\b(?:s\.?\s?136|section 136)\b[^.;\n]{0,10}\b(?:continues|runs|still running|ongoing)\b`,
  ]),
  term('police_present', [rx`\b(?:I|we|officers?|PCs?|PCSOs?|police|control|unit|SGT|OIC)\b`]),
];

export const DEFAULT_LEXICON: Lexicon = {
  name: 'Liaison default lexicon (UK police, mental health and social care)',
  version: '1.34.0',
  agencies: AGENCIES,
  authors: AUTHORS,
  events: EVENTS,
  framings: FRAMINGS,
  instruments: INSTRUMENTS,
  signals: SIGNALS,
  negation: {
    before: [
      rx`(?<!-)\bno\b(?!-)(?!\s*\d)`,
      rx`\b(?:nobody|no one|no-one)\b`,
      rx`\buntil (?:an? |the )?$`,
      // "Elmside hold the injunction while the landing stays clear": a measure held back.
      rx`\b(?:hold|holds|holding|held|pause|paused|defer|deferred|suspend|suspended) (?:the |an? |any |their |its )?$`,
      // "the forget-me-not dementia line", "no-nonsense": a hyphenated name, no negation.
      rx`(?<!-)\bnot\b(?!-)(?! (?:taken|taking|had|having|got|collected|eaten|eating|attended|engaging|engaged|slept|sleeping|been))`,
      rx`\bnot known to\b`,
      // "no activity since the closure order": a measure looked back on, not taken now.
      rx`\bsince (?:the |his |her |their )?$`,
      // "wants to know if the man will be charged": a question, not the measure.
      rx`\b(?:if|whether) (?:[\w-]+ ){0,4}(?:will|would|is to|are to|is going to) be\s+$`,
      rx`(?<!\bat (?:our|my|his|her|their|the|police|your|a) )\b(?:asks?|asked|asking|requests?|requested|requesting|proposing|proposed)(?: for)?(?: an?| the)?\s+$`,
      rx`\b(?:pending|awaiting|await)\b`,
      rx`\b(?:accepted|acknowledged|received) (?:the |a |his |her |our )?$`,
      rx`\bnil\b`,
      rx`\bnever\b`,
      // An offence's name before a colon ("Making off without payment: NFA") heads the clause
      // after it without denying it.
      rx`\bwithout\b[^:;]*$`,
      rx`\bdenies\b`,
      rx`\bdenied\b`,
      rx`\bneither\b`,
      rx`\bnor\b`,
      rx`\b(?:to|will) (?:apply for|serve|issue)\b`,
      rx`\bnothing to suggest\b`,
      rx`\bno evidence of\b`,
      rx`\bnot an?\b`,
    ],
    // Words that put a match off rather than deny it: they cancel events and agencies, but the
    // premise they state still frames the entry (§4: "possible burglary", "wants him arrested").
    hedges: [
      rx`\b(?:asks?|asked|asking|wants?|wanted) (?:for )?(?:(?:him|her|them) |the (?:[\w-]+ ){1,2})to be\s+$`,
      rx`\b(?:updated|informed|told|advised|explained) (?:about|re|regarding|of|on) (?:the |his |her )?(?:[\w-]+ ){0,3}$`,
      rx`\b(?:agreed|plan|planned|to support|suggest(?:ed|s)?|recommend(?:ed|s)?)\b`,
      rx`\bconsider(?:ed|ing|s)?\b`,
      rx`\bwants?\b`,
      rx`\bwould\b`,
      rx`\bpossible\b`,
      rx`\bmay\b`,
      rx`\bcould\b`,
    ],
    after: [
      rx`\bnot (?:required|req'?d|needed|appropriate|met|necessary|used|applied|pursued)\b`,
      rx`\bcancell?ed\b`,
      rx`\b(?:considered|ruled out|discussed)\b`,
      rx`\b(?:ended|lifted|rescinded|withdrawn|on hold)\b`,
      rx`^\s*(?:set|planned|arranged|booked|scheduled|called|convened) for\b`,
      rx`^\W*(?:in|since|until) (?:19|20)\d\d\b`,
      rx`^\s*(?:updated|informed|advised|reassured)\b`,
      // "a fixed penalty notice would follow next time" warns of a measure, it is not one.
      rx`^\s*(?:would|will|could|may|might) (?:follow|be (?:issued|given|served|considered))\b`,
      rx`^\s*(?:is|was|would be|remains) (?:one |an |the only |another )?(?:option|possibility)\b`,
      // A warning kept on record is not served again ("The CPW stays on file").
      rx`^\s*(?:stays|remains|kept|left|is) on file\b`,
      // "arrest would not be proportionate" weighs a measure and rejects it.
      rx`^\s*(?:would|will|is|was) not (?:be )?(?:proportionate|appropriate|necessary|needed|required)\b`,
    ],
    windowUtf16: 28,
  },
  background: {
    before: [
      rx`\bknown to\b`,
      rx`\bopen to\b`,
      // "bailed to Dunholt Magistrates", "kept in custody for court": a date set by police, not a
      // contact with the court (a court that remands someone does act).
      rx`\b(?:bailed|bail|summonsed|requisitioned|charged)\b(?: (?:to|until)(?: appear)?(?: (?:at|before))?)? (?:the )?(?:[\w'-]+ ){0,2}$`,
      rx`\bcustody for\s+$`,
      rx`\b(?:asking|asked|asks|wants?|wanting) to (?:be in|go to|go into|be admitted to)\s+(?:the |a )?$`,
      rx`\b(?:doesn'?t|does not|didn'?t|did not|don'?t|do not|won'?t|will not) (?:want|need|require)s? (?:an? |the |any )?$`,
      rx`\bself[- ]present(?:ing)? (?:to|at)\s+(?:the |an? )?$`,
      rx`\b(?:gave|give|giving) (?:him|her|them)(?: both)? (?:the |a |an )?$`,
      rx`\bprev(?:ious(?:ly)?)?\b`,
      rx`\bhistory (?:of|with)\b`,
      rx`\bunder (?:the )?\b`,
      rx`\bdischarged (?:from|by)\b`,
      rx`\bused to\b`,
      rx`\bformerly\b`,
      rx`\bex-`,
      rx`\bhad been\b`,
      rx`\bwas seen by\b`,
      // "NEVER SEEN BY MH SERVICES", "never been open to CAMHS": no contact, ever.
      rx`\bnever (?:been )?(?:seen by|known to|open to|referred to|under)\s+(?:the )?$`,
      // The person's own call or visit ("he rang the GP himself"): not a contact made in the entry.
      rx`\b(?:he|she|they) (?:has |had )?(?:rang|phoned|called|contacted|rung) (?:the |his |her |their )?$`,
      rx`\badvised\b(?! by)`,
      rx`\bsignposted\b`,
      rx`\bto (?:ring|call|contact|phone|see|attend)\b`,
      rx`\bwill (?:\w+ ){0,3}(?:re-?refer|refer|liaise|contact|email|phone|ring|call|update|inform|take (?:him|her|them) to)\b`,
      rx`\bnot known\b`,
      rx`\bnumbers? for\b`,
      // What the person says of an agency ("says the council do not answer", "says he rang the
      // surgery"): their account, not a contact in this entry.
      rx`\b(?:says|said|states|stated|claims)(?: that)? (?:(?:he|she|they) (?:rang|called|has rung|had rung|went to|saw|has seen) )?(?:the |his |her |their )?$`,
      // A service's address, number or leaflet handed over names it without contacting it ("gave
      // her the address of the hope street drop-in", "wrote down the housing options address").
      rx`(?<!\b(?:rang|called|phoned|dialled|tried|on) (?:the |their |his |her )?)\b(?:address|numbers?|phone number|contact details|leaflets?|opening times?)\b (?:of|for) [^.;:\n]{0,40}$`,
      // Advice naming a service: "told A&E or 999 if she feels unsafe", "told the council runs …".
      // The people are the ones told ("Both told", "and told", "was told"); "Told the CMHT" is a contact.
      rx`\b(?:both|all|mum|dad|they|he|she|was|were|been|and|is|are) told\s+(?:to\s+(?:go to|ring|call|use|attend)\s+)?(?:the\s+)?$`,
      // "no details of any mental health worker", "no ambulance or MH services needed".
      rx`\bno (?:details|record|trace) of (?:any |a |an )?$`,
      rx`\bno [\w&-]+(?: [\w&-]+)? or\s+(?:the )?$`,
      rx`\b(?:pending|awaiting|await)\s+(?:a |the |any )?$`,
      rx`\btold (?:him|her|them) about\b`,
      // Where someone is ("is on Marram Ward", "still at the Kestrel Suite") is not the agency acting.
      rx`\b(?:is|was|now|remains|still) (?:in|at|on) (?:the )?(?:[\w'-]+ )?$`,
      // A future or conditional visit: "agreed to come to hospital", "to be seen by the team".
      rx`\b(?:agreed|agrees|willing|happy|wants?) to (?:come|go|be taken) (?:in)?to (?:the |a )?$`,
      rx`\bto be seen by (?:the |a |his |her )?$`,
      // The route a self-referral must take is not a contact ("self-referral via GP only").
      rx`\bself[- ]?referr\w* (?:only )?via (?:the |his |her |their )?$`,
      // Things the person got from an agency earlier ("they admit getting the council letters").
      rx`\b(?:got|getting|received|receiving) (?:the |a |an |their |his |her )?$`,
      rx`\b(?:not|no|nor) (?:need|needs|needed|require|requires|required|want|wants|wanted|needing) (?:for |to go to |to attend )?(?:an? |the )?$`,
      rx`\bno (?:reply|response|answer|call ?back|contact) (?:yet )?(?:from|by)\b`,
      rx`\b(?:not )?(?:been|gone|go) to (?:see )?(?:his |her |their |the )?$`,
      rx`\b(?:updated|informed|told|advised|explained) (?:about|re|regarding|of|on) (?:the |his |her )?(?:[\w-]+ ){0,3}$`,
      rx`\bnothing (?:back |heard |received |yet )?from\b`,
      rx`\bfollow[- ]?up (?:by|from|with)\s+(?:the )?$`,
      rx`\brecommends?\b`,
      rx`\bgiven (?:the |a |an |him |her |them )?$`,
      rx`\b(?:talks? to|speaks? to|asks?|see|contact|register with|go to)\s+(?:his |her |their |the |a |[\w-]+'s )?$`,
      rx`\b(?:declined|declines|declining|refused|refuses|refusing)\s+(?:to go to\s+)?(?:an? |the )?$`,
      // "declined first aid and an ambulance", "offered an ambulance for her cough": a service
      // put to the person, not one contacted.
      rx`\b(?:declined|declines|refused|refuses)\s+(?:[\w-]+ ){1,3}(?:and|or) (?:an? |the )?$`,
      rx`\boffered (?:him |her |them )?(?:an? |the )?$`,
      rx`(?<!-)\b(?:no|not)\s+$`,
      rx`\battend\s+$`,
      rx`\b(?:convey\w*|tak(?:en|ing)|took|brought|drove|walked|en route|travell?ing|going|heading|transport\w*|driv\w+)\b[^.,;]{0,20}\bto (?:the )?$`,
    ],
    after: [
      // "the befriending charity's number", "the council gull leaflet": given out, not contacted.
      rx`^(?:['’]s)?\s*(?:(?:self[- ]?)?referral )?(?:numbers?|nos?\b|details|leaflets?|contact details|card|helpline|advice line|address(?:es)?\b(?! of))`,
      rx`^\s*[\w-]+ (?:leaflets?|helpline|advice line)\b`,
      // "left the befriending charity's number": the service's number handed over.
      rx`^[\w-]*\s+[\w-]+['’]s (?:numbers?|nos?\b|details|leaflets?|contact details|card)`,
      rx`^\W*(?:in the past|years ago|previously)\b`,
      rx`^\W*cancell?ed\b`,
      // Advice on where to go if things change ("to A&E if the pain is bad", "to the minor
      // injuries unit when it opens") names a service nobody has contacted.
      rx`^\W*(?:if|when it opens|should (?:he|she|they))\b`,
      // "AMB NOT REQD", "ambulance not needed": named only to be ruled out.
      rx`^\W*not (?:required|req'?d|needed)\b`,
      // "ambulance offered to the caller, declined": put to the person, not contacted (the clause
      // ends at the comma, so the refusal itself is out of the window).
      rx`^\s*offered\b(?![^.;\n]{0,30}\baccepted\b)`,
      rx`^\s*dates?\b`,
      rx`^\W*not (?:required|needed|wanted)\b`,
      // "a GP appointment" is a plan for the person, not the GP acting or contacted (§3).
      rx`^\s*(?:appointment|appt)\b`,
      // "on the CAMHS waiting list", "on the CMHT caseload": known to the service, not acting.
      rx`^\s*(?:waiting list|caseload)\b`,
      rx`^\W*(?:in|until|since) (?:19|20)\d\d\b`,
    ],
    windowUtf16: 48,
  },
  history: {
    lineStart: [
      // Headings of recounted history, e.g. "PREVIOUS: 22/04/2014 - ...", "Local intel - 2 prev".
      rx`(?:previous|prev(?:ious)? calls?|history|local intel(?:ligence)?)\b\s*(?:[:-]|$)`,
      // A line that opens with a date but no time is an earlier event, not a new log entry.
      rx`\d{1,2}/\d{1,2}/\d{2,4}\b(?![ T]*\d{1,2}:\d{2})`,
    ],
    inline: [
      rx`\bpreviously\b`,
      rx`\blast (?:week|month|year)\b`,
      rx`\b(?:weeks|months|years) ago\b`,
      // A date still to come is no history: a bail or court date, a hearing listed, a date until
      // which something holds ("bailed to the Magistrates on 09/06/2035").
      rx`(?<!\b(?:bail(?:ed)?|remanded|court|magistrates['’]?|hearing|listed|appear(?:ance)?|adjourned|until|due|next|returnable)\b[^.;\n]{0,40})\bon \d{1,2}/\d{1,2}\b(?!\s*(?:at )?\d{1,2}:?\d{2})`,
      // "Call history: 2 noise calls, both given advice": earlier calls recounted after a grading.
      rx`\b(?:call|incident|log) history\s*:[^.;\n]*`,
      rx`\blocal intel(?:ligence)?\s*:[^.;\n]*`,
      // "served her a CPW in June", "breached in July": a month named recounts an earlier event.
      rx`\b(?:in|since|during|back in|early|late|mid-?) (?:January|February|March|April|June|July|August|September|October|November|December)\b`,
      rx`\b\d+ (?:x )?prev(?:ious)? (?:calls|incidents|reports)\b`,
      rx`\balready (?:has|had|have|got|on|subject to|under)\b`,
      // Entries carry their own time; a sentence opening with a year recounts an earlier event
      // ("In 2023 (linked log) he was found in town").
      // The look-behind follows the words, so it is tried only where they occur (no per-position cost).
      rx`\b(?:in|during|back in)(?<=(?:^|[.;])\s*(?:in|during|back in)) (?:(?:early|late|mid|spring|summer|autumn|winter) )?(?:19|20)\d\d\b`,
      // A year inside a sentence dates what the clause recounts ("They had a CPN visiting in
      // 2048 but the visits stopped"), unless the year is still to come (a date due or listed).
      rx`(?<!\b(?:due|next|until|by|review(?:ed)?|listed|expires?|ends?)\b[^.;\n]{0,20})\b(?:in|during|back in) (?:(?:early|late|mid|spring|summer|autumn|winter) )?(?:19|20)\d\d\b`,
      // Who the person's GP is, stated as a fact ("GP IS TILLINGFOLD ROAD SURGERY"): the GP is
      // named, not contacted.
      rx`\bGP (?:is|IS)\b(?! (?:aware|informed|contacted|visiting|coming|attending|on (?:the|her|his|their) way|ringing|calling|phoning|now|to)\b)[^.;,\n]*`,
    ],
  },
  refusal: [
    rx`\brefus(?:ed|es|al)\b`,
    rx`\bdeclin(?:ed|es)\b`,
    rx`\b(?:cannot|can'?t|unable to|will not|won'?t|would not|wouldn'?t|not able to) (?:accept|take|attend|confirm|share|assist|help|see|provide|come|disclose|discuss|say|tell|assess|visit|place)\b`,
    rx`\bdoes not meet (?:the )?(?:threshold|criteria)\b`,
    rx`\bno (?:capacity|beds?|availability|role for)\b`,
    rx`\bno (?:resources?|units?|crews?|ambulances?|staff)(?: (?:available|free))?\b`,
    rx`\bnot (?:accepted|appropriate for)\b`,
    // A referral screened out or answered with nothing (§6 level 1: refusals): "closed at
    // screening", "below threshold, not taken further", "no eligible care and support needs",
    // "would neither confirm nor discuss", "could not share anything", "all crews committed".
    rx`\bclosed at (?:the )?screening\b`,
    rx`\bbelow (?:the )?threshold\b`,
    rx`\bnot taken (?:any )?further\b`,
    rx`\bno eligible (?:care and support )?needs\b`,
    rx`\bneither confirm nor discuss\b`,
    rx`\b(?:could not|couldn'?t) (?:share|confirm|discuss|disclose|say|tell|help|assist)\b`,
    rx`\ball (?:crews|units|ambulances) (?:are )?committed\b`,
  ],
  ambiguities: [
    {
      term: 'CPN',
      pattern: rx`\bCPNs?\b`,
      windowUtf16: 40,
      senses: [
        // A notice held back while the person gets help ("the CPN (notice) on hold for 6 weeks")
        // is the notice, but not the entry's premise: the plan is about their health (§4). Listed
        // first, so that it wins the tie with the notice's own cue at the same place.
        {
          sense: 'community_protection_notice_held',
          adds: [],
          context: [
            rx`\bCPNs?\s*(?:\(notice\)\s*)?(?:is |was |stays |remains |to be |kept |put )?(?:on hold|held|paused|deferred|suspended|not needed|not required)\b`,
            rx`\b(?:hold|holding|held|pause|paused|defer|deferred|suspend|suspended)\b (?:the |a |any )?(?:enforcement (?:of|under) (?:the )?)?CPNs?\b`,
          ],
        },
        {
          sense: 'community_protection_notice',
          // A mention frames the entry; only serving or issuing the notice is the event and the
          // instrument (§2, §5), so those are lexicon event and instrument terms, not adds here.
          adds: ['framing:crime_asb'],
          context: [
            rx`\bbreach(?:ed|es)? of (?:the |a |an |his |her )?CPNs?\b`,
            rx`\b(?:served|issued) (?:with )?(?:a |an |the )?CPNs?\b`,
            rx`\bCPNs?\s*\(?notice\)?`,
            rx`\b(?:lead to|get|receive|given|face|issue) (?:a |an )?CPNs?\b`,
            // The notice's terms and what is done under it ("home under the CPN conditions"):
            // these hold the term, so they outweigh the nurse's `the CPN` at the same place.
            rx`\b(?:under|comply with|complied with|complying with|in line with) (?:the |a |an |his |her |their )?CPNs?\b`,
            rx`\bCPNs? (?:conditions?|requirements?|terms|restrictions?)\b`,
            rx`\bCPW\b`,
            rx`\bserved?\b`,
            rx`\bissued?\b`,
            rx`\bbreach(?:ed|es|ing)?\b`,
            // What a notice brings, explained when a warning is served ("CONSEQUENCES OF A CPN
            // AND OF BREACHING ONE EXPLAINED").
            rx`\bconsequences?\b`,
            rx`\bnotice\b`,
            rx`\bwarning\b`,
            rx`\benforcement\b`,
            rx`\bASB\b`,
            rx`\bthen\b`,
            rx`\bfixed penalty\b`,
            rx`\bconditions?\b`,
            rx`\bfrom (?:the )?council\b`,
          ],
        },
        {
          sense: 'community_psychiatric_nurse',
          adds: ['agency:mental_health'],
          context: [
            rx`\b(?:his|her|their|the)\s+CPNs?\b`,
            rx`\b(?:with|and|from|to) (?:the )?CPNs?\b`,
            rx`\b\w+'s CPNs?\b`,
            // The CPN as the subject who serves or hands over a document ("CPN served the CTO
            // recall notice"): a notice serves nothing.
            rx`\bCPNs? (?:served|issued|gave|handed|delivered) (?:the|a|an|his|her)\b(?! CPN)`,
            rx`\bnurse\b`,
            rx`\bcare co-?ordinator\b`,
            rx`\bCMHT\b`,
            rx`\bdepot\b`,
            rx`\bmedication\b`,
            rx`\bvisit`,
            rx`\bphoned|rang|called|spoke|contacted|emailed|update\b`,
          ],
        },
      ],
      defaultSense: 'community_psychiatric_nurse',
    },
  ],
  eventFramings: {
    arrest: 'crime_asb',
    asb_enforcement: 'crime_asb',
    mh_assessment: 'health_welfare',
    support: 'health_welfare',
  },
  framingPriority: ['risk_safety', 'crime_asb', 'health_welfare'],
  framingCarryEvents: [
    'mha_power',
    'referral',
    'information_sharing',
    'support',
    'advice',
    'joint_action',
    'mh_assessment',
  ],
  agencyFramings: {
    mental_health: 'health_welfare',
    health: 'health_welfare',
    ambulance: 'health_welfare',
  },
  eventModel: DEFAULT_EVENT_MODEL,
  framingModel: DEFAULT_FRAMING_MODEL,
  agencyModels: DEFAULT_AGENCY_MODELS,
};
