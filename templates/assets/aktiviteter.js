/* PlanPress: narrows the activity index in place with the select boxes above it. Our own code,
   no framework. Progressive enhancement: without this script the form stays hidden and the
   links to the narrowed pages (by county, theme and organisation) do the same job; each
   activity's latest follow-up status stays written out beside it. */
(function () {
  "use strict";
  var form = document.getElementById("aktivitetsfilter");
  var list = document.getElementById("aktivitetslista");
  var status = document.getElementById("filterstatus");
  if (!form || !list || !status) return;

  var items = Array.prototype.slice.call(list.querySelectorAll("li[data-county]"));
  var groups = Array.prototype.slice.call(list.querySelectorAll("[data-group]"));
  // Each item's groups (its plan and its county), found once.
  var itemGroups = items.map(function (item) {
    var found = [];
    for (var node = item.parentNode; node && node !== list; node = node.parentNode) {
      if (node.hasAttribute && node.hasAttribute("data-group")) found.push(groups.indexOf(node));
    }
    return found;
  });
  var county = form.elements.namedItem("lan");
  var theme = form.elements.namedItem("tema");
  var organisation = form.elements.namedItem("organisation");
  // Absent when every activity is in the same follow-up state.
  var followUp = form.elements.namedItem("status");

  function has(words, word) { return (" " + words + " ").indexOf(" " + word + " ") >= 0; }

  function apply() {
    var c = county.value, t = theme.value, o = organisation.value, s = followUp ? followUp.value : "";
    var shown = 0;
    var visible = groups.map(function () { return 0; });
    items.forEach(function (item, index) {
      var ok = (!c || item.getAttribute("data-county") === c)
        && (!t || has(item.getAttribute("data-themes"), t))
        && (!o || has(item.getAttribute("data-organisations"), o))
        && (!s || item.getAttribute("data-status") === s);
      item.hidden = !ok;
      if (ok) {
        shown += 1;
        itemGroups[index].forEach(function (g) { visible[g] += 1; });
      }
    });
    groups.forEach(function (group, index) { group.hidden = visible[index] === 0; });
    status.textContent = (status.getAttribute("data-text") || "")
      .replace("{shown}", String(shown)).replace("{total}", String(items.length));
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  // A browser that restores the boxes' values on going back gets the list to match them.
  if (county.value || theme.value || organisation.value || (followUp && followUp.value)) apply();
})();
