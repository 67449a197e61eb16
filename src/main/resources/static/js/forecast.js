// The forecast pages' charts (Apache ECharts, vendored under /vendor/echarts). No inline script:
// every chart is an element marked data-chart whose attribute holds its data as JSON (read with
// JSON.parse, never executed); every name shown in a tooltip is escaped. The forecast's 80 %
// interval is a band: its lower bound as an invisible line, its width stacked on it as an area.
(function () {
  'use strict';

  var lang = (document.documentElement.getAttribute('lang') || 'ru').toLowerCase().indexOf('en') === 0 ? 'en' : 'ru';
  var locale = lang === 'en' ? 'en-US' : 'ru-RU';
  var MONTHS = {
    ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
    en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  };
  var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  var COLORS = { history: '#14213d', forecast: '#1f5fbf', band: 'rgba(31, 95, 191, 0.16)', need: '#1e7f4f',
    named: '#9a6200', stock: '#7f8db0', target: '#b42318', transit: '#6baed6', actual: '#14213d' };

  function escape(text) {
    return String(text == null ? '' : text)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  // "2079-03" as «мар 2079» / "Mar 2079"
  function month(key, withYear) {
    var m = /^(\d{4})-(\d{2})$/.exec(key || '');
    if (!m) {
      return String(key);
    }
    var name = MONTHS[lang][parseInt(m[2], 10) - 1];
    return withYear === false ? name : name + ' ' + m[1];
  }

  function value(v) {
    return v == null ? '—' : number.format(v);
  }

  function narrow() {
    return window.innerWidth < 560;
  }

  function timeAxis(months) {
    return {
      type: 'category', data: months, boundaryGap: false,
      axisLabel: {
        hideOverlap: true, lineHeight: 16,
        formatter: function (key, i) { return month(key, false) + (i === 0 || /-01$/.test(key) ? '\n' + key.slice(0, 4) : ''); }
      }
    };
  }

  function valueAxis() {
    return { type: 'value', scale: false, axisLabel: { formatter: function (v) { return compact(v); } } };
  }

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

  function forecastOption(data) {
    var upper = data.lower.map(function (low, i) { return low == null ? null : low + data.band[i]; });
    return {
      animation: false,
      color: [COLORS.history, COLORS.forecast, COLORS.band],
      legend: { bottom: 0, type: 'scroll', data: [data.labels.history, data.labels.forecast, data.labels.band] },
      grid: { left: narrow() ? 48 : 72, right: 16, top: 16, bottom: 64 },
      tooltip: {
        trigger: 'axis', confine: true,
        formatter: function (items) {
          var i = items[0].dataIndex;
          var rows = ['<b>' + escape(month(data.months[i])) + '</b>'];
          if (data.history[i] != null) {
            rows.push(escape(data.labels.history) + ': <b>' + escape(value(data.history[i])) + '</b>');
          }
          if (data.lower[i] != null) {
            rows.push(escape(data.labels.forecast) + ': <b>' + escape(value(data.forecast[i])) + '</b>');
            rows.push(escape(data.labels.band) + ': ' + escape(value(data.lower[i])) + ' — ' + escape(value(upper[i])));
          }
          return rows.join('<br>');
        }
      },
      xAxis: timeAxis(data.months),
      yAxis: valueAxis(),
      series: [
        { name: data.labels.history, type: 'line', data: data.history, symbol: 'circle', symbolSize: 4,
          lineStyle: { width: 2, color: COLORS.history }, itemStyle: { color: COLORS.history }, z: 3 },
        { name: data.labels.forecast, type: 'line', data: data.forecast, symbol: 'circle', symbolSize: 4,
          lineStyle: { width: 2, type: 'dashed', color: COLORS.forecast }, itemStyle: { color: COLORS.forecast }, z: 4 },
        // the band: the lower bound carries nothing visible, the width is stacked on it and filled
        { name: 'lower', type: 'line', data: data.lower, stack: 'band', stackStrategy: 'all', symbol: 'none',
          lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false }, legendHoverLink: false },
        { name: data.labels.band, type: 'line', data: data.band, stack: 'band', stackStrategy: 'all', symbol: 'none',
          lineStyle: { opacity: 0 }, areaStyle: { color: COLORS.band }, itemStyle: { color: COLORS.band }, silent: true }
      ]
    };
  }

  function sellInOption(data) {
    var l = data.labels;
    return {
      animation: false,
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: narrow() ? 48 : 72, right: 16, top: 16, bottom: 60 },
      tooltip: {
        trigger: 'axis', confine: true,
        formatter: function (items) {
          var i = items[0].dataIndex;
          return '<b>' + escape(month(data.months[i])) + '</b><br>' + items.map(function (p) {
            return p.marker + ' ' + escape(p.seriesName) + ': <b>' + escape(value(p.value)) + '</b>';
          }).join('<br>');
        }
      },
      xAxis: { type: 'category', data: data.months, axisLabel: timeAxis(data.months).axisLabel },
      yAxis: valueAxis(),
      series: [
        { name: l.need, type: 'bar', data: data.need, itemStyle: { color: COLORS.need }, barMaxWidth: 28 },
        { name: l.named, type: 'bar', data: data.named, itemStyle: { color: COLORS.named }, barMaxWidth: 28 },
        { name: l.sellOut, type: 'line', data: data.sellOut, lineStyle: { color: COLORS.forecast, width: 2 },
          itemStyle: { color: COLORS.forecast }, symbolSize: 4 },
        { name: l.stock, type: 'line', data: data.stock, lineStyle: { color: COLORS.stock, width: 2 },
          itemStyle: { color: COLORS.stock }, symbolSize: 4 },
        { name: l.target, type: 'line', data: data.target, lineStyle: { color: COLORS.target, type: 'dashed' },
          itemStyle: { color: COLORS.target }, symbol: 'none' },
        { name: l.transit, type: 'line', data: data.transit, lineStyle: { color: COLORS.transit, type: 'dotted' },
          itemStyle: { color: COLORS.transit }, symbol: 'none' }
      ]
    };
  }

  function trackOption(data) {
    return {
      animation: false,
      legend: { bottom: 0 },
      grid: { left: narrow() ? 48 : 72, right: 16, top: 16, bottom: 60 },
      tooltip: {
        trigger: 'axis', confine: true,
        formatter: function (items) {
          var i = items[0].dataIndex;
          return '<b>' + escape(month(data.months[i])) + '</b><br>' + items.map(function (p) {
            return p.marker + ' ' + escape(p.seriesName) + ': <b>' + escape(value(p.value)) + '</b>';
          }).join('<br>');
        }
      },
      xAxis: { type: 'category', data: data.months, axisLabel: timeAxis(data.months).axisLabel },
      yAxis: valueAxis(),
      series: [
        { name: data.labels.forecast, type: 'bar', data: data.forecast, itemStyle: { color: COLORS.forecast }, barMaxWidth: 24 },
        { name: data.labels.actual, type: 'line', data: data.actual, lineStyle: { color: COLORS.actual, width: 2 },
          itemStyle: { color: COLORS.actual }, symbolSize: 5 }
      ]
    };
  }

  var builders = { forecast: forecastOption, sellin: sellInOption, track: trackOption };

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
    var chart = echarts.init(element, null, { renderer: 'svg', locale: lang === 'en' ? 'EN' : 'RU' });
    chart.setOption(build(data));
    element.setAttribute('data-drawn', 'true');
    if (typeof ResizeObserver !== 'undefined') {
      var width = element.clientWidth;
      new ResizeObserver(function () {
        if (element.clientWidth !== width) {
          width = element.clientWidth;
          chart.resize();
        }
      }).observe(element);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(draw);
  });

  // a new group lists other products: the product chosen before no longer applies
  document.addEventListener('change', function (event) {
    var target = event.target;
    var clears = target.getAttribute && target.getAttribute('data-clears');
    if (clears && target.form && target.form.elements[clears]) {
      target.form.elements[clears].value = '';
    }
  }, true);

  // the selector's address names only what is set: shorter, and fit to share
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('forecast-filters')) {
      return;
    }
    form.querySelectorAll('input[name], select[name]').forEach(function (field) {
      if (field.value === '' || (field.name === 'method' && field.value === 'auto')) {
        field.disabled = true;
      }
    });
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('.forecast-filters [disabled]').forEach(function (field) {
      field.disabled = false;
    });
  });
}());
