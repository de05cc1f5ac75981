// Reads passphrases: lines of stdin when piped (one per line, in order), otherwise hidden prompts on the terminal.
import { createInterface } from 'node:readline';

let pipedLines: string[] | null = null;

/** All of piped stdin, split into lines once; later calls take the next line. */
async function nextPipedLine(): Promise<string> {
  if (pipedLines === null) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    pipedLines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  }
  return (pipedLines.shift() ?? '').trimEnd();
}

/**
 * One passphrase: the next line of piped stdin (the first, on the first call), or a hidden
 * prompt when stdin is a terminal. Called twice, it reads the first and then the second line.
 */
export async function readPassphrase(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return nextPipedLine();
  return promptHidden(prompt);
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(prompt);
    // Echo nothing while the passphrase is typed.
    out._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
