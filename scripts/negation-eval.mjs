// `node scripts/negation-eval.mjs`: the figures behind choosing how negative framing is found.
// Compares the engine's hand-written patterns with wink-nlp and its small English model (part-of-speech
// tags and negation flags) on our labelled negation examples (test/corpus/negation.jsonl): precision,
// recall, load time, time per sentence and bundle size (minified, gzipped).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const examples = readFileSync('test/corpus/negation.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .map((item) => ({ text: item.cells.outcome, negative: item.issues.includes('negative-framing') }));

async function bundle(entry, name, extra = {}) {
  const outfile = path.join(tmpdir(), `negation-${name}-${process.pid}.cjs`);
  const result = await build({
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'cjs',
    outfile,
    write: true,
    logLevel: 'error',
    ...entry,
    ...extra,
  });
  void result;
  const bytes = readFileSync(outfile);
  return { outfile, gzipped: gzipSync(bytes).length, raw: bytes.length };
}

// The patterns, as the engine runs them.
const patterns = await bundle({ entryPoints: ['src/engine/rules/negativeFraming.ts'] }, 'patterns');
const { negativeFramingIn } = require(patterns.outfile);

// wink-nlp with the same let-offs as the patterns (a condition before it, or what to do instead beside it),
// so that the comparison is about finding the negated behaviour, not about the let-offs.
const wink = await bundle(
  {
    stdin: {
      contents: "module.exports = { winkNLP: require('wink-nlp'), model: require('wink-eng-lite-web-model') };",
      resolveDir: process.cwd(),
    },
  },
  'wink',
);
const loadStart = performance.now();
const { winkNLP, model } = require(wink.outfile);
const nlp = winkNLP(model);
const loadMs = performance.now() - loadStart;
const its = nlp.its;
const STATES = new Set([
  'be',
  'feel',
  'experience',
  'need',
  'have',
  'know',
  'worry',
  'hesitate',
  'want',
  'like',
  'understand',
]);
const BE_BEHAVIOUR = new Set(['late', 'left', 'rude', 'drunk', 'aggressive', 'violent', 'abusive']);
const NEGATORS = new Set(['not', "n't", 'never', 'longer', 'stop', 'stops', 'cease', 'quit']);

function winkNegative(text) {
  const doc = nlp.readDoc(text);
  let hit = false;
  doc.sentences().each((sentence) => {
    const tokens = sentence.tokens();
    const values = tokens.out(its.normal);
    const pos = tokens.out(its.pos);
    const lemma = tokens.out(its.lemma);
    let inCondition = false;
    let positive = false;
    let negated = false;
    for (let i = 0; i < values.length; i++) {
      if (pos[i] === 'PUNCT') inCondition = false;
      if (pos[i] === 'SCONJ' || values[i] === 'if' || values[i] === 'unless' || values[i] === 'when')
        inCondition = true;
      if (NEGATORS.has(values[i]) && !inCondition) {
        // The next verb after the negation, skipping "to", "again", "ever".
        let j = i + 1;
        while (j < values.length && (values[j] === 'to' || values[j] === 'again' || values[j] === 'ever')) j++;
        if (j >= values.length) continue;
        if (lemma[j] === 'be' && j + 1 < values.length && BE_BEHAVIOUR.has(values[j + 1])) negated = true;
        else if ((pos[j] === 'VERB' || pos[j] === 'AUX') && !STATES.has(lemma[j])) negated = true;
        else if (values[i] === 'stop' && /ing$/.test(values[j])) negated = true;
      }
      if (pos[i] === 'AUX' && (values[i] === 'will' || values[i] === 'shall')) {
        const next = values[i + 1];
        if (next && !['not', "n't", 'never', 'no'].includes(next) && pos[i + 1] === 'VERB') positive = true;
      }
    }
    if (negated && !positive) hit = true;
    if (/\bno\s+(?:more|further)\s+\w+ing\b/i.test(sentence.out())) hit = true;
  });
  return hit;
}

function score(name, detect) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const started = performance.now();
  for (const example of examples) {
    const found = detect(example.text);
    if (found && example.negative) tp++;
    else if (found) fp++;
    else if (example.negative) fn++;
    else tn++;
  }
  const perSentence = (performance.now() - started) / examples.length;
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  return { name, tp, fp, fn, tn, precision, recall, perSentence };
}

const winkMissed = examples.filter((e) => e.negative !== winkNegative(e.text)).map((e) => e.text);
const results = [
  { ...score('patterns', (text) => Boolean(negativeFramingIn(text))), loadMs: 0, size: patterns },
  { ...score('wink-nlp', winkNegative), loadMs, size: wink },
];
console.log(`${examples.length} labelled sentences (${examples.filter((e) => e.negative).length} negatively framed)`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(9)} precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})  ` +
      `load ${r.loadMs.toFixed(0)} ms  ${r.perSentence.toFixed(3)} ms/sentence  ` +
      `bundle ${(r.size.raw / 1024).toFixed(0)} KB, ${(r.size.gzipped / 1024).toFixed(0)} KB gzipped`,
  );
}
if (process.argv.includes('--verbose')) console.log('wink-nlp wrong on:', winkMissed);
