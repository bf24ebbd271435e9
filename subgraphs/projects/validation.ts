import { badInput } from '../../lib/errors';

const projectKeyPattern = /^[A-Z][A-Z0-9]{1,9}$/;
export const maxNameLength = 100;
export const maxProjectDescriptionLength = 10_000;
export const maxTeamDescriptionLength = 2_000;

export function validateProjectKey(key: string, field = 'input.key'): string {
  if (!projectKeyPattern.test(key)) {
    throw badInput(field, 'The key must be 2-10 uppercase letters or digits, starting with a letter.');
  }
  return key;
}

/** Trimmed name of 1..100 characters. */
export function validateName(name: string, field = 'input.name'): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > maxNameLength) {
    throw badInput(field, `The name must be 1-${maxNameLength} characters.`);
  }
  return trimmed;
}

export function validateDescription(description: string, max: number, field = 'input.description'): string {
  if (description.length > max) {
    throw badInput(field, `The description must be at most ${max.toLocaleString('en-US')} characters.`);
  }
  return description;
}
