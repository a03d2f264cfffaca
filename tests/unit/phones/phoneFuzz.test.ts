import fc from 'fast-check';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THIS_COMPUTER } from '../../../shared/phones/advertisedAddress';
import type { Snapshot } from '../../../shared/protocol/verbs';
import { allNotes } from '../../../shared/session/noteTable';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import type { PhonesOpen, SessionState } from '../../../shared/session/types';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { answers, isView, openPhone, phoneToken } from '../helpers/phoneClient';
import { makeTempDir } from '../helpers/tempDir';

/**
 * Whatever a phone sends, the host stays up, answers the next phone, keeps each item once, and the session it holds
 * still saves and opens: random and near-valid phone messages (fast-check) over a real socket on loopback.
 */
describe('phone messages, random and hostile', () => {
  let h: HostHarness;
  let open: PhonesOpen;
  beforeAll(async () => {
    const temp = await makeTempDir();
    await mkdir(temp.dir, { recursive: true });
    await writeFile(path.join(temp.dir, 'phone.html'), '<!doctype html><main id="phone"></main>');
    h = await makeHost({ phonePageRoot: temp.dir, phoneAddresses: () => [THIS_COMPUTER], phoneLimits: { messagesPerSecondPerPhone: 1000, joinsPerMinutePerAddress: 10_000 } });
    await startWorkshop(h.control);
    await h.control.ok('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
    ({ open } = await h.control.ok<{ open: PhonesOpen }>('phones.open', { address: '127.0.0.1' }));
  });
  afterAll(async () => {
    await h.cleanup();
  });

  const activityIds = ['opening-perceptions', 'trust-breakers', 'nope', '__proto__', 'constructor', ''];
  const nearValid = fc.oneof(
    fc.record({ t: fc.constant('note'), id: fc.string({ maxLength: 50 }), activityId: fc.constantFrom(...activityIds), text: fc.string({ maxLength: 300 }), columnId: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), name: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }) }, { requiredKeys: ['t', 'id', 'activityId', 'text'] }),
    fc.record({ t: fc.constant('ballot'), id: fc.stringMatching(/^[a-z0-9]{1,8}$/), activityId: fc.constantFrom(...activityIds), optionIds: fc.array(fc.string({ maxLength: 30 }), { maxLength: 120 }) }),
    fc.record({ t: fc.constant('rating'), id: fc.stringMatching(/^[a-z0-9]{1,8}$/), activityId: fc.constantFrom(...activityIds), points: fc.dictionary(fc.string({ maxLength: 10 }), fc.integer({ min: -5, max: 200 }), { maxKeys: 30 }) }),
    fc.record({ t: fc.constantFrom('hello', 'call', 'snapshot', 'session.dispatch'), v: fc.integer(), code: fc.string({ maxLength: 8 }), token: fc.string({ maxLength: 70 }) }),
  );
  const anything = fc.oneof(nearValid, fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 200 }));

  it('never crashes the host, never adds an item twice, and leaves a session that saves and opens', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(anything, { minLength: 1, maxLength: 25 }), async (messages) => {
        run += 1;
        const phone = await openPhone(open.address);
        phone.send({ t: 'hello', v: 1, code: open.code, token: phoneToken(`fuzz${run}`) });
        await phone.next(isView);
        for (const message of messages) phone.send(typeof message === 'string' ? message : JSON.stringify(message));
        // The same item twice, then a sentinel: both answered, in order, after everything above.
        phone.send({ t: 'note', id: 'sentinel', activityId: 'opening-perceptions', text: `Sentinel ${run}` });
        phone.send({ t: 'note', id: 'sentinel', activityId: 'opening-perceptions', text: `Sentinel ${run}` });
        const answered = await Promise.race([phone.next(answers('sentinel')).then(() => 'answered'), phone.closed().then(() => 'closed')]);
        phone.close();
        // A socket the host closed (unreadable text) is fine; the host itself must still serve the next phone.
        const next = await openPhone(open.address);
        next.send({ t: 'hello', v: 1, code: open.code, token: phoneToken(`next${run}`) });
        await next.next(isView);
        next.close();
        const session = (await h.control.ok<Snapshot>('session.snapshot')).session as SessionState;
        const texts = allNotes(session.notes).map((note) => note.text);
        if (answered === 'answered') expect(texts.filter((text) => text === `Sentinel ${run}`)).toHaveLength(1);
        const reopened = parseSessionFile(serializeSessionFile(session, 0));
        expect(reopened.ok, reopened.ok ? '' : JSON.stringify(reopened)).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
