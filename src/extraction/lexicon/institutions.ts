/**
 * National institutions named by their country rather than their name ("Lithuania's parliament",
 * "the Ukrainian parliament"), as plain data: ISO country → canonical name.
 */
export const PARLIAMENTS: Record<string, string> = {
  UA: 'Verkhovna Rada',
  RU: 'State Duma',
  LT: 'Seimas',
  LV: 'Saeima',
  EE: 'Riigikogu',
  PL: 'Sejm',
  DE: 'Bundestag',
  US: 'United States Congress',
  GB: 'Parliament of the United Kingdom',
  FR: 'French Parliament',
  IL: 'Knesset',
  TR: 'Grand National Assembly of Turkey',
  BY: 'National Assembly of Belarus',
  MD: 'Parliament of Moldova',
  GE: 'Parliament of Georgia',
  HU: 'National Assembly of Hungary',
};

/** Ministry fields as written → canonical field ("defense" → "Defence", "interior" → "Internal Affairs"). */
export const MINISTRY_FIELDS: Record<string, string> = {
  defense: 'Defence',
  defence: 'Defence',
  foreign: 'Foreign Affairs',
  'foreign affairs': 'Foreign Affairs',
  interior: 'Internal Affairs',
  'internal affairs': 'Internal Affairs',
  justice: 'Justice',
  health: 'Health',
  finance: 'Finance',
  economy: 'Economy',
  energy: 'Energy',
  education: 'Education',
  culture: 'Culture',
  'social policy': 'Social Policy',
  'veterans affairs': 'Veterans Affairs',
  veterans: 'Veterans Affairs',
  'emergency situations': 'Emergency Situations',
  'digital transformation': 'Digital Transformation',
  reintegration: 'Reintegration',
  'strategic industries': 'Strategic Industries',
  agriculture: 'Agrarian Policy',
  infrastructure: 'Infrastructure',
};

/** Capitals that, as actors, stand for a bloc rather than their country ("Brussels has warned" → the EU). */
export const BLOC_CAPITALS: Record<string, string> = {
  Brussels: 'European Union',
};
