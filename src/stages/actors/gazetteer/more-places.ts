// More of the world, as data: large and well-known cities beyond the first list, regions and
// provinces, islands, historical lands, waters and mountains, and international bodies, agencies
// and companies. As in world.ts, only names that are a place (or an organisation) in nearly every
// use: a city that is also a common first name, surname or word ("Austin", "Florence", "Darwin",
// "Mobile", "Split", "Columbus", "Mendoza") is left out.

import type { GazetteerEntry } from '../../../analyse/gazetteer-data.ts';

const CITIES = [
  // The British Isles
  'Exeter', 'Norwich', 'Bournemouth', 'Sunderland', 'Wolverhampton', 'Stoke-on-Trent', 'Stratford-upon-Avon', 'Middlesbrough',
  'Huddersfield', 'Blackpool', 'Ipswich', 'Peterborough', 'Colchester', 'Chelmsford', 'Luton', 'Swindon', 'Gloucester',
  'Worcester', 'Kilkenny', 'Waterford', 'Derry', 'Armagh',
  // North America
  'Fort Worth', 'El Paso', 'Colorado Springs', 'Long Beach', 'Virginia Beach', 'Bakersfield', 'Anaheim', 'Corpus Christi',
  'Greensboro', 'Plano', 'Laredo', 'Lubbock', 'Reno', 'Boise', 'Spokane', 'Des Moines', 'Baton Rouge', 'Shreveport',
  'Knoxville', 'Chattanooga', 'Syracuse', 'Springfield', 'Pasadena', 'Fort Lauderdale', 'Tallahassee', 'Gainesville',
  'Pensacola', 'Asheville', 'Scranton', 'Allentown', 'Harrisburg', 'New Haven', 'Stamford', 'Bridgeport', 'Yonkers',
  'Hoboken', 'Jersey City', 'Atlantic City', 'Cheyenne', 'Fargo', 'Sioux Falls', 'Topeka', 'Little Rock', 'Juneau',
  'Fairbanks', 'Flagstaff', 'Santa Barbara', 'San Bernardino', 'Modesto', 'Tacoma', 'Bellevue', 'Duluth', 'Ithaca',
  'Poughkeepsie', 'Schenectady', 'Akron', 'Dayton', 'Toledo', 'Youngstown', 'Evanston', 'Peoria', 'South Bend', 'Fort Wayne',
  'Lansing', 'Grand Rapids', 'Kalamazoo', 'Green Bay', 'Waco', 'Amarillo', 'Galveston', 'Beverly Hills', 'Malibu',
  'Saskatoon', 'Kitchener', 'Fredericton', 'Charlottetown', "St. John's",
  // Europe
  'Nantes', 'Rennes', 'Montpellier', 'Grenoble', 'Dijon', 'Reims', 'Rouen', 'Le Havre', 'Calais', 'Toulon', 'Metz', 'Orléans',
  'Brest', 'Limoges', 'Clermont-Ferrand', 'Perpignan', 'Essen', 'Duisburg', 'Bochum', 'Wuppertal', 'Bielefeld', 'Mannheim',
  'Karlsruhe', 'Wiesbaden', 'Münster', 'Augsburg', 'Aachen', 'Kiel', 'Lübeck', 'Rostock', 'Potsdam', 'Mainz', 'Freiburg',
  'Erfurt', 'Magdeburg', 'Würzburg', 'Regensburg', 'Trier', 'Koblenz', 'Ulm', 'Weimar', 'Bari', 'Catania', 'Messina',
  'Brescia', 'Parma', 'Modena', 'Bergamo', 'Trento', 'Perugia', 'Ancona', 'Lecce', 'Cagliari', 'Livorno', 'Rimini', 'Lucca',
  'Assisi', 'Amalfi', 'Sorrento', 'Zaragoza', 'Murcia', 'Valladolid', 'Vigo', 'Alicante', 'Córdoba', 'Cordoba',
  'San Sebastián', 'Pamplona', 'Santander', 'Oviedo', 'Cádiz', 'Cadiz', 'Tarragona', 'Girona', 'Braga', 'Coimbra', 'Funchal',
  'Utrecht', 'Eindhoven', 'Groningen', 'Leiden', 'Delft', 'Haarlem', 'Maastricht', 'Nijmegen', 'Liège', 'Leuven', 'Namur',
  'Charleroi', 'Mechelen', 'Lucerne', 'Lugano', 'Linz', 'Trondheim', 'Stavanger', 'Tromsø', 'Aalborg', 'Espoo', 'Oulu',
  'Poznań', 'Poznan', 'Lublin', 'Katowice', 'Szczecin', 'Białystok', 'Toruń', 'Brno', 'Ostrava', 'Plzeň', 'Debrecen', 'Szeged',
  'Pécs', 'Cluj-Napoca', 'Timișoara', 'Iași', 'Constanța', 'Plovdiv', 'Varna', 'Patras', 'Heraklion', 'Izmir', 'İzmir',
  'Bursa', 'Antalya', 'Adana', 'Konya', 'Trabzon', 'Yekaterinburg', 'Nizhny Novgorod', 'Omsk', 'Rostov-on-Don', 'Ufa',
  'Krasnoyarsk', 'Voronezh', 'Murmansk', 'Arkhangelsk', 'Sochi', 'Irkutsk', 'Chelyabinsk', 'Smolensk', 'Pskov', 'Dnipro',
  'Zaporizhzhia', 'Donetsk', 'Luhansk', 'Kherson', 'Mykolaiv', 'Chernihiv', 'Poltava', 'Bakhmut', 'Chernobyl', 'Tartu',
  'Kaunas', 'Dubrovnik', 'Zadar', 'Novi Sad', 'Mostar', 'Banja Luka', 'Ohrid', 'Srebrenica',
  // Asia
  'Suzhou', 'Xiamen', 'Qingdao', 'Dalian', 'Shenyang', 'Zhengzhou', 'Changsha', 'Kunming', 'Fuzhou', 'Jinan', 'Hefei',
  'Nanning', 'Guilin', 'Urumqi', 'Lanzhou', 'Wuxi', 'Ningbo', 'Dongguan', 'Foshan', 'Taiyuan', 'Guiyang', 'Nanchang',
  'Kaohsiung', 'Taichung', 'Tainan', 'Sendai', 'Kawasaki', 'Chiba', 'Nara', 'Kanazawa', 'Okayama', 'Kumamoto', 'Kagoshima',
  'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Kaesong', 'Pune', 'Jaipur', 'Lucknow', 'Kanpur', 'Nagpur', 'Indore', 'Bhopal',
  'Patna', 'Surat', 'Vadodara', 'Amritsar', 'Chandigarh', 'Kochi', 'Faisalabad', 'Rawalpindi', 'Multan', 'Quetta',
  'Chittagong', 'Sylhet', 'Mazar-i-Sharif', 'Jalalabad', 'Kunduz', 'Qom', 'Ahvaz', 'Kermanshah', 'Isfahan', 'Yazd', 'Rasht',
  'Erbil', 'Kirkuk', 'Najaf', 'Karbala', 'Fallujah', 'Ramadi', 'Tikrit', 'Sulaymaniyah', 'Raqqa', 'Idlib', 'Latakia', 'Daraa',
  'Palmyra', 'Sidon', 'Jaffa', 'Eilat', 'Ashkelon', 'Ashdod', 'Beersheba', 'Tiberias', 'Jericho', 'Nablus', 'Jenin', 'Rafah',
  'Khan Younis', 'Aqaba', 'Irbid', 'Dammam', 'Tabuk', 'Aden', 'Taiz', 'Hodeidah', 'Mukalla', 'Salalah', 'Penang', 'Malacca',
  'Johor Bahru', 'Kota Kinabalu', 'Kuching', 'Bandung', 'Yogyakarta', 'Medan', 'Semarang', 'Makassar', 'Denpasar', 'Da Nang',
  'Haiphong', 'Nha Trang', 'Siem Reap', 'Luang Prabang', 'Pattaya', 'Krabi', 'Quezon City', 'Makati', 'Iloilo', 'Zamboanga',
  'Shymkent', 'Karaganda', 'Khiva', 'Batumi', 'Kutaisi', 'Gyumri', 'Grozny', 'Tskhinvali', 'Sukhumi',
  // Africa
  'Kumasi', 'Ibadan', 'Port Harcourt', 'Enugu', 'Kaduna', 'Abeokuta', 'Benin City', 'Maiduguri', 'Lomé', 'Cotonou',
  'Porto-Novo', 'Freetown', 'Monrovia', 'Conakry', 'Bissau', 'Banjul', 'Nouakchott', 'Yamoussoukro', 'Douala', 'Libreville',
  'Brazzaville', 'Bangui', 'Goma', 'Bukavu', 'Lubumbashi', 'Kisangani', 'Bujumbura', 'Entebbe', 'Gulu', 'Kisumu', 'Nakuru',
  'Arusha', 'Mwanza', 'Lilongwe', 'Blantyre', 'Bulawayo', 'Gaborone', 'Windhoek', 'Maseru', 'Mbabane', 'Antananarivo',
  'Port Louis', 'Soweto', 'Port Elizabeth', 'Pietermaritzburg', 'Bloemfontein', 'Stellenbosch', 'Benghazi', 'Misrata', 'Sirte',
  'Tobruk', 'Oran', 'Tangier', 'Agadir', 'Essaouira', 'Sfax', 'Sousse', 'Port Said', 'Giza', 'Omdurman', 'Port Sudan',
  'El Fasher', 'Massawa', 'Hargeisa', 'Kismayo', 'Dire Dawa', 'Gondar', 'Lalibela', 'Mekelle',
  // Latin America and the Caribbean
  'Puebla', 'Querétaro', 'Oaxaca', 'Veracruz', 'Hermosillo', 'Culiacán', 'Mazatlán', 'Puerto Vallarta', 'San Pedro Sula',
  'Belize City', 'Montego Bay', 'Santo Domingo', 'Santiago de Cuba', 'Port of Spain', 'Bridgetown', 'Nassau',
  'Pointe-à-Pitre', 'Fort-de-France', 'Fortaleza', 'Belo Horizonte', 'Manaus', 'Curitiba', 'Porto Alegre', 'Belém',
  'Florianópolis', 'Mar del Plata', 'Ushuaia', 'Antofagasta', 'Arequipa', 'Barranquilla', 'Bucaramanga', 'Maracaibo',
  'Cochabamba', 'Punta del Este', 'Paramaribo', 'Georgetown',
  // Oceania
  'Gold Coast', 'Townsville', 'Wollongong', 'Geelong', 'Alice Springs', 'Fremantle', 'Rotorua', 'Queenstown', 'Suva',
  "Nuku'alofa", 'Apia', 'Port Moresby', 'Nouméa', 'Noumea', 'Papeete',
];

const REGIONS = [
  // Counties, provinces and states.
  'Surrey', 'Sussex', 'Suffolk', 'Norfolk', 'Dorset', 'Wiltshire', 'Hampshire', 'Oxfordshire', 'Cambridgeshire', 'Lincolnshire',
  'Derbyshire', 'Staffordshire', 'Cheshire', 'Cumbria', 'Merseyside', 'Tyneside', 'North Yorkshire', 'Maharashtra', 'Gujarat',
  'Rajasthan', 'Uttar Pradesh', 'Bihar', 'Karnataka', 'Tamil Nadu', 'Kerala', 'Assam', 'Odisha', 'Telangana', 'Andhra Pradesh',
  'Madhya Pradesh', 'Himachal Pradesh', 'Uttarakhand', 'Jharkhand', 'Haryana', 'Sikkim', 'Manipur', 'Sindh', 'Balochistan',
  'Khyber Pakhtunkhwa', 'Waziristan', 'Helmand', 'Chiapas', 'Yucatán', 'Yucatan', 'Sinaloa', 'Michoacán', 'Jalisco',
  'Baja California', 'Tigray', 'Oromia', 'Nagorno-Karabakh', 'Abkhazia', 'South Ossetia', 'Dagestan', 'Ingushetia',
  'Peloponnese', 'Thessaly', 'Attica', 'Visayas', 'Palawan', 'American Southwest', 'Bay Area', 'Gulf Coast', 'East Coast',
  'West Coast', 'Mid-Atlantic', 'Rust Belt', 'Sun Belt', 'Bible Belt', 'Florida Keys', 'Everglades', 'Napa Valley',
  'Washington State', 'Tampa Bay',
  // Islands.
  'Crete', 'Cyclades', 'Rhodes', 'Santorini', 'Mykonos', 'Corfu', 'Mallorca', 'Majorca', 'Ibiza', 'Tenerife', 'Canary Islands',
  'Azores', 'Madeira', 'Faroe Islands', 'Shetland', 'Orkney', 'Hebrides', 'Isle of Man', 'Isle of Wight', 'Guernsey',
  'Svalbard', 'Sulawesi', 'Lombok', 'Hainan', 'Sakhalin', 'Kamchatka', 'Galápagos', 'Galapagos', 'Easter Island',
  'Tierra del Fuego', 'Falkland Islands', 'Falklands', 'Aleutian Islands', 'Baffin Island', 'Nantucket', "Martha's Vineyard",
  'Tahiti', 'Maui', 'Oahu', 'Martinique', 'Guadeloupe', 'Aruba', 'Curaçao', 'Bermuda', 'Cayman Islands', 'Virgin Islands',
  // Historical lands.
  'Pannonia', 'Samaria', 'Phoenicia', 'Carthage', 'Babylon', 'Assyria', 'Sparta', 'Byzantium', 'Constantinople', 'Macedon',
  'Dacia', 'Illyria', 'Cappadocia', 'Nubia', 'Numidia', 'Bactria', 'Etruria', 'Hispania', 'Britannia', 'Germania', 'Levant',
  'the Levant', 'Arabia', 'Sinai', 'Negev',
];

const WATERS_AND_MOUNTAINS = [
  'Mediterranean', 'Mediterranean Sea', 'Caribbean Sea', 'Bering Sea', 'Barents Sea', 'Sea of Japan', 'East China Sea',
  'Yellow Sea', 'Sea of Azov', 'Gulf of Aden', 'Gulf of Guinea', 'Bay of Bengal', 'Bay of Biscay', 'Strait of Hormuz',
  'Strait of Gibraltar', 'Bosphorus', 'Dardanelles', 'Suez Canal', 'Panama Canal', 'English Channel', 'Irish Sea',
  'Lake Victoria', 'Lake Baikal', 'Lake Geneva', 'Lake Titicaca', 'Lake Tahoe', 'Lake Michigan', 'Lake Superior', 'Lake Erie',
  'Lake Ontario', 'Lake Huron', 'Amazon River', 'Congo River', 'Niger River', 'Zambezi', 'Limpopo', 'Mekong', 'Indus', 'Volga',
  'Dnieper', 'Elbe', 'Oder', 'Vistula', 'Seine', 'Loire', 'Rhône', 'Tiber', 'Ebro', 'Tagus', 'Douro', 'Hudson River',
  'Missouri River', 'Ohio River', 'Colorado River', 'Rio Grande', 'St. Lawrence River', 'Jordan River', 'Yellow River',
  'Mount Everest', 'Everest', 'Kilimanjaro', 'Mont Blanc', 'Matterhorn', 'Urals', 'Ural Mountains', 'Carpathians', 'Pyrenees',
  'Apennines', 'Atlas Mountains', 'Hindu Kush', 'Karakoram', 'Appalachians', 'Ozarks', 'Adirondacks', 'Catskills',
  'Dolomites', 'Ben Nevis', 'Mount Fuji', 'Gobi', 'Kalahari', 'Atacama', 'Mojave', 'Grand Canyon', 'Yellowstone', 'Yosemite',
  'Death Valley',
  // Districts of world cities.
  'Soho', 'SoHo', 'Camden', 'Greenwich', 'Hackney', 'Islington', 'Brixton', 'Kensington', 'Hampstead', 'Whitechapel',
  'Mayfair', 'Notting Hill', 'Shoreditch', 'Canary Wharf', 'Montmartre', 'Champs-Élysées', 'Latin Quarter',
  'Greenwich Village', 'Broadway',
];

// [name, other names]
const BODIES: [string, string[]?][] = [
  ['OECD', ['Organisation for Economic Co-operation and Development']], ['UNDP', ['United Nations Development Programme']],
  ['UNEP'], ['UNFPA'], ['Food and Agriculture Organization', ['FAO']], ['International Labour Organization', ['ILO', 'International Labor Organization']],
  ['WIPO'], ['Oxfam'], ['Save the Children'], ['World Economic Forum', ['WEF']], ['European Council'],
  ['Council of the European Union'], ['European Court of Human Rights'], ['European Court of Justice'], ['Eurostat'], ['Frontex'],
  ['Mercosur'], ['CARICOM'], ['ECOWAS'], ['APEC'], ['Organisation of Islamic Cooperation'], ['Non-Aligned Movement'],
  ['Warsaw Pact'], ['League of Nations'], ['Hanseatic League'], ['East India Company'], ['Dutch East India Company'], ['CERN'],
  ['JAXA'], ['Roscosmos'], ['NOAA'], ['FDA', ['Food and Drug Administration']], ['CDC', ['Centers for Disease Control and Prevention']],
  ['NIH', ['National Institutes of Health']], ['National Science Foundation', ['NSF']], ['FEMA'], ['NSA', ['National Security Agency']],
  ['MI5'], ['MI6'], ['KGB'], ['FSB'], ['Mossad'], ['Stasi'], ['Gestapo'], ['Red Army'], ['Wehrmacht'], ['Luftwaffe'],
  ['Royal Navy'], ['Royal Air Force', ['RAF']], ['US Navy', ['U.S. Navy']], ['Marine Corps'], ['National Guard'], ['Scotland Yard'],
  ['Metropolitan Police'], ['Church of Scientology'], ['Salvation Army'], ['YMCA'], ['UEFA'], ['NASCAR'], ['WTA'], ['ATP'],
  ['World Anti-Doping Agency', ['WADA']], ['Cisco'], ['Adobe'], ['Lenovo'], ['Xiaomi'], ['Foxconn'], ['TSMC'], ['Qualcomm'],
  ['Lyft'], ['Snapchat'], ['Pinterest'], ['Tumblr'], ['Craigslist'], ['Yelp'], ['Etsy'], ['Shopify'], ['Mastercard'],
  ['American Express'], ['Citibank'], ['Wells Fargo'], ['Morgan Stanley'], ['Credit Suisse'], ['BNP Paribas'], ['Allianz'],
  ['Danone'], ["L'Oréal"], ['LVMH'], ['IKEA', ['Ikea']], ['Carlsberg'], ['Heineken'], ['Chevron'],
  ['Exxon'], ['ConocoPhillips'], ['Halliburton'], ['Saudi Aramco', ['Aramco']], ['Petrobras'], ['Pemex'], ['Sinopec'],
  ['PetroChina'], ['Lukoil'], ['Glencore'], ['ArcelorMittal'], ['BASF'], ['Novartis'], ['Sanofi'],
  ['GlaxoSmithKline', ['GSK']], ['Johnson & Johnson'], ['Bristol-Myers Squibb'], ['AbbVie'], ['Medtronic'], ['General Electric'],
  ['General Motors'], ['Stellantis'], ['Audi'], ['Mercedes-Benz'],   ['Subaru'], ['Mazda'], ['Infosys'], ['Wipro'], ['Costco'], ['Kroger'], ['Tesco'], ["Sainsbury's"], ['Carrefour'], ['Aldi'],
  ['Lidl'], ['FedEx'], ['DHL'], ['Maersk'], ['Lockheed Martin'], ['Raytheon'], ['Northrop Grumman'], ['BAE Systems'],
  ['Rolls-Royce'], ['Embraer'], ['Bombardier'], ['HBO'], ['Warner Bros.'], ['Pixar'], ['DreamWorks'], ['DC Comics'],
  ['Nintendo'], ['Ubisoft'], ['Electronic Arts'], ['Activision'], ['CNBC'], ['ESPN'], ['C-SPAN'], ['Daily Mail'],
  ['Le Figaro'], ['El País'], ['Süddeutsche Zeitung'], ['Corriere della Sera'], ['La Repubblica'], ['Asahi Shimbun'],
  ['Yomiuri Shimbun'], ['Times of India'], ['Al Arabiya'], ['CCTV'], ['NHK'],
];

const place = (name: string): GazetteerEntry => ({ name, kind: 'place' });

export const MORE_PLACES: GazetteerEntry[] = [...new Set([...CITIES, ...REGIONS, ...WATERS_AND_MOUNTAINS])].map(place);

export const MORE_BODIES: GazetteerEntry[] = BODIES.map(([name, aliases]) => ({ name, kind: 'organization', ...(aliases ? { aliases } : {}) }));
