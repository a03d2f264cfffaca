import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSessionReport } from '../../../../shared/report/buildSessionReport';
import { parseSessionFile } from '../../../../shared/session/sessionFile';
import { REPORT_FIXTURE_EXPORTED_AT, REPORT_FIXTURE_FILE, REPORT_GOLDEN_FILE, reportFixtureExportTime } from '../../../support/reportFixture';
import { renderMarkdown, tagsIn } from './markdownRender';

const root = path.resolve(import.meta.dirname, '../../../..');

/** The fixture session, read from its file as Groundwork would open it. */
function fixtureSession() {
  const parsed = parseSessionFile(readFileSync(path.join(root, REPORT_FIXTURE_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(`${REPORT_FIXTURE_FILE} does not open: ${parsed.problem}`);
  return parsed.session;
}

function fixtureReport(): string {
  const session = fixtureSession();
  return buildSessionReport(session, { now: reportFixtureExportTime(session), exportedAtLabel: REPORT_FIXTURE_EXPORTED_AT, audience: 'facilitator' });
}

describe('the report of the fixture session (golden file)', () => {
  it(`matches ${REPORT_GOLDEN_FILE} exactly (UPDATE_GOLDEN=1 rewrites it; read the diff before keeping it)`, () => {
    const report = fixtureReport();
    const goldenPath = path.join(root, REPORT_GOLDEN_FILE);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, report);
    expect(report).toBe(readFileSync(goldenPath, 'utf8'));
  });
});

describe('the golden report holds what a facilitator would look for', () => {
  let golden = '';
  beforeEach(() => {
    golden = readFileSync(path.join(root, REPORT_GOLDEN_FILE), 'utf8');
  });

  it('names the session, its group and its date', () => {
    expect(golden.startsWith('# Management and Leadership: two sides of the same job\n')).toBe(true);
    expect(golden).toContain('- **Group:** Ops leads, North site');
    expect(golden).toContain('- **Date:** 28 November 2026');
    expect(golden).toContain('- **Exported:** 28 November 2026, 10:32');
  });

  it('has the agenda with planned and actual minutes, a never-started activity, a running timer and a total', () => {
    expect(golden).toContain('| 1 | Opening: manager or leader? | Sort | 10 min | 11 min |');
    expect(golden).toContain('| 7 | Managing up: open channels and check-ins | Discussion | 7 min | — |');
    expect(golden).toContain('| 10 | Close: two sides of the same job | Commitments | 9 min | 6 min (running) |');
    expect(golden).toContain('|  | **Total** |  | **90 min** | **88 min** |');
  });

  it('has a section per activity in agenda order', () => {
    const headings = [...golden.matchAll(/^## (\d+)\. /gm)].map((match) => Number(match[1]));
    expect(headings).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives every sort column its heading, count and notes, with a moved note in its new column', () => {
    for (const heading of ['### Manager: 2 notes', '### Leader: 3 notes', '### Both: 2 notes', '### Level 1: 2 notes', '### Level 2: 2 notes', '### Level 3: 1 note']) {
      expect(golden).toContain(`\n${heading}\n`);
    }
    const leader = golden.slice(golden.indexOf('### Leader'), golden.indexOf('### Both'));
    expect(leader).toContain('- Takes risks');
  });

  it('lists the map by quadrant, with the note not yet placed', () => {
    const visionary = golden.slice(golden.indexOf('### The visionary'), golden.indexOf('### The administrator'));
    expect(visionary).toContain('- Talking about careers with the team');
    expect(golden).toContain('### Not placed: 1 note\n\n- Site safety walk');
  });

  it('ranks the vote with dot counts, including an option the facilitator added', () => {
    expect(golden).toContain('1. Micromanagement: **14 dots**\n2. A lack of empathy for people’s needs: **11 dots**');
    expect(golden).toContain('6. Meetings that should have been an e-mail: **3 dots**');
    expect(golden).not.toContain('never revealed');
  });

  it('gives the reflection prompts and the shared highlights, naming only the one the facilitator attributed', () => {
    expect(golden).toContain('- Feet on the ground: what must I keep running smoothly?');
    expect(golden).toContain('- I want my shift leads to run the site without me by next summer. — Priya');
    expect(golden).toContain('- Keep the rota fair and on time, every week.\n');
  });

  it('gives the scale one compact table: each statement its counts, number of people and mean', () => {
    expect(golden).toContain('| Keeping the daily work running smoothly | 0 | 1 | 2 | 5 | 4 | 12 | 4.0 |\n');
    expect(golden).toContain('| Keeping channels open, up and down | 0 | 0 | 0 | 0 | 0 | 0 | — |\n');
  });

  it('gives the commitments as a checklist that reads as one where task lists are not drawn', () => {
    expect(golden).toContain('- ☐ **Priya** — Book a monthly check-in with my manager: what is going well, what I need (by Friday)');
    expect(golden).toContain('- ☐ **Sam** — Ask each person what they want to learn next year\n');
  });

  it('keeps a note’s own lines, inside its item, and escapes only what Markdown would misread', () => {
    expect(golden).toContain('- Most of our week is admin:\\\n  \\- weekly reports\\\n  \\- approvals\\\n  \\- the rota\n');
    expect(golden).toContain('- Plans the rota & the holidays\n');
    expect(golden).toContain('| 7 | Managing up: open channels and check-ins |');
  });

  it('keeps the hidden note, marked, and never the deleted one', () => {
    expect(golden).toContain("talk to him 1:1, not in the room *(not shown to the room)*");
    expect(golden).not.toContain('feedbakc');
  });

  it('says so in one line where nothing was captured', () => {
    expect(golden).toContain('## 7. Managing up: open channels and check-ins\n\n*Discussion · planned 7 min · actual not started*\n\n**Prompt:** What would an open channel with your own manager look like?\n\nNo notes were captured.\n');
  });

  it('renders as plain document structure: no links, images, HTML or code from the notes', () => {
    const tags = new Set(tagsIn(renderMarkdown(golden)));
    expect([...tags].sort()).toEqual(['br', 'em', 'h1', 'h2', 'h3', 'li', 'ol', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);
  });
});
