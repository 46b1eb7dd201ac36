/* Touchpoint dashboard: charts (Apache ECharts) from JSON the page carries or fetches, sign-in and
   sign-out, the PII reveal, and the live alert list. Data is put into the page with textContent or
   through ECharts, never as HTML. */
(function () {
  'use strict';

  var charts = [];
  var palette = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#06b6d4', '#f97316', '#84cc16', '#64748b'];

  function readSource(el) {
    var source = el.getAttribute('data-source');
    if (source && source.charAt(0) === '#') {
      var script = document.querySelector(source);
      return Promise.resolve(script ? JSON.parse(script.textContent) : null);
    }
    var url = el.getAttribute('data-src');
    if (url) {
      return fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); });
    }
    return Promise.resolve(null);
  }

  function percentAxis(el) { return el.getAttribute('data-percent') === 'true'; }

  function linesOption(el, data) {
    var metric = el.getAttribute('data-metric');
    var lines = (data.metrics && data.metrics[metric]) || [];
    var percent = percentAxis(el);
    var stack = el.getAttribute('data-stack') === 'true';
    return {
      color: palette,
      tooltip: { trigger: 'axis', valueFormatter: function (v) {
        return v == null ? '–' : percent ? (v * 100).toFixed(1) + '%' : (Math.round(v * 100) / 100).toString(); } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: data.x },
      yAxis: { type: 'value', scale: !stack, axisLabel: percent ? { formatter: function (v) { return Math.round(v * 100) + '%'; } } : {} },
      series: lines.map(function (line) {
        return { name: line.name, type: stack ? 'bar' : 'line', stack: stack ? 'all' : undefined, data: line.data,
          connectNulls: true, showSymbol: data.x.length < 30, emphasis: { focus: 'series' } };
      })
    };
  }

  function treemapOption(data) {
    return {
      tooltip: { formatter: function (p) { return echarts.format.encodeHTML(p.data.path || p.name) + ': ' + p.value + ' interactions'; } },
      series: [{
        type: 'treemap', data: data, leafDepth: 2, roam: false, nodeClick: false,
        top: 0, left: 0, right: 0, bottom: 30,
        breadcrumb: { show: true },
        label: { show: true, formatter: '{b}' },
        upperLabel: { show: true, height: 22, color: '#fff' },
        levels: [
          { itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 }, color: palette },
          { colorSaturation: [0.35, 0.6], itemStyle: { borderColorSaturation: 0.7, gapWidth: 1, borderWidth: 1 } }
        ]
      }]
    };
  }

  function sentimentOption(points) {
    return {
      color: ['#f59e0b'],
      tooltip: { trigger: 'axis', formatter: function (items) {
        var p = points[items[0].dataIndex];
        return 'turn ' + p.turn + ' at ' + Math.round(p.seconds) + ' s: ' + p.score.toFixed(2) + ' (' +
          echarts.format.encodeHTML(p.label) + ')<br>' + echarts.format.encodeHTML(p.text); } },
      grid: { left: 40, right: 16, top: 12, bottom: 28 },
      xAxis: { type: 'value', name: 's', min: 0, axisLabel: { formatter: '{value}' } },
      yAxis: { type: 'value', min: -1, max: 1 },
      visualMap: { show: false, pieces: [{ lt: -0.2, color: '#dc2626' }, { gte: -0.2, lte: 0.2, color: '#9ca3af' }, { gt: 0.2, color: '#16a34a' }] },
      series: [{ type: 'line', data: points.map(function (p) { return [p.seconds, p.score]; }), symbolSize: 8,
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#d1d5db' } } }]
    };
  }

  function barsOption(el, data) {
    var money = el.getAttribute('data-money') === 'true';
    var format = function (v) { return money ? '$' + Math.round(v).toLocaleString('en-US') : v; };
    return {
      color: ['#2563eb'],
      tooltip: { trigger: 'axis', valueFormatter: format },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: format } },
      yAxis: { type: 'category', inverse: true, data: data.labels, axisLabel: { width: 260, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data.values }]
    };
  }

  function journeyOption(points) {
    var channels = [];
    points.forEach(function (p) { if (channels.indexOf(p.channel) < 0) { channels.push(p.channel); } });
    return {
      color: palette,
      tooltip: { formatter: function (item) { var p = points[item.dataIndex];
        return echarts.format.encodeHTML(p.channel + ' ' + p.at.substring(0, 16).replace('T', ' ')) + '<br>' + echarts.format.encodeHTML(p.preview); } },
      grid: { left: 70, right: 24, top: 12, bottom: 28 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: channels },
      series: [{ type: 'scatter', symbolSize: 14, data: points.map(function (p) { return [p.at, p.channel]; }) }]
    };
  }

  function initChart(el) {
    if (el.getAttribute('data-ready') || typeof echarts === 'undefined') { return; }
    el.setAttribute('data-ready', 'loading');
    readSource(el).then(function (data) {
      if (!data) { return; }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      var kind = el.getAttribute('data-chart');
      if (kind === 'lines') {
        chart.setOption(linesOption(el, data));
      } else if (kind === 'treemap') {
        chart.setOption(treemapOption(data));
        chart.on('click', function (p) {
          if (p.data && p.data.path && !p.data.children) {
            window.location.href = '/interactions?category=' + encodeURIComponent(p.data.path);
          }
        });
      } else if (kind === 'sentiment') {
        chart.setOption(sentimentOption(data));
        chart.getZr().on('click', function (e) {
          var x = chart.convertFromPixel({ seriesIndex: 0 }, [e.offsetX, e.offsetY])[0];
          var best = null;
          data.forEach(function (p) { if (best === null || Math.abs(p.seconds - x) < Math.abs(best.seconds - x)) { best = p; } });
          if (best) { flash(document.getElementById('t' + best.turn)); }
        });
      } else if (kind === 'bars') {
        chart.setOption(barsOption(el, data));
      } else if (kind === 'journey') {
        chart.setOption(journeyOption(data));
        chart.on('click', function (p) { window.location.href = '/interactions/' + encodeURIComponent(data[p.dataIndex].id); });
      }
      charts.push(chart);
      el.setAttribute('data-ready', 'true');
    }).catch(function (error) {
      el.setAttribute('data-ready', 'error');
      el.textContent = 'The chart could not load: ' + error;
    });
  }

  function initCharts(root) {
    (root || document).querySelectorAll('[data-chart]').forEach(initChart);
  }

  function flash(el) {
    if (!el) { return; }
    el.scrollIntoView({ behavior: 'smooth', block: 'center' });
    el.classList.add('flash');
    setTimeout(function () { el.classList.remove('flash'); }, 1800);
  }

  function initLogin() {
    var form = document.getElementById('login-form');
    if (!form) { return; }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var error = document.getElementById('login-error');
      var body = new URLSearchParams();
      body.set('username', form.username.value);
      body.set('password', form.password.value);
      fetch('/api/login', { method: 'POST', credentials: 'same-origin', body: body }).then(function (response) {
        if (response.ok) {
          window.location.assign(form.elements.next.value || '/');
          return;
        }
        return response.json().then(function (json) {
          error.textContent = json && json.message ? json.message : 'Sign-in failed.';
          error.hidden = false;
        });
      }).catch(function () { error.textContent = 'The server cannot be reached.'; error.hidden = false; });
    });
  }

  function initLogout() {
    var button = document.getElementById('logout');
    if (!button) { return; }
    button.addEventListener('click', function () {
      fetch('/api/logout', { method: 'POST', credentials: 'same-origin' }).finally(function () {
        window.location.assign('/login');
      });
    });
  }

  /* "Reveal" goes through the audited API: the unmasked identifiers, then the list of redactions. */
  function initReveal() {
    var button = document.getElementById('reveal');
    if (!button) { return; }
    button.addEventListener('click', function () {
      var id = encodeURIComponent(button.getAttribute('data-interaction'));
      fetch('/api/interactions/' + id + '?unmask=true', { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) { throw new Error('status ' + r.status); }
        return r.json();
      }).then(function (detail) {
        ['email', 'phone', 'handle'].forEach(function (field) {
          var cell = document.querySelector('[data-pii="' + field + '"]');
          if (cell && detail.customer && detail.customer[field]) {
            cell.textContent = detail.customer[field];
            cell.classList.remove('masked');
            cell.classList.add('revealed');
          }
        });
        return fetch('/api/interactions/' + id + '/pii', { credentials: 'same-origin' });
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (pii) {
        var target = document.getElementById('pii-spans');
        if (!pii || !target) { return; }
        target.textContent = '';
        var note = document.createElement('p');
        note.className = 'muted';
        note.textContent = pii.note;
        target.appendChild(note);
        var list = document.createElement('ul');
        pii.spans.forEach(function (span) {
          var item = document.createElement('li');
          item.textContent = span.type + ' in turn ' + span.turnIndex + ' (characters ' + span.charStart + '–' + span.charEnd + ')';
          list.appendChild(item);
        });
        target.appendChild(list);
        button.disabled = true;
        button.textContent = 'Revealed (audited)';
      }).catch(function (error) { button.textContent = 'Reveal failed: ' + error.message; });
    });
  }

  function alertRow(alert, fresh) {
    var row = document.createElement('tr');
    row.className = 'sev-' + alert.severity + (fresh ? ' new' : '');
    row.setAttribute('data-alert', alert.id);
    var at = (alert.raisedAt || '').replace('T', ' ').substring(0, 19);
    [at, alert.severity, alert.message, alert.conversationId, alert.agentId || '', alert.team || '', alert.evidence || '']
      .forEach(function (value, index) {
        var cell = document.createElement('td');
        if (index === 3 && value) {
          var link = document.createElement('a');
          link.href = '/interactions/' + encodeURIComponent(value);
          link.textContent = value;
          cell.appendChild(link);
        } else {
          cell.textContent = value;
        }
        row.appendChild(cell);
      });
    return row;
  }

  function initAlerts() {
    var table = document.getElementById('alerts');
    if (!table) { return; }
    var body = table.querySelector('tbody');
    var status = document.getElementById('alert-status');
    var empty = document.getElementById('alerts-empty');
    var seen = {};
    function add(alert, fresh) {
      if (seen[alert.id]) { return; }
      seen[alert.id] = true;
      empty.hidden = true;
      if (fresh) { body.insertBefore(alertRow(alert, true), body.firstChild); } else { body.appendChild(alertRow(alert, false)); }
    }
    var source = new EventSource(table.getAttribute('data-stream'));
    source.addEventListener('open', function () { status.textContent = 'live'; status.setAttribute('data-state', 'live'); });
    source.addEventListener('error', function () { status.textContent = 'reconnecting…'; status.setAttribute('data-state', 'error'); });
    source.addEventListener('alert', function (event) { add(JSON.parse(event.data), true); });
    fetch(table.getAttribute('data-history'), { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : []; })
      .then(function (rows) { rows.forEach(function (alert) { add(alert, false); }); });
  }

  function initEvidenceLinks() {
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a.evidence-link') : null;
      if (!link) { return; }
      var target = document.getElementById(link.getAttribute('href').substring(1));
      if (target) { event.preventDefault(); history.replaceState(null, '', link.getAttribute('href')); flash(target); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    initLogin();
    initLogout();
    initCharts(document);
    initReveal();
    initAlerts();
    initEvidenceLinks();
    document.body.addEventListener('htmx:afterSettle', function (event) { initCharts(event.target); });
    window.addEventListener('resize', function () { charts.forEach(function (chart) { chart.resize(); }); });
    if (window.location.hash && window.location.hash.match(/^#t\d+$/)) { flash(document.querySelector(window.location.hash)); }
  });
})();
