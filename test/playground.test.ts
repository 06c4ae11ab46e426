/**
 * The playground (playground/), built as a user builds it and opened from its files (file://, as
 * offline) in headless Chromium: Debian's /usr/bin/chromium driven by playwright-core, no browser
 * download. Skipped when /usr/bin/chromium is absent; .ci/run installs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticResolution } from '../bench/synthetic.js';
import { parse, print, toAkomaNtoso, validate } from '../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..');
const SEED = readFileSync(join(ROOT, 'fixtures/seed/a-res-58-220.fr.md'), 'utf8');
const SCREENSHOT = join(ROOT, 'test-results/playground.png');
/** `UPDATE_SCREENSHOT=1 npx vitest run test/playground.test.ts` also refreshes the README's picture. */
const README_SCREENSHOT = join(ROOT, 'docs/playground.png');
const hasChromium = existsSync(CHROMIUM);

/** The little of the DOM that the functions run in the page use (the tests are type-checked without the DOM library). */
interface PageTextArea {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  dispatchEvent(event: Event): boolean;
}
declare const document: {
  body: { dataset: Record<string, string | undefined> };
  querySelector(selector: string): { textContent: string | null } | null;
};

if (!hasChromium) console.warn(`test/playground.test.ts: skipped, ${CHROMIUM} is absent (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`the playground in headless Chromium (skipped when ${CHROMIUM} is absent)`, () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const seed = parse(SEED);

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'playground/build.mjs'), '--no-serve'], { cwd: ROOT, stdio: 'pipe' });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(join(ROOT, 'playground/dist/index.html')).href);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    expect(pageErrors).toEqual([]);
  });

  /** Waits until the page has shown the parse of its current text. */
  async function parsed(): Promise<void> {
    await page.waitForFunction(() => ['ready', 'failed'].includes(document.body.dataset.state ?? ''), null, { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-state')).toBe('ready');
  }

  const texts = (selector: string) => page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));
  const selection = () => page.$eval('#source', (element) => ({ start: (element as unknown as PageTextArea).selectionStart, end: (element as unknown as PageTextArea).selectionEnd }));

  it('shows the outline of the pasted seed: 3 preambular and 12 operative paragraphs with their openers, 8 footnotes', async () => {
    await page.fill('#source', SEED);
    await parsed();
    const openers = (paragraphs: { opener: { text: string; known: boolean } | null }[]) => paragraphs.map((p) => (p.opener ? p.opener.text + (p.opener.known ? '' : '?') : ''));
    expect(await texts('[data-kind=preambular] .opener')).toEqual(openers(seed.resolution.preamble));
    expect(await texts('[data-kind=operative] .opener')).toEqual(openers(seed.resolution.operative));
    expect(await texts('[data-kind=preambular] .opener')).toEqual(['Soulignant', 'Considérant', 'Prenant note']);
    expect((await texts('[data-kind=operative] .opener'))[3]).toBe('Note avec intérêt');
    expect(await texts('[data-kind=operative] .num')).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}.`));
    expect(await texts('[data-kind=footnote] .num')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(await page.locator('[data-kind=footnote-reference]').count()).toBe(8);
    expect(await page.textContent('[data-part=masthead]')).toContain('58/220');
    expect(await page.textContent('[data-part=closing]')).toContain('2003-12-23');
    // The text shows what was recognised: 15 openers, 12 numbers, 8 references, 8 notes, 2 page breaks.
    expect(await page.locator('#marks mark.opener').count()).toBe(15);
    expect(await page.locator('#marks mark.number').count()).toBe(12);
    expect(await page.locator('#marks mark.reference').count()).toBe(8);
    expect(await page.locator('#marks mark.furniture').count()).toBe(seed.resolution.pageBreaks.length);
    expect(await page.textContent('#diagnostics-count')).toBe(String(validate(SEED).length));
  });

  it('selects operative paragraph 8 in the text when it is clicked, and a footnote reference', async () => {
    const eighth = seed.resolution.operative[7];
    await page.click('[data-kind=operative][data-number="8"]');
    expect(await selection()).toEqual({ start: eighth.position.start.offset, end: eighth.position.end.offset });
    expect(SEED.slice(eighth.position.start.offset)).toMatch(/^8\. \*Note avec intérêt\*/);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: README_SCREENSHOT });

    await page.click('[data-id=fn-6] [data-kind=footnote-reference]');
    const reference = seed.resolution.operative[3].content.find((inline) => inline.type === 'footnoteReference');
    expect(reference?.footnoteId).toBe('fn-6');
    expect(await selection()).toEqual({ start: reference?.position.start.offset, end: reference?.position.end.offset });
  });

  it('shows the same JSON tree, Akoma Ntoso and printed text as the library in node', async () => {
    await page.click('[role=tab][data-tab=akn]');
    await page.waitForFunction(() => document.querySelector('#panel-akn')?.textContent?.includes('<paragraph eId="para_8"'), null, { timeout: 30_000 });
    expect(await page.textContent('#panel-akn')).toBe(toAkomaNtoso(seed.resolution));
    await page.click('[role=tab][data-tab=json]');
    expect(JSON.parse((await page.textContent('#panel-json')) ?? '')).toEqual(seed);
    await page.click('[role=tab][data-tab=printed]');
    expect(await page.textContent('#panel-printed')).toBe(print(seed.resolution));
    await page.click('[role=tab][data-tab=outline]');
  });

  it('says of the South-South page that it is not a resolution', async () => {
    await page.click('[data-example=south-south]');
    await parsed();
    expect(await texts('#diagnostics li code')).toEqual(['not-a-resolution']);
    expect(await page.$eval('#source', (element) => (element as unknown as PageTextArea).value)).toContain('Sud-Sud');
  });

  it('opens a file from the picker and re-parses when the form is chosen', async () => {
    const path = join(ROOT, 'fixtures/corpus/en/sc/s-res-242-1967.txt');
    const expected = parse(readFileSync(path, 'utf8'));
    await page.setInputFiles('#file', path);
    await page.waitForFunction(() => (document.querySelector('#source') as unknown as PageTextArea).value.startsWith('Resolution 242 (1967)'));
    await parsed();
    expect(await page.locator('[data-kind=operative]').count()).toBe(expected.resolution.operative.length);
    expect(await page.textContent('#status')).toContain('en, text');
    await page.selectOption('#form', 'markdown');
    await parsed();
    expect(await page.textContent('#status')).toContain('en, markdown');
    await page.selectOption('#form', 'auto');
    await parsed();
  });

  it('parses a 1 MB paste in its worker while the page stays responsive', { timeout: 180_000 }, async () => {
    const text = syntheticResolution(1_000_000);
    const operative = parse(text).resolution.operative.length;
    // Paste, then watch the main thread with a 10 ms timer until the worker's answer is shown.
    const figures = await page.evaluate(async (pasted) => {
      const textarea = document.querySelector('#source') as unknown as PageTextArea;
      textarea.value = pasted;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      let longestGap = 0;
      let parsingFor = 0;
      let last = performance.now();
      await new Promise<void>((done) => {
        const tick = () => {
          const now = performance.now();
          const state = document.body.dataset.state;
          if (state === 'parsing') {
            longestGap = Math.max(longestGap, now - last);
            parsingFor += now - last;
          }
          last = now;
          if (state === 'ready' || state === 'failed') done();
          else setTimeout(tick, 10);
        };
        setTimeout(tick, 10);
      });
      return { longestGap, parsingFor, state: document.body.dataset.state };
    }, text);
    console.log(`playground, 1 MB paste: parsing took ${Math.round(figures.parsingFor)} ms; the main thread's longest pause meanwhile ${Math.round(figures.longestGap)} ms`);
    expect(figures.state).toBe('ready');
    expect(await page.locator('[data-kind=operative]').count()).toBe(operative);
    expect(operative).toBeGreaterThan(900);
    // Parsing on the main thread would freeze it for the whole parse (seconds); in the worker it goes on.
    expect(figures.longestGap).toBeLessThan(1000);
    expect(figures.parsingFor).toBeGreaterThan(figures.longestGap * 2);
  });
});
