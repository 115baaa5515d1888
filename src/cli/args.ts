// A small argument reader: positional words, `--name value` options and `--flag` switches; after `--`
// every word is positional (a file named like an option).
export interface Args {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
  error?: string;
}

export function parseArgs(argv: string[], options: string[], switches: string[]): Args {
  const result: Args = { positional: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      result.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      result.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (switches.includes(name)) result.flags.add(name);
    else if (options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { ...result, error: `--${name} needs a value` };
      result.values.set(name, value);
    } else return { ...result, error: `unknown option --${name}` };
  }
  return result;
}
