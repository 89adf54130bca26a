// The query workbench at /sparql: runs the query in the page, shows labels next to IRIs (linking to
// their pages), sortable columns, row count and time, download links in every format, parse errors with
// line and column, and a bar chart when the result has a label column and a number column.
// Without this script the page is a plain form that the server answers with an HTML table.
(function () {
  "use strict";
  var form = document.getElementById("workbench");
  if (!form) { return; }
  var endpoint = form.getAttribute("data-endpoint");
  var base = form.getAttribute("data-base");
  var root = form.getAttribute("data-root") || "";
  var prefixes = JSON.parse(form.getAttribute("data-prefixes") || "[]");
  var textarea = document.getElementById("query");
  var formatSelect = document.getElementById("format");
  var status = document.getElementById("wb-status");
  var MAX_LABELLED = 300;  // IRIs whose labels are looked up per result
  var MAX_SHOWN = 2000;    // rows drawn in the table (the downloads hold all)
  var MAX_BARS = 40;
  var LABEL_PROPS = ["http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label",
    "http://xmlns.com/foaf/0.1/name", "https://schema.org/name", "http://purl.org/dc/terms/title"];
  var NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger|gYear)$/;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function show(id, on) { document.getElementById(id).hidden = !on; }

  // -- prefixes: a PREFIX line is added when a known prefix is typed ---------------------------
  function addPrefixes() {
    var text = textarea.value;
    var declared = {};
    text.replace(/PREFIX\s+([\w-]*):/gi, function (_, p) { declared[p] = true; return _; });
    var body = text.replace(/<[^>\s]*>/g, " ").replace(/"[^"\n]*"/g, " ").replace(/#[^\n]*/g, " ");
    var missing = prefixes.filter(function (pair) {
      return !declared[pair[0]] && new RegExp("(^|[\\s(/^|,;.{}!])" + pair[0] + ":").test(body);
    });
    if (!missing.length) { return; }
    var head = missing.map(function (pair) { return "PREFIX " + pair[0] + ": <" + pair[1] + ">\n"; }).join("");
    var at = textarea.selectionStart;
    textarea.value = head + text;
    textarea.setSelectionRange(at + head.length, at + head.length);
  }
  textarea.addEventListener("input", function (e) {
    if (e.data === ":" || e.inputType === "insertFromPaste") { addPrefixes(); }
  });

  // -- errors -------------------------------------------------------------------------------
  function showError(title, detail) {
    show("wb-results", false);
    document.getElementById("wb-error-title").textContent = title;
    document.getElementById("wb-error-detail").textContent = detail || "";
    var pos = /\bat (\d+):(\d+)/.exec(detail || "");
    var where = document.getElementById("wb-error-position");
    where.textContent = pos ? "Line " + pos[1] + ", column " + pos[2] : "";
    show("wb-error", true);
    if (pos) { selectPosition(+pos[1], +pos[2]); }
  }

  function selectPosition(line, column) {
    var lines = textarea.value.split("\n");
    var offset = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) { offset += lines[i].length + 1; }
    offset += Math.max(0, column - 1);
    textarea.focus();
    textarea.setSelectionRange(offset, Math.min(offset + 1, textarea.value.length));
  }

  // -- running --------------------------------------------------------------------------------
  function queryUrl(query, format) {
    return endpoint + "?query=" + encodeURIComponent(query) + (format ? "&format=" + encodeURIComponent(format) : "");
  }

  function run() {
    var query = textarea.value;
    show("wb-error", false);
    var old = document.getElementById("server-results");
    if (old) { old.hidden = true; }
    var oldError = document.getElementById("server-error");
    if (oldError) { oldError.hidden = true; }
    status.textContent = "Running…";
    var started = performance.now();
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: "query=" + encodeURIComponent(query)
    }).then(function (response) {
      var ms = performance.now() - started;
      var type = response.headers.get("Content-Type") || "";
      if (!response.ok) {
        return response.text().then(function (text) {
          var problem = {};
          try { problem = JSON.parse(text); } catch (e) { problem = { title: "Error " + response.status, detail: text }; }
          status.textContent = "";
          showError(problem.title || ("Error " + response.status), problem.detail || "");
        });
      }
      if (type.indexOf("application/sparql-results+json") === 0) {
        return response.json().then(function (data) { return showResults(query, data, ms); });
      }
      return response.text().then(function (text) { showGraph(query, text, ms); });
    }).catch(function (err) {
      status.textContent = "";
      showError("The query did not reach the server", String(err));
    });
  }

  form.addEventListener("submit", function (e) {
    if (formatSelect.value !== "html") { return; }  // a download: the browser follows the form
    e.preventDefault();
    run();
  });

  Array.prototype.forEach.call(document.querySelectorAll("a.example"), function (a) {
    a.addEventListener("click", function (e) {
      var q = new URL(a.href, location.href).searchParams.get("query");
      if (q === null) { return; }
      e.preventDefault();
      textarea.value = q;
      formatSelect.value = "html";
      history.replaceState(null, "", "?query=" + encodeURIComponent(q));
      window.scrollTo(0, 0);
      run();
    });
  });

  // -- results --------------------------------------------------------------------------------
  function downloads(query, graph) {
    var box = document.getElementById("wb-downloads");
    box.textContent = "";
    Array.prototype.forEach.call(formatSelect.options, function (opt) {
      if (opt.value === "html") { return; }
      var isGraph = /turtle|ld\+json|rdf\+xml|n-triples|n-quads|trig/.test(opt.value);
      if (isGraph !== graph) { return; }
      box.appendChild(el("a", { href: queryUrl(query, opt.value), download: "", type: opt.value }, opt.value));
    });
  }

  function timing(rows, ms) {
    var text = rows + " row" + (rows === 1 ? "" : "s") + " in " + (ms < 1000 ? Math.round(ms) + " ms" : (ms / 1000).toFixed(2) + " s");
    document.getElementById("wb-count").textContent = "(" + text + ")";
    status.textContent = text;
  }

  function showGraph(query, text, ms) {
    var lines = text.split("\n").filter(function (l) { return l.trim() && l.indexOf("@prefix") !== 0; });
    timing(lines.length, ms);
    var box = document.getElementById("wb-table");
    box.textContent = "";
    box.appendChild(el("pre", {}, text));
    downloads(query, true);
    chartOff("A graph has no chart view.");
    show("wb-results", true);
  }

  function showResults(query, data, ms) {
    var box = document.getElementById("wb-table");
    box.textContent = "";
    if (data.boolean !== undefined) {
      timing(1, ms);
      box.appendChild(el("p", { "class": "answer" }, data.boolean ? "yes (true)" : "no (false)"));
      downloads(query, false);
      chartOff("");
      show("wb-results", true);
      return Promise.resolve();
    }
    var vars = data.head.vars;
    var rows = data.results.bindings;
    timing(rows.length, ms);
    downloads(query, false);
    return labels(rows, vars).then(function (names) {
      drawTable(box, vars, rows.slice(0, MAX_SHOWN), names);
      if (rows.length > MAX_SHOWN) {
        box.appendChild(el("p", { "class": "meta" }, "Showing the first " + MAX_SHOWN + " rows; the downloads hold all " + rows.length + "."));
      }
      chartFor(vars, rows, names);
      show("wb-results", true);
    });
  }

  function labels(rows, vars) {
    var iris = {};
    var count = 0;
    rows.some(function (row) {
      vars.forEach(function (v) {
        var cell = row[v];
        if (cell && cell.type === "uri" && !iris[cell.value] && count < MAX_LABELLED && /^https?:\/\/[^\s<>"{}|\\^`]*$/.test(cell.value)) {
          iris[cell.value] = true;
          count++;
        }
      });
      return count >= MAX_LABELLED;
    });
    var list = Object.keys(iris);
    if (!list.length) { return Promise.resolve({}); }
    var q = "SELECT ?s ?l WHERE { VALUES ?s { " + list.map(function (i) { return "<" + i + ">"; }).join(" ") +
      " } VALUES ?p { " + LABEL_PROPS.map(function (p) { return "<" + p + ">"; }).join(" ") + " } ?s ?p ?l }";
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
      body: q
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (d) {
      var names = {};
      var rank = {};
      ((d && d.results.bindings) || []).forEach(function (b) {
        var lang = b.l["xml:lang"] || "";
        var r = lang === "en" ? 0 : lang === "" ? 1 : 2;
        if (rank[b.s.value] === undefined || r < rank[b.s.value]) { rank[b.s.value] = r; names[b.s.value] = b.l.value; }
      });
      return names;
    }).catch(function () { return {}; });
  }

  function pageOf(iri) {
    if (iri.indexOf(base + "id/") === 0) { return root + "/doc/" + iri.slice(base.length + 3); }
    if (iri.indexOf(base) === 0) { return root + "/" + iri.slice(base.length); }
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function cellNode(cell, names) {
    var td = el("td");
    if (!cell) { return td; }
    if (cell.type === "uri") {
      var href = pageOf(cell.value);
      var name = names[cell.value];
      var link = href ? el("a", { href: href }, name || cell.value) : el("span", {}, name || cell.value);
      td.appendChild(link);
      if (name) { td.appendChild(el("span", { "class": "iri" }, cell.value)); }
    } else if (cell.type === "bnode") {
      td.textContent = "_:" + cell.value;
    } else {
      var lit = el("span", { "class": "lit" }, cell.value);
      if (cell["xml:lang"]) { lit.appendChild(el("small", {}, " @" + cell["xml:lang"])); }
      td.appendChild(lit);
    }
    return td;
  }

  function sortKey(cell, names) {
    if (!cell) { return ""; }
    if (cell.type === "literal" || cell.type === "typed-literal") {
      if (cell.datatype && NUMERIC.test(cell.datatype) && !isNaN(+cell.value)) { return +cell.value; }
      return cell.value.toLowerCase();
    }
    return (names[cell.value] || cell.value).toLowerCase();
  }

  function drawTable(box, vars, rows, names) {
    var table = el("table", { id: "wb-result-table" });
    var head = el("tr");
    var order = {};
    vars.forEach(function (v, i) {
      var th = el("th", { "class": "sortable", scope: "col", tabindex: "0", "aria-sort": "none" }, v);
      function sort() {
        var dir = order[v] === "ascending" ? "descending" : "ascending";
        order = {};
        order[v] = dir;
        Array.prototype.forEach.call(head.children, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", dir);
        var sorted = rows.slice().sort(function (a, b) {
          var x = sortKey(a[v], names), y = sortKey(b[v], names);
          if (typeof x !== typeof y) { x = String(x); y = String(y); }
          return (x < y ? -1 : x > y ? 1 : 0) * (dir === "ascending" ? 1 : -1);
        });
        fill(sorted);
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el("tbody");
    table.appendChild(tbody);
    function fill(list) {
      tbody.textContent = "";
      list.forEach(function (row) {
        var tr = el("tr");
        vars.forEach(function (v) { tr.appendChild(cellNode(row[v], names)); });
        tbody.appendChild(tr);
      });
    }
    fill(rows);
    box.appendChild(table);
  }

  // -- chart ----------------------------------------------------------------------------------
  function chartOff(note) {
    var button = document.getElementById("wb-show-chart");
    button.disabled = true;
    document.getElementById("wb-chart-note").textContent = note;
    viewTable(true);
  }

  function viewTable(on) {
    show("wb-table", on);
    show("wb-chart", !on);
    document.getElementById("wb-show-table").setAttribute("aria-pressed", String(on));
    document.getElementById("wb-show-chart").setAttribute("aria-pressed", String(!on));
  }
  document.getElementById("wb-show-table").addEventListener("click", function () { viewTable(true); });
  document.getElementById("wb-show-chart").addEventListener("click", function () { viewTable(false); });

  function isNumber(cell) {
    return cell && (cell.type === "literal" || cell.type === "typed-literal") && cell.datatype &&
      NUMERIC.test(cell.datatype) && !isNaN(+cell.value);
  }

  function chartFor(vars, rows, names) {
    var number = vars.filter(function (v) { return rows.length && rows.every(function (r) { return isNumber(r[v]); }); })[0];
    var label = vars.filter(function (v) { return v !== number && rows.every(function (r) { return r[v]; }); })[0];
    if (!number || !label || rows.length > MAX_BARS * 5) {
      chartOff(rows.length ? "A chart needs a label column and a number column." : "");
      return;
    }
    var bars = rows.slice(0, MAX_BARS).map(function (r) {
      var c = r[label];
      return { label: c.type === "uri" ? (names[c.value] || c.value) : c.value, value: +r[number].value };
    });
    var box = document.getElementById("wb-chart");
    box.textContent = "";
    box.appendChild(barChart(bars, label, number));
    if (rows.length > MAX_BARS) { box.appendChild(el("p", { "class": "meta" }, "The first " + MAX_BARS + " rows.")); }
    document.getElementById("wb-show-chart").disabled = false;
    document.getElementById("wb-chart-note").textContent = "";
  }

  function barChart(bars, labelName, numberName) {
    var NS = "http://www.w3.org/2000/svg";
    var rowH = 22, left = 220, width = 720, top = 24;
    var max = Math.max.apply(null, bars.map(function (b) { return b.value; }).concat([0]));
    var height = top + bars.length * rowH + 10;
    function s(tag, attrs, text) {
      var n = document.createElementNS(NS, tag);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
      if (text !== undefined) { n.textContent = text; }
      return n;
    }
    var svg = s("svg", { "class": "chart", viewBox: "0 0 " + width + " " + height, width: width, height: height,
      role: "img", "aria-label": numberName + " by " + labelName, id: "wb-chart-svg" });
    svg.appendChild(s("title", {}, numberName + " by " + labelName));
    svg.appendChild(s("text", { x: left, y: 14 }, numberName));
    bars.forEach(function (b, i) {
      var y = top + i * rowH;
      var w = max > 0 ? Math.max(0, (b.value / max) * (width - left - 60)) : 0;
      var name = b.label.length > 34 ? b.label.slice(0, 33) + "…" : b.label;
      svg.appendChild(s("text", { x: left - 6, y: y + 14, "text-anchor": "end" }, name));
      var rect = s("rect", { "class": "bar", x: left, y: y + 3, width: w.toFixed(1), height: rowH - 6 });
      rect.appendChild(s("title", {}, b.label + ": " + b.value));
      svg.appendChild(rect);
      svg.appendChild(s("text", { x: left + w + 4, y: y + 14 }, String(b.value)));
    });
    svg.appendChild(s("line", { "class": "axis", x1: left, y1: top, x2: left, y2: height - 6 }));
    return svg;
  }

  // a page opened with ?query= (a shared link) runs it at once
  // (the server's table, without labels, is replaced by the labelled one)
  if (new URLSearchParams(location.search).get("query") !== null && !document.getElementById("server-error") &&
      formatSelect.value === "html") {
    run();
  }
}());
