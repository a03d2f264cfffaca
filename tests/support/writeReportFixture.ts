/**
 * Writes the fixture session file the report's golden test reads:
 *   npx tsx tests/support/writeReportFixture.ts
 * Run it only when the fixture's content should change; then regenerate the
 * golden report with UPDATE_GOLDEN=1 and read the diff before keeping it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { serializeSessionFile } from '../../shared/session/sessionFile';
import { REPORT_FIXTURE_FILE, reportFixtureExportTime, reportFixtureSession } from './reportFixture';
import { noteIds } from './noteTables';

const session = reportFixtureSession();
const target = path.resolve(import.meta.dirname, '../..', REPORT_FIXTURE_FILE);
writeFileSync(target, `${serializeSessionFile(session, reportFixtureExportTime(session))}\n`);
console.log(`Wrote ${REPORT_FIXTURE_FILE}: ${noteIds(session.notes).length} notes, ${session.agenda.length} activities.`);
