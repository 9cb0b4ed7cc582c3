#!/usr/bin/env node
// Cost of each trigger rule's regex: node bench/trigger-cost.mjs DIR [runs=5] [top=12]
// Runs every rule of the lexicon (after `npm run build`) over the sentences of every .txt file of DIR
// that hold one of the rule's keyword stems, as findTriggers does, and prints the rules that take the
// most time and the total. Sentences are split on . ! ? for speed; the split only needs to be close.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [dir, runsArg, topArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/trigger-cost.mjs DIR [runs] [top]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { EVENT_TRIGGERS, TRIGGER_KEYS } = require('../dist/extraction/lexicon/events-triggers.js');

const files = readdirSync(resolve(dir)).filter((f) => /\.txt$/i.test(f));
if (!files.length) {
  console.error(`no .txt files in ${dir}`);
  process.exit(1);
}
const sentences = files.flatMap((f) => readFileSync(join(resolve(dir), f), 'utf8').split(/(?<=[.!?])\s+/));
const lower = sentences.map((s) => s.toLowerCase());
const runs = Number(runsArg ?? 5);
const rows = [];
for (const def of EVENT_TRIGGERS) {
  const re = new RegExp(def.pattern, def.caseSensitive ? 'g' : 'gi');
  const keys = TRIGGER_KEYS[def.id];
  const chosen = sentences.filter((_, i) => !keys || keys.some((k) => lower[i].includes(k)));
  const start = process.hrtime.bigint();
  for (let r = 0; r < runs; r++) {
    for (const s of chosen) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) if (m[0].length === 0) re.lastIndex++;
    }
  }
  rows.push({ ms: Number(process.hrtime.bigint() - start) / 1e6 / runs, id: def.id, sentences: chosen.length });
}
rows.sort((a, b) => b.ms - a.ms);
for (const r of rows.slice(0, Number(topArg ?? 12))) console.log(`${r.ms.toFixed(1).padStart(7)} ms  ${r.id} (${r.sentences} sentences)`);
console.log(`total: ${rows.reduce((a, r) => a + r.ms, 0).toFixed(1)} ms over ${sentences.length} sentences of ${files.length} files, ${rows.length} rules, mean of ${runs} runs`);
