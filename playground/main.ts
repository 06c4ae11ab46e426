/**
 * The playground: paste, drop or open a resolution; a worker parses it; the page shows the outline,
 * the diagnostics and the JSON, Akoma Ntoso and printed views, and highlights in the text what was
 * recognised and what was set aside. `document.body.dataset.state` tells where it is (empty,
 * pending, parsing, showing, ready, failed): the end-to-end test waits on it.
 */
import workerSource from 'playground:worker';
import { renderDiagnostics } from './diagnostics.js';
import { h } from './dom.js';
import { examples } from './examples.js';
import { marksOf } from './marks.js';
import { renderOutline } from './outline.js';
import type { AkomaNtosoReply, AkomaNtosoRequest, ParseReply, ParseRequest } from './protocol.js';
import { SourceView } from './source-view.js';
import { showText } from './text-panel.js';
import { WorkerJob } from './worker-job.js';

const TYPING_PAUSE_MS = 250;
type Tab = 'outline' | 'json' | 'akn' | 'printed';
type Parsed = Extract<ParseReply, { ok: true }>;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const view = new SourceView(element<HTMLTextAreaElement>('source'), element('marks'));
const language = element<HTMLSelectElement>('language');
const form = element<HTMLSelectElement>('form');
const status = element('status');
const panels: Record<Tab, HTMLElement> = { outline: element('panel-outline'), json: element('panel-json'), akn: element('panel-akn'), printed: element('panel-printed') };
const diagnosticsPanel = element('diagnostics');
const diagnosticsCount = element('diagnostics-count');

// The workers' script comes from a Blob, so that the page works from file:// too.
const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
const parser = new WorkerJob<ParseRequest, ParseReply>(workerUrl);
const writer = new WorkerJob<AkomaNtosoRequest, AkomaNtosoReply>(workerUrl);

let shown: Parsed | null = null;
/** What each text tab shows now, so that switching tabs does not lay the same text out again. */
const filled = new Map<Tab, Parsed>();
let tab: Tab = 'outline';
let typingTimer: number | undefined;
let parses = 0;
setState('empty');

function setState(state: 'empty' | 'pending' | 'parsing' | 'showing' | 'ready' | 'failed'): void {
  document.body.dataset.state = state;
}

async function parseNow(): Promise<void> {
  window.clearTimeout(typingTimer);
  const generation = ++parses;
  const text = view.text;
  if (!text) return clear();
  setState('parsing');
  status.textContent = `Parsing ${text.length.toLocaleString('en')} characters…`;
  try {
    const reply = await parser.run({ task: 'parse', text, language: language.value as ParseRequest['language'], form: form.value as ParseRequest['form'] });
    if (generation !== parses) return;
    if (!reply.ok) throw new Error(reply.error);
    await show(reply, text, () => generation === parses);
  } catch (error) {
    if (generation !== parses) return;
    setState('failed');
    status.textContent = `The parser failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function clear(): void {
  shown = null;
  for (const panel of Object.values(panels)) panel.replaceChildren();
  filled.clear();
  diagnosticsPanel.replaceChildren();
  diagnosticsCount.textContent = '0';
  setState('empty');
}

/** Shows a parse in two steps, the text's marks then the outline, so that a long text's do not freeze the page at once. */
async function show(parsed: Parsed, text: string, current: () => boolean): Promise<void> {
  const { resolution } = parsed.result;
  setState('showing');
  view.showMarks(marksOf(resolution, text));
  await new Promise((next) => setTimeout(next));
  if (!current()) return;
  shown = parsed;
  panels.outline.replaceChildren(renderOutline(resolution));
  diagnosticsPanel.replaceChildren(renderDiagnostics(parsed.diagnostics));
  diagnosticsCount.textContent = String(parsed.diagnostics.length);
  showTab(tab);
  status.textContent = `Parsed and validated in ${Math.round(parsed.milliseconds)} ms — ${resolution.language}, ${resolution.form}`;
  setState('ready');
}

/** Only the visible tab is filled. */
function showTab(next: Tab): void {
  tab = next;
  for (const [name, panel] of Object.entries(panels) as [Tab, HTMLElement][]) {
    panel.hidden = name !== tab;
    document.querySelector(`[role=tab][data-tab=${name}]`)?.setAttribute('aria-selected', String(name === tab));
  }
  if (!shown || tab === 'outline' || filled.get(tab) === shown) return;
  filled.set(tab, shown);
  const markdown = shown.result.resolution.form === 'markdown';
  if (tab === 'json') showText(panels.json, shown.json, 'resolution.json');
  else if (tab === 'printed') showText(panels.printed, shown.printed, markdown ? 'resolution.md' : 'resolution.txt');
  else void writeAkomaNtoso(shown);
}

async function writeAkomaNtoso(parsed: Parsed): Promise<void> {
  panels.akn.textContent = 'Writing Akoma Ntoso…';
  let xml: string;
  try {
    const reply = await writer.run({ task: 'akoma-ntoso', json: parsed.json });
    xml = reply.ok ? reply.xml : `(toAkomaNtoso failed: ${reply.error})`;
  } catch (error) {
    xml = `(the Akoma Ntoso worker failed: ${error instanceof Error ? error.message : String(error)})`;
  }
  if (filled.get('akn') === parsed) showText(panels.akn, xml, 'resolution.akn.xml');
}

function load(text: string): void {
  view.text = text;
  view.textarea.scrollTop = 0;
  void parseNow();
}

// The text: typing or pasting parses after a pause.
view.textarea.addEventListener('input', () => {
  parses++; // a parse under way is of the text before this change: its answer will be ignored
  view.clearMarks();
  setState('pending');
  window.clearTimeout(typingTimer);
  typingTimer = window.setTimeout(parseNow, TYPING_PAUSE_MS);
});
language.addEventListener('change', parseNow);
form.addEventListener('change', parseNow);

// Files: the picker, or dropped on the text.
const readFile = async (file: File | undefined) => file && load(await file.text());
element<HTMLInputElement>('file').addEventListener('change', (event) => void readFile((event.target as HTMLInputElement).files?.[0]));
view.textarea.addEventListener('dragover', (event) => event.dataTransfer?.types.includes('Files') && event.preventDefault());
view.textarea.addEventListener('drop', (event) => {
  if (!event.dataTransfer?.files.length) return;
  event.preventDefault();
  void readFile(event.dataTransfer.files[0]);
});

// Examples.
element('examples').append(...examples.map((example) => h('button', { type: 'button', 'data-example': example.id, title: example.title }, example.label)));
element('examples').addEventListener('click', (event) => {
  const id = (event.target as HTMLElement).closest<HTMLElement>('[data-example]')?.dataset.example;
  const example = examples.find((candidate) => candidate.id === id);
  if (example) load(example.text);
});

// Tabs.
element('tabs').addEventListener('click', (event) => {
  const name = (event.target as HTMLElement).closest<HTMLElement>('[data-tab]')?.dataset.tab as Tab | undefined;
  if (name) showTab(name);
});

// Any entry with a range, in the outline or the diagnostics, selects it in the text.
for (const panel of [panels.outline, diagnosticsPanel]) {
  panel.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-start]');
    if (!target) return;
    document.querySelector('.node.current')?.classList.remove('current');
    target.classList.add('current');
    view.select({ start: Number(target.dataset.start), end: Number(target.dataset.end) });
  });
}
