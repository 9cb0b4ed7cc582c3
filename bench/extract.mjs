#!/usr/bin/env node
// Extraction throughput on one core: node bench/extract.mjs DIR [runs=5]
// Runs extract() over every .txt/.html file of DIR (after `npm run build`), `runs` times, and
// prints the median articles/s with the machine's CPU model. Module load time is printed apart.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus } from 'node:os';

const [dir, runsArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/extract.mjs DIR [runs]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const t0 = process.hrtime.bigint();
const { extract } = require('../dist/extraction/index.js');
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

const files = readdirSync(resolve(dir)).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
const pages = files.map((f) => {
  const content = readFileSync(join(resolve(dir), f), 'utf8');
  return /\.html?$/i.test(f) ? { html: content } : { text: content };
});
if (!pages.length) {
  console.error(`no .txt or .html files in ${dir}`);
  process.exit(1);
}
const runs = Number(runsArg ?? 5);
for (const p of pages) extract(p); // warm-up
const rates = [];
for (let r = 0; r < runs; r++) {
  const start = process.hrtime.bigint();
  for (const p of pages) extract(p);
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  rates.push(pages.length / s);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(`articles: ${pages.length}, runs: ${runs}`);
console.log(`median: ${median.toFixed(1)} articles/s (${(1000 / median).toFixed(2)} ms/article), module load ${loadMs.toFixed(0)} ms`);
console.log(`machine: ${cpus()[0].model}, node ${process.version}`);
