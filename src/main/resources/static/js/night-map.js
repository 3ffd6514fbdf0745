// The route on a map, for the night page: Leaflet is loaded only when the walker asks for it, so the page stays light
// on a slow connection and the route is a list first.
(function () {
  "use strict";
  var mapButton = document.getElementById("show-map");
  var mapElement = document.getElementById("route-map");
  if (mapButton && mapElement) {
    mapButton.addEventListener("click", function () {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/webjars/leaflet/dist/leaflet.css";
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = "/webjars/leaflet/dist/leaflet.js";
      script.onload = function () {
        mapElement.hidden = false;
        mapButton.hidden = true;
        var points = JSON.parse(mapElement.dataset.points || "[]");
        var map = L.map(mapElement, { scrollWheelZoom: false }).setView([59.281, 18.006], 14);
        L.tileLayer(mapElement.dataset.tiles, { attribution: mapElement.dataset.attribution, maxZoom: 19 }).addTo(map);
        var markers = points.map(function (p) {
          var label = document.createElement("span");
          label.textContent = p.name;
          return L.marker([Number(p.lat), Number(p.lon)], { alt: p.name, keyboard: false }).bindTooltip(label).addTo(map);
        });
        if (markers.length) {
          map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [20, 20], maxZoom: 16 });
        }
      };
      document.head.appendChild(script);
    });
  }
})();
