// The article reader: a click (or Enter) on a highlighted passage shows who said it.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("attribution-details").textContent);
  var text = document.getElementById("text");

  function set(id, value) {
    document.getElementById(id).textContent = value === null || value === undefined ? "—" : String(value);
  }

  function show(id) {
    var d = data[id];
    if (!d) return;
    text.querySelectorAll(".hl.selected").forEach(function (el) { el.classList.remove("selected"); });
    text.querySelectorAll(".hl").forEach(function (el) {
      if (el.dataset.a === id) el.classList.add("selected");
    });
    var link = document.getElementById("d-source");
    if (d.source) {
      link.textContent = d.source;
      if (d.source_url) link.setAttribute("href", d.source_url);
      else link.removeAttribute("href");
    } else {
      link.textContent = "unresolved";
      link.removeAttribute("href");
    }
    set("d-kind", d.kind);
    set("d-description", d.description);
    set("d-speaker", d.speaker);
    set("d-cue", d.cue);
    set("d-type", d.type);
    set("d-confidence", d.confidence.toFixed(2));
    set("d-class", d.cue_class + (d.asserted ? "" : ", not asserted") +
      (d.claim ? " (a claim)" : " (flagged: not a claim, not counted)"));
    document.getElementById("details-hint").hidden = true;
    document.getElementById("details-list").hidden = false;
  }

  function target(event) {
    var el = event.target.closest ? event.target.closest(".hl") : null;
    return el && text.contains(el) ? el : null;
  }

  // A link to "#a3" (search results, source pages) opens on attribution a3.
  function showLinked() {
    var wanted = decodeURIComponent(location.hash.slice(1));
    Object.keys(data).forEach(function (number) {
      if (wanted && data[number].id === wanted) {
        show(number);
        var first = text.querySelector('.hl[data-a="' + number + '"]');
        if (first) first.scrollIntoView({ block: "center" });
      }
    });
  }
  window.addEventListener("hashchange", showLinked);
  showLinked();

  // A link to "#span-120-146" (a search result) marks those characters of the article's text:
  // the text nodes of #text, in order, hold exactly the text, so offsets count along them.
  function markSpan() {
    var m = /^#span-(\d+)-(\d+)$/.exec(location.hash);
    if (!m) return;
    var start = Number(m[1]), end = Number(m[2]), at = 0, first = null, nodes = [];
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var length = node.data.length, lo = Math.max(start - at, 0), hi = Math.min(end - at, length);
      at += length;
      if (lo >= hi) return;
      var piece = node.splitText(lo);
      piece.splitText(hi - lo);
      var mark = document.createElement("mark");
      mark.className = "found";
      piece.parentNode.replaceChild(mark, piece);
      mark.appendChild(piece);
      first = first || mark;
    });
    if (first) first.scrollIntoView({ block: "center" });
  }
  markSpan();

  text.addEventListener("click", function (event) {
    var el = target(event);
    if (el) show(el.dataset.a);
  });
  text.addEventListener("keydown", function (event) {
    var el = target(event);
    if (el && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(el.dataset.a);
    }
  });
})();
