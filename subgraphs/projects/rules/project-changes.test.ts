import { projectChanges } from './project-changes';

const current = { name: 'Web', description: 'The web client' };

describe('projectChanges', () => {
  test('a field left out is no change', () => {
    expect(projectChanges(current, {})).toEqual({});
  });

  test('a value equal to the current one is no change', () => {
    expect(projectChanges(current, { name: 'Web', description: 'The web client' })).toEqual({});
  });

  test('only the fields whose value differs are changes', () => {
    expect(projectChanges(current, { name: 'Web app', description: 'The web client' })).toEqual({ name: 'Web app' });
    expect(projectChanges(current, { description: '' })).toEqual({ description: '' });
  });

  test('the changed fields are listed name first, then description', () => {
    expect(Object.keys(projectChanges(current, { description: 'New', name: 'New' }))).toEqual(['name', 'description']);
  });
});
