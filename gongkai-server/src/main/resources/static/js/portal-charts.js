/*
 * Draws the charts of a disclosure page from the JSON the server embeds (#chart-data): exact decimal
 * strings per category, drawn as numbers, shown in tooltips and labels exactly as published.
 */
(function () {
  'use strict';
  var source = document.getElementById('chart-data');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var charts = JSON.parse(source.textContent);
  var calm = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var font = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif';
  var palette = ['#a8322d', '#4f5d6b', '#d4876b', '#22394a', '#b8912f', '#8a9099', '#6d2420', '#9fb0c3'];

  function grouped(text) {
    if (text === null || text === undefined) {
      return '—';
    }
    var negative = text.charAt(0) === '-';
    var parts = (negative ? text.substring(1) : text).split('.');
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    var decimals = parts[1] || '';
    while (decimals.length < 2) {
      decimals += '0';
    }
    return (negative ? '-' : '') + parts[0] + '.' + decimals;
  }

  /* The tooltip is HTML: every text of the document in it is escaped, never markup. */
  function escaped(text) {
    return String(text === null || text === undefined ? '' : text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function points(chart, series) {
    return chart.categories.map(function (name, i) {
      var exact = series.values[i];
      return {name: name, value: exact === null ? null : Number(exact), exact: exact};
    });
  }

  function tip(unit) {
    return function (p) {
      var d = p.data || {};
      return p.marker + (p.seriesName && p.seriesName !== p.name ? escaped(p.seriesName) + ' · ' : '')
        + escaped(p.name) + '<br>' + '<b>' + escaped(grouped(d.exact)) + '</b> ' + escaped(unit)
        + (p.percent !== undefined ? ' (' + escaped(p.percent) + '%)' : '');
    };
  }

  function option(chart, width) {
    var base = {
      color: palette,
      animation: !calm,
      textStyle: {fontFamily: font, fontSize: 13, color: '#1f2328'},
      tooltip: {trigger: 'item', formatter: tip(chart.unit), confine: true}
    };
    if (chart.kind === 'pie') {
      base.legend = {bottom: 0, type: 'scroll', textStyle: {fontFamily: font}};
      base.series = [{
        type: 'pie', name: chart.series[0].name, radius: ['38%', '64%'], center: ['50%', '44%'],
        data: points(chart, chart.series[0]).filter(function (d) { return d.value > 0; }),
        label: {formatter: function (p) { return p.name + '\n' + grouped(p.data.exact); }, fontFamily: font},
        itemStyle: {borderColor: '#fff', borderWidth: 2}
      }];
      return base;
    }
    var horizontal = chart.kind === 'rows';
    var labelWidth = horizontal ? Math.min(150, Math.floor(width * 0.32))
      : Math.max(40, Math.floor((width - 70) / Math.max(1, chart.categories.length)) - 6);
    var category = {type: 'category', data: chart.categories, inverse: horizontal,
      axisLabel: {fontFamily: font, width: labelWidth, overflow: 'break', interval: 0, fontSize: width < 420 ? 11 : 12}};
    var value = {type: 'value', axisLabel: {fontFamily: font, hideOverlap: true}, splitNumber: width < 420 ? 3 : 5, splitLine: {lineStyle: {color: '#e6e2dc'}}};
    base.grid = {left: 8, right: horizontal ? 64 : 16, top: chart.series.length > 1 ? 40 : 28, bottom: 8, containLabel: true};
    base.xAxis = horizontal ? value : category;
    base.yAxis = horizontal ? category : value;
    if (chart.series.length > 1) {
      base.legend = {top: 0, textStyle: {fontFamily: font}};
    }
    base.series = chart.series.map(function (s) {
      return {
        type: 'bar', name: s.name, data: points(chart, s), barMaxWidth: 36,
        label: {show: true, position: horizontal ? 'right' : 'top', fontFamily: font,
          formatter: function (p) { return grouped(p.data.exact); }}
      };
    });
    return base;
  }

  var drawn = [];
  charts.forEach(function (chart) {
    var el = document.getElementById(chart.id);
    if (!el || chart.categories.length === 0) {
      return;
    }
    if (chart.kind === 'rows') {
      el.style.height = Math.max(240, chart.categories.length * 40 * chart.series.length + 60) + 'px';
    }
    var instance = echarts.init(el, null, {renderer: 'canvas'});
    instance.setOption(option(chart, el.clientWidth));
    drawn.push(instance);
  });
  var pending = null;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      drawn.forEach(function (c) { c.resize(); });
    }, 150);
  });
}());
