// Runs the admin CLI (main/cli.ts) as a child process, as an admin would: args, piped stdin.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const cli = join(import.meta.dirname, '../../main/cli.ts');

export function vaultCli(
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      { timeout: 120_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}
