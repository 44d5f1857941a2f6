// The report's script, inlined: filters and pagination over the page list and the detailed pages. The report
// is complete without it (every detailed page is in the HTML); the script only narrows what is shown.
export const REPORT_JS = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var rows = data.rows;
  var byN = {};
  rows.forEach(function (r) { byN[r.n] = r; });
  var ROWS_PER_VIEW = 50, CARDS_PER_VIEW = 10;
  var state = { rowView: 0, cardView: 0 };
  var form = document.getElementById('filters');
  var tbody = document.querySelector('#page-table tbody');
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.page'));

  function num(id) {
    var v = document.getElementById(id).value.trim();
    return v === '' ? null : Number(v);
  }
  function matches(r) {
    var maxBody = num('f-max-body'), maxKept = num('f-max-kept');
    var status = document.getElementById('f-status').value;
    var rule = document.getElementById('f-rule').value;
    var text = document.getElementById('f-text').value.trim().toLowerCase();
    if (maxBody !== null && r.body > maxBody) return false;
    if (maxKept !== null && (r.blocks ? (100 * r.kept) / r.blocks : 0) > maxKept) return false;
    if (status && r.status !== status) return false;
    if (rule && r.rules.indexOf(rule) < 0) return false;
    if (text && (r.source + ' ' + (r.title || '')).toLowerCase().indexOf(text) < 0) return false;
    return true;
  }
  function cell(text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    return td;
  }
  function pager(id, view, size, total, onMove) {
    var el = document.getElementById(id);
    var pages = Math.max(1, Math.ceil(total / size));
    var first = total ? view * size + 1 : 0, last = Math.min(total, (view + 1) * size);
    el.querySelector('.range').textContent = first + '–' + last + ' of ' + total;
    var prev = el.querySelector('.prev'), next = el.querySelector('.next');
    prev.disabled = view <= 0;
    next.disabled = view >= pages - 1;
    prev.onclick = function () { onMove(view - 1); };
    next.onclick = function () { onMove(view + 1); };
  }
  function render() {
    var shown = rows.filter(matches);
    var maxRowView = Math.max(0, Math.ceil(shown.length / ROWS_PER_VIEW) - 1);
    state.rowView = Math.min(state.rowView, maxRowView);
    tbody.textContent = '';
    shown.slice(state.rowView * ROWS_PER_VIEW, (state.rowView + 1) * ROWS_PER_VIEW).forEach(function (r) {
      var tr = document.createElement('tr');
      tr.className = r.status;
      tr.appendChild(cell(String(r.n), 'num'));
      var src = cell('');
      if (r.sampled) {
        var a = document.createElement('a');
        a.href = '#page-' + r.n;
        a.textContent = r.source;
        a.onclick = function () { showCard(r.n); };
        src.appendChild(a);
      } else src.textContent = r.source;
      tr.appendChild(src);
      tr.appendChild(cell(r.format || ''));
      tr.appendChild(cell(r.status === 'record' ? 'record' : 'rejected: ' + r.reason));
      tr.appendChild(cell(r.title || ''));
      tr.appendChild(cell(String(r.body), 'num'));
      tr.appendChild(cell(r.kept + ' / ' + r.blocks, 'num'));
      tr.appendChild(cell(r.top || ''));
      tbody.appendChild(tr);
    });
    document.getElementById('match-count').textContent = shown.length + ' of ' + rows.length + ' pages match';
    pager('rows-pager', state.rowView, ROWS_PER_VIEW, shown.length, function (v) { state.rowView = v; render(); });

    var shownCards = cards.filter(function (c) { return matches(byN[c.getAttribute('data-n')]); });
    var maxCardView = Math.max(0, Math.ceil(shownCards.length / CARDS_PER_VIEW) - 1);
    state.cardView = Math.min(state.cardView, maxCardView);
    var visible = shownCards.slice(state.cardView * CARDS_PER_VIEW, (state.cardView + 1) * CARDS_PER_VIEW);
    cards.forEach(function (c) { c.hidden = visible.indexOf(c) < 0; });
    pager('cards-pager', state.cardView, CARDS_PER_VIEW, shownCards.length, function (v) { state.cardView = v; render(); });
  }
  function showCard(n) {
    var shownCards = cards.filter(function (c) { return matches(byN[c.getAttribute('data-n')]); });
    var i = shownCards.findIndex(function (c) { return c.getAttribute('data-n') === String(n); });
    if (i >= 0) { state.cardView = Math.floor(i / CARDS_PER_VIEW); render(); }
  }
  form.addEventListener('input', function () { state.rowView = 0; state.cardView = 0; render(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('f-little').onclick = function () {
    document.getElementById('f-max-body').value = String(data.littleBody);
    state.rowView = 0; state.cardView = 0; render();
  };
  document.getElementById('f-reset').onclick = function () { form.reset(); state.rowView = 0; state.cardView = 0; render(); };
  document.getElementById('f-show-removed').onchange = function (e) {
    document.body.classList.toggle('hide-removed', !e.target.checked);
  };
  Array.prototype.forEach.call(document.querySelectorAll('#chart .bar'), function (g) {
    g.addEventListener('click', function () {
      document.getElementById('f-rule').value = g.getAttribute('data-rule');
      state.rowView = 0; state.cardView = 0; render();
    });
  });
  render();
})();
`;
