import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** every message accepted, parsed */
  received: ParsedMail[];
  /** `refuse`: answer every message with that reply code (4xx: try later, 5xx: never) */
  state: { refuse: number | null };
  port: number;
  close: () => Promise<void>;
}

/** A real SMTP server (the smtp-server package) on a free loopback port, keeping what it receives. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const state: TestSmtpServer['state'] = { refuse: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (state.refuse) {
            const err = new Error(state.refuse >= 500 ? 'No such user here' : 'Mailbox busy, try later') as Error & {
              responseCode: number;
            };
            err.responseCode = state.refuse;
            return callback(err);
          }
          received.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, state, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
