/**
 * Words around names in police logs and transcripts (../shared/deid/NOTES.md §7.3 and
 * ANNOTATION.md): titles and ranks (excluded from the name span), role words that announce a
 * name, acronyms and everyday words that look like surnames in UPPERCASE logs, and name
 * particles (`NI BHRIAIN`, `van der`).
 */
import { lazy, wordSet } from '../gazetteer.js';

/** Courtesy and professional titles: any capitalised word after them is a name. */
export const titles = lazy(() =>
  wordSet(
    // French titles as a nearest relative abroad is written (`Mme Sidonie Leblanc`).
    'mr mrs ms miss mx dr prof sir dame lady lord rev revd father sister cllr councillor hhj judge pastor imam rabbi mme mlle',
  ),
);

/**
 * Police ranks and roles written before a name, matched case-sensitively as written in logs
 * (`PC`, `Sgt`; police staff too: `FEO` firearms enquiry officer, `CSI` crime scene
 * investigator; partner agencies' staff: `EHO`, `DSL`, `ASW`, `SENCO`). A rank followed by a collar number is a strong cue; without one the next word
 * must look like a surname (UPPERCASE, or a known name), so `PC World` is not a person.
 */
export const RANKS: ReadonlySet<string> = new Set(
  (
    'PC DC PS DS DI DCI DSI DSU DCS ACC DCC CI Supt SUPT Ch Sgt SGT Sergeant Insp INSP Inspector ' +
    'Constable PCSO SC SPC TDC TPC TDS TPS Det Detective Officer Nurse CPN SW AMHP IDVA ISVA ' +
    'RMN RGN MHO HCP Const PCs PCSOs DCs Sgts FEO CSI ' +
    // Council, school and mental-health staff named by their role's letters, as partners' minutes
    // and referrals write them: environmental health officer, designated safeguarding lead,
    // approved social worker, special needs co-ordinator.
    'EHO DSL ASW SENCO SENCo ' +
    // A healthcare assistant on a ward and a prison's operational support grade.
    'HCA OSG ' +
    // A sergeant as colleagues address and name them in interviews (`Sarge Kowalczyk`).
    'Sarge ' +
    // Probation and prison staff by their role's letters (`PP Ewa Nowak`: probation practitioner;
    // offender manager; prison offender manager).
    'PP OM POM ' +
    // Support and social-care staff as their notes write them: a key worker (`KW Dev Kapoor`),
    // a team leader (`Authorised: TL Barraclough`), a care co-ordinator (`CC Ruth Obi`).
    'KW TL ' +
    // Fire and rescue ranks (`Station Manager Rajesh Varma`, `Firefighter Cole`) and any manager
    // named by role before the name (`Custodial Manager Lisa-Marie Truman`).
    'Manager Firefighter ' +
    // A superintendent in full (`Signed: Superintendent A. Ruthven`), probation's community
    // offender manager (`COM Anwen Lloyd-Castell`) and senior probation officer (`SPO Ravi Shah`),
    // and a firefighter and a watch manager as fire service forms write them (`Lead: FF Nia Hale`,
    // `Referring officer: WM Kit Langstaff`).
    'Superintendent COM SPO FF WM'
  ).split(' '),
);

/**
 * Staff roles that are also everyday words in capitals (`DO` = detention officer, `CH` = call
 * handler): a name cue only with a staff number after them (`DO 4407 Kasimir Brandt`, `CH 6127
 * A. DESAI`).
 */
export const NUMBERED_ROLES: ReadonlySet<string> = new Set(['DO', 'DDO', 'CDO', 'PSE', 'CH']);

/** Role words before a name (any case): `IP Siobhan JONES`, `ex-partner Kwame NI BHRIAIN`. */
export const roleWords = lazy(() =>
  wordSet(`
    ip rk rp oic nok ap suspect suspects victim caller driver passenger witness informant mother
    detainee defence prosecution prosecutor bench
    father mum dad son daughter brother sister partner ex-partner expartner boyfriend girlfriend
    ex-boyfriend ex-girlfriend husband wife ex-husband ex-wife friend neighbour subject patient
    client resident occupant keeper owner aunt uncle cousin grandmother grandfather nan grandad
    niece nephew stepfather stepmother stepson stepdaughter carer named called colleague manager
    consultant doctor paramedic worker landlord landlady tenant child pupil student youth male
    grandson granddaughter grandchild grandma grandpa gran granny stepbrother stepsister fiance
    fiancee fiancé fiancée sibling
    female offender defendant complainant applicant detained arrested pt coordinator practitioner
    advocate caseworker mentor therapist psychiatrist psychologist counsellor midwife analyst
    interpreter intermediary customer handler adviser advisor teacher headteacher
    mam mammy auntie aunty nana nanna stepdad stepmum mother-in-law father-in-law sister-in-law
    brother-in-law son-in-law daughter-in-law keyworker key-worker
    salesman saleswoman cashier receptionist occupier registrar treasurer secretary`),
);

/** Name particles: allowed inside a name when another name token follows. */
export const particles = lazy(() =>
  wordSet('ni ní nic mac mc van von der den de da di du le la al el bin ben bint ap ab o st'),
);

/**
 * UPPERCASE tokens that are not surnames: police, health and social-care acronyms and log
 * shorthand (MASH, CRHT, AMHP, NFA, DOB ...).
 */
export const acronyms = lazy(() =>
  wordSet(`
    nhs cro pnc nino ni dob nfa abh gbh asb mash crht amhp cpn ahmp mhu mhs mht s136 s135 pos
    oic rk ip nok cad urn crn pace mg mg11 ppn dash bwv cctv anpr vrm pnd rta rtc hmp hmrc dwp
    gp a&e ae ed ed1 icu itu ward cmht cahms camhs ld asd adhd ptsd bpd eupd ocd mse mha mca dols
    dol ldn uk gb usa eu bbc itv sms pc dc ps ds di dci dsi pcso sgt insp supt ch cc acc dcc ssgt
    ok tv id atm pin ip sw int ss sos fao aka nb ps ie eg etc am pm hrs hr mins min am mr mrs ms
    dr st rd ave ln op ops cid dvu cps ipcc iopc hmic ppe taser cs pava irv arv mpv tsg osu fmu
    ofcom lgbt dbs ma ba bsc phd ceo hq rtm sco sgt amp ed ada apa itc nca cid drs ro qc kc
    idva isva marac dp rmn rgn mho hcp eho asc cmht pcso nok ppn
    gdpr rms mopi app ico dvpn dvpo edt cpa acct csp iom cas
    rui isa sca datix
    rp re kw tl
    fme co co-ord coord
    rio flo emer abe
    bd od tds qds prn nocte mane
    picu hbpos
`),
);

/**
 * Everyday words that start sentences or fill UPPERCASE logs, months and days: never a name
 * token on their own. Lower-case.
 */
export const commonWords = lazy(() =>
  wordSet(`
    a about above after again against all also am an and any are as at attended away back be
    however though anyway meanwhile therefore instead apparently unfortunately sadly luckily
    response neighbourhood signed graded disclosure
    because been before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself his how i
    if in into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them then
    there these they this those through to too under until up very was we were what when where
    which while who whom why with would you your yours yourself please thanks thank yes yeah okay
    hi hello hiya hey cheers bye
    um er erm uh hmm right well so like just also still already soon later today tonight
    tomorrow yesterday morning afternoon evening night male female man woman boy girl person
    people officer officers police unit units patrol patrols update updated log logged incident
    call caller called calls address addresses spoke speak advised advice states stated reports
    reported report result results note notes time date location opened closed closing opening
    subject details contact tel mob mobile phone email home flat house room stop check checks
    fraud words full card no none nil unknown n/a tbc same see above below arrested detained
    healthcare next first residents priorities comments recipient injuries injury summary
    transported conveyed custody hospital ambulance paramedics crew crews mental health street
    road vehicle car van bike driver passenger description desc white black asian mixed other
    tall short slim medium large build hair eyes wearing jacket jeans hoodie trainers top coat
    jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july
    august september october november december monday tuesday wednesday thursday friday saturday
    sunday mon tue tues wed thu thur thurs fri sat sun christmas easter new year north south east
    west northern southern eastern western central upper lower great little old new saint
    interviewer interviewee facilitator moderator respondent participant researcher speaker
    transcript transcriber inaudible crosstalk laughter pause redacted section sections act
    code form op operation officer's staff team manager service services council trust board
    british english scottish welsh irish polish romanian african caribbean indian pakistani
    bangladeshi chinese muslim christian catholic protestant sikh hindu jewish god jesus lord sir madam ok dear
    suspect victim witness informant mother father son daughter brother sister partner wife
    husband friend neighbour patient client resident occupant keeper owner nurse doctor
    sergeant constable inspector detective duty control dispatch despatch comms ward
    samsung apple iphone nokia ford vauxhall toyota bmw audi honda nissan peugeot renault
    kia hyundai volkswagen vw mercedes skoda fiat citroen mazda volvo land rover range mini
    tesla jaguar lexus suzuki seat dacia
    attend arrive arrives spoke speaks state refuse refuses decline declines leave leaves left
    locate conveys detain inform informs contact contacts request requests advise advises aware
    present unable able safe safety welfare concern concerns scene area premises outside inside
    nearby known unknown believed possibly likely approx approximately further also awaiting
    await ongoing complete completed closed open tasked task en route eta asap via refer
    referral referrals plan plans risk risks assessment assess review reviewed agreed agree
    transport transfer transferred handover handed given gave gone went came come seen saw
    found search searches searched negative positive none nothing yes confirmed confirm
    caution conditional camera cam housing social care adult adults children family families
    community probation option options appendix
    sarge sarg guv gaffer boss skipper everyone everybody someone somebody nobody anyone anybody
    rang phoned breach urgent appropriate customer
    says lives talks
    chief previous support ring
    teams benefit benefits art justice one complaints organisation organization
    vietnamese kurdish sorani kurmanji arabic urdu punjabi somali albanian portuguese spanish
    french german russian ukrainian lithuanian latvian turkish farsi dari tigrinya amharic pashto
    bengali tamil gujarati mandarin cantonese italian czech slovak hungarian bulgarian greek
    dutch filipino tagalog nepali sinhala swahili yoruba igbo hausa
    due statement statements forename forenames surname policy abuse exploitation sexual
    node nodes concordat charge charges plea verdict outcome offence offences sentence disposal remand
    chronology consent test admission checklist referred
  `),
);

/** Car makes, before a model that may be a given name (`Seat Leon`, `Skoda Octavia`, `Renault Zoe`). */
export const vehicleMakes = lazy(() =>
  wordSet(`
    seat skoda renault honda nissan kia hyundai ford vauxhall opel toyota peugeot citroen citroën
    fiat mazda volvo suzuki dacia mini tesla jaguar lexus volkswagen vw audi bmw mercedes mitsubishi
    subaru alfa chevrolet chrysler jeep dodge porsche saab rover mg smart cupra ds polestar byd`),
);

/**
 * Words that make the capitalised words before them a place or organisation name, not a person
 * (`Albert Road`, `Hope Trust`, `St Anne's Hospital`). Lower-case.
 */
export const placeSuffixes = lazy(() =>
  wordSet(`
    road rd street st avenue ave lane ln close drive way crescent terrace court place grove
    gardens square row walk hill rise mews view parade green vale wharf approach boulevard gate
    croft fold brow bank chase glade wynd yard embankment esplanade promenade quay causeway circus
    broadway park estate lodge cottage cottages house farm mansions tower towers heights
    apartments hospital infirmary clinic surgery practice centre center school academy college
    university nursery church chapel mosque temple synagogue gurdwara hall library station
    trust council police constabulary service services unit ward team board authority partnership
    hotel inn arms tavern bar pub club stadium ground shopping retail market arcade store stores
    shop supermarket express extra local limited ltd plc group foundation charity society
    association project house centre prison hmp bridge river canal wood woods forest common
    moor heath field fields meadow meadows valley bay beach harbour port airport motorway
    bungalow bungalows villa barn manor chalet flats
    dock docks pier station interchange services roundabout junction tunnel viaduct underpass
    flyover precinct plaza mall arena theatre cinema museum gallery cathedral abbey priory castle
    palace barracks depot garage hostel refuge clinic suite hub
    `),
);
