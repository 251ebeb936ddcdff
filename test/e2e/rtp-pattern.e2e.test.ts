import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { haveBrowser } from '../support/browser';
import type { Bridge } from '../support/bridge/server';
import { openBridgedApp, type BridgedApp } from '../support/bridged-app';
import { corpusPath, haveShared } from '../support/shared';

// A capture of RTP alone (no SIP/SDP): its stream is found by pattern, said so under the QoS
// table, and its 236 packets (tshark's count, none lost) are the loss evidence — until the
// Settings page asks for announced streams only.

const STREAM_ONLY = 'rtp_g711a_stream_only.pcap';

describe.skipIf(!haveBrowser || !haveShared)('RTP found by pattern, in Chromium', () => {
  let app: BridgedApp;
  let bridge: Bridge;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openBridgedApp({ locale: 'en-US', pageErrors });
    ({ bridge, page } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  const card = () => page.locator(`article[data-file="${STREAM_ONLY}"]`);
  const analyse = async () => {
    await card().getByRole('button', { name: 'Analyse QoS' }).click();
    await card().locator('.qos-table').waitFor();
  };
  const lossEvidence = () => card().locator('.qos-table tr', { hasText: 'Packet loss' }).locator('td').first().locator('.evidence').innerText();

  it('finds the stream by pattern and takes its loss from it', async () => {
    bridge.openFiles([corpusPath(STREAM_ONLY)]);
    await card().locator('.properties').waitFor();
    await analyse();
    expect(await card().getByTestId('rtp-by-pattern').innerText()).toMatch(/^RTP streams found by pattern, not announced by SIP\/SDP: 1\./);
    expect(await lossEvidence()).toBe('evidence: RTP, 236 expected, 236 received');
    // The stream as `tshark --enable-heuristic rtp_udp -z rtp,streams` lists it.
    const row = await card().getByTestId('rtp-streams').locator('tbody tr').allInnerTexts();
    expect(row.map((r) => r.split('\t'))).toEqual([
      ['10.1.3.143:5000', '10.1.6.18:2006', '0xDEE0EE8F', 'g711A', '236', '0 (0.0 %)', '34.829', '0.350', '0.829', 'by pattern'],
    ]);
  });

  it('reports announced streams only once Settings says so', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Only streams SIP/SDP announced').check();
    await expect.poll(() => bridge.settings.read().rtpStreams).toBe('announced');
    await page.getByRole('navigation').getByRole('button', { name: 'Captures' }).click();
    await analyse();
    await expect.poll(lossEvidence).toBe('the capture holds no evidence of loss');
    expect(await card().getByTestId('rtp-by-pattern').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
