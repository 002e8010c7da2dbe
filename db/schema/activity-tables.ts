/** Kysely row types of what the centre does: acts, partners, events, courses, the library. */

export interface ServiceTypesTable {
  id: string;
  label_cs: string;
  label_en: string;
  is_archived: number;
  deleted: number;
}

export interface ServiceActsTable {
  id: string;
  client_id: string;
  type: string;
  date: string;
  town: string;
  minutes: number | null;
  worker_id: string | null;
  note: string;
  is_confidential: number;
  computer: string;
  partner_id: string | null;
  event_id: string | null;
  deleted: number;
}

export interface PartnersTable {
  id: string;
  name: string;
  kind: string;
  town: string;
  contact: string;
  note: string;
  is_archived: number;
  deleted: number;
}

export interface EventsTable {
  id: string;
  date: string;
  town: string;
  kind: string;
  topic: string;
  participants: number;
  /** JSON array of partner ids. */
  partner_ids: string;
  note: string;
  deleted: number;
}

export interface AnonymousTalliesTable {
  id: string;
  date: string;
  type: string;
  town: string;
  count: number;
  deleted: number;
}

export interface CoursesTable {
  id: string;
  kind: string;
  title: string;
  town: string;
  venue: string;
  level: string;
  lecturer: string;
  start_date: string;
  end_date: string;
  capacity: number | null;
  /** JSON array of { weekday, start, end }. */
  schedule: string;
  deleted: number;
}

export interface LessonsTable {
  id: string;
  course_id: string;
  date: string;
  start_time: string;
  end_time: string;
  is_cancelled: number;
  deleted: number;
}

export interface EnrolmentsTable {
  id: string;
  course_id: string;
  client_id: string;
  enrolled_on: string;
  left_on: string | null;
  deleted: number;
}

export interface AttendanceTable {
  id: string;
  lesson_id: string;
  client_id: string;
  is_present: number;
  deleted: number;
}

export interface BooksTable {
  id: string;
  title: string;
  author: string;
  language: string;
  isbn: string;
  copies: number;
  shelf_mark: string;
  deleted: number;
}

export interface LoansTable {
  id: string;
  book_id: string;
  client_id: string;
  loaned_on: string;
  due_on: string;
  returned_on: string | null;
  renewals: number;
  town: string;
  deleted: number;
}
