import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../db/contract/errors.ts';

/*
 * PERMISSION_DENIED carries codes (the role, the method or a rule about the row); the words
 * are made here, in the asker's language — the same sentences the domain used to build.
 */
describe('a refusal of the permission rules, worded at the edge', () => {
  it('names the role and the method in Czech and in English', () => {
    const params = { user: 'Jana', role: 'lecturer', action: 'acts.record' };
    expect(errorMessage('PERMISSION_DENIED', 'cs', params)).toBe(
      'Uživatel Jana s rolí Lektor nesmí zapisovat a číst úkony (acts.record).',
    );
    expect(errorMessage('PERMISSION_DENIED', 'en', params)).toBe(
      'User Jana with the role Lecturer may not record and read service acts (acts.record).',
    );
  });

  it('words a rule about the row, and leaves an unknown code as it is', () => {
    const params = { user: 'Eva', role: 'receptionist', action: 'confidentialNotes' };
    expect(errorMessage('PERMISSION_DENIED', 'en', params)).toBe(
      'User Eva with the role Receptionist may not read or change confidential counselling notes.',
    );
    expect(
      errorMessage('PERMISSION_DENIED', 'cs', { user: 'Eva', role: 'admin', action: 'x.y' }),
    ).toContain('nesmí x.y (x.y)');
  });
});
