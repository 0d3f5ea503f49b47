// Companies, airlines and news outlets known by one word or a name no rule types, as data:
// well-known names that are an organisation in nearly every use. Names that are also common
// words, first names, surnames or places ("Delta", "United", "Frontier", "Apple", "Amazon",
// "Shell", "Bloomberg", "Iberia") are left out; their full names ("Delta Air Lines") are typed by
// their head word anyway.

import type { GazetteerEntry } from '../../../analyse/gazetteer-data.ts';

const AIRLINES = [
  'JetBlue', 'WestJet', 'Volaris', 'Interjet', 'Aeroméxico', 'Aeromexico', 'Avianca', 'LATAM', 'Lufthansa', 'Ryanair',
  'easyJet', 'Vueling', 'Alitalia', 'Aeroflot', 'Finnair', 'Icelandair', 'Qantas', 'Jetstar', 'AirAsia', 'EgyptAir',
  'Etihad', 'Flydubai', 'IndiGo', 'Transavia', 'Eurowings', 'Aer Lingus', 'El Al', 'Air France', 'Air Canada', 'Air India',
  'Air China', 'Air New Zealand', 'British Airways', 'Virgin Atlantic', 'Cathay Pacific', 'Korean Air', 'Asiana Airlines',
  'Japan Airlines', 'All Nippon Airways', 'Singapore Airlines', 'Turkish Airlines', 'Qatar Airways', 'Ethiopian Airlines',
  'Kenya Airways', 'South African Airways', 'Delta Air Lines', 'United Airlines', 'American Airlines', 'Southwest Airlines',
  'Alaska Airlines', 'Hawaiian Airlines', 'Spirit Airlines', 'Frontier Airlines', 'Allegiant Air', 'Sun Country Airlines',
];

const COMPANIES = [
  'Netflix', 'Spotify', 'Uber', 'Airbnb', 'Samsung', 'Sony', 'Toyota', 'Volkswagen', 'BMW', 'Nike', 'Adidas', 'IBM',
  'Intel', 'Nvidia', 'PayPal', 'eBay', 'Instagram', 'WhatsApp', 'TikTok', 'LinkedIn', 'Reddit', 'Starbucks', "McDonald's",
  'Walmart', 'Coca-Cola', 'PepsiCo', 'Pfizer', 'Moderna', 'AstraZeneca', 'Boeing', 'Airbus', 'Huawei', 'Alibaba',
  'Tencent', 'Baidu', 'Michelin', 'Nestlé', 'Unilever', 'ExxonMobil', 'Gazprom', 'Rosneft', 'Siemens', 'Nokia',
  'Ericsson', 'Volvo', 'Renault', 'Peugeot', 'Hyundai', 'Nissan', 'Mitsubishi', 'Panasonic', 'Toshiba', 'Hitachi',
  'Goldman Sachs', 'JPMorgan', 'Citigroup', 'HSBC', 'Barclays', 'Deutsche Bank', 'UBS', 'BlackRock', 'Berkshire Hathaway',
  'Verizon', 'Comcast', 'SiriusXM', 'Creative Commons', 'Mozilla', 'OpenAI', 'SpaceX',
];

const OUTLETS = [
  'Newsmax', 'Politico', 'Axios', 'Breitbart', 'BuzzFeed', 'HuffPost', 'Huffington Post', 'MSNBC', 'NPR', 'PBS',
  'Fox News', 'ABC News', 'NBC News', 'CBS News', 'Sky News', 'Deutsche Welle', 'France 24', 'Euronews', 'Bloomberg News',
  'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'USA Today', 'Los Angeles Times', 'The Economist',
  'Financial Times', 'Le Monde', 'Der Spiegel', 'Haaretz', 'Kyodo News', 'Interfax', 'RIA Novosti',
];

const org = (name: string): GazetteerEntry => ({ name, kind: 'organization' });

export const BRANDS: GazetteerEntry[] = [...new Set([...AIRLINES, ...COMPANIES, ...OUTLETS])].map(org);
