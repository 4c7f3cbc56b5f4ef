/**
 * Lighthouse on the production build at its default settings (mobile, simulated throttling), in
 * Debian's Chromium. Fails when performance < 0.9, accessibility < 1 or best practices < 0.95.
 * Run after `npm run build`. Scores are medians of several runs: these machines are noisy.
 *
 *   npm run test:lighthouse [-- --runs 5]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const MIN = { performance: 0.9, accessibility: 1, 'best-practices': 0.95 } as const;
type Category = keyof typeof MIN;

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const url = `http://127.0.0.1:${address.port}/`;

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const scores: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [] };
let failedAudits: string[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(MIN),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse gave no result');
    for (const c of Object.keys(MIN) as Category[]) scores[c].push(lhr.categories[c]?.score ?? 0);
    failedAudits = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    console.log(
      `run ${i + 1}: ${(Object.keys(MIN) as Category[]).map((c) => `${c} ${(lhr.categories[c]?.score ?? 0).toFixed(2)}`).join(', ')}`,
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
let ok = true;
for (const c of Object.keys(MIN) as Category[]) {
  const m = median(scores[c]);
  const pass = m >= MIN[c];
  ok &&= pass;
  console.log(`${pass ? '✓' : '✗'} ${c}: median ${m.toFixed(2)} (minimum ${MIN[c]})`);
}
if (failedAudits.length > 0) console.log(`audits below 0.9 in the last run: ${failedAudits.join(', ')}`);
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exitCode = ok ? 0 : 1;
