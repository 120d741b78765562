/* PlanPress: the site search. Reads sok/index.json (written with the site) and lists the
   entries that contain every word of the query, grouped by type. Our own code, no framework,
   nothing from other hosts. The words the page shows come from the form's data-* attributes
   (Sources/InterfaceText/Strings+sv.swift), so there is no Swedish text here.
   Without this script the page shows links to the indexes; opened from disk (file://), where
   browsers refuse to read the index, it says that search needs the site served over http. */
(function () {
  "use strict";
  var form = document.getElementById("sokform");
  var input = document.getElementById("sokfalt");
  var results = document.getElementById("sokresultat");
  var message = document.getElementById("sok-meddelande");
  var fileNote = document.getElementById("sok-fil");
  if (!form || !input || !results || !window.fetch) return;

  var data = form.dataset;
  var TYPES = ["plan", "area", "activity", "organisation", "term"];
  var LIMIT = 50;
  var counties = {};
  try { counties = JSON.parse(data.counties || "{}"); } catch (e) { counties = {}; }
  var entries = null;
  var timer = null;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  function hits(n) { return n === 1 ? data.hitsOne : fill(data.hitsMany, { n: n }); }

  // The same forms as the index: lower case, whitespace collapsed; and folded, with å, ä → a,
  // ö → o and other accents dropped (SwedishText.matchKey and SwedishText.folded).
  var FOLD = { "å": "a", "ä": "a", "á": "a", "à": "a", "â": "a", "ã": "a", "ö": "o", "ó": "o", "ò": "o",
               "ô": "o", "õ": "o", "ø": "o", "é": "e", "è": "e", "ê": "e", "ë": "e", "ü": "u", "ú": "u",
               "ù": "u", "û": "u", "í": "i", "ì": "i", "î": "i", "ï": "i", "ç": "c", "ñ": "n", "æ": "ae",
               "ß": "ss" };
  function normalize(text) { return text.toLowerCase().trim().split(/\s+/).filter(Boolean); }
  function fold(word) {
    var out = "";
    for (var i = 0; i < word.length; i++) { var c = word.charAt(i); out += FOLD[c] || c; }
    return out;
  }

  // A word of three letters or fewer (SFI, EKB) must start a word of the entry, so that "sfi"
  // does not find "främlingsfientlighet"; a longer one may stand anywhere, so that "centrum"
  // finds "valideringscentrum".
  var LETTER = /[0-9a-z\u00c0-\u024f]/;
  function found(text, word) {
    if (word.length > 3) return text.indexOf(word) >= 0;
    for (var i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (i === 0 || !LETTER.test(text.charAt(i - 1))) return true;
    }
    return false;
  }

  function matches(entry, words) {
    for (var i = 0; i < words.length; i++) {
      if (!found(entry.normalized, words[i].plain) && !found(entry.folded, words[i].folded)) return false;
    }
    return true;
  }

  // Entries whose title holds the query come first; otherwise the index's order is kept.
  function rank(entry, words) {
    var title = fold(entry.title.toLowerCase());
    for (var i = 0; i < words.length; i++) { if (title.indexOf(words[i].folded) < 0) return 1; }
    return 0;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function show(query) {
    var words = normalize(query).map(function (w) { return { plain: w, folded: fold(w) }; });
    results.textContent = "";
    if (!words.length) return;
    if (query.trim().length < 2) { results.appendChild(element("p", "search-summary", data.tooShort)); return; }
    var groups = {};
    TYPES.forEach(function (type) { groups[type] = []; });
    var total = 0;
    entries.forEach(function (entry, index) {
      if (groups[entry.type] && matches(entry, words)) {
        groups[entry.type].push({ entry: entry, rank: rank(entry, words), index: index });
        total += 1;
      }
    });
    var summary = total === 0 ? fill(data.none, { query: query.trim() })
                              : fill(data.summary, { hits: hits(total), query: query.trim() });
    results.appendChild(element("p", "search-summary", summary));
    TYPES.forEach(function (type) {
      var found = groups[type];
      if (!found.length) return;
      found.sort(function (a, b) { return a.rank - b.rank || a.index - b.index; });
      var section = element("section", "search-group");
      section.appendChild(element("h2", null, data["type" + type.charAt(0).toUpperCase() + type.slice(1)] + " (" + found.length + ")"));
      var list = element("ul", "item-list");
      found.slice(0, LIMIT).forEach(function (hit) {
        var entry = hit.entry;
        var item = element("li");
        var link = element("a", null, entry.title);
        link.href = (data.root || "../") + entry.url;
        item.appendChild(link);
        var meta = [entry.text, entry.county ? counties[entry.county] || entry.county : ""].filter(Boolean).join(" · ");
        if (meta) { item.appendChild(document.createTextNode(" ")); item.appendChild(element("span", "item-meta", meta)); }
        list.appendChild(item);
      });
      section.appendChild(list);
      if (found.length > LIMIT) {
        section.appendChild(element("p", "item-meta", fill(data.more, { shown: LIMIT, total: found.length })));
      }
      results.appendChild(section);
    });
  }

  function search(query, remember) {
    if (!entries) return;
    show(query);
    if (remember && window.history && history.replaceState) {
      var url = query.trim() ? "?q=" + encodeURIComponent(query.trim()) : location.pathname.split("/").pop();
      try { history.replaceState(null, "", url); } catch (e) { /* file: and sandboxed pages */ }
    }
  }

  function unavailable() {
    form.hidden = true;
    if (message) message.hidden = true;
    if (fileNote) fileNote.hidden = false;
  }

  if (location.protocol === "file:") { unavailable(); return; }

  fetch(data.index || "index.json").then(function (response) {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }).then(function (json) {
    entries = Array.isArray(json) ? json : [];
    form.hidden = false;
    if (message) message.hidden = true;
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    if (query) search(query, false);
  }).catch(unavailable);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value, true);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value, true); }, 250);
  });
})();
