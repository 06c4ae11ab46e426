import { checkOptions, checkResolution } from '../arguments.js';
import { PARSE_OPTIONS, parseChecked, type ParseOptions } from '../parse.js';
import type { Diagnostic, Resolution, Severity } from '../schema/index.js';
import { codes, rules } from './registry.js';
import type { Finding, RuleContext, RuleSetting } from './types.js';
import { Walk } from './walk.js';
import type { OpenerReadings } from '../tree/content.js';

export interface ValidateOptions extends ParseOptions {
  /** By code: `off`, or the severity to report it with. Codes not named keep their default. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/** The keys of ValidateOptions. */
export const VALIDATE_OPTIONS = [...PARSE_OPTIONS, 'rules'] as const;

const SETTINGS = new Set<string>(['off', 'error', 'warning', 'info']);
/** The codes the rules report: the parser's diagnostics of these codes are re-read by a rule and reported once, by it. */
const RULE_CODES = new Set(rules.flatMap((rule) => Object.keys(rule.codes)));

/**
 * Checks a resolution against the rules (`un-resolution rules` lists their codes) and returns what it finds, in the
 * order of the text. Given text, it parses it first and includes the parser's own diagnostics
 * (those that a rule re-reads from the tree are reported once, by the rule). Given a tree, it runs
 * the rules alone. A text that is not a resolution gets one error, `not-a-resolution`, and nothing
 * else. Never throws on content; throws a TypeError for invalid options.
 */
export function validate(input: string | Resolution, options?: ValidateOptions): Diagnostic[] {
  return validateChecked(input, checkOptions('validate', options, VALIDATE_OPTIONS));
}

/** `validate` with options whose keys are checked (by `validate`, or by `parseFiles`). */
export function validateChecked(input: string | Resolution, options: ValidateOptions): Diagnostic[] {
  // Without `rules`, every code keeps its default: nothing to check or apply.
  const settings = options.rules == null ? null : checkSettings(options.rules);
  let resolution: Resolution;
  let parsed: Diagnostic[] | null = null;
  const readings: OpenerReadings = new Map();
  if (typeof input === 'string') {
    const result = parseChecked(input, { language: options.language, form: options.form }, readings);
    resolution = result.resolution;
    parsed = result.diagnostics;
  } else {
    checkResolution('validate', input);
    resolution = input;
  }

  const context: RuleContext = {
    resolution,
    language: resolution.language,
    source: typeof input === 'string' ? input : null,
    parsed,
    walk: new Walk(resolution, resolution.language, readings),
  };
  let found: Diagnostic[] = [];
  for (const rule of rules) {
    let verdict = false;
    for (const finding of run(rule, context)) {
      if (finding.code === 'not-a-resolution') verdict = true;
      found.push(withSeverity(finding, codes.get(finding.code)?.severity ?? 'error'));
    }
    if (verdict) {
      // One clear verdict, not a cascade: nothing else is said about a text that is not a resolution.
      found = found.filter((d) => d.code === 'not-a-resolution');
      parsed = parsed && parsed.filter((d) => d.code === 'internal-error');
      break;
    }
  }
  if (parsed) for (const diagnostic of parsed) if (!RULE_CODES.has(diagnostic.code)) found.push(diagnostic);

  const out = settings ? configured(found, settings) : found;
  // In the order of the text; diagnostics about the whole document (no position) first. The sort is
  // stable: diagnostics at one offset keep the order they were found in.
  return out.sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1));
}

/** The diagnostics with the configured severities, those turned off left out. */
function configured(found: Diagnostic[], settings: Readonly<Record<string, RuleSetting>>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const diagnostic of found) {
    const setting = settings[diagnostic.code];
    if (setting === 'off') continue;
    out.push(setting ? { ...diagnostic, severity: setting } : diagnostic);
  }
  return out;
}

function run(rule: (typeof rules)[number], context: RuleContext): Finding[] {
  try {
    return rule.check(context);
  } catch (error) {
    return [
      {
        code: 'internal-error',
        message: `The rule ${rule.name} failed on this document (${error instanceof Error ? error.message : String(error)}). Please report it.`,
        position: null,
      },
    ];
  }
}

function withSeverity(finding: Finding, severity: Severity): Diagnostic {
  // Written out, not spread (`...(related ? { related } : {})`): a spread on every finding costs more than the rest.
  const diagnostic: Diagnostic = { code: finding.code, severity, message: finding.message, position: finding.position };
  if (finding.related?.length) diagnostic.related = finding.related;
  return diagnostic;
}

function checkSettings(settings: Readonly<Record<string, RuleSetting>>): Readonly<Record<string, RuleSetting>> {
  if (typeof settings !== 'object' || settings === null) throw new TypeError('options.rules must be an object of code → "off" | "error" | "warning" | "info"');
  for (const [code, setting] of Object.entries(settings)) {
    if (!codes.has(code)) {
      const near = [...codes.keys()].filter((known) => known.includes(code) || code.includes(known) || known.split('-')[0] === code.split('-')[0]);
      throw new TypeError(`Unknown rule code "${code}"${near.length ? `: did you mean ${near.map((c) => `"${c}"`).join(', ')}?` : ''} (see \`un-resolution rules\`)`);
    }
    if (!SETTINGS.has(setting)) throw new TypeError(`Invalid setting "${String(setting)}" for "${code}": expected off, error, warning or info`);
  }
  return settings;
}
