// Shared CLI plumbing: argument parsing with usage errors (exit 2), --help (exit 0).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  help: string,
  allowPositionals = false,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (e) {
    throw new CliUsageError((e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help.endsWith('\n') ? help : `${help}\n`);
    process.exit(EXIT.ok);
  }
  return parsed;
}

/** Run a CLI main: usage errors exit 2 with the message, anything unexpected exits 1. */
export function runCli(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const err = e as Error;
      const usage = err.name === 'CliUsageError' || err.name === 'UsageError' || err.name === 'PipelineError';
      process.stderr.write(`${name}: ${err.message}\n`);
      if (usage) process.stderr.write(`Run with --help for usage.\n`);
      else if (process.argv.includes('--debug') && err.stack) process.stderr.write(`${err.stack}\n`);
      process.exitCode = usage ? EXIT.usage : EXIT.failed;
    },
  );
}

export function parseIntOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliUsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}

export function parseSecondsOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  // (setTimeout keeps at most 2^31 − 1 ms, about 24.8 days)
  if (!/^\d+(?:\.\d+)?$/u.test(value) || n > 2_147_483) throw new CliUsageError(`--${name} must be a number of seconds from 0 to 2147483, got "${value}"`);
  return n;
}

export function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // a real calendar day: Date.parse would roll 2024-02-30 over to March
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
    throw new CliUsageError(`--${name} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** A script's usage: the comment lines that open its file (scripts/*.ts document themselves there). */
function headerOf(file: string): string {
  const lines: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/u, ''));
  }
  return lines.join('\n');
}

/** A script's usage error: its reason on stderr, exit 2, no stack trace. */
export function scriptUsageError(scriptUrl: string, reason: string): never {
  process.stderr.write(`${path.basename(fileURLToPath(scriptUrl), '.ts')}: ${reason}\nRun with --help for usage.\n`);
  process.exit(EXIT.usage);
}

/**
 * The options of a script run by npm (`scriptUrl`: its import.meta.url): --help prints `help`, by
 * default the comment that opens the script, and exits 0 before any work (so `npm run train --
 * --help` trains nothing); an unknown option or a missing value exits 2 with the reason.
 */
export function scriptArgs<T extends NonNullable<ParseArgsConfig['options']>>(scriptUrl: string, options: T, help?: string) {
  try {
    return parseCli(process.argv.slice(2), options, help ?? headerOf(fileURLToPath(scriptUrl)));
  } catch (e) {
    return scriptUsageError(scriptUrl, (e as Error).message);
  }
}
