/** The warm-up journey (journey.mjs) with the extension in code-server's Node extension host, where it runs by default. */
import assert from 'node:assert/strict';
import { JOURNEY_SETTINGS, warmupJourney } from './journey.mjs';
import { runningHost, useWorkbench } from './support.mjs';

describe('warm-up in a real VS Code', function () {
  this.timeout(120_000);
  const workbench = useWorkbench(JOURNEY_SETTINGS, { screenshotPrefix: 'e2e' });

  it('runs in the Node extension host by default, although it has a browser entry too', async () => {
    assert.equal(await runningHost(workbench.page), 'node');
  });

  warmupJourney(workbench);
});
