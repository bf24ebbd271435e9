import { badInput } from '../../../lib/errors';

export const maxUrlLength = 2048;

function parsedUrl(value: string, field: string, protocols: readonly string[]): string {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(field, 'Not a valid URL.');
  }
  if (!protocols.includes(url.protocol)) throw badInput(field, `The URL must start with ${protocols.join(' or ')}//.`);
  if (url.username || url.password) throw badInput(field, 'The URL must not carry a user name or password.');
  const href = url.href;
  if (href.length > maxUrlLength) throw badInput(field, `At most ${maxUrlLength} characters.`);
  return href;
}

function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < min || length > max)
    throw badInput(field, min ? `${min}-${max} characters.` : `At most ${max} characters.`);
  return trimmed;
}

/** A link attachment's fields as stored: the URL normalised (so one URL is one link), text trimmed. */
export function linkInputOf(input: { url: string; title: string; subtitle?: string | null; iconUrl?: string | null }) {
  return {
    url: parsedUrl(input.url, 'input.url', ['http:', 'https:']),
    title: text(input.title, 'input.title', 1, 300),
    subtitle: input.subtitle ? text(input.subtitle, 'input.subtitle', 0, 300) || null : null,
    iconUrl: input.iconUrl ? parsedUrl(input.iconUrl, 'input.iconUrl', ['https:']) : null,
  };
}
