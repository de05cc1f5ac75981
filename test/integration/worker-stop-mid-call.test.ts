// Stopping a worker while it is inside a SQLCipher call must not take the process with it.
// Worker.terminate() at that moment makes the addon's next N-API step fail; its error path then
// calls napi_fatal_error, which aborts the whole process (in CI: vitest's "Worker exited
// unexpectedly" after vault-worker.test.ts stopped a read worker that was opening its
// connection). The client now asks a worker to stop between calls. Each case runs in a child
// process (worker-stop-child.ts), so an abort is a failed assertion here, not a dead test run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const child = resolve(__dirname, '../support/worker-stop-child.ts');
const tsx = pathToFileURL(resolve(__dirname, '../../node_modules/tsx/dist/loader.mjs')).href;

describe('a worker stopped inside a SQLCipher call', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fortrolig-stop-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function run(mode: 'terminate' | 'orphan') {
    // The child's cwd is the temp folder, so a core file of an abort never lands in the repo.
    const proc = spawnSync(process.execPath, ['--import', tsx, child, mode, dir], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 90_000,
    });
    return {
      exit: { status: proc.status, signal: proc.signal },
      stderr: proc.stderr,
      report: proc.status === 0 ? JSON.parse(proc.stdout.trim().split('\n').pop()!) : null,
    };
  }

  it('terminate() lets the vault worker finish the call, then it exits; the process lives', () => {
    const { exit, stderr, report } = run('terminate');
    expect(exit, stderr).toEqual({ status: 0, signal: null });
    // The query ran to its end: the thread was not cut off inside it.
    expect(report.queryState).toBe(2);
    expect(report.events).not.toContain('worker.stopTimedOut');
  });

  it('a read worker whose vault worker died is stopped after its call; the process lives', () => {
    const { exit, stderr, report } = run('orphan');
    expect(exit, stderr).toEqual({ status: 0, signal: null });
    expect(report.queryState).toBe(2);
    expect(report.events).toContain('worker.exited');
    expect(report.events).not.toContain('reader.stopTimedOut');
  });
});
