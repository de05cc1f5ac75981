// A process that called disableCoreDumps() writes no memory into a core dump: its
// /proc/self/coredump_filter reads back 0, and a process it forks inherits that.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disableCoreDumps } from '../../main/host/no-core-dumps';

const module = resolve(__dirname, '../../main/host/no-core-dumps.ts');

describe.runIf(process.platform === 'linux')('no core dumps', () => {
  it('sets the coredump filter of the calling process to 0, and its children inherit it', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { execFileSync } from 'node:child_process';
      const { disableCoreDumps } = await import(${JSON.stringify(module)});
      const before = readFileSync('/proc/self/coredump_filter', 'utf8').trim();
      const outcome = disableCoreDumps();
      const after = readFileSync('/proc/self/coredump_filter', 'utf8').trim();
      const child = execFileSync('cat', ['/proc/self/coredump_filter'], { encoding: 'utf8' }).trim();
      console.log(JSON.stringify({ before, outcome, after, child }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out.trim().split('\n').pop()!) as Record<string, string>;
    expect(parseInt(report.before!, 16)).not.toBe(0);
    expect(report).toMatchObject({ outcome: 'disabled', after: '00000000', child: '00000000' });
    // The test process itself is untouched.
    expect(parseInt(readFileSync('/proc/self/coredump_filter', 'utf8'), 16)).not.toBe(0);
  });

  it('says unsupported where there is no per-process filter', () => {
    expect(disableCoreDumps('darwin')).toBe('unsupported');
    expect(disableCoreDumps('win32')).toBe('unsupported');
  });
});
