/**
 * The playground: paste, drop or open a resolution; the worker parses it; the page shows the
 * outline, the diagnostics and the JSON, Akoma Ntoso and printed views, and highlights in the text
 * what was recognised and what was set aside. `document.body.dataset.state` tells where it is
 * (empty, pending, parsing, ready, failed): the end-to-end test waits on it.
 */
import { renderDiagnostics } from './diagnostics.js';
import { h } from './dom.js';
import { examples } from './examples.js';
import { marksOf } from './marks.js';
import { renderOutline } from './outline.js';
import { ParserClient, type Request } from './parser-client.js';
import type { ParseReply, ParseRequest } from './protocol.js';
import { SourceView } from './source-view.js';

const TYPING_PAUSE_MS = 250;
type Tab = 'outline' | 'json' | 'akn' | 'printed';

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const view = new SourceView(element<HTMLTextAreaElement>('source'), element('marks'), element('selection'));
const language = element<HTMLSelectElement>('language');
const form = element<HTMLSelectElement>('form');
const status = element('status');
const panels: Record<Tab, HTMLElement> = { outline: element('panel-outline'), json: element('panel-json'), akn: element('panel-akn'), printed: element('panel-printed') };
const diagnosticsPanel = element('diagnostics');
const diagnosticsCount = element('diagnostics-count');

let shown: Extract<ParseReply, { ok: true }> | null = null;
let tab: Tab = 'outline';
let typingTimer: number | undefined;

const parser = new ParserClient(started, finished);
setState('empty');

function setState(state: 'empty' | 'pending' | 'parsing' | 'ready' | 'failed'): void {
  document.body.dataset.state = state;
}

function request(): Request {
  return { text: view.text, language: language.value as Request['language'], form: form.value as Request['form'] };
}

function parseNow(): void {
  window.clearTimeout(typingTimer);
  if (!view.text) {
    setState('empty');
    return;
  }
  setState('pending');
  parser.parse(request());
}

function started(sent: ParseRequest): void {
  setState('parsing');
  status.textContent = `Parsing ${(sent.text.length / 1000).toFixed(sent.text.length < 10_000 ? 1 : 0)} k characters…`;
}

function finished(reply: ParseReply, sent: ParseRequest): void {
  if (sent.text !== view.text) return; // the text changed meanwhile: its own parse follows
  if (!reply.ok) {
    setState('failed');
    status.textContent = `The parser failed: ${reply.error}`;
    return;
  }
  shown = reply;
  const { resolution } = reply.result;
  view.showMarks(marksOf(resolution, sent.text));
  panels.outline.replaceChildren(renderOutline(resolution));
  diagnosticsPanel.replaceChildren(renderDiagnostics(reply.diagnostics));
  diagnosticsCount.textContent = String(reply.diagnostics.length);
  showTab(tab);
  status.textContent = `Parsed in ${Math.round(reply.milliseconds)} ms — ${resolution.language}, ${resolution.form}`;
  setState('ready');
}

/** Only the visible tab is filled: a large tree's JSON is megabytes of text. */
function showTab(next: Tab): void {
  tab = next;
  for (const [name, panel] of Object.entries(panels) as [Tab, HTMLElement][]) {
    panel.hidden = name !== tab;
    document.querySelector(`[role=tab][data-tab=${name}]`)?.setAttribute('aria-selected', String(name === tab));
  }
  if (!shown || tab === 'outline') return;
  const text = { json: shown.json, akn: shown.akomaNtoso, printed: shown.printed }[tab];
  if (panels[tab].textContent !== text) panels[tab].textContent = text;
}

function load(text: string): void {
  view.text = text;
  view.textarea.scrollTop = 0;
  parseNow();
}

// The text: typing or pasting parses after a pause; the layers follow the text at once.
view.textarea.addEventListener('input', () => {
  view.showText();
  setState(view.text ? 'pending' : 'empty');
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
