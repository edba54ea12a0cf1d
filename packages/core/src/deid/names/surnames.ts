/**
 * Common surnames in the UK, written for Liaison from general knowledge (ONS-style frequency
 * lists plus South Asian, African, Caribbean, Chinese, Polish and Gaelic names). Used where a
 * title-case word after a rank (`DC Patel`) must be told from an ordinary word (`PC World`).
 */
import { lazy, wordSet } from '../gazetteer.js';
import { DERIVED_SURNAMES } from './derived-surnames.js';

const SURNAMES = `
abbott adams adebayo adeyemi ahmed akhtar ali allan allen anderson andrews armstrong arnold
ashton atkinson austin bailey baker baldwin ball banks barker barnes barrett bartlett barton bates
baxter begum bell bennett berry bevan bibi bishop black blake bolton bond booth bowen boyd bradley
brady brennan briggs brooks brown browne bryant buckley bull burgess burke burns burton butler
byrne cairns caldwell cameron campbell carr carroll carter cartwright chadwick chamberlain
chambers chan chandler chapman charlton chaudhry chen cheung clark clarke clayton clements coates
cole coleman collins connolly conway cook cooke cooper cox craig crawford cross cunningham
curtis dalton daly davey davidson davies davis dawson day dean dixon dobson docherty doherty
donnelly douglas doyle duffy duncan dunn dyer edwards elliott ellis evans farrell ferguson
field fisher fitzgerald fleming fletcher flynn ford foster fowler fox francis fraser freeman
gallagher gardner george gibbons gibson gilbert gill gilmour goodwin gordon gough graham grant
gray green greenwood gregory griffin griffiths hall hamilton hammond hancock hanson harding
hardy harper harris harrison hart harvey hawkins hayes haynes heath henderson henry hewitt hicks
higgins hill hilton hobbs hodgson holland holmes holt hopkins horton houghton howard howarth
howe howell hudson hughes humphreys hunt hunter hussain hussein hutchinson iqbal jackson james
jarvis jenkins jennings johnson johnston jones jordan joseph kaur kay kelly kemp kennedy kent
kerr khan king kirby kirk knight kowalski kumar lamb lambert lane lawrence lawson lee lewis
lindsay little lloyd long lowe lucas lynch macdonald macleod mackenzie mahmood malik mann
marsh marshall martin mason matthews maxwell may mccarthy mcdonald mcgregor mckenzie mclean
mcallister mcleod mensah miah middleton miles miller mills mistry mitchell moore moran morgan
morris morrison moss murphy murray myers nash newman newton nguyen nicholls nicholson noble
norris nowak o'brien o'connor o'neill oliver osborne owen owens page palmer parker parkinson
parry parsons patel patterson payne pearce pearson perkins perry phillips pickering pollard
poole porter potter powell power preston price pritchard quinn rahman ramsey randall rashid
read reed rees reid reynolds rhodes richards richardson riley roberts robertson robinson
robson rogers rose ross rowe russell ryan saunders scott shah sharma sharp shaw shepherd short
simmons simpson sims singh slater smith smith-jones spencer stanley steele stephens stevens
stevenson stewart stone summers sutton swift taylor thomas thompson thomson todd tomlinson
townsend tucker turner tyler vaughan walker wall wallace walsh walters walton ward warren
waters watkins watson watts webb webster welch wells west wheeler white whitehead wilkins
wilkinson williams williamson willis wilson wong wood woods woodward wright wu yates young
zielinski nowicki wisniewski kowalczyk lewandowski wojcik kaminski mazur ozturk yilmaz okafor
okonkwo adeleke owusu boateng asante appiah osei agyeman nwosu eze obi balogun ogunleye
chowdhury choudhury uddin islam hossain siddiqui qureshi raza anwar butt bhatti chaudhary
`;

/** Liaison's own list, without the derived surnames (scripts/derive-given-names.ts reads it). */
export const handwrittenSurnames = lazy(() => wordSet(SURNAMES));
/** Our list and the surnames derived from faker's locales (derived-surnames.ts). */
export const surnames = lazy(() => wordSet(SURNAMES + DERIVED_SURNAMES));
