import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGdprCentre, type GdprCentre } from './gdpr-fixture.ts';

/**
 * Issue 12 (d): once the person has withdrawn consent, nothing new is recorded against the
 * name — not a service act, a loan, an enrolment or a presence at a lesson — and the refusal
 * says why, in Czech; the database is left as it was. What is not a new act still works.
 */
describe('a client who withdrew consent', () => {
  let centre: GdprCentre;
  beforeEach(async () => {
    centre = await openGdprCentre();
    await centre.ok('clients.update', {
      id: centre.client.id,
      changes: { consentWithdrawn: '2026-10-15' },
    });
  });
  afterEach(() => centre.close());

  it('gets no new act, and the message says consent was withdrawn and when', async () => {
    const before = centre.dump();
    const error = await centre.refused('acts.record', {
      clientId: centre.client.id,
      type: 'social_legal_counselling',
    });
    expect(error).toEqual({
      code: 'CONSENT_WITHDRAWN',
      message: expect.stringContaining(
        'Souhlas se zpracováním osobních údajů (Nguyễn Thị Thu Hằng) byl odvolán 15. 10. 2026',
      ),
    });
    expect(
      (
        await centre.refused(
          'acts.record',
          {
            clientId: centre.client.id,
            type: 'internet',
          },
          'en',
        )
      ).message,
    ).toContain('withdrew consent to the processing of personal data on 2026-10-15');
    expect(centre.dump()).toBe(before);
  });

  it('is refused under a merged record’s id too (the same person)', async () => {
    const before = centre.dump();
    const error = await centre.refused('acts.record', {
      clientId: centre.second.id,
      type: 'internet',
    });
    expect(error.code).toBe('CONSENT_WITHDRAWN');
    expect(centre.dump()).toBe(before);
  });

  it('borrows no book, joins no course and is marked present at no new lesson', async () => {
    const before = centre.dump();
    const lend = await centre.refused('loans.lend', {
      bookId: centre.book.id,
      clientId: centre.client.id,
    });
    expect(lend.code).toBe('CONSENT_WITHDRAWN');
    await centre.ok('enrolments.leave', {
      enrolmentId: enrolmentId(centre),
      date: '2026-10-20',
    });
    const afterLeaving = centre.dump();
    const enrol = await centre.refused('enrolments.enrol', {
      courseId: centre.course.id,
      clientId: centre.client.id,
    });
    expect(enrol.code).toBe('CONSENT_WITHDRAWN');
    expect(centre.dump()).toBe(afterLeaving);
    expect(before).not.toBe(afterLeaving);
  });

  it('is not marked present at a lesson, while an absence or an existing presence stays possible', async () => {
    const [first, second] = centre.lessons;
    const before = centre.dump();
    const error = await centre.refused('attendance.mark', {
      lessonId: second!.id,
      marks: [{ clientId: centre.client.id, isPresent: true }],
    });
    expect(error.code).toBe('CONSENT_WITHDRAWN');
    expect(centre.dump()).toBe(before);
    // Saving the sheet again with the presence marked before the withdrawal changes nothing.
    await centre.ok('attendance.mark', {
      lessonId: first!.id,
      marks: [{ clientId: centre.client.id, isPresent: true }],
    });
    expect(centre.dump()).toBe(before);
    await centre.ok('attendance.mark', {
      lessonId: first!.id,
      marks: [{ clientId: centre.client.id, isPresent: false }],
    });
  });

  it('keeps earlier acts correctable and loans returnable, and takes acts again once consent is given anew', async () => {
    await centre.ok('acts.update', {
      id: centre.acts.counselling.id,
      changes: { note: 'Opraveno.' },
    });
    await centre.ok('clients.update', {
      id: centre.client.id,
      changes: { consentWithdrawn: null, consentDate: '2026-11-01' },
    });
    await centre.ok('acts.record', { clientId: centre.client.id, type: 'internet' });
  });
});

function enrolmentId(centre: GdprCentre): string {
  return (
    centre.store.sqlite
      .prepare('SELECT id FROM enrolments WHERE client_id = ?')
      .get(centre.client.id) as { id: string }
  ).id;
}
