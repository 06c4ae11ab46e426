/** The command line: `un-resolution parse|outline|validate|rules`. Returns the exit code. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseFiles } from '../batch/index.js';
import { codes, compare, parse, validate, type Diagnostic, type ParseOptions, type RuleSetting } from '../index.js';
import { withoutPositions } from '../output/without-positions.js';
import { renderDiff } from './diff-report.js';
import { formatJson, formats } from './formats.js';
import { expandTargets, InputError, readText } from './input.js';
import { progressBar } from './progress.js';
import { referenceRows, TSV_HEADER, tsvLines, type ReferenceRow } from './references.js';
import { pushAll } from '../arrays.js';
import { formatDiagnostic, formatSummary, splitLines, type Totals } from './report.js';
import { painter, wantsColor, widthOf, type Terminal } from './terminal.js';

/** Exit codes: 0 clean, 1 errors found, 2 usage or input/output error. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

class UsageError extends Error {}

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;
const PARSING = {
  language: { type: 'string', short: 'l' },
  form: { type: 'string' },
} as const;

const HELP = {
  main: `Usage: un-resolution <command> [options]

Parse and check United Nations resolutions (text or markdown).

Commands:
  parse FILE|-        print the tree (--format json, the default) or an outline (--format outline)
  outline FILE|-      print a readable outline: header, paragraphs and openers, footnotes
  validate FILES…     check files, directories or globs; print diagnostics like a compiler
  references FILES…   list the references of each file (resolutions, symbols, the Charter …) as TSV or JSON
  rules               list the codes validate reports, with their default severity
  diff DRAFT ADOPTED  what changed between a draft resolution and the resolution it became

Options:
  -h, --help          help for a command: un-resolution validate --help
  -v, --version       print the version
  --color, --no-color force colour on or off (default: on a terminal; NO_COLOR and FORCE_COLOR are honoured)

Exit codes: 0 clean, 1 errors found, 2 usage or input/output error.
`,
  parse: () => `Usage: un-resolution parse FILE|- [--format ${[...formats.keys()].join('|')}] [--no-positions] [--language en|fr|es] [--form markdown|text]

Parses one resolution ("-" reads standard input) and prints it.

Formats:
${[...formats.values()].map((f) => `  ${f.name.padEnd(10)}${f.description}`).join('\n')}

Options:
  -f, --format NAME   output format (default: json)
  --no-positions      leave every position out of the JSON (a lean tree, about a third of the size)
  -l, --language L    en, fr or es (default: detected)
  --form F            markdown or text (default: detected)
`,
  outline: `Usage: un-resolution outline FILE|- [--language en|fr|es] [--form markdown|text]

Prints a readable outline of one resolution: its header fields, each paragraph's number and opener
with the line it starts on, the footnotes and where they are referenced, and the diagnostics.
Same as: un-resolution parse FILE --format outline
`,
  validate: `Usage: un-resolution validate FILES… [options]

Checks resolutions and prints what it finds, one diagnostic per finding:
  file:line:column severity code message
followed by the source line with a caret. FILES are files, directories (their .txt and .md files,
recursively) or globs ("corpus/**/*.txt", quoted so that the shell leaves them alone); "-" reads
standard input.

Options:
  -f, --format F        text (default) or json
  -r, --rule CODE=SEV   set a code to off, error, warning or info (repeatable): --rule opener-unknown=off
  -q, --quiet           report errors only
  -j, --jobs N          validate on N worker threads (default 1; for large batches)
  -l, --language L      en, fr or es (default: detected)
  --form F              markdown or text (default: detected)

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or input/output error.
`,
  references: `Usage: un-resolution references FILES… [--format tsv|json] [--language en|fr|es] [--form markdown|text]

Prints every reference of each file, in text order: one line per reference, tab-separated, under a
header line (--format tsv, the default), or a JSON array of objects (--format json). Columns: file,
symbol of the citing resolution, place (pp2, op5(a), II/op3, annex I/op1, fn4), line, kind
(resolution, decision, document, charter, paragraph, instrument), target (A/RES/57/263,
S/RES/2722 (2024), A/58/319; empty for a paragraph of the same text), organ, date (yyyy-mm-dd), pinpoint
(para. 8 (d), art. 73 (e)) and the text as printed. FILES are files, directories and globs, as for validate.

Exit codes: 0 done, 2 usage or input/output error (the readable files are still listed).
`,
  diff: `Usage: un-resolution diff DRAFT ADOPTED [--format text|json] [--language en|fr|es] [--form markdown|text]

Compares a draft resolution with the resolution it became ("-" reads one of them from standard
input): the masthead fields that changed (sponsors, distribution, adoption date, meeting, the
bracket line), then each preambular and operative paragraph — unchanged, edited (changed words
marked), moved, renumbered, split, merged, added or removed — with the line it starts on in each
file, its subparagraphs, and the footnotes.

Options:
  -f, --format F      text (default) or json (the comparison, as described by the package's JSON Schema)
  -l, --language L    en, fr or es, for both files (default: detected)
  --form F            markdown or text, for both files (default: detected)

Exit codes: 0 compared, 2 usage or input/output error.
`,
  rules: `Usage: un-resolution rules [--format text|json]

Lists every code validate can report, with its default severity and what it means.
`,
};

function version(): string {
  // dist/cli.js → ../package.json; found by walking up so that it works from the sources too.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'un-resolution') return pkg.version ?? 'unknown';
    }
  }
  return 'unknown';
}

export async function run(argv: string[], terminal: Terminal): Promise<number> {
  const { stdout, stderr } = terminal;
  const fail = (message: string, code: number = EXIT.usage) => {
    stderr.write(`un-resolution: ${message}\n`);
    return code;
  };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        stderr.write(HELP.main);
        return EXIT.usage;
      case '-h':
      case '--help':
      case 'help':
        stdout.write(rest[0] && rest[0] in HELP ? helpOf(rest[0]) : HELP.main);
        return EXIT.ok;
      case '-v':
      case '--version':
        stdout.write(`${version()}\n`);
        return EXIT.ok;
      case 'parse':
        return parseCommand(rest, terminal, false);
      case 'outline':
        return parseCommand(rest, terminal, true);
      case 'validate':
        // Awaited here, so that its usage errors reach the catch below.
        return await validateCommand(rest, terminal);
      case 'rules':
        return rulesCommand(rest, terminal);
      case 'references':
        return referencesCommand(rest, terminal);
      case 'diff':
        return diffCommand(rest, terminal);
      default:
        return fail(`unknown command "${command}": expected parse, outline, validate, references, diff or rules (see un-resolution --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n(see un-resolution ${command} --help)`);
    if (error instanceof InputError) return fail(error.message);
    // parseArgs reports unknown options and missing values with a TypeError and a code.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return fail(`${(error as Error).message}\n(see un-resolution ${command} --help)`);
    throw error;
  }
}

function helpOf(command: string): string {
  const help = HELP[command as keyof typeof HELP];
  return typeof help === 'function' ? help() : help;
}

function args<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  return parseArgs({ args: argv, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
}

function colourFlag(values: { color?: boolean; 'no-color'?: boolean }): boolean | undefined {
  return values['no-color'] ? false : values.color ? true : undefined;
}

function parseOptions(values: { language?: string; form?: string }): ParseOptions {
  const options: ParseOptions = {};
  if (values.language !== undefined) {
    if (!['en', 'fr', 'es', 'auto'].includes(values.language)) throw new UsageError(`--language must be en, fr, es or auto, not "${values.language}"`);
    options.language = values.language as ParseOptions['language'];
  }
  if (values.form !== undefined) {
    if (!['markdown', 'text', 'auto'].includes(values.form)) throw new UsageError(`--form must be markdown, text or auto, not "${values.form}"`);
    options.form = values.form as ParseOptions['form'];
  }
  return options;
}

function parseCommand(argv: string[], terminal: Terminal, outline: boolean): number {
  const { values, positionals } = args(argv, {
    ...PARSING,
    ...(outline ? {} : { format: { type: 'string', short: 'f' }, 'no-positions': { type: 'boolean' } }),
  } as const);
  if (values.help) {
    terminal.stdout.write(helpOf(outline ? 'outline' : 'parse'));
    return EXIT.ok;
  }
  const name = outline ? 'outline' : ((values as { format?: string }).format ?? 'json');
  const format = formats.get(name);
  if (!format) throw new UsageError(`unknown format "${name}": expected ${[...formats.keys()].join(', ')}`);
  const lean = (values as { 'no-positions'?: boolean })['no-positions'] === true;
  if (lean && name !== 'json') throw new UsageError('--no-positions applies to --format json only');
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one file, got ${positionals.length}` : 'expected a file to parse, or - for standard input');
  const file = positionals[0];
  const source = readText(file);
  const result = parse(source, parseOptions(values));
  const color = wantsColor(terminal.stdout, terminal.env, colourFlag(values));
  const render = lean ? formatJson(withoutPositions(result)) : format.render({ result, source, file, paint: painter(color), width: widthOf(terminal.stdout) });
  terminal.stdout.write(render);
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.errors : EXIT.ok;
}

function parseRules(list: string[] | undefined): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const item of list ?? []) {
    const match = /^([a-z0-9-]+)=(off|error|warning|info)$/.exec(item.trim());
    if (!match) throw new UsageError(`--rule expects CODE=off|error|warning|info, got "${item}"`);
    if (!codes.has(match[1])) throw new UsageError(`unknown code "${match[1]}" in --rule (un-resolution rules lists them)`);
    rules[match[1]] = match[2] as RuleSetting;
  }
  return rules;
}

async function validateCommand(argv: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = args(argv, {
    ...PARSING,
    format: { type: 'string', short: 'f' },
    rule: { type: 'string', short: 'r', multiple: true },
    quiet: { type: 'boolean', short: 'q' },
    jobs: { type: 'string', short: 'j' },
  } as const);
  if (values.help) {
    terminal.stdout.write(HELP.validate);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  if (!positionals.length) throw new UsageError('expected files, directories or globs to validate');
  const options = { ...parseOptions(values), rules: parseRules(values.rule) };
  const { stdout, stderr } = terminal;
  const paint = painter(wantsColor(stdout, terminal.env, colourFlag(values)));
  const errPaint = painter(wantsColor(stderr, terminal.env, colourFlag(values)));
  const width = widthOf(stdout);
  const started = performance.now();

  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);
  const targets = expandTargets(positionals);
  const progress = progressBar(stderr, targets.length, true);
  const totals: Totals = { documents: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0, milliseconds: 0 };
  const documents: ({ file: string; diagnostics: Diagnostic[] } | { file: string; error: string })[] = [];
  // With --jobs, the files are validated on worker threads first; the report below reads the results.
  const validated = jobs > 1 ? await validateOnWorkers(targets, jobs, options, (file) => progress.tick(file)) : null;
  let first = true;
  for (const target of targets) {
    if (!validated) progress.tick(target.file);
    let source: string;
    try {
      if (target.problem) throw new InputError(target.problem);
      source = readText(target.file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      totals.unreadable++;
      documents.push({ file: target.file, error: error.message });
      if (format === 'text') {
        progress.clearLine();
        stderr.write(`${errPaint(['bold', 'red'], 'un-resolution:')} ${error.message}\n`);
      }
      continue;
    }
    totals.documents++;
    let diagnostics = validated?.get(target.file) ?? validate(source, options);
    if (values.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    for (const d of diagnostics) totals[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
    documents.push({ file: target.file, diagnostics });
    if (format === 'text' && diagnostics.length) {
      progress.clearLine();
      const lines = splitLines(source);
      const shown = target.file === '-' ? '<stdin>' : target.file;
      stdout.write(`${first ? '' : '\n'}${diagnostics.map((d) => formatDiagnostic(shown, d, lines, paint, width)).join('\n')}\n`);
      first = false;
    }
  }
  progress.done();
  totals.milliseconds = performance.now() - started;
  if (format === 'json') {
    const summary = { ...totals, milliseconds: Math.round(totals.milliseconds) };
    stdout.write(`${JSON.stringify({ documents, summary }, null, 2)}\n`);
  } else {
    stdout.write(`${first ? '' : '\n'}${formatSummary(totals, paint)}\n`);
  }
  if (totals.unreadable) return EXIT.usage;
  return totals.errors ? EXIT.errors : EXIT.ok;
}

/** Validates the readable files on `jobs` worker threads; the diagnostics by file. */
async function validateOnWorkers(
  targets: { file: string; problem?: string }[],
  jobs: number,
  options: ParseOptions & { rules: Record<string, RuleSetting> },
  tick: (file: string) => void,
): Promise<Map<string, Diagnostic[]>> {
  const files = targets.filter((t) => !t.problem && t.file !== '-').map((t) => t.file);
  const found = new Map<string, Diagnostic[]>();
  await parseFiles(files, {
    workers: jobs,
    output: 'none',
    validate: { rules: options.rules },
    language: options.language,
    form: options.form,
    onFile: (done) => {
      tick(done.file);
      if (done.diagnostics) found.set(done.file, done.diagnostics);
    },
  });
  return found;
}

function referencesCommand(argv: string[], terminal: Terminal): number {
  const { values, positionals } = args(argv, { ...PARSING, format: { type: 'string', short: 'f' } } as const);
  if (values.help) {
    terminal.stdout.write(HELP.references);
    return EXIT.ok;
  }
  const format = values.format ?? 'tsv';
  if (format !== 'tsv' && format !== 'json') throw new UsageError(`--format must be tsv or json, not "${format}"`);
  if (!positionals.length) throw new UsageError('expected files, directories or globs to read');
  const options = parseOptions(values);
  const rows: ReferenceRow[] = [];
  let unreadable = 0;
  if (format === 'tsv') terminal.stdout.write(TSV_HEADER);
  for (const target of expandTargets(positionals)) {
    try {
      if (target.problem) throw new InputError(target.problem);
      const found = referenceRows(target.file, parse(readText(target.file), options).resolution);
      // TSV lines go out file by file, so that a long batch can be piped; JSON is one array at the end.
      if (format === 'tsv') terminal.stdout.write(tsvLines(found));
      else pushAll(rows, found);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      unreadable++;
      terminal.stderr.write(`un-resolution: ${error.message}\n`);
    }
  }
  if (format === 'json') terminal.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  return unreadable ? EXIT.usage : EXIT.ok;
}

function rulesCommand(argv: string[], terminal: Terminal): number {
  const { values } = args(argv, { format: { type: 'string', short: 'f' } } as const);
  if (values.help) {
    terminal.stdout.write(HELP.rules);
    return EXIT.ok;
  }
  const list = [...codes.values()];
  if (values.format === 'json') {
    terminal.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  if (values.format !== undefined && values.format !== 'text') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const paint = painter(wantsColor(terminal.stdout, terminal.env, colourFlag(values)));
  const width = Math.max(...list.map((c) => c.code.length));
  const colours = { error: 'red', warning: 'yellow', info: 'blue' } as const;
  for (const c of list) {
    terminal.stdout.write(`${c.code.padEnd(width)}  ${paint(colours[c.severity], c.severity.padEnd(7))}  ${c.description}${c.rule === 'parser' ? paint('dim', ' (parser)') : ''}\n`);
  }
  return EXIT.ok;
}

function diffCommand(argv: string[], terminal: Terminal): number {
  const { values, positionals } = args(argv, { ...PARSING, format: { type: 'string', short: 'f' } } as const);
  if (values.help) {
    terminal.stdout.write(HELP.diff);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  if (positionals.length !== 2) throw new UsageError(`expected two files, the draft and the adopted resolution; got ${positionals.length}`);
  const [draftFile, adoptedFile] = positionals;
  if (draftFile === '-' && adoptedFile === '-') throw new UsageError('standard input can be read once: give at most one of the files as -');
  const options = parseOptions(values);
  const [draft, adopted] = [parse(readText(draftFile), options).resolution, parse(readText(adoptedFile), options).resolution];
  const comparison = compare(draft, adopted);
  if (format === 'json') {
    terminal.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
    return EXIT.ok;
  }
  const color = wantsColor(terminal.stdout, terminal.env, colourFlag(values));
  terminal.stdout.write(renderDiff({ comparison, files: { draft: draftFile, adopted: adoptedFile }, paint: painter(color), color, width: widthOf(terminal.stdout) }));
  return EXIT.ok;
}
