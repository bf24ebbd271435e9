import { badInput } from '../../../lib/errors';

export const maxUrlLength = 2000;

/** The host of a URL as the allow-list names it: lowercase, IPv6 without brackets. */
export const hostOf = (url: URL): string => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');

/**
 * A webhook URL as stored: absolute, https (http only for allow-listed hosts), without user or
 * password. Where it resolves to is checked when each request connects, not here: DNS changes.
 */
export function endpointUrl(text: string, allowedHosts: readonly string[], field: string): string {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw badInput(field, 'Give an absolute https URL.');
  }
  if (trimmed.length > maxUrlLength) throw badInput(field, `A URL may have at most ${maxUrlLength} characters.`);
  if (url.username || url.password) throw badInput(field, 'A webhook URL may not carry a user name or password.');
  const allowed = allowedHosts.includes(hostOf(url));
  if (url.protocol === 'http:' && !allowed) throw badInput(field, 'A webhook URL must use https.');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput(field, 'A webhook URL must use https.');
  url.hash = '';
  return url.toString();
}
