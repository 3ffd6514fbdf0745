// The follow-up map: a picture of the coverage table beside it. Each agreed place is a circle sized by its visits and
// darker the more was observed there. Names are set as text, never as HTML; the table holds every number.
(function () {
  "use strict";
  var element = document.getElementById("coverage-map");
  var points = document.querySelectorAll("#coverage-points li");
  if (!element || !window.L || points.length === 0) {
    return;
  }
  var map = L.map(element, { scrollWheelZoom: false, keyboard: false });
  L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
  var most = { visits: 1, observations: 1 };
  points.forEach(function (point) {
    most.visits = Math.max(most.visits, Number(point.dataset.visits));
    most.observations = Math.max(most.observations, Number(point.dataset.observations));
  });
  var shades = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"];
  var bounds = [];
  points.forEach(function (point) {
    var at = [Number(point.dataset.lat), Number(point.dataset.lon)];
    var visits = Number(point.dataset.visits);
    var shade = shades[Math.min(shades.length - 1, Math.floor(Number(point.dataset.observations) / most.observations * (shades.length - 1)))];
    var label = document.createElement("span");
    label.textContent = point.textContent;
    L.circleMarker(at, {
      radius: 6 + 18 * Math.sqrt(visits / most.visits), color: "#08306b", weight: 1, fillColor: shade,
      fillOpacity: visits === 0 ? 0.15 : 0.75, keyboard: false
    }).bindTooltip(label).addTo(map);
    bounds.push(at);
  });
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
})();
