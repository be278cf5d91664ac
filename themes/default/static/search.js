// The search page (and, at the end, the article pages' copy-link
// button): asks the site's Pagefind index as the reader types or
// ticks a filter, and keeps the query and filters in the page's address,
// so a filtered search can be shared and the back button works. Without
// JavaScript the form still submits to the same address.
//
// The index writes some letters with stand-ins (in Azerbaijani `ə` as
// `ḙ`, `ı` and `I` as `ḭ` and `Ḭ`, which Pagefind folds to `e` and `i`):
// the query is written the same way, and results are shown with the
// letters put back. The table comes from the page (`data-folded`).
const root = document.getElementById("yoxla-search");

function pairs(json) {
  try {
    return JSON.parse(json || "[]");
  } catch (e) {
    return [];
  }
}

function replaceAll(text, table, from, to) {
  let out = "";
  for (const c of text) {
    const hit = table.find((p) => p[from] === c);
    out += hit ? hit[to] : c;
  }
  return out;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// Pagefind's excerpt is text with <mark> around the matches: everything
// else is shown as text.
function excerptHtml(excerpt, folded) {
  const marked = escapeHtml(replaceAll(excerpt.replace(/<\/?mark>/g, (m) => (m === "<mark>" ? "\u0001" : "\u0002")), folded, 1, 0));
  return marked.replace(/\u0001/g, "<mark>").replace(/\u0002/g, "</mark>");
}

async function start() {
  const strings = JSON.parse(root.getAttribute("data-translations") || "{}");
  const folded = pairs(root.getAttribute("data-folded"));
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const status = root.querySelector(".search-status");
  const list = root.querySelector(".search-results");
  const more = root.querySelector(".search-more");
  const fields = [...form.querySelectorAll("[data-filter]")];
  const badges = new Map([...root.querySelectorAll("template[data-badge]")].map((t) => [t.getAttribute("data-badge"), t]));

  // The address's query and filters fill the form.
  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  for (const field of fields) {
    const wanted = params.getAll(field.name);
    if (field.type === "checkbox") field.checked = wanted.includes(field.value);
    else field.value = wanted[0] || "";
  }

  // The index comes in parts, one per year, newest first: the first has
  // the search engine, the others are merged into it.
  const parts = pairs(root.getAttribute("data-parts"));
  // A site with nothing published yet has no index to ask.
  if (parts.length === 0) return;
  let pagefind;
  try {
    pagefind = await import(parts[0] + "pagefind.js");
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    await Promise.all(parts.slice(1).map((part) => pagefind.mergeIndex(part)));
  } catch (e) {
    status.textContent = strings.failed || "";
    return;
  }

  let results = [];
  let shown = 0;
  let generation = 0;

  function state() {
    const filters = {};
    const address = new URLSearchParams();
    const q = input.value.trim();
    if (q) address.set("q", q);
    for (const field of fields) {
      const on = field.type === "checkbox" ? field.checked : field.value !== "";
      if (!on) continue;
      const name = field.getAttribute("data-filter");
      (filters[name] = filters[name] || { any: [] }).any.push(field.value);
      address.append(field.name, field.value);
    }
    return { q, filters, address, any: Object.keys(filters).length > 0 };
  }

  function item(data) {
    const li = document.createElement("li");
    li.className = "search-result";
    const badge = badges.get(data.meta.verdict);
    if (badge) li.append(badge.content.cloneNode(true));
    const title = document.createElement("h2");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    title.append(link);
    li.append(title);
    const facts = document.createElement("p");
    facts.className = "search-result-meta";
    // The speaker once: a title that names them is not followed by the name.
    const speaker = (data.meta.title || "").includes(data.meta.speaker || "\u0000") ? null : data.meta.speaker;
    facts.textContent = [speaker, data.meta.date].filter(Boolean).join(" · ");
    li.append(facts);
    if (data.excerpt) {
      const excerpt = document.createElement("p");
      excerpt.className = "search-result-excerpt";
      excerpt.innerHTML = excerptHtml(data.excerpt, folded);
      li.append(excerpt);
    }
    return li;
  }

  async function showMore() {
    const mine = generation;
    const next = results.slice(shown, shown + 10);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== generation) return;
    for (const d of data) list.append(item(d));
    shown += next.length;
    more.hidden = shown >= results.length;
  }

  async function run() {
    const { q, filters, address, any } = state();
    const query = address.toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    const mine = ++generation;
    if (!q && !any) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    status.textContent = q ? (strings.searching || "").replace("[SEARCH_TERM]", q) : strings.filtering || "";
    const search = await pagefind.search(q ? replaceAll(q, folded, 0, 1) : null, { filters });
    if (mine !== generation || !search) return;
    results = search.results;
    shown = 0;
    list.replaceChildren();
    const count = results.length === 0 ? "zero_results" : results.length === 1 ? "one_result" : "many_results";
    const key = q ? count : "filtered_results";
    status.textContent = (strings[key] || "").replace("[SEARCH_TERM]", q).replace("[COUNT]", String(results.length));
    await showMore();
  }

  let timer;
  form.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  more.querySelector("button").addEventListener("click", showMore);
  run();
}

if (root) start();

// Copy-link fields (article pages): without script the field is there to
// select; with it, a button copies the address.
for (const button of document.querySelectorAll(".copy-button[data-for]")) {
  const field = document.getElementById(button.getAttribute("data-for"));
  if (!field || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      button.textContent = button.getAttribute("data-copied") || label;
      setTimeout(() => (button.textContent = label), 2000);
    } catch (e) {
      // The field stays selected for the reader to copy.
    }
  });
}
