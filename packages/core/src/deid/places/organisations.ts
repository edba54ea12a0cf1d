/**
 * Organisation gazetteers, written for Liaison from general knowledge. ANNOTATION.md counts
 * premises linked to a person (the shop where a card was used, the pub) but not public agencies
 * or public places used as incident locations, so agencies are a separate, opt-in list.
 */
import { lazy, phraseList } from '../gazetteer.js';

/**
 * Shops, pubs, cafés, banks and other businesses common on UK high streets. Brands that are also
 * everyday words at the start of a sentence (Next, Three, Shell, Coral) are left out.
 */
const PREMISES = `
Tesco|Tesco Express|Tesco Extra|Tesco Metro|Sainsbury's|Sainsbury's Local|Asda|Morrisons|Aldi|Lidl|
Co-op|Waitrose|Iceland|Marks & Spencer|M&S|Greggs|Wetherspoons|JD Wetherspoon|McDonald's|
Burger King|KFC|Subway|Costa|Costa Coffee|Starbucks|Caffe Nero|Pret|Pret A Manger|Boots|
Superdrug|Primark|Argos|Currys|B&M|Home Bargains|Poundland|Poundstretcher|Wilko|Halfords|
Screwfix|Toolstation|B&Q|Wickes|Homebase|Dunelm|IKEA|River Island|Sports Direct|JD Sports|
TK Maxx|Matalan|New Look|Lloyds Bank|Barclays|HSBC|NatWest|Santander|Nationwide|Halifax Bank|
Post Office|William Hill|Ladbrokes|Paddy Power|Betfred|Premier Inn|Travelodge|Holiday Inn|
Spar|Nisa|Londis|Budgens|One Stop|Costcutter|Premier Stores|Domino's|Pizza Hut|Nando's|
Papa John's|Five Guys|Wagamama|Frankie & Benny's|Harvester|Toby Carvery|Brewers Fayre|
Job Centre|Jobcentre|Jobcentre Plus|Cash Converters|CeX|Cashino|Merkur Slots|Vodafone|
O2|Specsavers|Timpson|Card Factory|WHSmith|Waterstones|The Range|Aldi Local|Morrisons Daily|
Esso|Texaco|Booths|Farmfoods|Heron Foods|Jack's|Asda Express|Co-operative
`;

/**
 * Charities and voluntary services that employ the professionals in these records or support the
 * people in them (the fresh sets label a named professional's employer, `Barnardo’s`, `Refugee
 * Action Norwich`, and a charity a person is known to, `Hope Trust`). Names that are also everyday
 * words (Mind, Shelter, Crisis, Refuge, Scope, Relate) are left out.
 */
const CHARITIES = `
Barnardo's|Barnardo’s|Barnardos|Samaritans|Women's Aid|Women’s Aid|Victim Support|Citizens Advice|
Refugee Action|Refugee Council|Age UK|Action for Children|NSPCC|Childline|Shelter Cymru|Llamau|
Aberlour|Quarriers|Turning Point|Change Grow Live|Humankind|Nacro|St Mungo's|St Mungo’s|
Salvation Army|British Red Cross|Red Cross|Mencap|Rethink Mental Illness|Cruse|Trussell Trust|
StepChange|Catch22|YMCA|Centrepoint|Crisis Skylight|Sue Ryder|Marie Curie|Alcoholics Anonymous|
Narcotics Anonymous|Simon Community|Mind Cymru|Carers Trust|Safe Lives|SafeLives|
Galop|Karma Nirvana|Southall Black Sisters|Rape Crisis|Survivors UK|The Children's Society|
Family Action|Home-Start|Homestart|Place2Be|Kooth|Papyrus|Young Minds|YoungMinds
`;

/**
 * Public bodies (ANNOTATION.md does not treat them as identifiers): suffixes that make the
 * capitalised words before them an agency or institution name, tagged only when a study opts in
 * with `DeidSettings.agencies`.
 */
const AGENCY_SUFFIXES = `
Police|Constabulary|Council|City Council|County Council|Borough Council|NHS Trust|
NHS Foundation Trust|Foundation Trust|Health Board|Hospital|Infirmary|Medical Centre|
Health Centre|Surgery|School|Primary School|High School|Academy|College|University|
Ambulance Service|Fire and Rescue Service|Prison|Magistrates' Court|Crown Court|Police Station
`;

/**
 * Premises that tie a person to a place: their GP practice, school, care home, the hospital they
 * were taken to or treated in (ANNOTATION.md counts "premises linked to a person"; two annotators
 * of the fresh sets labelled hospitals this way). Tagged by default, unlike councils and police
 * forces, which are public bodies.
 */
const LINKED_SUFFIXES = `
Surgery|Medical Practice|Medical Centre|Health Centre|Primary School|High School|Infant School|
Junior School|Infant and Junior School|Junior and Infant School|Infant and Nursery School|
Primary and Nursery School|Nursery School|Nursery|Day Nursery|Pre-School|School|Academy|College|Sixth Form College|Hospital|General Hospital|Infirmary|
Royal Infirmary|Care Home|Nursing Home|Residential Home|Family Practice|Group Practice|Practice|
Family Doctors|
Health Park|Magistrates' Court|Magistrates’ Court|Magistrates Court|Crown Court|Sheriff Court|
County Court|Family Court|Youth Court|Justice Centre|Women's Centre|Women’s Centre|
Children's Centre|Children’s Centre|Family Centre|Children's Home|Children’s Home|
Children's House|Children’s House
`;

/**
 * Businesses named on a letterhead or in a complaint that tie a person to them: their landlord
 * (a housing association or letting agent) or the taxi firm they booked. The name before these
 * words must not be an everyday word (`Social Housing`, `Police Cars`, `Two Cars`).
 */
const BUSINESS_SUFFIXES = `
Housing Association|Housing Trust|Housing Group|Housing Co-operative|Housing|Lettings|
Letting Agents|Letting Agency|Estate Agents|Property Management|Cars|Taxis|Private Hire|Homes|Cabs|
Supported Living|Supported Housing|Women's Housing|Women’s Housing
`;

/**
 * Services and small firms named by what they do, which tie a person to them as their employer,
 * keyworker's service, pharmacy or youth club (`Calderbrook Recovery Partnership`, `Ashdale Homecare`,
 * `Fenwick Youth Club`, `Yarrow and Teign Crisis Line`, `Tolland Bakery`), and a men's shed, a
 * mutual insurer or an institute (`Pardloe Men's Shed`, `Fairway Mutual`, `Stannary Institute`:
 * 10 such names in the read sets, all annotated organisations), a club, hostel, land agent,
 * funeral director or allotment association (`Gorsethwaite Colts`, `Brabazon Land Agents`). The name
 * before the word must be a proper name (its first word is checked in code: not a generic word
 * such as `Mental`, `Community`, `Social`).
 */
const SERVICE_SUFFIXES = `
Partnership|Collective|Project|Youth Project|Youth Club|Youth Hub|Youth Centre|Crisis Line|
Helpline|Pharmacy|Chemist|Chemists|Homecare|Home Care|Live-in Care|Care Services|Care Agency|
Recovery|Recovery Service|Recovery Centre|Drug and Alcohol Service|Drug and Alcohol Services|
Alcohol Service|Community Trust|Foundation|Wellbeing|Street Pastors|Day Centre|Community Centre|
Resource Centre|Solicitors|Roofing|Scaffolding|Engineering|Logistics|Tyres|Kennels|Bakery|
Car Wash|Buses|Coaches|Nails|Barbers|Takeaway|Garage|Motors|Builders|Plumbing|Cleaning Services|
Security|CMHT|Clinic|Unit|Mental Health Team|Recovery Team|Home Treatment Team|
Early Intervention in Psychosis Service|Early Intervention in Psychosis Team|Ambulance Service|
Mediation|Mediation Service|Plant Hire|Packers|Haulage|Farms|Metals|Recycling|
Bereavement Service|Bereavement Services|Counselling Service|Food Bank|Foodbank|Veterans Hub|
Skills Centre|Learning Centre|Training Centre|Kitchen|Advocacy|Befriending|Medical Group|
Contact Centre|Family Contact Centre|Victim Service|Return Interviews|Rescue Team|
Mountain Rescue Team|Golf Club|Cricket Club|Football Club|Rugby Club|Boxing Club|Social Club|
Aquarium|Café|Cafe|Coffee House|Coffee Shop|Tea Room|Tea Rooms|Tearoom|Tearooms|Family Support|
Family Support Service|Counselling|Counselling Services|Domestic Abuse Service|
Domestic Abuse Services|Victim Hub|Dental Care|Dental Practice|Dental Surgery|Dentists|
Street Angels|Crisis Café|Crisis Cafe|Nurseries|Stores|Cold Stores|
Methodist Church|Baptist Church|Parish Church|Community Church|Mosque|Gurdwara|Synagogue|
Homeless Trust|Debt Advice|Mini Market|Minimarket|Supermarket|Convenience Store|
Hub|Support|Building Society|Credit Union|Fostering|Crisis House|Advice Centre|Suite|
Church|Pentecostal Church|Catholic Church|Evangelical Church|Mission|Catholic Mission|Masjid|
Jamia Masjid|Mandir|Leisure Centre|Solutions|Staffing Solutions|Staffing|Recruitment|Locum Care|
Living|Street Outreach|
Network|Circle|Fellowship|Chapel|Methodist Chapel|Good Neighbours|Volunteers|Young People's Service|
Young People’s Service|Women's Aid|Women’s Aid|Supported Living CIC|CIC|Men's Shed|Men’s Shed|Mutual|
Institute|FC|AFC|Juniors|Juniors FC|Colts|Hostel|Islamic Centre|Cultural Centre|Land Agents|
Funeral Directors|Allotment Association|Allotments Association|Residents' Association|
Residents’ Association|Tenants' Association|Tenants’ Association|Valet|Hand Car Wash|Reclamation|
Reclamation Yard|Garden Centre
`;

/** Words that open an institution's name (`HMP Forest Bank`, `Ysgol Tryfan`). */
const LINKED_PREFIXES = `HMP|HMYOI|HMP/YOI|Ysgol|Coleg|Ysbyty|University of`;

/** Pub-name nouns: `the Red Lion`, `the King's Head`, `the Rose and Crown`. */
const PUB_NOUNS = `
Lion|Hart|Horse|Bull|Swan|Oak|Crown|Anchor|Plough|Arms|Inn|Tavern|Head|Bell|Ship|Star|Feathers|
Fox|Hound|Hounds|Eagle|Dragon|Bear|Keys|Duck|Lamb|Castle|Globe|Wheatsheaf|Angel|Mitre|Cock|
Greyhound|Boar|Ram|Stag|Falcon|Vaults|Griffin|Unicorn|Pheasant|Bush|Woolpack|Harrow|Chequers
`;

export const premises = lazy(() => phraseList(PREMISES));
export const agencySuffixes = lazy(() => phraseList(AGENCY_SUFFIXES));
export const pubNouns = lazy(() => phraseList(PUB_NOUNS));
export const linkedSuffixes = lazy(() => phraseList(LINKED_SUFFIXES));
export const linkedPrefixes = lazy(() => phraseList(LINKED_PREFIXES));
export const charities = lazy(() => phraseList(CHARITIES));
export const businessSuffixes = lazy(() => phraseList(BUSINESS_SUFFIXES));
export const serviceSuffixes = lazy(() => phraseList(SERVICE_SUFFIXES));
