/**
 * Pages of the web app, served under PUBLIC_URL beside the API (as the invitation accept page is).
 * Paths here are a contract with the web client and with links already sent: never change one.
 */
export const workItemPagePath = '/browse/';

/** A work item's page, by its key: `<PUBLIC_URL>/browse/WEB-42`, like Jira's. */
export const workItemUrl = (publicUrl: string, key: string): string =>
  `${publicUrl.replace(/\/+$/, '')}${workItemPagePath}${encodeURIComponent(key)}`;
