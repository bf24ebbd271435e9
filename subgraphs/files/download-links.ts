import { fileDownloadUrl } from '../../lib/files/file-links';
import type { FilesContext } from './context';

/**
 * A short-lived signed link the router serves the object behind, with the headers the claims carry.
 * Issued only after the caller's access was checked: the link itself is the credential until it expires.
 */
export function downloadUrlOf(
  context: FilesContext,
  object: { key: string; fileName: string; contentType: string; disposition: 'inline' | 'attachment' },
): string {
  // Expiry rounded up to the minute, so a page asking twice within it gets the same (cacheable) URL.
  const expires = Math.ceil((Date.now() / 1000 + context.settings.FILES_DOWNLOAD_TTL_SECONDS) / 60) * 60;
  return fileDownloadUrl(context.links.publicUrl(), context.links.signingSecret, { ...object, expires });
}
