/**
 * Common given names in the UK (English, Scottish, Welsh, Irish, South Asian, African,
 * Caribbean, Polish and other Eastern European, Arabic, Chinese, Vietnamese), written for Liaison
 * from general knowledge. Lower-case, space-separated. Names that are also ordinary words (Rose,
 * May, Will) are in AMBIGUOUS_GIVEN_NAMES: they count as names only next to another name token.
 */
import { lazy, wordSet } from '../gazetteer.js';
import { DERIVED_GIVEN } from './derived-given-names.js';

const GIVEN = `
aaliyah aaron abbie abby abdi abdul abdullah abdullahi abdulrahman abel abena abigail abimbola
abraham abu adaeze adam adama adebayo adeel adele adeola adil aditi aditya adnan adrian adriana
adrianna adwoa afia afsana agata agnes agnieszka ahmad ahmed ahmet aidan aiden aileen ailsa aimee
ainsley aisha aishah aisling aja ajay akash akua akosua alan alana alanna alasdair alastair alba
albert alberto albie aleksander aleksandra alesha alessandro alex alexa alexander alexandra
alexandru alexis alfie alfred ali alice alicia alina alisha alison alistair alix aliya aliyah
allan allison ally alma amal amanda amara amarjit amber amelia amelie ami amin amina aminah amir
amira amit amna amos amrit amy ana anastasia anaya anders andre andrea andreea andrei andrew
andrzej andy aneesa aneurin angela angelica angelina angharad angus anika anil anisa anita anjali
ann anna annabel annabelle anne annette annie anthony antoni antonia antonio anwar anya aoife
apinya arabella archie ariana arianna arjun arlo arman armando arnold aron arran arthur arun arwen
asa asad ash asha ashanti ashleigh ashley ashraf ashton asif asim asma astrid atif aubrey audrey
augustus aurora austin ava averil avery axel ayaan ayan ayesha ayla ayo ayodele ayomide azra
babajide bailey balbir baljit baljinder barbara barnaby barney barry bartek bartosz basia bea
beata beatrice beatrix becky belinda bella ben benedict benjamin bernadette bernard beth bethan
bethany betty beverley bianca bilal billie billy blessing blodwen bogdan bonnie boris brad bradley
bradly brandon brenda brendan brett brian briony bridget brodie bronwen brooke bruce bryan bryony
bukola caitlin caitlyn calista callum calum calvin cameron camilla candice cara carina carl carla
carlos carly carmel carmen carol caroline carolyn caron carys casey cassandra cassie catherine
cathal cathy catriona cecilia cedric celia ceri cerys chantelle charlene charles charley charlie
charlotte chelsea chen cheryl chiamaka chidi chika chinedu chioma chipo chloe chris christian
christina christine christopher chukwuma ciara ciaran cillian claire clara clare clarissa claudia
clifford clive cody colette colin colleen conall conan connor conor constance corey cormac craig
cristina cristian cyril cyrus dafydd daisy damian damien damon dan dana daniel daniela danielle
daniil danny dara darcey darcy daria dariusz darius darko darragh darren darryl daryl dave david
davina davinder dawid dean debbie deborah declan deepak deepika deirdre delroy demetrius denise
dennis denzel derek dermot desmond devon dewi dexter dhruv diana diane dilys dimitri dina dinesh
dionne dmitri dolores dominic dominika dominik donald donna donovan doreen doris dorota dorothy
douglas duncan dwayne dylan eamon eamonn ebony eddie edgar edith edmund edward edwin efe eileen
elaine eleanor elena eleri eli elias elijah elin elinor eliot elise elisha eliza elizabeth ella
ellen ellie elliot elliott ellis elsa elsie elspeth emeka emil emilia emilie emily emir emma
emmanuel emre ena enid enzo eoin eric erica erin ernest esme esther ethan ethel eugene eunice eva
evan evelyn evie ewa ewan ezra fahad faisal faith farah farhan farid farida farooq farzana fatima
fatimah fatma fatou faye felicity felix femi fergus fernando ffion filip finlay finley finn
fiona fionn fionnuala florence florin folake fraser freddie frederick freya funmi gabriel gabriela
gabriella gabrielle gail gareth garfield garry gary gavin gemma geoffrey george georgia georgina
geraint gerald gerard gerry gethin gillian gina giorgos giovanni gita glenda glenys gloria
gordon graeme graham grainne grant gregor gregory greta gulshan gurdeep gurpreet gursharan gwen
gwendolyn gwyneth habib hadiza hafsa hailey haleema halima hamid hamish hamza hana hannah hanna
harjit harley harmony harold harpreet harriet harrison harry harvey harvinder hasan hassan haydn
hayley heidi helen helena henry herbert hilary hilda hollie howard huda hugh hugo humza hussain
hussein huw iain ian ibrahim idris ieuan ifan ifeoma igor ikechukwu ilona imani imogen imran inaya
inderjit indira inés ines inga ingrid iona ioan ioana irene irina isa isaac isabel isabella
isabelle isaiah ishaan isla islay ismail israr ivan ivana iwan iwona izabela izzy jacek jacob
jacqueline jacqui jade jagdeep jaime jake jakub jamal james jamie jan jana jane janet janice janine
jarek jaroslaw jas jasmin jasmine jason jasper jaspreet javed javier jay jayden jaz jean jeanette
jed jeff jeffrey jemima jenna jennifer jenny jeremy jermaine jerome jess jesse jessica jessie
jim jimmy jo joan joanna joanne jocelyn jodie joe joel joey johanna john johnny jon jonah jonathan
jordan jorge jose josef joseph josephine josh joshua josie joyce juan judith judy jules julia
julian julie juliet julius junaid justin justyna kacper kaden kai kaitlyn kajal kalinda kamal
kamala kamil kamila karen karim karina karl karolina kasia kate katelyn katherine kathleen
kathryn katie katarzyna katrina kay kayden kayla kayleigh keeley keisha keith kelly kelvin ken
kenneth kenny kerry kevin khadija khalid kian kiara kieran kim kimberley kinga kira kirsty kit
kofi kojo krishna kristian kristina krystal krzysztof kuldip kulwinder kunal kwabena kwadwo
kwaku kwame kwesi kyle kylie lacey laila lakshmi lamar lana lara larissa latoya laura lauren
laurence lawrence layla leah leanne lee leela leia leigh leila leon leona leonard leonie leroy
lesley leslie levi lewis lexi liam lila lillian lina linda lindsay lindsey lisa liz liza
lizzie llinos llew llewellyn lloyd logan lois lola lorcan loretta lorna lorraine louie louis
louisa louise luba luca lucas lucia lucie lucja lucy luis lukas lukasz luke luna lydia lyndon
lynn lynne mabel maciej mackenzie madeleine madhu madison maeve magda magdalena maggie mahmood
mahmoud maia mair mairead mairi maisie maja malachi malcolm malgorzata malik mamadou mandeep
mandy manjit manoj manon mansoor manuel marc marcel marcia marco marcus marek margaret margarita
maria mariam marian marianne marie marika marina mario marion mariusz marjorie marlon marta
martha martin martyn mary maryam mason mateusz mathew matilda matt matteo matthew maureen maurice
max maxine maxwell maya megan mehmet mei melanie melissa mercy meredith meryl mia michael michaela
michal michelle mihai mikael mike mikolaj milan mildred milena millie mina minnie miranda
miriam mitchell mo mohamed mohammad mohammed mohammod moira molly monica monika morag morgan
moses muhammad muhammed mukesh mustafa mwajuma myles nadeem nadia nadine naeem nahid naila
nana nancy naomi narinder nasir natalia natalie natasha nathan nathaniel navdeep naveed navjot
nazia neha neil nell nella nelson ngozi niall niamh nicholas nicola nicole nigel nikhil nikita
nikola nikolai nina nisha nita nkechi noah noel noor nora norma norman nuala nuno nur oana obinna
octavia oisin ola olaf olamide oleksandr olena oliver olivia olga olumide oluwaseun omar omari
oona oran orla orlaith orlando osagie osama oscar osian owain owen pablo paddy padraig paige pamela
paolo parminder parveen pascal patricia patrick patryk paul paula paulina pauline pawel pedro
peggy penelope percy peter petra philip philippa phoebe phyllis pierre piotr pooja poonam
prakash pranav precious preeti preston priya priyanka przemyslaw qasim quentin rabia rachael
rachel radek radoslaw rafael rafal raheem rahim rahul raj rajesh rajinder rajiv rakesh ralph
ramesh ramona rana randeep rashid ravi ravinder rebecca reece reggie reginald reuben rhian
rhiannon rhodri rhona rhys ricardo richard rick ricky rishi rita robert roberta roberto robin
robyn rocco rohan roisin roman romeo ronald ronan ronnie rory rosa rosalind rosemary rosie ross
rowan roxanne roy ruairi rubina rudy rui rukhsana rupert ruth ruthie ryan rylee saad sabrina
sachin sadia safiya sahil saima sajid sakina salma salman sam samantha samir samira sammy
samuel sana sandeep sandra sanjay sanjeev santiago sara sarah sarika saskia satnam saul scarlett
scott seamus sean sebastian sekou selina selma seren sergei sergio seth shabana shafiq shahid
shahida shakira shamima shane shanice shannon sharon shaun shauna shazia sheila shelby shelley
sheryl shirley shona shreya sian siân sidney sienna silvia simon simone sinead siobhan sion
sofia sonia sophia sophie spencer stacey stan stanislaw stanley stefan stefania stella stephen
stephanie steve steven stewart stuart sukhdev sukhjinder sumaira sunil sunita surinder susan
susanna suzanne sven sylvia sylwia szymon tabitha tahir talia tamara tamsin tanisha tanya tara
tariq tasha tatiana tayo teagan tegan teresa terence terry tess tessa thabo thandiwe thea theo
theodore theresa thomas tia tiago tiana tiffany tilly timothy tina tobias toby todd tom tomasz
tommy toni tony tracey tracy trevor tristan troy tyler tyrone uchenna umar umair usha usman
uzma valentina valerie vanessa varun vasile venkat vera veronica vicky victoria vijay vikram
vinay vincent viola virginia vivek vivian vivienne vlad vladimir wanda warren wayne wendy
wesley wiktor wiktoria wilfred william williams willow winifred winston wojciech xavier yasmin
yasmine yara yash yasir yemi yousef yusuf yvette yvonne zac zach zachary zahid zahra zainab zak
zakaria zara zaria zayn zeeshan zeynep zoe zofia zoya zubair zuzanna
aarav abdirahman abdulla abeni abhishek adaora adebola adenike adesuwa adetokunbo adjoa afolabi
agnieszka ahsan aidan ailbhe aimee ajit akeem akin akinyi alaa alannah aleksandr alexei alfonso
alhassan alia alistair almas aloysius alyssa amadou amani amaya ambrose amelia amjad amrita anaya
andile andreas aneta angus anish anjum ankit annika anoushka antonina anwen araba aran ardal
areeba arif arjan arnav arshad artur arya asher ashok asif aston atticus aurelia avani aviva
ayanna aylin aziz babak bahar baljeet balraj bashir bayo beatriz benon bernice bhavna bilqis
birgit bisi blaise bola bolaji boniface bosede brandan breda brigid bronagh caden caio calla
callan camille carwyn caspar cathal catrin cavan cecily cerian chanel charis chetan chiara chidera
chinonso chisom chloé cian ciarán cillian clodagh colm comfort cosmin cristiano dagmara dalia
damilola daniyal danuta darina dave dawit deandre dearbhla deniz deon derya desislava devika
dhruv dilan dimitra dinah dmitry dobromir dola donal donnacha dorcas dovydas duaa dunja dwight
eabha ebere ebrima ece edmond efua eimear eira eirian eisha ekaterina elif eliana elliw elodie
elsie emeka emine emmet enya erik ermal ernesto esi esmé eszter eun evangeline ewelina fabian
fadumo fahim faiza faris farouk fearghal federico felipe femi fenella filipa finbar fintan
fiadh florian folasade francesca franciszek frankie funke gabor gaia ganesh gaurav gbenga gemma
genevieve gerwyn ghazala gideon gintare giulia giuseppe godfrey goran gráinne grzegorz gulsen
gunnar gwilym habiba hadley hafiz hakeem halle hamed hanif haris harjinder harman harpal hasina
hassan hawa haydar hedda henrik hira hiroshi honor hosea humaira ibrahima idowu ieva ifeanyi
ignacy ilias ilse imelda inayat indy ingo ioana iolo irfan isha ishmael itzel ivor iyabo jabari
jacinta jaden jagjit jahid jakob jalil jamila janek janusz jaroslav jawad jaya jeevan jelena
jenifer jennet jessamy jibril jiya joaquin joelle jolene jonas jovan jude julita junior kabir
kacey kadeem kadiatou kai kalpana kamran kanye karamjit kareem karolis kasim katja kavita kayode
kazimierz kehinde keira kenji keturah khadijah khalil kiaan kieron kiran kofi komal kornelia
kristof kunle kwasi laith lakhbir lamin laszlo laurentiu lavinia leandro leszek letitia leyla
lidia liliana linas lior lowri lucian ludmila luiza lukas lwazi maddie madina mahala mahnoor
maitland makayla malachy malika mandla manpreet marcin mareike margo mariana marisa markus
marlene marlowe martyna marwa masood mateo mathilde maureen mayowa mehdi mehreen meleri melek
merlin mhairi micaela miguel mikael milosz minh mirela mirza mohsin moyo muhammadu munira murat
nadiya nanette naseem nasra natalya navid nazim neema nerys nia nicolae nikolaos nilufar niomi
nkosi noemi nokuthula nouman nyla obadiah obi odette ofelia ogechi okan oksana oleg olufemi
olumide omid onur oonagh orla osman oyin ozan pádraig palesa pankaj pasha patience pavel pernille
petronella pieter pilar piya pradeep pritpal qamar quinn rabiya radu rafferty rahel raheela
raluca ramin ranjit rashida ravinder rayan reem reggie rehana remi renata reza rhianna rhydian
rim rizwan rohit romana roshni rowena ruairí rukhsar rustam ruta saanvi sabah sabina sadiq safia
sahar saif sajjad sakura salim samia samuel sandor sanjana santino saoirse sapna sarwar saskia
sebastián sefton selin senait seraphina serena shabnam shah shahzad shamsul shanaya shashi shay
shelagh sherif shiv shoaib sibusiso sidra sigrid silas simran sinéad siobhán sipho sive slawomir
sohail solomon sonya stasia stavros sultana suleiman sunniva svetlana tadhg tafadzwa tahmina
taiwo talulah tamar tanvir taran tariq tasneem tatjana tayyab temitope tendai teodor thulani
tiernan timea titilayo tobiasz tolu tomás toyin tuan tunde ugne ulrika umaima umar usama vaclav
valentin valeria vanya vasilis vesna viktor vilma vinod violeta vusi wafa waleed wanjiru wasim
waqar wenona wilhelmina xander xin yaa yahya yannick yaw yetunde yiannis yolanda yosef yuki
yunus yuri zaid zaina zakir zbigniew zdenek zeenat zehra zenab zhang zhen zia zinzi ziyad zuhra
`;

/**
 * Scottish, Irish, Welsh, Nigerian, Ghanaian, Somali, Eritrean, Polish, Romanian, Punjabi, Turkish
 * and Vietnamese given names, older English names and common short forms (`Tash`, `Deano`, `Gaz`),
 * added when the third labelled set showed how many of its names the first list lacked; more
 * common short forms and Welsh, Cornish, Korean and Nordic names after the seventh.
 */
const MORE_GIVEN = `
eilidh ruaridh ruairidh ruaraidh morven kirsteen kirsten murdo ishbel seonaid lachlan euan ewen
struan torquil kenzie marsaili peigi thorfinn magnus innes donnie dougie murray brid bríd brighid
caoimhe sorcha oisín fiachra eunan enda una úna treasa máire maire maura bernie mairéad alun dai
emyr hywel iestyn llyr meirion tomos trefor wyn wynn aled eirlys mared sioned siwan heledd delyth
glesni enfys branwen gwenllian meinir morfudd olwen emrys cynan deiniol elis macsen cai guto
steffan bleddyn cadi chidinma chinwe chukwuemeka adanna amaka kelechi tobi tobiloba seun
funmilayo kemi babatunde adewale wale yinka dayo segun niyi bolanle ebuka somto ama ekow fiifi
faadumo hodan hibo sahra amran ifrah khadra farhiya hamdi ubah mahad mahamed liban guled ilhan
nimco deeqa muna ikran ladan idil yonas yohannes tesfaye semhar selam mehari tekle kidane yemane
mekdes zosia gosia wojtek małgorzata łukasz paweł michał grażyna bożena weronika oliwia konrad
hubert przemek ionut gheorghe mihaela roxana loredana denisa ionela florentina costel marius sorin
ovidiu catalin gurdev kuldeep balwinder sukhwinder jaswinder amandeep ramandeep harjeet jasbir
gurmeet anand arvind geeta sita deepa divya meena neelam rekha seema shilpa vandana suresh naveen
hina nargis zarmina waseem kashif ayse huseyin burak kerem thi huong linh anh beryl kezia keziah
timur tash gaz baz shaz dazza deano jonno robbo kev mick mikey tommo stevo macca mavis edna gladys
walter horace archibald bert ted teddy fred alf sid syd wilf len lenny ron denny geoff phil pete
tyrese tyreece kaiden courtney demi tianna kelsey codie leo errol clement claudette hyacinth
lottie hettie callie sadie mollie tillie nellie edie winnie florrie jackie kiera morwenna alys efa
nansi elen gruffydd lewys bryn manny dion aryan jide jumoke uche chuka ebo jae soo hyun seo yeon
akira hao joao oskar rasmus hannelore leocadia
`;

/** Given names that are also everyday words, months or places: names only beside another name. */
const AMBIGUOUS = `
amber april art august autumn bill brook chase cliff crystal dale dawn dean drew faith frank
gene glen grace guy hazel heather holly hope iris ivy jack jade jewel joy june lane lily mark
marsh may miles olive pat pearl penny poppy ray rich rob robin rose ruby sky summer sunny sue
sterling victor violet wade will don fern sandy chance rosa victoria lincoln chester
devon chelsea florence georgia jordan harley austin max milan shannon iona islay mercy precious
blessing harmony carol kay stanley preston nelson bailey hunter mason
ion del mali tam mae reg sade tope
kitty harper nova skye tudor kane dot bob bobby
`;

/**
 * Whether `word` has a code unit from U+0080 on (what `/[\u0080-\uffff]/` tests): a loop over a
 * short word costs less than the regex call, and most words looked up are plain ASCII.
 */
export function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return true;
  return false;
}

const MARKS = /\p{M}/gu;

/** `siân` → `sian`, `róisín` → `roisin`: names are written with and without their accents. */
export function foldAccents(word: string): string {
  return hasNonAscii(word) ? word.normalize('NFD').replace(MARKS, '') : word;
}

/** A word list with each accented entry's unaccented form added. */
function foldedSet(data: string): ReadonlySet<string> {
  const words = wordSet(data);
  return new Set([...words, ...[...words].map(foldAccents)]);
}

/** The lists written for Liaison, without the derived one (scripts/derive-given-names.ts). */
export const handwrittenGivenNames = lazy(() => foldedSet(GIVEN + MORE_GIVEN + AMBIGUOUS));
/**
 * Ours, and the names of a public list of popular English given names that ours lack and that are
 * no English word or context word (derived-given-names.ts, from the `human-names` package). Added
 * after the twenty-seventh labelled set, when a third of the names its detector missed were common
 * names our lists lacked (`Rufus`, `Philomena`, `Lyle`).
 */
export const givenNames = lazy(() => foldedSet(GIVEN + MORE_GIVEN + AMBIGUOUS + DERIVED_GIVEN));
export const ambiguousGivenNames = lazy(() => foldedSet(AMBIGUOUS));

/** Whether a lower-case word is a given name, with or without its accents (`róisín`). */
export function isGivenName(lower: string): boolean {
  const names = givenNames();
  return names.has(lower) || (hasNonAscii(lower) && names.has(foldAccents(lower)));
}

/**
 * Whether a lower-case word is a given name of Liaison's own lists (given-names.ts), not only of
 * the derived ones: a place after a cue that shares a name abroad (`moving from Vigo`) stays one.
 */
export function isHandwrittenGivenName(lower: string): boolean {
  const names = handwrittenGivenNames();
  return names.has(lower) || (hasNonAscii(lower) && names.has(foldAccents(lower)));
}

/** Whether a lower-case word is a given name that is also an everyday word (`rose`, `will`). */
export function isAmbiguousGivenName(lower: string): boolean {
  const names = ambiguousGivenNames();
  return names.has(lower) || (hasNonAscii(lower) && names.has(foldAccents(lower)));
}
