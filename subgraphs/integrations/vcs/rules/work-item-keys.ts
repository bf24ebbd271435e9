/** A work item key named in text, and whether a closing keyword (`Fixes WEB-42`) names it. */
export interface NamedKey {
  key: string;
  closes: boolean;
}

// Project keys are 2-10 upper-case letters and digits starting with a letter (projects' rule).
const keyPattern = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,9})-([1-9]\d{0,8})(?![A-Za-z0-9])/g;
const closingPattern =
  /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+((?:[A-Z][A-Z0-9]{1,9}-[1-9]\d{0,8})(?:\s*(?:,|and)\s*[A-Z][A-Z0-9]{1,9}-[1-9]\d{0,8})*)/gi;

/**
 * The keys a commit message, pull request title or body names, each once, in order of appearance:
 * upper-case only (`WEB-42`, not `web-42` in prose), closing when a closing keyword precedes it
 * (`Fixes WEB-42`, `Closes WEB-1, WEB-2`, `resolves: WEB-3`), as GitHub and GitLab close issues.
 */
export function keysInText(text: string): NamedKey[] {
  const closing = new Set<string>();
  for (const match of text.matchAll(closingPattern)) {
    for (const key of match[1]!.matchAll(keyPattern)) closing.add(key[0].toUpperCase());
  }
  const found = new Map<string, NamedKey>();
  for (const match of text.matchAll(keyPattern)) {
    const key = match[0];
    if (!found.has(key)) found.set(key, { key, closes: closing.has(key) });
  }
  return [...found.values()];
}

/**
 * The keys a branch name holds, case-insensitive (`feature/web-42-checkout` names WEB-42); a branch
 * never closes an item by its name alone.
 */
export function keysInBranch(branch: string): NamedKey[] {
  const upper = branch.toUpperCase().replace(/_/g, '-');
  return keysInText(upper).map(({ key }) => ({ key, closes: false }));
}

/** The same key named several times: closing if any mention closes. */
export function mergeKeys(...lists: NamedKey[][]): NamedKey[] {
  const merged = new Map<string, NamedKey>();
  for (const { key, closes } of lists.flat()) {
    merged.set(key, { key, closes: closes || (merged.get(key)?.closes ?? false) });
  }
  return [...merged.values()];
}
