import { missingFieldsMessage, missingRequiredFields, quotedList } from './transition-rules';

const item = { assigneeId: null, estimate: null, dueDate: null, description: '  ' };

describe('missingRequiredFields', () => {
  test('lists the required fields the item lacks, in enum order', async () => {
    const missing = await missingRequiredFields(item, ['LABELS', 'DESCRIPTION', 'ASSIGNEE'], async () => 0);
    expect(missing).toEqual(['ASSIGNEE', 'DESCRIPTION', 'LABELS']);
  });

  test('counts labels only when they are required', async () => {
    const count = jest.fn(async () => 2);
    expect(await missingRequiredFields(item, ['ESTIMATE'], count)).toEqual(['ESTIMATE']);
    expect(count).not.toHaveBeenCalled();
    expect(await missingRequiredFields(item, ['LABELS'], count)).toEqual([]);
  });

  test('a set field satisfies its requirement', async () => {
    const full = { assigneeId: 'u', estimate: 0, dueDate: new Date(), description: 'x' };
    expect(
      await missingRequiredFields(full, ['ASSIGNEE', 'ESTIMATE', 'DUE_DATE', 'DESCRIPTION'], async () => 0),
    ).toEqual([]);
  });
});

describe('messages', () => {
  test('quotedList quotes names and says none for an empty list', () => {
    expect(quotedList(['In progress', 'Backlog'])).toBe('"In progress", "Backlog"');
    expect(quotedList([])).toBe('none');
  });

  test('the missing fields message names the fields', () => {
    expect(missingFieldsMessage('Done', ['ASSIGNEE', 'LABELS'])).toBe(
      'Moving to "Done" requires an assignee, at least one label. Missing: ASSIGNEE, LABELS.',
    );
  });
});
