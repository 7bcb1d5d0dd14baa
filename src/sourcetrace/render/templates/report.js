"use strict";
// Clicking or keyboard-focusing a highlight shows the cards of every attribution covering it,
// innermost first, and marks that attribution's spans in the text.
(function () {
  var article = document.getElementById("article");
  var details = document.getElementById("details");
  var hint = document.getElementById("details-hint");
  if (!article || !details) return;
  function covering(node) {
    var ids = [];
    for (var n = node; n && n !== article; n = n.parentElement) {
      var id = n.getAttribute && n.getAttribute("data-a");
      if (id !== null && ids.indexOf(id) < 0) ids.push(id);
    }
    return ids;
  }
  function show(node) {
    var ids = covering(node);
    if (!ids.length) return;
    details.querySelectorAll(".card").forEach(function (c) { c.hidden = true; });
    article.querySelectorAll(".sel").forEach(function (e) { e.classList.remove("sel"); });
    ids.forEach(function (id) {
      var card = document.getElementById("card-" + id);
      if (card) { card.hidden = false; details.appendChild(card); }
    });
    article.querySelectorAll('.content[data-a="' + ids[0] + '"]').forEach(function (e) {
      e.classList.add("sel");
    });
    if (hint) hint.hidden = true;
    details.classList.add("open");
  }
  var close = document.getElementById("details-close");
  if (close) close.addEventListener("click", function () { details.classList.remove("open"); });
  article.addEventListener("click", function (e) { show(e.target); });
  article.addEventListener("focusin", function (e) { show(e.target); });
  article.addEventListener("keydown", function (e) {
    if (e.key === "Enter" || e.key === " ") { show(e.target); e.preventDefault(); }
    if (e.key === "Escape") { details.classList.remove("open"); }
  });
})();
