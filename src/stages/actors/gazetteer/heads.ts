// Head words that type a name of several words the dictionary does not know: the last word of a
// venue, building, street or natural feature makes a place ("Wolstein Arena", "Hôtel Cochin",
// "Ross Ice Shelf"); that of a publication, ensemble or company makes an organisation ("Brooklyn
// Paper", "Cleveland Orchestra"). Used with the heads analysis already had.

/** Last words of places beyond the ones the analysis always knew (seas, streets, airports…). */
export const VENUE_HEADS = [
  'Arena', 'Stadium', 'Field', 'Ballpark', 'Park', 'Parks', 'Garden', 'Gardens', 'Zoo', 'Aquarium', 'Museum', 'Gallery',
  'Theater', 'Theatre', 'Theaters', 'Theatres', 'Hall', 'Opera', 'Library', 'Hotel', 'Inn', 'Lodge', 'Resort', 'Hostel',
  'Motel', 'Hospital', 'Cemetery', 'Mausoleum', 'Memorial', 'Monument', 'Tower', 'Towers', 'Building', 'Bridge', 'Tunnel',
  'Tube', 'Station', 'Terminal', 'Pier', 'Wharf', 'Marina', 'Quay', 'Market', 'Mall', 'Plaza', 'Piazza', 'Quarter',
  'Boulevard', 'Blvd', 'Ave', 'St', 'Lane', 'Drive', 'Way', 'Parkway', 'Highway', 'Hwy', 'Expressway', 'Freeway',
  'Turnpike', 'Motorway', 'Trail', 'Terrace', 'Crescent', 'Promenade', 'Cathedral', 'Mosque', 'Temple', 'Chapel',
  'Abbey', 'Minster', 'Basilica', 'Synagogue', 'Shrine', 'Monastery', 'Convent', 'Castle', 'Fortress', 'Citadel',
  'Gate', 'Creek', 'Springs', 'Junction', 'Shelf', 'Canyon', 'Gorge', 'Peak', 'Cliffs', 'Forest', 'Woods', 'Beach',
  'Reserve', 'Sanctuary', 'Archipelago', 'Atoll', 'Reef', 'Cove', 'Point', 'Marae', 'Voivodship', 'Voivodeship',
  'Canton', 'Département', 'Borough', 'Township', 'Parish', 'Village', 'Town', 'Suburb', 'Downtown', 'Uptown',
] as const;

/** Words that open a place's name in other languages: "Plac Wolności", "Paseo de Montejo", "Hôpital Cochin". */
export const LEADING_VENUE_HEADS = [
  'Plac', 'Paseo', 'Calle', 'Avenida', 'Rue', 'Place', 'Boulevard', 'Piazza', 'Via', 'Plaza', 'Catedral', 'Iglesia', 'Église',
  'Hôpital', 'Hôtel', 'Palacio', 'Palazzo', 'Château', 'Schloss', 'Masjid', 'Masjed', 'Wat', 'Mount', 'Mt', 'Mt.', 'Ft.', 'Lake', 'Cape',
  'Isla', 'Ile', 'Île', 'Lac', 'Grande', 'Grand', 'Basse', 'Haute', 'Terre', 'Petite', 'Rio', 'Monte', 'Sierra', 'Costa', 'Bahía', 'Baie', 'Anse', 'Pointe', 'Porte', 'Jebel', 'Wadi',
] as const;

/** Last words of organisations beyond the ones the analysis always knew (ministries, parties, papers…). */
export const MORE_ORG_HEADS = [
  'Orchestra', 'Philharmonic', 'Symphony', 'Choir', 'Ensemble', 'Band', 'Paper', 'Magazine', 'Bulletin', 'Weekly',
  'Monthly', 'Quarterly', 'Magazines', 'Records', 'Studios', 'Pictures', 'Films', 'Entertainment', 'Media', 'Publishing',
  'Publishers', 'Books', 'Conservatory', 'Conservatoire', 'Seminary', 'Polytechnic', 'Brotherhood', 'Sisterhood',
  'Communion', 'Church', 'Diocese', 'Order', 'Club', 'Circle', 'Guild', 'Lodge', 'Trust', 'Charity', 'Cooperative',
  'Transit', 'Sports', 'Lab', 'Labs', 'Laboratory', 'Observatory', 'Airlines', 'Airways', 'Air', 'Railroad', 'Railway',
  'Lines', 'Motors', 'Bank', 'Capital', 'Partners', 'Associates', 'Consulting', 'Solutions', 'Software', 'Games',
  'Gaming', 'Studio', 'Agency', 'Team', 'Police', 'Department', 'Corps', 'Legion', 'Fleet', 'Squadron',
] as const;

/**
 * Heads that name an organisation alone when capitalised after "the" in running text: "the
 * Government", "the Army", "the Cabinet" (in lower case they are common nouns). Where the text
 * names the body in full, "the Army" joins it (actor-index.ts).
 */
export const STANDALONE_ORG_HEADS = [
  'Government', 'Administration', 'Cabinet', 'Parliament', 'Assembly', 'Senate', 'Congress', 'House', 'Army', 'Navy',
  'Militia', 'Police', 'Church', 'Academy', 'Society', 'Foundation', 'Institute', 'Council', 'Commission', 'Committee',
  'Ministry', 'Department', 'Agency', 'League', 'Federation', 'Court', 'Tribunal', 'Party', 'Board', 'Corps',
] as const;
