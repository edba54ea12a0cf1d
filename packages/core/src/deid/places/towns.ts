/**
 * UK cities and towns (England, Scotland, Wales, Northern Ireland), written for Liaison from
 * general knowledge, cased as written, `|`-separated. A study adds its own with
 * `DeidSettings.places`.
 */
import { lazy, phraseList } from '../gazetteer.js';

const TOWNS = `
Aberdeen|Aberystwyth|Abingdon|Accrington|Airdrie|Aldershot|Alloa|Altrincham|Andover|Antrim|
Arbroath|Armagh|Ashford|Ashton-under-Lyne|Aylesbury|Ayr|Ballymena|Banbury|Bangor|Barking|Barnet|
Barnsley|Barnstaple|Barrow-in-Furness|Barry|Basildon|Basingstoke|Bath|Batley|Bedford|Belfast|
Berwick-upon-Tweed|Beverley|Bexhill|Bicester|Billericay|Birkenhead|Birmingham|Bishop Auckland|
Blackburn|Blackpool|Blyth|Bognor Regis|Bolton|Bootle|Boston|Bournemouth|Bracknell|Bradford|
Braintree|Brentwood|Bridgend|Bridgwater|Bridlington|Brighton|Bristol|Bromley|Burnley|
Burton upon Trent|Bury|Bury St Edmunds|Buxton|Caerphilly|Camberley|Cambridge|Cannock|Canterbury|
Cardiff|Carlisle|Carmarthen|Carrickfergus|Castleford|Chatham|Chelmsford|Cheltenham|Chester|
Chesterfield|Chichester|Chippenham|Chorley|Christchurch|Clacton-on-Sea|Clitheroe|Clydebank|
Coalville|Colchester|Coleraine|Colwyn Bay|Congleton|Consett|Corby|Coventry|Craigavon|Crawley|
Crewe|Croydon|Cumbernauld|Cwmbran|Darlington|Dartford|Derby|Derry|Dewsbury|Doncaster|Dorchester|
Dover|Dudley|Dumbarton|Dumfries|Dundee|Dunfermline|Dungannon|Durham|Ealing|Eastbourne|
East Kilbride|Eastleigh|Edinburgh|Ellesmere Port|Ely|Enfield|Enniskillen|Epsom|Exeter|Falkirk|
Fareham|Farnborough|Felixstowe|Folkestone|Fort William|Gateshead|Gillingham|Glasgow|Glenrothes|
Gloucester|Gosport|Grantham|Gravesend|Grays|Great Yarmouth|Greenock|Grimsby|Guildford|Halifax|
Hamilton|Harlow|Harrogate|Harrow|Hartlepool|Hastings|Hatfield|Havant|Haverfordwest|Hemel Hempstead|
Hereford|Hertford|High Wycombe|Hinckley|Holyhead|Horsham|Hove|Huddersfield|Hull|Huntingdon|
Ilford|Inverness|Ipswich|Irvine|Keighley|Kendal|Kettering|Kidderminster|Kilmarnock|King's Lynn|
Kingston upon Hull|Kingston upon Thames|Kirkcaldy|Knowsley|Lancaster|Larne|Leamington Spa|Leeds|
Leicester|Leigh|Lerwick|Lewes|Lichfield|Lincoln|Lisburn|Liverpool|Livingston|Llandudno|Llanelli|
London|Londonderry|Loughborough|Lowestoft|Luton|Macclesfield|Maidenhead|Maidstone|Manchester|
Mansfield|Margate|Market Harborough|Merthyr Tydfil|Middlesbrough|Milton Keynes|Mold|Morecambe|
Motherwell|Neath|Nelson|Newark|Newbury|Newcastle|Newcastle upon Tyne|Newcastle-under-Lyme|
Newport|Newquay|Newry|Newtownabbey|Newtownards|Northallerton|Northampton|Norwich|Nottingham|
Nuneaton|Oban|Oldham|Omagh|Ormskirk|Oxford|Paignton|Paisley|Penrith|Penzance|Perth|Peterborough|
Peterhead|Plymouth|Pontefract|Pontypridd|Poole|Port Talbot|Portadown|Portsmouth|Preston|Reading|
Redcar|Redditch|Reigate|Rhyl|Rochdale|Rochester|Romford|Rotherham|Rugby|Runcorn|Salford|
Salisbury|Scarborough|Scunthorpe|Sevenoaks|Sheffield|Shrewsbury|Skegness|Skipton|Slough|Solihull|
South Shields|Southampton|Southend-on-Sea|Southport|St Albans|St Andrews|St Helens|Stafford|
Staines|Stevenage|Stirling|Stockport|Stockton-on-Tees|Stoke|Stoke-on-Trent|Stornoway|
Stourbridge|Stratford-upon-Avon|Stroud|Sunderland|Sutton Coldfield|Swansea|Swindon|Tamworth|
Taunton|Telford|Tewkesbury|Thurrock|Torquay|Truro|Tunbridge Wells|Twickenham|Wakefield|Walsall|
Warrington|Warwick|Washington|Watford|Wellingborough|Welshpool|Westminster|Weston-super-Mare|
Weymouth|Whitby|Widnes|Wigan|Winchester|Windsor|Wirral|Woking|Wolverhampton|Worcester|Workington|
Worksop|Worthing|Wrexham|Yeovil|York|Brixton|Hackney|Islington|Camden|Lambeth|Southwark|
Lewisham|Greenwich|Tottenham|Peckham|Stratford|Walthamstow|Wembley|Hounslow|Hillingdon|Barnsbury|
Moss Side|Wythenshawe|Stretford|Eccles|Sale|Anfield|Toxteth|Kirkby|Huyton|Sefton|Chapeltown|
Harehills|Headingley|Handsworth|Aston|Sparkbrook|Erdington|Moseley|Jarrow|Wallsend|Tynemouth|
Byker|Govan|Easterhouse|Leith|Partick|Salford Quays|Hanley|Longton|Burslem|Splott|Grangetown|
Ely|Tonypandy|Merthyr|Ebbw Vale|Abergavenny|Brecon|Caernarfon|Dolgellau|Pwllheli|Portmadoc|
Holywood|Bangor|Lurgan|Banbridge|Cookstown|Strabane|Limavady|Ballymoney|Magherafelt|Downpatrick
`;

export const towns = lazy(() => phraseList(TOWNS));
const townSet = lazy(() => new Set(towns()));

/** Whether a phrase, as cased, is a gazetteer town (`Bridlington`, `Hove`). */
export function isTown(phrase: string): boolean {
  return townSet().has(phrase);
}
