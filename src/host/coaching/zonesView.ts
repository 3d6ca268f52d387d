import * as vscode from 'vscode';
import { computeZones, formatBpmRanges, HeartRateSettings, ZonesResult } from '../../core/coaching/heartRate';
import { Block, InfoDocument } from '../../shared/infoProtocol';

function zoneFeel(zone: number): string {
  switch (zone) {
    case 1:
      return vscode.l10n.t('Very easy: recovery, walking, warming up');
    case 2:
      return vscode.l10n.t('Easy: most of your running, talk in full sentences');
    case 3:
      return vscode.l10n.t('Moderate: steady, talking gets harder');
    case 4:
      return vscode.l10n.t('Hard: threshold, a few words at a time');
    default:
      return vscode.l10n.t('Maximum: short efforts only');
  }
}

/**
 * Above this share of the maximum, zone 2's top is no longer easy for most runners: with a high resting heart rate,
 * Karvonen puts it there (a resting 80 at 35 gives 152 of 184, 83 %).
 */
const HIGH_EASY_SHARE = 0.8;

function highRestingLine(): string {
  return vscode.l10n.t('With your resting heart rate, Karvonen zone 2 can sit above truly easy running. Go by the talk test first: if you cannot speak in full sentences, slow down, whatever the number says.');
}

function methodName(result: ZonesResult): string {
  return result.method === 'karvonen'
    ? vscode.l10n.t('Karvonen (heart-rate reserve), with a resting heart rate of {0} bpm', result.resting ?? 0)
    : vscode.l10n.t('percentage of maximum heart rate');
}

function maxLine(result: ZonesResult, settings: HeartRateSettings): string {
  const max = Math.round(result.maxHr);
  return result.maxSource === 'measured'
    ? vscode.l10n.t('Maximum heart rate: {0} bpm, measured (warmup.heartRate.max).', max)
    : vscode.l10n.t('Maximum heart rate: about {0} bpm, estimated from your age ({1}) with the Tanaka formula, 208 − 0.7 × age. Any estimate is typically about 10 bpm off, and for some people 20 or more; a measured maximum in warmup.heartRate.max is better.', max, settings.age ?? 0);
}

/**
 * The heart-rate ceiling for easy running (the ease-in, the easy jog), or undefined when zones cannot be computed. A
 * ceiling, never a target: heart rate lags effort, and a runner chasing a number speeds up.
 */
export function easyTarget(settings: HeartRateSettings): string | undefined {
  const cap = easyCap(settings);
  return cap === undefined ? undefined : vscode.l10n.t('Stay at or under {0} bpm; heart rate catches up slowly, so go by the talk test.', cap);
}

/** The top of zone 2 in whole bpm, the cap for easy running, or undefined when unknown. */
export function easyCap(settings: HeartRateSettings): number | undefined {
  const zone2 = computeZones(settings)?.zones[1];
  return zone2 && Math.round(zone2.high);
}

/** The document of **Warm-Up: Show Heart-Rate Zones**. */
export function zonesDocument(settings: HeartRateSettings): InfoDocument {
  const title = vscode.l10n.t('Heart-Rate Zones');
  const result = computeZones(settings);
  if (!result) {
    return {
      title,
      blocks: [
        { kind: 'paragraph', text: vscode.l10n.t('Set your age (warmup.heartRate.age) or a measured maximum heart rate (warmup.heartRate.max) to see your five zones. Add your resting heart rate (warmup.heartRate.resting) for the more personal Karvonen method.') },
        { kind: 'actions', label: vscode.l10n.t('Settings'), actions: [{ id: 'settings', label: vscode.l10n.t('Open heart-rate settings') }] },
        ...easyBlocks(undefined),
      ],
    };
  }
  const percentOf = result.method === 'karvonen' ? vscode.l10n.t('% of heart-rate reserve') : vscode.l10n.t('% of maximum');
  const bounds = ['50–60', '60–70', '70–80', '80–90', '90–100'];
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: vscode.l10n.t('Your zones, by {0}', methodName(result)),
      head: [vscode.l10n.t('Zone'), vscode.l10n.t('Heart rate (bpm)'), percentOf, vscode.l10n.t('How it feels')],
      rows: formatBpmRanges(result.zones).map((range, i) => [vscode.l10n.t('Zone {0}', i + 1), range, bounds[i], zoneFeel(i + 1)]),
      highlight: 1,
    },
    { kind: 'paragraph', text: maxLine(result, settings) },
  ];
  if (result.fellBack) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: vscode.l10n.t('You chose the Karvonen method, which needs your resting heart rate (warmup.heartRate.resting). Until you set it, these zones use percentages of your maximum.') });
  }
  if (result.method === 'karvonen' && result.resting !== undefined && result.zones[1].high > HIGH_EASY_SHARE * result.maxHr) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: highRestingLine() });
  }
  blocks.push(...easyBlocks(Math.round(result.zones[1].high)));
  blocks.push({ kind: 'actions', label: vscode.l10n.t('Settings'), actions: [{ id: 'settings', label: vscode.l10n.t('Open heart-rate settings') }] });
  return { title, blocks };
}

function easyBlocks(cap: number | undefined): Block[] {
  return [
    { kind: 'heading', text: vscode.l10n.t('What "easy" means') },
    {
      kind: 'list',
      items: [
        vscode.l10n.t('The talk test: you can speak in full sentences.'),
        vscode.l10n.t('An effort of about 9 to 12 on the 6 to 20 Borg scale: light, comfortable.'),
        cap === undefined
          ? vscode.l10n.t('A heart rate at or below the top of zone 2.')
          : vscode.l10n.t('A heart rate at or below the top of zone 2: {0} bpm.', cap),
      ],
    },
    { kind: 'paragraph', text: vscode.l10n.t('When feel and heart rate disagree, trust feel: heat, stress and illness shift heart rate. The two methods can differ by about 20 bpm, so this page always says which one it used.') },
    { kind: 'paragraph', tone: 'note', text: vscode.l10n.t('Medicine matters: beta-blockers lower heart rate and cap the maximum. If you take heart or blood-pressure medicine, ask your doctor before using these zones.') },
    { kind: 'paragraph', tone: 'note', text: vscode.l10n.t('General information for healthy adults, not medical advice.') },
  ];
}
