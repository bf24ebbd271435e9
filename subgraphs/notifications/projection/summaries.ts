import type { NotificationType } from '../notification-types';

// The plain-text sentence of a notification: no markup, read as is by screen readers.

/** What a summary may mention; fields a type does not use may be null. */
export interface SummaryFacts {
  /** The actor's display name; null for changes the system made. */
  actorName: string | null;
  /** The work item's key and title (`WEB-3`, `Fix login`). */
  itemKey?: string | null;
  itemTitle?: string | null;
  /** The item's state category after the change (BACKLOG, TODO, IN_PROGRESS, DONE, CANCELED). */
  stateCategory?: string | null;
  /** The project's key, when known. */
  projectKey?: string | null;
  sprintName?: string | null;
  /** An invitation's organization and role. */
  organizationName?: string | null;
  role?: string | null;
  /** What was attached to the item, for ATTACHMENT_ADDED. */
  attachment?: { kind: 'FILE' | 'FILE_VERSION' | 'LINK'; name: string; onComment: boolean } | null;
  /** The disabled webhook endpoint's URL and why, for WEBHOOK_ENDPOINT_DISABLED. */
  webhook?: { url: string; reason: 'GONE' | 'FAILING' } | null;
}

const categoryWords: Record<string, string> = {
  BACKLOG: 'Backlog',
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  CANCELED: 'Canceled',
};

/** The state category in words, as a board column would say it. */
export function stateInWords(category: string | null | undefined): string {
  if (!category) return 'another state';
  return categoryWords[category] ?? category;
}

/** `an admin`, `a member`: an organization role as a phrase. */
export function roleInWords(role: string | null | undefined): string {
  const word = (role ?? 'member').toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

const quoted = (text: string | null | undefined) => `“${text ?? ''}”`;

export function summaryOf(type: NotificationType, facts: SummaryFacts): string {
  const actor = facts.actorName;
  const item =
    facts.itemKey || facts.itemTitle ? `${facts.itemKey ?? 'a work item'} ${quoted(facts.itemTitle)}` : 'a work item';
  switch (type) {
    case 'ASSIGNED':
      return actor ? `${actor} assigned ${item} to you.` : `${item} was assigned to you.`;
    case 'MENTIONED':
      return `${actor ?? 'Someone'} mentioned you in a comment on ${item}.`;
    case 'COMMENTED':
      return `${actor ?? 'Someone'} commented on ${item}.`;
    case 'STATE_CHANGED':
      return actor
        ? `${actor} moved ${item} to ${stateInWords(facts.stateCategory)}.`
        : `${item} moved to ${stateInWords(facts.stateCategory)}.`;
    case 'ATTACHMENT_ADDED': {
      const attachment = facts.attachment;
      const target = attachment?.onComment ? `a comment on ${item}` : item;
      const who = actor ?? 'Someone';
      if (attachment?.kind === 'FILE_VERSION') {
        return `${who} uploaded a new version of ${quoted(attachment.name)} to ${target}.`;
      }
      if (attachment?.kind === 'LINK') return `${who} attached the link ${quoted(attachment.name)} to ${target}.`;
      return attachment
        ? `${who} attached ${quoted(attachment.name)} to ${target}.`
        : `${who} attached a file to ${target}.`;
    }
    case 'ADDED_TO_PROJECT': {
      const project = facts.projectKey ? `the project ${facts.projectKey}` : 'a project';
      return actor ? `${actor} added you to ${project}.` : `You were added to ${project}.`;
    }
    case 'SPRINT_STARTED':
      return `Sprint ${quoted(facts.sprintName)} started.`;
    case 'SPRINT_COMPLETED':
      return `Sprint ${quoted(facts.sprintName)} was completed.`;
    case 'INVITED_TO_ORGANIZATION': {
      const joining = `join ${facts.organizationName ?? 'an organization'} as ${roleInWords(facts.role)}`;
      return actor ? `${actor} invited you to ${joining}.` : `You were invited to ${joining}.`;
    }
    case 'WEBHOOK_ENDPOINT_DISABLED': {
      const why = facts.webhook?.reason === 'GONE' ? 'it answered 410 Gone' : 'every delivery to it failed for days';
      return `The webhook endpoint ${quoted(facts.webhook?.url)} was disabled: ${why}. Its events are kept for replay.`;
    }
    case 'DASHBOARD_REPORT':
      // Never a notification row (the report is its own email): named for completeness only.
      return 'Your weekly dashboard report.';
  }
}
