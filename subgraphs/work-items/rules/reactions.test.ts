import { parseEmoji } from './reactions';

describe('parseEmoji', () => {
  it.each(['👍', '🎉', '👩🏽‍💻', '🇫🇷', '1️⃣', '❤️'])('accepts %s as it is', (emoji) => {
    expect(parseEmoji(emoji)).toBe(emoji);
  });

  it('stores an emoji sent without its variation selector in the fully qualified form', () => {
    expect(parseEmoji('❤')).toBe('❤️');
  });

  it('ignores surrounding spaces', () => {
    expect(parseEmoji(' 👍 ')).toBe('👍');
  });

  it.each(['', 'a', ':+1:', '👍👍', '👍 ok', '1', '#', '❤'.repeat(40)])('refuses %j on the emoji field', (value) => {
    let thrown: unknown;
    try {
      parseEmoji(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.emoji' } });
  });
});
