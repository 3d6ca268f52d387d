/** The warm-up journey (journey.mjs) with the extension in code-server's Node extension host, where it runs by default. */
import assert from 'node:assert/strict';
import { JOURNEY_SETTINGS, warmupJourney } from './journey.mjs';
import { countdown, panel, runningHost, spoken, useWorkbench, waitFor } from './support.mjs';

/** The system's default voice is German here: English texts must still be read by the English voice. */
const VOICES = [
  { name: 'Test Deutsch', lang: 'de-DE', default: true },
  { name: 'Test English', lang: 'en-GB' },
];

describe('warm-up in a real VS Code', function () {
  this.timeout(120_000);
  const workbench = useWorkbench(JOURNEY_SETTINGS, { screenshotPrefix: 'e2e', voices: VOICES });

  it('runs in the Node extension host by default, although it has a browser entry too', async () => {
    assert.equal(await runningHost(workbench.page), 'node');
  });

  warmupJourney(workbench);

  it('reads its English lines in an English voice, though the default voice is German', async () => {
    const { page } = workbench;
    const frame = await panel(page);
    await frame.locator('#start').click();
    await frame.locator('#skip').click();
    const said = await waitFor('high knees spoken', () => spoken(frame), (list) => list?.some((line) => line.text.startsWith('High knees')));
    for (const line of said) assert.equal(line.voice, 'Test English', `said in ${line.voice}: ${line.text}`);
    await frame.locator('#stop').click();
    await waitFor('the countdown to go', () => countdown(page), (c) => c === undefined);
  });
});
