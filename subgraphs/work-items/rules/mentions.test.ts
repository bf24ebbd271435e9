import { toGlobalId } from '../../../lib/ids';
import { keepMentions, parseMentions } from './mentions';

const ada = '11111111-1111-4111-8111-111111111111';
const grace = '22222222-2222-4222-8222-222222222222';
const project = '33333333-3333-4333-8333-333333333333';
const user = (id: string) => toGlobalId('User', id);

describe('parseMentions', () => {
  test('returns the mentioned users in order of first mention, without duplicates', () => {
    const body = `Hi <@${user(grace)}> and <@${user(ada)}>, <@${user(grace)}> again`;
    expect(parseMentions(body)).toEqual([grace, ada]);
  });

  test('ignores text that only looks like a mention', () => {
    const body = [
      `@${user(ada)}`,
      `<${user(ada)}>`,
      `<@${toGlobalId('Project', project)}>`,
      '<@not-an-id>',
      '<@>',
      `< @${user(ada)}>`,
    ].join(' ');
    expect(parseMentions(body)).toEqual([]);
  });

  test('finds mentions anywhere, including inside markdown', () => {
    expect(parseMentions(`**<@${user(ada)}>**\n- <@${user(grace)}>:`)).toEqual([ada, grace]);
  });

  test('an empty body mentions nobody', () => {
    expect(parseMentions('')).toEqual([]);
  });
});

describe('keepMentions', () => {
  test('keeps only the users the check accepts, in their original order', async () => {
    const kept = await keepMentions([grace, ada, project], async (id) => id !== ada);
    expect(kept).toEqual([grace, project]);
  });
});
