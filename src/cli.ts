#!/usr/bin/env node
/**
 * Command-line entry: `eventline <command> [options]`. Each command is one small module-level
 * function registered in COMMANDS; add a command by adding an entry (e.g. `ingest`).
 * Exit codes: 0 ok, 1 failure (one line on stderr), 2 usage.
 */
import { readFileSync } from 'node:fs';
import { extract } from './extraction/extract';
import { ExtractionError } from './extraction/errors';
import { UsageError } from './cli/usage-error';

type Command = (args: string[]) => Promise<void> | void;

const USAGE = 'usage: eventline extract [--published YYYY-MM-DD] [--html] [--url U] [--title T] [--source S] FILE';

/** Parses `--flag value` / `--flag` options and positional arguments. */
function parseOptions(args: string[], flags: Set<string>, valued: Set<string>): { opts: Record<string, string | true>; rest: string[] } {
  const opts: Record<string, string | true> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const key = a.slice(2);
      if (flags.has(key)) opts[key] = true;
      else if (valued.has(key)) {
        if (i + 1 >= args.length) throw new UsageError(`--${key} needs a value`);
        opts[key] = args[++i];
      } else throw new UsageError(`unknown option --${key}`);
    } else rest.push(a);
  }
  return { opts, rest };
}

function extractCommand(args: string[]): void {
  const { opts, rest } = parseOptions(args, new Set(['html']), new Set(['published', 'url', 'title', 'source']));
  if (rest.length !== 1) throw new UsageError(USAGE);
  const published = typeof opts.published === 'string' && opts.published !== '' ? opts.published : null;
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new UsageError('--published must be YYYY-MM-DD');
  const content = readFileSync(rest[0], 'utf8');
  const isHtml = opts.html === true || /\.html?$/i.test(rest[0]);
  const str = (k: string): string | null => (typeof opts[k] === 'string' ? (opts[k] as string) : null);
  const result = extract({
    ...(isHtml ? { html: content } : { text: content }),
    publishedAt: published,
    url: str('url'),
    title: str('title'),
    source: str('source'),
  });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  // Loaded only when used: `extract` stays quick to start (the scorer spawns it once per article).
  ingest: async (args) => (await import('./cli/ingest-command')).ingestCommand(args),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`usage: eventline <${Object.keys(COMMANDS).join('|')}> …\n${USAGE}\n`);
    return 2;
  }
  try {
    await command(args);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    const msg = err instanceof ExtractionError ? `${err.name}: ${err.message}` : e.code === 'ENOENT' ? `no such file: ${e.path ?? ''}` : `error: ${e.message ?? String(err)}`;
    process.stderr.write(`${msg}\n`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
