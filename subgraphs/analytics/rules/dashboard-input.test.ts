import { fieldOf } from '../../../tests/testkit/field-of';
import {
  nextSharing,
  notNull,
  validateDashboardName,
  validateDescription,
  validatePosition,
  validateWidgetDays,
  validateWidgetTitle,
} from './dashboard-input';

describe('dashboard input', () => {
  it('trims names and titles to 1-100 characters, naming the field', () => {
    expect(validateDashboardName('  Flow  ')).toBe('Flow');
    expect(fieldOf(() => validateDashboardName('   '))).toBe('input.name');
    expect(fieldOf(() => validateDashboardName('x'.repeat(101)))).toBe('input.name');
    expect(validateWidgetTitle('x'.repeat(100))).toHaveLength(100);
    expect(fieldOf(() => validateWidgetTitle(''))).toBe('input.title');
  });

  it('keeps descriptions to 1,000 characters', () => {
    expect(validateDescription('')).toBe('');
    expect(fieldOf(() => validateDescription('x'.repeat(1001)))).toBe('input.description');
  });

  it('takes 7-366 whole days', () => {
    expect(validateWidgetDays(7)).toBe(7);
    expect(validateWidgetDays(366)).toBe(366);
    for (const days of [6, 367, 30.5]) expect(fieldOf(() => validateWidgetDays(days))).toBe('input.days');
  });

  it('takes positions from 0', () => {
    expect(validatePosition(0)).toBe(0);
    expect(validatePosition(99)).toBe(99);
    expect(fieldOf(() => validatePosition(-1))).toBe('input.position');
  });

  it('refuses an explicit null where a value cannot be cleared', () => {
    expect(notNull(undefined, 'input.name')).toBeUndefined();
    expect(fieldOf(() => notNull(null, 'input.name'))).toBe('input.name');
  });
});

describe('nextSharing', () => {
  it('creates private dashboards by default', () => {
    expect(nextSharing(null, {})).toEqual({ sharing: 'PRIVATE', projectId: null });
  });

  it('needs a project to share with a project', () => {
    expect(nextSharing(null, { sharing: 'PROJECT', projectId: 'p' })).toEqual({ sharing: 'PROJECT', projectId: 'p' });
    expect(fieldOf(() => nextSharing(null, { sharing: 'PROJECT' }))).toBe('input.projectId');
    expect(fieldOf(() => nextSharing({ sharing: 'PRIVATE', projectId: null }, { sharing: 'PROJECT' }))).toBe(
      'input.projectId',
    );
  });

  it('keeps the project of a project-shared dashboard, or moves it to the one given', () => {
    const current = { sharing: 'PROJECT' as const, projectId: 'p' };
    expect(nextSharing(current, {})).toEqual(current);
    expect(nextSharing(current, { projectId: 'q' })).toEqual({ sharing: 'PROJECT', projectId: 'q' });
  });

  it('drops the project when sharing changes, and refuses one given with other sharing', () => {
    const current = { sharing: 'PROJECT' as const, projectId: 'p' };
    expect(nextSharing(current, { sharing: 'ORGANIZATION' })).toEqual({ sharing: 'ORGANIZATION', projectId: null });
    expect(fieldOf(() => nextSharing(current, { sharing: 'PRIVATE', projectId: 'p' }))).toBe('input.projectId');
    expect(fieldOf(() => nextSharing({ sharing: 'PRIVATE', projectId: null }, { projectId: 'p' }))).toBe(
      'input.projectId',
    );
  });
});
