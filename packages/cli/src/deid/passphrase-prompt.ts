/**
 * Asks for a passphrase on the terminal without echoing it: readline reads stdin while its output
 * goes to a stream that drops everything after the question, so typed characters never appear.
 * Only used when stdin and stderr are terminals; otherwise the passphrase comes from the
 * environment (config.ts).
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export function canPrompt(stderrIsTty: boolean): boolean {
  return stderrIsTty && Boolean(process.stdin.isTTY);
}

export function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
