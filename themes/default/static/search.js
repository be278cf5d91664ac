// Starts Pagefind's search UI on the search page, in the site's language,
// and runs the query of a `?q=` link (the header's search form).
(function () {
  "use strict";
  var el = document.getElementById("yoxla-search");
  if (!el || typeof window.PagefindUI === "undefined") {
    return;
  }
  var translations = {};
  try {
    translations = JSON.parse(el.getAttribute("data-translations") || "{}");
  } catch (e) {
    translations = {};
  }
  var ui = new window.PagefindUI({
    element: "#yoxla-search",
    bundlePath: el.getAttribute("data-bundle"),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: translations
  });
  // The page's visible heading labels the search field.
  var input = el.querySelector("input");
  var heading = document.getElementById("yoxla-search-title");
  if (input && heading) {
    input.removeAttribute("title");
    input.setAttribute("aria-labelledby", heading.id);
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
