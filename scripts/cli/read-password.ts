import { createInterface } from 'node:readline';

/**
 * Asks for a password on the terminal without echoing it (INTERFACES.md: "the password from
 * PRISTAV_PASSWORD, else a prompt on a terminal"). Only called when stdin is a terminal.
 */
export function readPassword(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const terminal = createInterface({
      input: process.stdin,
      output: process.stderr,
      terminal: true,
    });
    const output = terminal as unknown as { _writeToOutput: (text: string) => void };
    let isPrompted = false;
    // readline echoes what is typed through _writeToOutput: show the prompt, hide the rest.
    output._writeToOutput = (text: string) => {
      if (!isPrompted) {
        process.stderr.write(text);
        isPrompted = true;
      }
    };
    terminal.question(prompt, (answer) => {
      process.stderr.write('\n');
      terminal.close();
      resolve(answer);
    });
  });
}
