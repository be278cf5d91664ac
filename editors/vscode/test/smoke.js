// Loads the extension outside VS Code with a stand-in for the `vscode`
// module, and checks what it would start: `yoxla lsp` in the site's
// folder, over stdio, for Markdown files under the site.

'use strict';

const assert = require('assert');
const Module = require('module');
const path = require('path');

const settings = { path: '/opt/yoxla/bin/yoxla' };
const vscode = {
  workspace: {
    getConfiguration: () => ({ get: (key) => settings[key] }),
    findFiles: async () => [],
  },
  RelativePattern: class {
    constructor(base, pattern) {
      this.base = base;
      this.pattern = pattern;
    }
  },
};
// The client library is installed, but needs the editor to load: it is
// stood in for too, and records what it was asked to start.
require.resolve('vscode-languageclient/node');
const started = [];
const languageclient = {
  TransportKind: { stdio: 0 },
  LanguageClient: class {
    constructor(id, name, server, client) {
      started.push({ id, name, server, client });
    }
    async start() {}
    async stop() {}
  },
};
const stand_ins = { vscode, 'vscode-languageclient/node': languageclient };
const load = Module._load;
Module._load = function (request, parent, isMain) {
  return stand_ins[request] || load.call(this, request, parent, isMain);
};
const extension = require(path.join(__dirname, '..', 'extension.js'));

const site = '/home/redaktor/sayt';
const server = extension.serverOptions(site);
assert.deepStrictEqual(server.run.args, ['lsp']);
assert.strictEqual(server.run.command, '/opt/yoxla/bin/yoxla');
assert.strictEqual(server.run.options.cwd, site);
const selector = extension.clientOptions(site).documentSelector[0];
assert.strictEqual(selector.language, 'markdown');
assert.strictEqual(selector.pattern.base, site);
assert.strictEqual(selector.pattern.pattern, '**/*.md');
settings.path = '';
assert.strictEqual(extension.serverOptions(site).run.command, 'yoxla');
async function main() {
  // No yoxla.toml in the workspace: nothing is started.
  await extension.activate({ subscriptions: [] });
  assert.strictEqual(started.length, 0);
  assert.strictEqual(extension.deactivate(), undefined);
  // A site in the workspace: its folder is where the server starts.
  vscode.workspace.findFiles = async () => [{ fsPath: path.join(site, 'yoxla.toml') }];
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.strictEqual(started.length, 1);
  assert.strictEqual(started[0].server.run.options.cwd, site);
  assert.strictEqual(started[0].server.run.args[0], 'lsp');
  assert.strictEqual(context.subscriptions.length, 1);
  console.log('extension: ok');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
