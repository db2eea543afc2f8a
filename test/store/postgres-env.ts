/** The PostgreSQL the store tests use, if any, and what to do when there is none. */
export const PG_URL = process.env.TEST_DATABASE_URL || undefined;

export const PG_SKIP_NOTICE = [
  'PostgreSQL store tests SKIPPED: TEST_DATABASE_URL is not set.',
  '  To run them, create a database and point TEST_DATABASE_URL at it, e.g. (Debian, PostgreSQL 15):',
  '    pg_ctlcluster 15 main start',
  "    sudo -u postgres psql -c \"CREATE ROLE skillmatcher LOGIN PASSWORD 'skillmatcher'\" -c 'CREATE DATABASE skillmatcher_test OWNER skillmatcher'",
  '    TEST_DATABASE_URL=postgres://skillmatcher:skillmatcher@127.0.0.1:5432/skillmatcher_test npm test',
  '  (.ci/run does all of this.) Each run works in a schema of its own and drops it afterwards.',
].join('\n');
