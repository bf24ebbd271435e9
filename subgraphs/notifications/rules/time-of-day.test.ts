import { fieldOf } from '../../../tests/testkit/field-of';
import { asTimeOfDay, minutesOf } from './time-of-day';

describe('times of day', () => {
  it('reads HH:MM as minutes after midnight', () => {
    expect(minutesOf('00:00', 'input.quietHours.start')).toBe(0);
    expect(minutesOf('07:30', 'input.quietHours.start')).toBe(450);
    expect(minutesOf('23:59', 'input.quietHours.end')).toBe(1439);
  });

  it('refuses anything but a 24-hour HH:MM, naming the field', () => {
    for (const value of ['24:00', '7:30', '07:60', '07:30:00', ' 07:30', '']) {
      expect(fieldOf(() => minutesOf(value, 'input.quietHours.end'))).toBe('input.quietHours.end');
    }
  });

  it('writes minutes after midnight back as HH:MM', () => {
    expect(asTimeOfDay(0)).toBe('00:00');
    expect(asTimeOfDay(450)).toBe('07:30');
    expect(asTimeOfDay(1439)).toBe('23:59');
  });
});
