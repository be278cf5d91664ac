// Starts `yoxla lsp` for the Markdown files of a workspace that holds a
// yoxla site (a folder with yoxla.toml), and stops it with the editor.
// Everything else (findings, quick fixes, hover, completion) is the
// server's: this file only says how to start it and which files it is for.

'use strict';

const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** The folder of the first yoxla.toml in the workspace, if any. */
async function findSite() {
  const found = await vscode.workspace.findFiles('**/yoxla.toml', '**/node_modules/**', 1);
  return found.length > 0 ? path.dirname(found[0].fsPath) : undefined;
}

/** How the server is started: `yoxla lsp` in the site's folder. */
function serverOptions(site) {
  const command = vscode.workspace.getConfiguration('yoxla').get('path') || 'yoxla';
  const run = { command, args: ['lsp'], options: { cwd: site }, transport: TransportKind.stdio };
  return { run, debug: run };
}

/** Which documents the server sees: Markdown files under the site. */
function clientOptions(site) {
  const pattern = new vscode.RelativePattern(site, '**/*.md');
  return {
    documentSelector: [{ scheme: 'file', language: 'markdown', pattern }],
    outputChannelName: 'yoxla',
  };
}

async function activate(context) {
  const site = await findSite();
  if (site === undefined) {
    return;
  }
  client = new LanguageClient('yoxla', 'yoxla', serverOptions(site), clientOptions(site));
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client === undefined ? undefined : client.stop();
}

module.exports = { activate, deactivate, serverOptions, clientOptions };
