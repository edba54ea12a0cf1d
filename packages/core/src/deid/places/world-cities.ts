/**
 * Cities outside the UK that records name as where a person comes from, was born, has family or
 * went back to: the capitals and large cities of the countries most UK residents born abroad come
 * from (ONS, population by country of birth), written for Liaison from general knowledge, with
 * and without their diacritics, cased as written, `|`-separated. Many are also words or names
 * (`Nice`, `Florence`, `Victoria`), so location-recognizer.ts takes them only after a place
 * preposition or before `, Country`.
 */
import { lazy, phraseList } from '../gazetteer.js';

const CITIES = `
Dublin|Cork|Galway|Limerick|Waterford|Sligo|Letterkenny|Dundalk|Drogheda|Athlone|Kilkenny|Tralee|
Warsaw|Warszawa|Kraków|Krakow|Łódź|Lodz|Wrocław|Wroclaw|Poznań|Poznan|Gdańsk|Gdansk|Gdynia|Szczecin|
Bydgoszcz|Lublin|Katowice|Białystok|Bialystok|Rzeszów|Rzeszow|Kielce|Olsztyn|Opole|Toruń|Torun|
Bucharest|București|Bucuresti|Cluj-Napoca|Cluj|Timișoara|Timisoara|Iași|Iasi|Constanța|Constanta|
Craiova|Brașov|Brasov|Galați|Galati|Ploiești|Ploiesti|Oradea|Suceava|Bacău|Bacau|Pitești|Pitesti|
Vilnius|Kaunas|Klaipėda|Klaipeda|Šiauliai|Siauliai|Panevėžys|Panevezys|Riga|Daugavpils|Liepāja|
Liepaja|Tallinn|Tartu|Sofia|Plovdiv|Varna|Burgas|Ruse|Budapest|Debrecen|Szeged|Miskolc|Pécs|Pecs|
Győr|Gyor|Bratislava|Košice|Kosice|Prešov|Presov|Nitra|Prague|Praha|Brno|Ostrava|Plzeň|Plzen|
Lisbon|Lisboa|Porto|Braga|Coimbra|Funchal|Faro|Madrid|Barcelona|Valencia|Seville|Sevilla|
Málaga|Malaga|Bilbao|Zaragoza|Rome|Roma|Milan|Milano|Naples|Napoli|Turin|Torino|Palermo|Bologna|
Florence|Firenze|Genoa|Bari|Catania|Paris|Marseille|Lyon|Toulouse|Lille|Bordeaux|Nantes|Rennes|
Rouen|Strasbourg|Nice|Berlin|Hamburg|Munich|München|Cologne|Köln|Frankfurt|Stuttgart|Düsseldorf|
Dusseldorf|Dortmund|Leipzig|Dresden|Amsterdam|Rotterdam|The Hague|Utrecht|Eindhoven|Brussels|
Antwerp|Ghent|Liège|Liege|Athens|Thessaloniki|Nicosia|Limassol|Larnaca|Valletta|Istanbul|
Ankara|Izmir|İzmir|Antalya|Bursa|Adana|Gaziantep|Diyarbakır|Diyarbakir|Tirana|Durrës|Durres|
Shkodër|Shkoder|Vlorë|Vlore|Elbasan|Pristina|Prishtina|Prishtinë|Prizren|Skopje|Belgrade|Zagreb|
Sarajevo|Ljubljana|Podgorica|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Dnipro|Moscow|St Petersburg|
Minsk|Chișinău|Chisinau|Lagos|Abuja|Ibadan|Kano|Port Harcourt|Benin City|Enugu|Onitsha|Owerri|
Accra|Kumasi|Tamale|Takoradi|Mogadishu|Hargeisa|Kismayo|Asmara|Addis Ababa|Khartoum|Omdurman|
Nairobi|Mombasa|Kisumu|Kampala|Dar es Salaam|Harare|Bulawayo|Lusaka|Lilongwe|Blantyre|Johannesburg|
Cape Town|Durban|Pretoria|Kinshasa|Luanda|Freetown|Banjul|Dakar|Kigali|Cairo|Alexandria|Tripoli|
Tunis|Algiers|Casablanca|Rabat|Marrakesh|Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Mirpur|
Peshawar|Multan|Sialkot|Gujrat|Jhelum|Quetta|Delhi|New Delhi|Mumbai|Bombay|Kolkata|Calcutta|
Chennai|Madras|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Amritsar|
Jalandhar|Ludhiana|Chandigarh|Kochi|Goa|Dhaka|Sylhet|Chittagong|Chattogram|Khulna|Colombo|Kandy|
Jaffna|Kathmandu|Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Tehran|Mashhad|Isfahan|Shiraz|
Tabriz|Baghdad|Basra|Mosul|Erbil|Sulaymaniyah|Kirkuk|Damascus|Aleppo|Homs|Latakia|Beirut|Amman|
Riyadh|Jeddah|Dubai|Abu Dhabi|Doha|Kuwait City|Sanaa|Aden|Jerusalem|Tel Aviv|Gaza|Beijing|
Shanghai|Guangzhou|Shenzhen|Hong Kong|Kowloon|Fuzhou|Wuhan|Chengdu|Harbin|Tianjin|Taipei|Seoul|
Busan|Tokyo|Osaka|Hanoi|Ho Chi Minh City|Saigon|Haiphong|Hai Phong|Manila|Cebu|Davao|Bangkok|
Kuala Lumpur|Singapore|Jakarta|Surabaya|Kingston|Montego Bay|Spanish Town|Port of Spain|
Bridgetown|Georgetown|Castries|Nassau|Havana|Santo Domingo|São Paulo|Sao Paulo|Rio de Janeiro|
Brasília|Brasilia|Belo Horizonte|Goiânia|Goiania|Buenos Aires|Bogotá|Bogota|Medellín|Medellin|
Lima|Santiago|Caracas|Quito|Mexico City|Guadalajara|New York|Los Angeles|Chicago|Boston|
Toronto|Montreal|Vancouver|Sydney|Melbourne|Brisbane|Perth|Auckland|Wellington|Reykjavik|Oslo|
Bergen|Stockholm|Gothenburg|Göteborg|Malmö|Malmo|Copenhagen|Aarhus|Helsinki|Vienna|Wien|Graz|
Zurich|Zürich|Geneva|Bern|Basel
`;

export const worldCities = lazy(() => phraseList(CITIES));
