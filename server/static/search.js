// Search as you type in the site header: asks /search?format=json and lists the first hits.
(function () {
  "use strict";
  var input = document.getElementById("site-search");
  var list = document.getElementById("site-search-suggest");
  if (!input || !list) { return; }
  var root = input.form.getAttribute("action").replace(/\/search$/, "");
  var timer = null;
  var asked = 0;

  function clear() { list.textContent = ""; list.hidden = true; }

  function show(hits, seq) {
    if (seq !== asked) { return; }
    clear();
    hits.forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = hit.href || ("/search?q=" + encodeURIComponent(hit.label));
      a.textContent = hit.label;
      var type = document.createElement("span");
      type.className = "type";
      type.textContent = hit.typeLabel;
      a.appendChild(type);
      li.appendChild(a);
      li.setAttribute("role", "option");
      list.appendChild(li);
    });
    list.hidden = hits.length === 0;
  }

  function ask() {
    var q = input.value.trim();
    if (q.length < 2) { clear(); return; }
    var seq = ++asked;
    fetch(root + "/search?format=json&limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { hits: [] }; })
      .then(function (body) { show(body.hits || [], seq); })
      .catch(function () { clear(); });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && !list.hidden) { e.preventDefault(); list.querySelector("a").focus(); }
    if (e.key === "Escape") { clear(); }
  });
  list.addEventListener("keydown", function (e) {
    var item = document.activeElement.parentNode;
    if (e.key === "ArrowDown" && item.nextSibling) { e.preventDefault(); item.nextSibling.firstChild.focus(); }
    if (e.key === "ArrowUp") { e.preventDefault(); (item.previousSibling ? item.previousSibling.firstChild : input).focus(); }
    if (e.key === "Escape") { clear(); input.focus(); }
  });
  document.addEventListener("click", function (e) { if (!input.form.contains(e.target)) { clear(); } });
}());
