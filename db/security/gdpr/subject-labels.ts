import type { SubjectLanguage } from '../../contract/gdpr.ts';
import type { SubjectLabels } from './subject-label-types.ts';
import { cs } from './subject-labels/cs.ts';
import { en } from './subject-labels/en.ts';
import { mn } from './subject-labels/mn.ts';
import { ru } from './subject-labels/ru.ts';
import { uk } from './subject-labels/uk.ts';
import { vi } from './subject-labels/vi.ts';

/**
 * Every language of the subject-access PDF. Mongolian has no consent-form text yet (issue 13
 * adds it); its labels here are this export's own.
 */
export const subjectLabels: Record<SubjectLanguage, SubjectLabels> = { cs, en, uk, ru, vi, mn };
