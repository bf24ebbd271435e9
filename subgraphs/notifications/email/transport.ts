import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../../../lib/logger';

// How emails leave: over SMTP when SMTP_URL is set, otherwise as .eml files in a local folder
// (one per delivery, named after it), each written file logged, for development without a mail server.

export interface OutgoingEmail {
  deliveryId: string;
  from: string;
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export interface EmailTransport {
  /** Resolves with the Message-ID; rejects when the server refuses or cannot be reached. */
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

function domainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'workgraph.localhost';
}

export function createEmailTransport(options: { smtpUrl?: string; outboxDir: string; logger: Logger }): EmailTransport {
  const { smtpUrl, outboxDir, logger } = options;
  const transporter = smtpUrl
    ? nodemailer.createTransport({
        url: smtpUrl,
        // A stuck server fails the attempt (to be retried) instead of holding the mailer.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  return {
    async send(email) {
      // The same Message-ID on every attempt of a delivery, so a retry after a lost reply can be recognised.
      const messageId = `<${email.deliveryId}@${domainOf(email.from)}>`;
      const info = await transporter.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers,
        messageId,
      });
      if (!smtpUrl) {
        await mkdir(outboxDir, { recursive: true });
        const file = path.resolve(outboxDir, `${email.deliveryId}.eml`);
        await writeFile(file, (info as { message: Buffer }).message);
        logger.info('email written to file (no SMTP_URL)', { deliveryId: email.deliveryId, file });
      }
      return { messageId: info.messageId || messageId };
    },
    close: () => transporter.close(),
  };
}
