// A vitest reporter for npm test: at the end of a run it names the test files that started and
// never finished. When a test process dies (a native crash, a signal), vitest reports only
// "Worker exited unexpectedly", and the file that died is just the one missing from a long log;
// this prints it last, where a CI log's tail shows it.
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class UnfinishedFilesReporter implements Reporter {
  readonly #running = new Map<string, number>();

  onTestModuleStart(testModule: TestModule): void {
    this.#running.set(testModule.moduleId, Date.now());
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.#running.delete(testModule.moduleId);
  }

  onTestRunEnd(): void {
    if (this.#running.size === 0) return;
    const lines = [...this.#running].map(
      ([file, started]) =>
        `  ${relative(process.cwd(), file)} (started ${Math.round((Date.now() - started) / 1000)} s before the end)`,
    );
    process.stderr.write(
      `\nTest files that started and never finished (their test process died):\n${lines.join('\n')}\n`,
    );
  }
}
