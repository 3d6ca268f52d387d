// Size limits that keep src/ easy to find one's way in. (A feature importing another feature's views is ESLint's job:
// `otherFeaturesViews` in eslint.config.mjs. It is not repeated here, so the two cannot disagree.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const MAX_FILES_PER_FOLDER = 8;
const MAX_FUNCTION_LINES = 40;

const root = path.resolve(__dirname, '..', '..', '..');
const sources = fs
  .readdirSync(path.join(root, 'src'), { recursive: true })
  .map((file) => path.join('src', String(file)).split(path.sep).join('/'))
  .filter((file) => file.endsWith('.ts'))
  .sort();

/** Every function with a body (declaration, method, accessor, constructor, arrow, function expression) in a file. */
function functionsIn(file: string): { where: string; lines: number }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; lines: number }[] = [];
  const line = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const parent = node.parent;
      const named = node.name ?? (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) ? parent.name : undefined);
      const name = named?.getText(source) ?? '(anonymous)';
      found.push({ where: `${file}:${line(node.getStart(source))} ${name}`, lines: line(node.getEnd()) - line(node.getStart(source)) + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('architecture of src/', () => {
  it(`has no folder with more than ${MAX_FILES_PER_FOLDER} source files`, () => {
    const perFolder = new Map<string, number>();
    for (const file of sources) {
      perFolder.set(path.posix.dirname(file), (perFolder.get(path.posix.dirname(file)) ?? 0) + 1);
    }
    const crowded = [...perFolder].filter(([, count]) => count > MAX_FILES_PER_FOLDER).map(([folder, count]) => `${folder} (${count})`);
    assert.deepEqual(crowded, [], `split these folders by feature: ${crowded.join(', ')}`);
  });

  it(`has no function longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long = sources.flatMap(functionsIn).filter((f) => f.lines > MAX_FUNCTION_LINES).map((f) => `${f.where} (${f.lines} lines)`);
    assert.deepEqual(long, [], `split these functions:\n  ${long.join('\n  ')}`);
  });
});
