// The analytics pages' charts (Apache ECharts, vendored under /vendor/echarts). No inline script:
// every chart is an element marked data-chart whose attribute holds its data as JSON (read with
// JSON.parse, never executed). Names come from distributors' files, so every formatter escapes
// them before ECharts renders its tooltip as HTML. Numbers and months in the page's language.
(function () {
  'use strict';

  var lang = (document.documentElement.getAttribute('lang') || 'ru').toLowerCase().indexOf('en') === 0 ? 'en' : 'ru';
  var locale = lang === 'en' ? 'en-US' : 'ru-RU';
  var MONTHS = {
    ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
    en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  };
  var whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  var money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  function escape(text) {
    return String(text == null ? '' : text)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  // "2057-03" as «мар 2057» / "Mar 2057"
  function month(key, withYear) {
    var m = /^(\d{4})-(\d{2})$/.exec(key || '');
    if (!m) {
      return String(key);
    }
    var name = MONTHS[lang][parseInt(m[2], 10) - 1];
    return withYear === false ? name : name + ' ' + m[1];
  }

  function shortName(text, max) {
    text = String(text == null ? '' : text);
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  function tooltipRow(marker, name, value) {
    return marker + ' ' + escape(name) + ': <b>' + escape(money.format(value)) + '</b>';
  }

  function barOption(data) {
    var narrow = window.innerWidth < 560;
    return {
      animation: false,
      grid: { left: narrow ? 96 : 180, right: 24, top: 8, bottom: 28 },
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) { return tooltipRow(p.marker, data.labels[p.dataIndex], p.value); }
      },
      xAxis: { type: 'value', axisLabel: { formatter: function (v) { return whole.format(v); }, hideOverlap: true } },
      yAxis: {
        type: 'category', inverse: true, data: data.labels,
        axisLabel: { formatter: function (v) { return shortName(v, narrow ? 12 : 26); } }
      },
      series: [{ type: 'bar', data: data.values, name: data.title || '' }]
    };
  }

  function pieOption(data) {
    return {
      animation: false,
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) {
          return tooltipRow(p.marker, data.labels[p.dataIndex], p.value) + ' (' + escape(whole.format(p.percent)) + ' %)';
        }
      },
      series: [{
        type: 'pie', radius: ['35%', '70%'],
        label: { formatter: function (p) { return shortName(data.labels[p.dataIndex], 18); } },
        data: data.values.map(function (v, i) { return { value: v, name: String(i) }; })
      }]
    };
  }

  function trendOption(data) {
    var narrow = window.innerWidth < 560;
    return {
      animation: false,
      legend: {
        type: 'scroll', bottom: 0,
        formatter: function (key) { return shortName(data.series[parseInt(key, 10)].name, 22); },
        tooltip: { show: true, formatter: function (p) { return escape(data.series[parseInt(p.name, 10)].name); } }
      },
      grid: { left: narrow ? 56 : 88, right: 16, top: 16, bottom: 56 },
      tooltip: {
        trigger: 'axis', confine: true, axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var total = 0;
          var rows = items.filter(function (p) { return p.value; }).map(function (p) {
            total += p.value;
            return tooltipRow(p.marker, data.series[p.seriesIndex].name, p.value);
          });
          return '<b>' + escape(month(data.months[items[0].dataIndex])) + '</b><br>' + rows.join('<br>')
            + (rows.length > 1 ? '<br>' + escape(data.totalLabel || '') + ': <b>' + escape(money.format(total)) + '</b>' : '');
        }
      },
      xAxis: {
        type: 'category', data: data.months,
        axisLabel: {
          hideOverlap: true,
          formatter: function (key, i) { return month(key, false) + (i === 0 || /-01$/.test(key) ? '\n' + key.slice(0, 4) : ''); }
        }
      },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: function (v) { return narrow ? compact(v) : whole.format(v); } }
      },
      series: data.series.map(function (s, i) {
        return { type: 'bar', stack: 'sales', name: String(i), data: s.values, emphasis: { focus: 'series' } };
      })
    };
  }

  // 1 250 000 as «1,3 млн» on a phone's axis
  function compact(v) {
    var abs = Math.abs(v);
    var units = lang === 'en' ? ['', 'k', 'M', 'B'] : ['', 'тыс.', 'млн', 'млрд'];
    var i = 0;
    while (abs >= 1000 && i < units.length - 1) {
      abs /= 1000;
      v /= 1000;
      i++;
    }
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v) + (units[i] ? ' ' + units[i] : '');
  }

  var builders = { bar: barOption, pie: pieOption, trend: trendOption };

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var build = builders[data.kind];
    if (!build || typeof echarts === 'undefined') {
      return;
    }
    if (data.kind === 'bar') {
      element.style.height = Math.max(120, data.labels.length * 26 + 40) + 'px';
    }
    var chart = echarts.init(element, null, { renderer: 'svg', locale: lang === 'en' ? 'EN' : 'RU' });
    chart.setOption(build(data));
    element.setAttribute('data-drawn', 'true');
    if (data.links) {
      // a bar or slice drills down as its table row does (same-origin paths only)
      chart.on('click', function (p) {
        var link = data.links[p.dataIndex];
        if (typeof link === 'string' && link.charAt(0) === '/' && link.charAt(1) !== '/') {
          window.location.assign(link);
        }
      });
    }
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(function () { chart.resize(); }).observe(element);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(draw);
  });

  // for tests and other pages' scripts: the same escaping and formats
  window.portalAnalytics = { escape: escape, month: month, money: function (v) { return money.format(v); } };
}());
