// Shared CLI plumbing: argument parsing with usage errors (exit 2), --help (exit 0).
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

export function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // a real calendar day: Date.parse would roll 2024-02-30 over to March
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
    throw new CliUsageError(`--${name} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
