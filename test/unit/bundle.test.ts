// The built extension as VS Code loads it. Loading it is most of what VS Code counts as activation time, so the
// bundles' top level must stay cheap: esbuild used to copy the VS Code API's ~300 names once per importing module.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

/** A stand-in for the `vscode` module that counts how often its names are listed (each listing is one copy). */
function countingApi(): { api: object; listings: () => number } {
  let listings = 0;
  const names = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`name${i}`, {}]));
  const api = new Proxy(names, {
    ownKeys(target) {
      listings += 1;
      return Reflect.ownKeys(target);
    },
  });
  return { api, listings: () => listings };
}

/** Runs a bundle's top level as an extension host does: CommonJS, with `require('vscode')` its only import. */
function load(bundle: string, api: object): Record<string, unknown> {
  const code = fs.readFileSync(path.join(root, bundle), 'utf8');
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string): unknown => {
    assert.equal(id, 'vscode', `${bundle} imports only vscode`);
    return api;
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

describe('extension bundles', () => {
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
    it(`${bundle} copies the VS Code API's names at most once while it loads`, () => {
      const { api, listings } = countingApi();
      const exports = load(bundle, api);
      assert.equal(typeof exports.activate, 'function');
      assert.ok(listings() <= 1, `the API's names were copied ${listings()} times`);
    });
  }
});
