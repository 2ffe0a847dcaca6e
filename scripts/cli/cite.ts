// CLI command "cite": parse citations out of text (argument or stdin), format one directive given as JSON on stdin.
import type { z } from 'zod';
import { CITATION_STYLES, citationInputSchema, format, parse, type CitationStyle, type ParsedCitation } from '../../shared/citations/index.js';
import type { CliCommand } from './command.js';

const EXIT_OK = 0;
const EXIT_NOTHING_FOUND = 2;
const EXIT_USAGE = 64;
const EXIT_BAD_INPUT = 65;

const USAGE = 'cite parse [--json] [--lines] [TEXT…]  |  cite format [--style full|short|basis|en]';

const HELP = `cite parse: finds every citation in TEXT (or in standard input when no TEXT is given).
  --json    print a JSON array of citations: type, number, symbol, date (YYYY-MM-DD or null), issuer,
            term, title, titleEn, language, span {start, end} (offsets in the input) and warnings
            ({code, …}); without --json, one line per citation (short form, date, issuer, title, warnings)
  --lines   read standard input line by line: every input line gives exactly one output line
            (with --json a JSON array, "[]" when the line has no citation)
cite format: reads one directive as JSON on standard input and prints its citation.
  --style   full (first mention, default), short (later mention), basis ("Căn cứ …;" line), en (English)
  Fields: type, symbol, number, date or issueDate, issuer, term or issuerTerm, title, titleEn
  (a parse result or a stored directive can be given as is; other keys are ignored).
Exit status: 0 done; 2 parse found no citation (not with --lines); 64 wrong options;
  65 invalid JSON or invalid directive fields (one line on stderr says which).`;

const ERROR_WORDS: Readonly<Record<string, string>> = {
  'validation.symbolFormat': 'not a document symbol (e.g. 57-KL/TW, 1079/QĐ-TTg, 09/2017/NĐ-CP)',
  'validation.symbolOrTitle': 'give a symbol or, for a law cited by name, a title',
  'validation.conflictingDates': '"date" and "issueDate" differ',
  'validation.conflictingTerms': '"term" and "issuerTerm" differ',
  'validation.romanNumeral': 'the term is a Roman numeral such as XII',
  'validation.tooLong': 'too long',
  'validation.date': 'not a calendar date YYYY-MM-DD',
};

interface Options {
  json: boolean;
  lines: boolean;
  style: CitationStyle | null;
  text: string[];
}

function parseOptions(args: readonly string[]): Options | string {
  const options: Options = { json: false, lines: false, style: null, text: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--lines') options.lines = true;
    else if (arg === '--style' || arg.startsWith('--style=')) {
      const value = arg === '--style' ? args[++i] : arg.slice('--style='.length);
      const style = CITATION_STYLES.find((s) => s === value);
      if (!style) return `--style must be one of ${CITATION_STYLES.join(', ')}`;
      options.style = style;
    } else if (arg === '--') {
      options.text.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.text.push(arg);
  }
  return options;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function describe(c: ParsedCitation): string {
  const head = c.symbol ? `${c.type} số ${c.symbol}` : `${c.type} ${c.title ?? c.titleEn ?? ''}`.trim();
  const warnings = c.warnings.map((w) => w.code).join(',');
  return [head, c.date ?? '', c.issuer ?? '', c.title ?? c.titleEn ?? '', warnings ? `! ${warnings}` : '']
    .join('\t')
    .trimEnd();
}

function print(citations: ParsedCitation[], json: boolean, oneLine: boolean): void {
  if (json) process.stdout.write(`${JSON.stringify(citations)}\n`);
  else if (oneLine) process.stdout.write(`${citations.map(describe).join(' | ')}\n`);
  else for (const c of citations) process.stdout.write(`${describe(c)}\n`);
}

async function runParse(options: Options): Promise<number> {
  if (options.style) return usage('--style belongs to "cite format"');
  if (options.lines) {
    if (options.text.length > 0) return usage('--lines reads standard input; give no TEXT');
    const input = await readStdin();
    const lines = input.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) print(parse(line), options.json, true);
    return EXIT_OK;
  }
  const text = options.text.length > 0 ? options.text.join(' ') : await readStdin();
  const citations = parse(text);
  if (citations.length === 0) {
    process.stderr.write('cite parse: no citation found\n');
    return EXIT_NOTHING_FOUND;
  }
  print(citations, options.json, false);
  return EXIT_OK;
}

function issueText(issue: z.ZodError['issues'][number]): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'directive';
  return `${where}: ${ERROR_WORDS[issue.message] ?? issue.message}`;
}

async function runFormat(options: Options): Promise<number> {
  if (options.lines || options.json || options.text.length > 0) return usage('"cite format" reads one JSON directive on standard input and takes only --style');
  const input = await readStdin();
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (error) {
    process.stderr.write(`cite format: invalid JSON on standard input: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = citationInputSchema.safeParse(json);
  if (!result.success) {
    process.stderr.write(`cite format: invalid directive: ${result.error.issues.map(issueText).join('; ')}\n`);
    return EXIT_BAD_INPUT;
  }
  process.stdout.write(`${format(result.data, options.style ?? 'full')}\n`);
  return EXIT_OK;
}

function usage(message: string): number {
  process.stderr.write(`cite: ${message}. Usage: ${USAGE}\n`);
  return EXIT_USAGE;
}

export const citeCommand: CliCommand = {
  name: 'cite',
  usage: USAGE,
  help: HELP,
  async run(args) {
    const [sub, ...rest] = args;
    const options = parseOptions(rest);
    if (typeof options === 'string') return usage(options);
    if (sub === 'parse') return runParse(options);
    if (sub === 'format') return runFormat(options);
    return usage(sub === undefined ? 'say "parse" or "format"' : `unknown subcommand "${sub}"`);
  },
};
