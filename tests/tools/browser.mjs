// Drives Debian's Chromium (through playwright-core) over a built yoxla
// site, served from 127.0.0.1 by a small static server below.
//
//   node browser.mjs axe SITE PATH...        axe-core (WCAG 2.1 AA + best
//                                             practice), light and dark, and
//                                             no request leaves the machine
//   node browser.mjs search SITE QUERY TITLE  types QUERY into the search
//                                             page, expects TITLE; reports
//                                             the results with their badges
//   node browser.mjs screenshots SITE OUT PATH...
//                                             PNGs at 390 and 1280 px wide,
//                                             light and dark, and share cards
//
// Prints one JSON object; exits 1 when a check fails.
import { chromium } from "playwright-core";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, rel);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(fs.readFileSync(path.join(root, "404.html")));
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ server, base: `http://127.0.0.1:${server.address().port}` }));
  });
}

async function browser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

// Records what a page does wrong beyond axe: errors in the console (CSP
// violations among them) and requests to anywhere but the site.
function watch(page, base) {
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400 && r.url() !== page.url()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`external request: ${r.url()}`);
  });
  return problems;
}

async function axe(site, paths) {
  const { server, base } = await serve(site);
  const b = await browser();
  const source = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const report = { pages: [], ok: true };
  try {
    for (const scheme of ["light", "dark"]) {
      for (const p of paths) {
        const context = await b.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const problems = watch(page, base);
        const response = await page.goto(base + p, { waitUntil: "networkidle" });
        if (!response || response.status() !== 200) problems.push(`status ${response && response.status()}`);
        if (p.includes("?q=")) {
          await page.waitForSelector(".search-result", { timeout: 15000 });
        }
        // Evaluated through DevTools, so the page's CSP (which forbids
        // inline scripts) still holds for the page's own code.
        await page.evaluate(source);
        const result = await page.evaluate(() =>
          window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }),
        );
        const violations = result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
          first: v.nodes[0] && v.nodes[0].target.join(" "),
        }));
        // A 320 px phone: nothing wider than the screen.
        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${overflow} px wider than a 320 px screen`);
        report.pages.push({ path: p, scheme, passes: result.passes.length, violations, problems });
        if (violations.length || problems.length) report.ok = false;
        await context.close();
      }
    }
  } finally {
    await b.close();
    server.close();
  }
  return report;
}

// Types QUERY into the search page as a reader would (or opens the page
// at `SEARCH_PATH`, with its query and filters in the address) and
// reports the results in order, each with its verdict badge, and the
// filters offered.
async function search(site, query, title) {
  const { server, base } = await serve(site);
  const b = await browser();
  const report = { ok: false };
  try {
    const page = await b.newPage();
    const problems = watch(page, base);
    const response = await page.goto(`${base}${process.env.SEARCH_PATH || "/axtaris/"}`, { waitUntil: "networkidle" });
    report.status = response && response.status();
    const input = page.locator("#yoxla-search-q");
    await input.waitFor({ timeout: 15000 });
    report.filters = await page.locator(".search-filter legend, .search-filter > label").allInnerTexts();
    if (query) await input.pressSequentially(query, { delay: 20 });
    const link = page.locator(".search-result h2 a", { hasText: title });
    await link.first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(400);
    report.results = await page.locator(".search-result").evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector("h2").innerText,
        badge: (li.querySelector(".verdict strong") || {}).innerText || null,
        excerpt: (li.querySelector(".search-result-excerpt") || {}).innerText || "",
      })),
    );
    report.status_text = await page.locator(".search-status").innerText();
    report.address = page.url().slice(base.length);
    report.href = await link.first().getAttribute("href");
    // The result's link leads to the article.
    const target = await page.request.get(base + report.href);
    report.target_status = target.status();
    report.problems = problems;
    report.ok = report.target_status === 200 && problems.length === 0;
  } catch (e) {
    report.error = String(e);
  } finally {
    await b.close();
    server.close();
  }
  return report;
}

async function screenshots(site, out, paths) {
  const { server, base } = await serve(site);
  const b = await browser();
  fs.mkdirSync(out, { recursive: true });
  const files = [];
  const problems = [];
  try {
    for (const scheme of ["light", "dark"]) {
      for (const width of [390, 1280]) {
        for (const p of paths) {
          const context = await b.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
          const page = await context.newPage();
          problems.push(...watch(page, base));
          await page.goto(base + p, { waitUntil: "networkidle" });
          if (p.includes("?q=")) await page.waitForSelector(".search-result", { timeout: 15000 });
          const stem = p.replace(/^\/|\/$/g, "").replace(/\?q=/, "-").replace(/[/.]/g, "_") || "home";
          const name = `${stem}-${width}-${scheme}.png`;
          await page.screenshot({ path: path.join(out, name), fullPage: true });
          files.push(name);
          // The page's share card, as social networks will fetch it.
          const card = await page.locator('meta[property="og:image"]').first().getAttribute("content").catch(() => null);
          if (width === 1280 && scheme === "light" && card) {
            const local = base + new URL(card).pathname;
            const bytes = (await page.request.get(local)).body();
            const cardName = `${stem}-card.png`;
            fs.writeFileSync(path.join(out, cardName), await bytes);
            files.push(cardName);
          }
          await context.close();
        }
      }
    }
  } finally {
    await b.close();
    server.close();
  }
  return { ok: problems.length === 0, files, problems };
}

const [mode, site, ...rest] = process.argv.slice(2);
const root = path.resolve(site || ".");
let report;
if (mode === "axe") report = await axe(root, rest);
else if (mode === "search") report = await search(root, rest[0], rest[1]);
else if (mode === "screenshots") report = await screenshots(root, path.resolve(rest[0]), rest.slice(1));
else {
  console.error("usage: node browser.mjs axe|search|screenshots SITE ...");
  process.exit(2);
}
console.log(JSON.stringify(report, null, 2));
process.exit(report.ok ? 0 : 1);
