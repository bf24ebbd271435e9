import { fieldOf } from '../../../tests/testkit/field-of';
import { allowedChildTypes, checkDepth, checkNesting, checkNewParent } from './hierarchy';

const settings = { hierarchyRules: { EPIC: ['STORY', 'TASK'], STORY: ['SUBTASK'] }, maxDepth: 2 };

describe('hierarchy rules', () => {
  it('reads allowed child types from the rules, none for types not listed or malformed rules', () => {
    expect(allowedChildTypes(settings, 'EPIC')).toEqual(['STORY', 'TASK']);
    expect(allowedChildTypes(settings, 'BUG')).toEqual([]);
    expect(allowedChildTypes({ hierarchyRules: null }, 'EPIC')).toEqual([]);
  });

  it('allows only listed nesting and depths up to maxDepth', () => {
    expect(fieldOf(() => checkNesting(settings, 'EPIC', 'STORY', 'input.parentId'))).toBeUndefined();
    expect(fieldOf(() => checkNesting(settings, 'EPIC', 'SUBTASK', 'input.parentId'))).toBe('input.parentId');
    expect(fieldOf(() => checkDepth(settings, 2, 'input.parentId'))).toBeUndefined();
    expect(fieldOf(() => checkDepth(settings, 3, 'input.parentId'))).toBe('input.parentId');
  });

  describe('checkNewParent', () => {
    const item = { id: 'story', projectId: 'p1' };
    const parent = { id: 'epic', projectId: 'p1', path: ['root'], archivedAt: null, type: 'EPIC' };
    const messageOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as Error).message;
      }
      return undefined;
    };

    it('accepts an unarchived parent of the same project whose type may hold the item', () => {
      expect(fieldOf(() => checkNewParent(settings, item, 'STORY', parent))).toBeUndefined();
    });

    it('refuses a parent of another project, the item itself, its descendants and archived parents', () => {
      expect(messageOf(() => checkNewParent(settings, item, 'STORY', { ...parent, projectId: 'p2' }))).toMatch(
        /same project/,
      );
      expect(messageOf(() => checkNewParent(settings, item, 'STORY', { ...parent, id: 'story' }))).toMatch(
        /under itself/,
      );
      expect(messageOf(() => checkNewParent(settings, item, 'STORY', { ...parent, path: ['story'] }))).toMatch(
        /descendants/,
      );
      expect(messageOf(() => checkNewParent(settings, item, 'STORY', { ...parent, archivedAt: new Date() }))).toMatch(
        /archived/,
      );
    });

    it('refuses nesting the rules do not allow, naming input.parentId', () => {
      expect(fieldOf(() => checkNewParent(settings, item, 'SUBTASK', parent))).toBe('input.parentId');
    });
  });
});
