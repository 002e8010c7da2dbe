-- table access_log
CREATE TABLE access_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  site_id TEXT,
  action TEXT NOT NULL CHECK (action IN ('drilldown', 'report_export')),
  detail TEXT NOT NULL
  ) STRICT;

-- table anonymous_tallies
CREATE TABLE anonymous_tallies (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  count INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table attendance
CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  lesson_id TEXT NOT NULL DEFAULT '',
  client_id TEXT NOT NULL DEFAULT '',
  is_present INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table audit_log
CREATE TABLE "audit_log" (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  site_id TEXT,
  action TEXT NOT NULL CHECK (action IN
  ('create', 'update', 'merge', 'unmerge', 'open', 'export', 'anonymise')),
  client_id TEXT NOT NULL
  ) STRICT;

-- table books
CREATE TABLE books (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  isbn TEXT NOT NULL DEFAULT '',
  copies INTEGER NOT NULL DEFAULT 1,
  shelf_mark TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table client_keys
CREATE TABLE client_keys (
  client_rowid INTEGER PRIMARY KEY,
  sort_key TEXT NOT NULL,
  dup_key TEXT NOT NULL,
  family_key TEXT NOT NULL,
  phone_key TEXT NOT NULL
  ) STRICT;

-- table client_search
CREATE VIRTUAL TABLE client_search USING fts5(
  names, phonetic, extra,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
  );

-- table client_search_config
CREATE TABLE 'client_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table client_search_data
CREATE TABLE 'client_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table client_search_docsize
CREATE TABLE 'client_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table client_search_idx
CREATE TABLE 'client_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table clients
CREATE TABLE "clients" (
  local_number INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  is_pseudonymous INTEGER NOT NULL DEFAULT 0,
  family_name TEXT NOT NULL DEFAULT '',
  given_names TEXT NOT NULL DEFAULT '',
  nickname TEXT NOT NULL DEFAULT '',
  other_spellings TEXT NOT NULL DEFAULT '',
  birth_date TEXT,
  sex TEXT,
  nationality TEXT NOT NULL DEFAULT '',
  residence_status TEXT,
  residence_valid_until TEXT,
  town TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '[]',
  preferred_language TEXT NOT NULL DEFAULT '',
  first_contact TEXT,
  registering_site_id TEXT,
  consent_date TEXT,
  consent_version TEXT NOT NULL DEFAULT '',
  consent_withdrawn TEXT,
  is_consent_pending INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  merged_into TEXT,
  deleted INTEGER NOT NULL DEFAULT 0
  , anonymised_on TEXT) STRICT;

-- table courses
CREATE TABLE courses (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  venue TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL DEFAULT '',
  lecturer TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  capacity INTEGER,
  schedule TEXT NOT NULL DEFAULT '[]',
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table enrolments
CREATE TABLE enrolments (
  id TEXT PRIMARY KEY,
  course_id TEXT NOT NULL DEFAULT '',
  client_id TEXT NOT NULL DEFAULT '',
  enrolled_on TEXT NOT NULL DEFAULT '',
  left_on TEXT,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table erasures
CREATE TABLE erasures (
  id TEXT PRIMARY KEY,
  reason TEXT NOT NULL DEFAULT '',
  erased_on TEXT,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table events
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'other',
  topic TEXT NOT NULL DEFAULT '',
  participants INTEGER NOT NULL DEFAULT 0,
  partner_ids TEXT NOT NULL DEFAULT '[]',
  note TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table hlc_state
CREATE TABLE hlc_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  wall INTEGER NOT NULL,
  counter INTEGER NOT NULL
  ) STRICT;

-- table kysely_migration
CREATE TABLE "kysely_migration" (
  name varchar(255) NOT NULL PRIMARY KEY,
  timestamp varchar(255) NOT NULL
  );

-- table legacy_refs
CREATE TABLE legacy_refs (
  id TEXT PRIMARY KEY,
  row_id TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table lessons
CREATE TABLE lessons (
  id TEXT PRIMARY KEY,
  course_id TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  start_time TEXT NOT NULL DEFAULT '',
  end_time TEXT NOT NULL DEFAULT '',
  is_cancelled INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table loans
CREATE TABLE loans (
  id TEXT PRIMARY KEY,
  book_id TEXT NOT NULL DEFAULT '',
  client_id TEXT NOT NULL DEFAULT '',
  loaned_on TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL DEFAULT '',
  returned_on TEXT,
  renewals INTEGER NOT NULL DEFAULT 0,
  town TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table local_meta
CREATE TABLE local_meta (
  key TEXT PRIMARY KEY,
  value ANY
  ) STRICT;

-- table op_fields
CREATE TABLE op_fields (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  UNIQUE (table_name, column_name)
  ) STRICT;

-- table op_sites
CREATE TABLE op_sites (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE
  ) STRICT;

-- table ops
CREATE TABLE "ops" (
  site INTEGER NOT NULL,
  counter INTEGER NOT NULL,
  hlc INTEGER NOT NULL,
  field INTEGER NOT NULL,
  row ANY NOT NULL,
  value ANY,
  deps BLOB,
  author INTEGER,
  PRIMARY KEY (site, counter)
  ) STRICT, WITHOUT ROWID;

-- table ops_awaited
CREATE TABLE ops_awaited (
  site INTEGER NOT NULL,
  counter INTEGER NOT NULL,
  field INTEGER NOT NULL,
  PRIMARY KEY (site, counter, field)
  ) STRICT, WITHOUT ROWID;

-- table partners
CREATE TABLE partners (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'other',
  town TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  is_archived INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table report_combos
CREATE TABLE report_combos (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  town TEXT NOT NULL,
  kind TEXT,
  nationality TEXT NOT NULL
  ) STRICT;

-- table report_dirty
CREATE TABLE report_dirty (client_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

-- table report_erased
CREATE TABLE report_erased (client_rowid INTEGER PRIMARY KEY) STRICT;

-- table report_generation
CREATE TABLE report_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n INTEGER NOT NULL
  ) STRICT;

-- table report_submission_acts
CREATE TABLE report_submission_acts (
  submission_id TEXT NOT NULL REFERENCES report_submissions (id),
  source TEXT NOT NULL,
  source_id TEXT NOT NULL,
  person TEXT NOT NULL,
  nationality TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  town TEXT NOT NULL,
  PRIMARY KEY (submission_id, source, source_id)
  ) STRICT, WITHOUT ROWID;

-- table report_submission_checks
CREATE TABLE report_submission_checks (
  submission_id TEXT PRIMARY KEY,
  generation INTEGER NOT NULL,
  changed_acts INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;

-- table report_submissions
CREATE TABLE report_submissions (
  id TEXT PRIMARY KEY,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  town TEXT NOT NULL DEFAULT '',
  figures TEXT NOT NULL,
  acts INTEGER NOT NULL,
  submitted_at TEXT NOT NULL,
  submitted_by TEXT,
  note TEXT NOT NULL DEFAULT ''
  ) STRICT;

-- table report_summary_blocks
CREATE TABLE report_summary_blocks (
  year INTEGER NOT NULL,
  block INTEGER NOT NULL,
  clients BLOB NOT NULL,
  PRIMARY KEY (year, block)
  ) STRICT, WITHOUT ROWID;

-- table review_items
CREATE TABLE review_items (
  id TEXT PRIMARY KEY,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  column_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('edit', 'deleteEdit'))
  ) STRICT, WITHOUT ROWID;

-- table row_heads
CREATE TABLE "row_heads" (
  row ANY PRIMARY KEY,
  heads BLOB NOT NULL
  ) STRICT, WITHOUT ROWID;

-- table service_acts
CREATE TABLE service_acts (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  minutes INTEGER,
  worker_id TEXT,
  note TEXT NOT NULL DEFAULT '',
  is_confidential INTEGER NOT NULL DEFAULT 0,
  computer TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0
  , partner_id TEXT, event_id TEXT) STRICT;

-- table service_types
CREATE TABLE service_types (
  id TEXT PRIMARY KEY,
  label_cs TEXT NOT NULL DEFAULT '',
  label_en TEXT NOT NULL DEFAULT '',
  is_archived INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table settings
CREATE TABLE settings (
  id TEXT PRIMARY KEY,
  value ANY,
  deleted INTEGER NOT NULL DEFAULT 0
  ) STRICT;

-- table sign_in_failures
CREATE TABLE sign_in_failures (
  name_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_at INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;

-- table sites
CREATE TABLE sites (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  is_hq INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
  , signing_key TEXT NOT NULL DEFAULT '', agreement_key TEXT NOT NULL DEFAULT '', is_revoked INTEGER NOT NULL DEFAULT 0, enrolled_on TEXT) STRICT;

-- table sync_acks
CREATE TABLE sync_acks (
  peer TEXT NOT NULL,
  origin TEXT NOT NULL,
  counter INTEGER NOT NULL,
  PRIMARY KEY (peer, origin)
  ) STRICT, WITHOUT ROWID;

-- table sync_files
CREATE TABLE sync_files (
  file_id TEXT PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  peer TEXT NOT NULL,
  at TEXT NOT NULL,
  operations INTEGER NOT NULL,
  -- What a written file told its peer (ranges and vector): the same again is not rewritten.
  summary TEXT NOT NULL DEFAULT ''
  ) STRICT, WITHOUT ROWID;

-- table users
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT 'worker',
  site_id TEXT,
  deleted INTEGER NOT NULL DEFAULT 0
  , password_hash TEXT NOT NULL DEFAULT '', is_disabled INTEGER NOT NULL DEFAULT 0) STRICT;

-- table version_vector
CREATE TABLE version_vector (
  site TEXT PRIMARY KEY,
  counter INTEGER NOT NULL
  ) STRICT;

-- index access_log_by_time
CREATE INDEX access_log_by_time ON access_log (at);

-- index anonymous_tallies_by_date
CREATE INDEX anonymous_tallies_by_date ON anonymous_tallies (date, type);

-- index attendance_attended
CREATE INDEX attendance_attended ON attendance (lesson_id, client_id, id)
  WHERE deleted = 0 AND is_present = 1;

-- index attendance_by_client
CREATE INDEX attendance_by_client ON attendance (client_id);

-- index attendance_by_lesson
CREATE INDEX attendance_by_lesson ON attendance (lesson_id);

-- index audit_log_by_client
CREATE INDEX audit_log_by_client ON audit_log (client_id);

-- index client_keys_by_dup
CREATE INDEX client_keys_by_dup ON client_keys (dup_key);

-- index client_keys_by_family
CREATE INDEX client_keys_by_family ON client_keys (family_key);

-- index client_keys_by_phone
CREATE INDEX client_keys_by_phone ON client_keys (phone_key) WHERE phone_key <> '';

-- index client_keys_by_sort
CREATE INDEX client_keys_by_sort ON client_keys (sort_key);

-- index clients_by_merged_into
CREATE INDEX clients_by_merged_into ON clients (merged_into) WHERE merged_into IS NOT NULL;

-- index clients_counted
CREATE INDEX clients_counted ON clients (id, deleted, nationality);

-- index enrolments_by_client
CREATE INDEX enrolments_by_client ON enrolments (client_id);

-- index enrolments_by_course
CREATE INDEX enrolments_by_course ON enrolments (course_id);

-- index events_by_date
CREATE INDEX events_by_date ON events (date, town) WHERE deleted = 0;

-- index legacy_refs_by_row
CREATE INDEX legacy_refs_by_row ON legacy_refs (row_id);

-- index lessons_by_course
CREATE INDEX lessons_by_course ON lessons (course_id, date);

-- index lessons_by_date
CREATE INDEX lessons_by_date ON lessons (date);

-- index lessons_held
CREATE INDEX lessons_held ON lessons (date, id, course_id)
  WHERE deleted = 0 AND is_cancelled = 0;

-- index loans_by_book
CREATE INDEX loans_by_book ON loans (book_id) WHERE returned_on IS NULL;

-- index loans_by_client
CREATE INDEX loans_by_client ON loans (client_id);

-- index loans_in_period
CREATE INDEX loans_in_period ON loans (loaned_on, client_id, town, id)
  WHERE deleted = 0;

-- index loans_open_by_due
CREATE INDEX loans_open_by_due ON loans (due_on) WHERE returned_on IS NULL;

-- index ops_by_row
CREATE INDEX ops_by_row ON ops (row);

-- index report_submissions_by_period
CREATE INDEX report_submissions_by_period
  ON report_submissions (period_from, period_to, town, submitted_at);

-- index report_summary_blocks_by_block
CREATE INDEX report_summary_blocks_by_block ON report_summary_blocks (block);

-- index service_acts_by_client
CREATE INDEX service_acts_by_client ON service_acts (client_id, date);

-- index service_acts_by_date
CREATE INDEX service_acts_by_date ON service_acts (date, type);

-- index service_acts_by_event
CREATE INDEX service_acts_by_event ON service_acts (event_id, client_id)
  WHERE event_id IS NOT NULL;

-- index service_acts_in_period
CREATE INDEX service_acts_in_period ON service_acts (date, client_id, type, town, id)
  WHERE deleted = 0;

-- index service_acts_referrals
CREATE INDEX service_acts_referrals ON service_acts (date, partner_id, client_id, town)
  WHERE deleted = 0 AND partner_id IS NOT NULL;

-- index sync_files_by_peer
CREATE INDEX sync_files_by_peer ON sync_files (peer, direction, at);

-- view all_acts
CREATE VIEW all_acts AS
  SELECT 'act' AS source, a.id AS source_id, a.client_id, a.type, a.date, a.town,
  NULL AS course_id, NULL AS course_kind
  FROM service_acts a WHERE a.deleted = 0
  UNION ALL
  SELECT 'lesson', t.id, t.client_id, CASE c.kind WHEN 'sociocultural' THEN 'sociocultural_course' WHEN 'pc' THEN 'pc_course' ELSE 'czech_course' END,
  l.date, c.town, c.id, c.kind
  FROM attendance t
  JOIN lessons l ON l.id = t.lesson_id
  JOIN courses c ON c.id = l.course_id
  WHERE t.deleted = 0 AND t.is_present = 1 AND l.deleted = 0 AND l.is_cancelled = 0
  AND c.deleted = 0
  UNION ALL
  SELECT 'loan', o.id, o.client_id, 'library', o.loaned_on, o.town, NULL, NULL
  FROM loans o WHERE o.deleted = 0;

-- trigger access_log_no_delete
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only');
  END;

-- trigger access_log_no_update
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only');
  END;

-- trigger attendance_report_delete
CREATE TRIGGER attendance_report_delete AFTER DELETE ON attendance BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (old.client_id);
  END;

-- trigger attendance_report_insert
CREATE TRIGGER attendance_report_insert AFTER INSERT ON attendance BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (new.client_id);
  END;

-- trigger attendance_report_update
CREATE TRIGGER attendance_report_update AFTER UPDATE OF client_id, lesson_id, is_present, deleted ON attendance
  WHEN old.client_id IS NOT new.client_id OR old.lesson_id IS NOT new.lesson_id OR old.is_present IS NOT new.is_present OR old.deleted IS NOT new.deleted BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (old.client_id);
  INSERT OR IGNORE INTO report_dirty VALUES (new.client_id);
  END;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
  END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
  END;

-- trigger clients_index_delete
CREATE TRIGGER clients_index_delete AFTER DELETE ON clients BEGIN
  DELETE FROM client_search WHERE rowid = old.rowid;
  DELETE FROM client_keys WHERE client_rowid = old.rowid;
  END;

-- trigger clients_index_insert
CREATE TRIGGER clients_index_insert AFTER INSERT ON clients BEGIN
  INSERT INTO client_search (rowid, names, phonetic, extra) VALUES (new.rowid,
  pristav_search_names(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
  pristav_search_phonetic(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
  pristav_search_extra(new.birth_date, new.phone));
  INSERT INTO client_keys (client_rowid, sort_key, dup_key, family_key, phone_key) VALUES (
  new.rowid,
  pristav_sort_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name || ' ' || new.given_names END),
  pristav_dup_key(new.family_name || ' ' || new.given_names || ' ' || new.nickname),
  pristav_dup_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name END),
  pristav_phone_key(new.phone));
  END;

-- trigger clients_index_update
CREATE TRIGGER clients_index_update AFTER UPDATE ON clients BEGIN
  DELETE FROM client_search WHERE rowid = old.rowid;
  INSERT INTO client_search (rowid, names, phonetic, extra) VALUES (new.rowid,
  pristav_search_names(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
  pristav_search_phonetic(new.family_name || ' ' || new.given_names || ' ' || new.nickname || ' ' || new.other_spellings),
  pristav_search_extra(new.birth_date, new.phone));
  UPDATE client_keys SET
  sort_key = pristav_sort_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name || ' ' || new.given_names END),
  dup_key = pristav_dup_key(new.family_name || ' ' || new.given_names || ' ' || new.nickname),
  family_key = pristav_dup_key(CASE WHEN new.is_pseudonymous THEN new.nickname ELSE new.family_name END),
  phone_key = pristav_phone_key(new.phone)
  WHERE client_rowid = new.rowid;
  END;

-- trigger clients_report_delete
CREATE TRIGGER clients_report_delete AFTER DELETE ON clients BEGIN
  INSERT OR IGNORE INTO report_erased VALUES (old.rowid);
  INSERT OR IGNORE INTO report_dirty VALUES (old.id);
  END;

-- trigger clients_report_insert
CREATE TRIGGER clients_report_insert AFTER INSERT ON clients BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (new.id);
  END;

-- trigger clients_report_update
CREATE TRIGGER clients_report_update AFTER UPDATE OF nationality, deleted, merged_into
  ON clients WHEN old.nationality IS NOT new.nationality OR old.deleted IS NOT new.deleted
  OR old.merged_into IS NOT new.merged_into BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (new.id);
  END;

-- trigger courses_report_delete
CREATE TRIGGER courses_report_delete AFTER DELETE ON courses BEGIN INSERT OR IGNORE INTO report_dirty SELECT t.client_id FROM lessons l
  JOIN attendance t ON t.lesson_id = l.id WHERE l.course_id = old.id; END;

-- trigger courses_report_insert
CREATE TRIGGER courses_report_insert AFTER INSERT ON courses BEGIN INSERT OR IGNORE INTO report_dirty SELECT t.client_id FROM lessons l
  JOIN attendance t ON t.lesson_id = l.id WHERE l.course_id = new.id; END;

-- trigger courses_report_update
CREATE TRIGGER courses_report_update AFTER UPDATE OF kind, town, deleted ON courses
  WHEN old.kind IS NOT new.kind OR old.town IS NOT new.town OR old.deleted IS NOT new.deleted BEGIN INSERT OR IGNORE INTO report_dirty SELECT t.client_id FROM lessons l
  JOIN attendance t ON t.lesson_id = l.id WHERE l.course_id = new.id; END;

-- trigger lessons_report_delete
CREATE TRIGGER lessons_report_delete AFTER DELETE ON lessons BEGIN INSERT OR IGNORE INTO report_dirty SELECT client_id FROM attendance WHERE lesson_id = old.id; END;

-- trigger lessons_report_insert
CREATE TRIGGER lessons_report_insert AFTER INSERT ON lessons BEGIN INSERT OR IGNORE INTO report_dirty SELECT client_id FROM attendance WHERE lesson_id = new.id; END;

-- trigger lessons_report_update
CREATE TRIGGER lessons_report_update AFTER UPDATE OF course_id, date, is_cancelled, deleted ON lessons
  WHEN old.course_id IS NOT new.course_id OR old.date IS NOT new.date OR old.is_cancelled IS NOT new.is_cancelled OR old.deleted IS NOT new.deleted BEGIN INSERT OR IGNORE INTO report_dirty SELECT client_id FROM attendance WHERE lesson_id = new.id; END;

-- trigger loans_report_delete
CREATE TRIGGER loans_report_delete AFTER DELETE ON loans BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (old.client_id);
  END;

-- trigger loans_report_insert
CREATE TRIGGER loans_report_insert AFTER INSERT ON loans BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (new.client_id);
  END;

-- trigger loans_report_update
CREATE TRIGGER loans_report_update AFTER UPDATE OF client_id, loaned_on, town, deleted ON loans
  WHEN old.client_id IS NOT new.client_id OR old.loaned_on IS NOT new.loaned_on OR old.town IS NOT new.town OR old.deleted IS NOT new.deleted BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (old.client_id);
  INSERT OR IGNORE INTO report_dirty VALUES (new.client_id);
  END;

-- trigger report_submission_acts_no_delete
CREATE TRIGGER report_submission_acts_no_delete BEFORE DELETE ON report_submission_acts
  BEGIN SELECT RAISE(ABORT, 'submitted reports are append-only'); END;

-- trigger report_submission_acts_no_update
CREATE TRIGGER report_submission_acts_no_update BEFORE UPDATE ON report_submission_acts
  BEGIN SELECT RAISE(ABORT, 'submitted reports are append-only'); END;

-- trigger report_submissions_no_delete
CREATE TRIGGER report_submissions_no_delete BEFORE DELETE ON report_submissions
  BEGIN SELECT RAISE(ABORT, 'submitted reports are append-only'); END;

-- trigger report_submissions_no_update
CREATE TRIGGER report_submissions_no_update BEFORE UPDATE ON report_submissions
  BEGIN SELECT RAISE(ABORT, 'submitted reports are append-only'); END;

-- trigger service_acts_report_delete
CREATE TRIGGER service_acts_report_delete AFTER DELETE ON service_acts BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (old.client_id);
  END;

-- trigger service_acts_report_insert
CREATE TRIGGER service_acts_report_insert AFTER INSERT ON service_acts BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (new.client_id);
  END;

-- trigger service_acts_report_update
CREATE TRIGGER service_acts_report_update AFTER UPDATE OF client_id, type, date, town, deleted ON service_acts
  WHEN old.client_id IS NOT new.client_id OR old.type IS NOT new.type OR old.date IS NOT new.date OR old.town IS NOT new.town OR old.deleted IS NOT new.deleted BEGIN
  INSERT OR IGNORE INTO report_dirty VALUES (old.client_id);
  INSERT OR IGNORE INTO report_dirty VALUES (new.client_id);
  END;
