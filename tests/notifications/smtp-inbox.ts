import { SMTPServer } from 'smtp-server';
import type { TestUser } from '../testkit';
import { parseEmail, type ReceivedEmail } from './email-message';

export type CaughtEmail = ReceivedEmail & { envelopeTo: string[] };

/**
 * A real SMTP server in this process, listening before the tests of the file, that keeps every
 * email it receives (text bodies with `\n` line ends). Pass `email` to `useTestStack` after this
 * call: the stack reads `email.smtpUrl` when it starts, once the server has its port.
 */
export function useSmtpInbox<Extra extends object>(extra: Extra = {} as Extra) {
  const inbox: CaughtEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = parseEmail(Buffer.concat(chunks).toString('utf8'));
        const envelopeTo = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
        inbox.push({ ...mail, text: mail.text.replace(/\r\n/g, '\n'), envelopeTo });
        callback();
      });
    },
  });
  const email = { ...extra, smtpUrl: 'smtp://127.0.0.1:1' };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    email.smtpUrl = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    email,
    /** Takes the emails received so far, for one address (all of them when omitted). */
    takeEmails(to?: TestUser): CaughtEmail[] {
      const taken = inbox.filter((mail) => !to || mail.envelopeTo.includes(to.email.toLowerCase()));
      for (const mail of taken) inbox.splice(inbox.indexOf(mail), 1);
      return taken;
    },
  };
}
