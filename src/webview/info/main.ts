import type { Block, FromInfoWebview, InfoDocument, ToInfoWebview } from '../../shared/infoProtocol';
import { vscodeApi } from '../vscodeApi';

const vscode = vscodeApi<FromInfoWebview>();
const SVG = 'http://www.w3.org/2000/svg';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

/** Creates an element with text; text only ever goes in through textContent. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function table(block: BlockOf<'table'>): HTMLElement {
  const node = el('table');
  node.append(el('caption', block.caption));
  const head = el('tr');
  block.head.forEach((cell) => head.append(Object.assign(el('th', cell), { scope: 'col' })));
  node.append(el('thead'), el('tbody'));
  node.tHead?.append(head);
  block.rows.forEach((row, i) => {
    const tr = el('tr', undefined, i === block.highlight ? 'highlight' : undefined);
    row.forEach((cell, j) => tr.append(j === 0 ? Object.assign(el('th', cell), { scope: 'row' }) : el('td', cell)));
    node.tBodies[0].append(tr);
  });
  return node;
}

/** A small bar chart drawn with SVG elements, with the numbers as text for everyone. */
function bars(block: BlockOf<'bars'>): HTMLElement {
  const figure = el('figure', undefined, 'bars');
  const max = Math.max(1, ...block.bars.map((b) => b.value));
  const width = 40 * block.bars.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} 120`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', block.caption);
  block.bars.forEach((bar, i) => {
    const height = (bar.value / max) * 80;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', String(i * 40 + 8));
    rect.setAttribute('y', String(95 - height));
    rect.setAttribute('width', '24');
    rect.setAttribute('height', String(Math.max(height, bar.value > 0 ? 2 : 0.5)));
    rect.setAttribute('class', 'bar');
    const value = document.createElementNS(SVG, 'text');
    value.setAttribute('x', String(i * 40 + 20));
    value.setAttribute('y', String(90 - height));
    value.setAttribute('text-anchor', 'middle');
    value.textContent = String(bar.value);
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(i * 40 + 20));
    label.setAttribute('y', '112');
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('class', 'axis');
    label.textContent = bar.label;
    svg.append(rect, value, label);
  });
  figure.append(svg, el('figcaption', block.caption));
  return figure;
}

function list(block: BlockOf<'list'>): HTMLElement {
  const node = el(block.ordered ? 'ol' : 'ul');
  block.items.forEach((item) => node.append(el('li', item)));
  return node;
}

function stats(block: BlockOf<'stats'>): HTMLElement {
  const node = el('dl', undefined, 'stats');
  block.items.forEach((item) => {
    const stat = el('div', undefined, 'stat');
    stat.append(el('dt', item.label), el('dd', item.value));
    node.append(stat);
  });
  return node;
}

function actions(block: BlockOf<'actions'>): HTMLElement {
  const group = el('div', undefined, 'actions');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', block.label);
  block.actions.forEach((action) => {
    const button = el('button', action.label);
    button.dataset.action = action.id;
    button.addEventListener('click', () => vscode.postMessage({ type: 'action', id: action.id }));
    group.append(button);
  });
  return group;
}

/** One renderer per block kind; the compiler asks for a new kind's renderer. */
const RENDERERS: { [K in Block['kind']]: (block: BlockOf<K>) => HTMLElement } = {
  heading: (block) => el('h2', block.text),
  paragraph: (block) => el('p', block.text, block.tone),
  list,
  stats,
  table,
  bars,
  actions,
};

function renderBlock<K extends Block['kind']>(block: BlockOf<K>): HTMLElement {
  return (RENDERERS[block.kind] as (block: BlockOf<K>) => HTMLElement)(block);
}

function render(doc: InfoDocument): void {
  const main = el('main');
  main.append(el('h1', doc.title), ...doc.blocks.map((block) => renderBlock(block)));
  document.querySelector('main')?.replaceWith(main);
  document.title = doc.title;
}

window.addEventListener('message', (event: MessageEvent<ToInfoWebview>) => {
  if (event.data?.type === 'document') {
    render(event.data.document);
  }
});
vscode.postMessage({ type: 'ready' });
