import { CHART_HEIGHT, CHART_WIDTH } from '../charts.ts';

/**
 * The only script of the report besides ECharts: it turns each static chart into a live one (tooltips, legend
 * toggles) from the JSON block. It reads data with JSON.parse and writes no markup, so data never becomes code.
 */
export const CLIENT_SCRIPT = `(function () {
  var source = document.getElementById('report-charts');
  if (!source || typeof echarts === 'undefined') return;
  var charts = JSON.parse(source.textContent || '[]');
  charts.forEach(function (c) {
    var el = document.getElementById('chart-' + c.id);
    if (!el) return;
    var format = function (v) {
      return typeof v === 'number' ? v.toFixed(c.decimals) + c.suffix : '\\u2014';
    };
    var option = c.option;
    option.animation = false;
    option.tooltip = Object.assign({}, option.tooltip || {}, { valueFormatter: format, confine: true });
    while (el.firstChild) el.removeChild(el.firstChild);
    var chart = echarts.init(el, null, { renderer: 'svg', width: ${CHART_WIDTH}, height: ${CHART_HEIGHT} });
    chart.setOption(option);
    el.setAttribute('data-live', '1');
  });
})();`;
