// Makes each pre-rendered chart interactive: the same Vega-Lite spec, embedded with the data as JSON
// values and Vega's expression interpreter (the page's CSP allows no eval). A classic script, because
// Chromium blocks module scripts on file:// pages.
(function () {
  'use strict';
  var figures = document.querySelectorAll('figure.chart[data-spec]');
  Array.prototype.forEach.call(figures, function (figure) {
    var specElement = document.getElementById(figure.getAttribute('data-spec'));
    var target = figure.querySelector('.interactive');
    if (!specElement || !target) return;
    var spec = JSON.parse(specElement.textContent);
    vegaEmbed(target, spec, {
      renderer: 'svg',
      ast: true,
      expr: vegaInterpreter.expressionInterpreter,
      actions: { export: true, source: false, compiled: false, editor: false },
    })
      .then(function () {
        figure.classList.add('is-interactive');
      })
      .catch(function (error) {
        console.error('chart ' + figure.id + ': ' + error.message);
      });
  });
})();
