// Placeholder until the command lands.
export async function run(args: string[]): Promise<number> {
  void args;
  process.stderr.write('smart-plan template: not written yet.\n');
  return 1;
}
