// The place map: a progressive enhancement over the list next to it, which holds the same places. Clicking the map
// fills in the add form's coordinates. Names are set as text, never as HTML.
(function () {
  "use strict";
  var element = document.getElementById("place-map");
  if (!element || !window.L) {
    return;
  }
  var map = L.map(element, { scrollWheelZoom: false }).setView([59.281, 18.006], 14);
  L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);

  fetch(element.dataset.geojson, { credentials: "same-origin", headers: { Accept: "application/geo+json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (collection) {
      if (!collection || collection.features.length === 0) {
        return;
      }
      var layer = L.geoJSON(collection, {
        // Pins are not in the tab order: the list beside the map holds each place with its links, as targets of
        // full size, and pins close together could not each be 24 px apart (WCAG 2.5.8).
        pointToLayer: function (feature, latlng) {
          return L.marker(latlng, { keyboard: false, alt: feature.properties.name });
        },
        onEachFeature: function (feature, marker) {
          var label = document.createElement("span");
          label.textContent = feature.properties.name;
          marker.bindTooltip(label);
          if (marker.options && marker.options.alt !== undefined) {
            marker.options.alt = feature.properties.name;
          }
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 16 });
    })
    .catch(function () { /* the list beside the map shows every place */ });

  if (element.dataset.editable === "true") {
    var latitude = document.getElementById("p-lat");
    var longitude = document.getElementById("p-lon");
    var chosen = null;
    map.on("click", function (event) {
      if (!latitude || !longitude) {
        return;
      }
      latitude.value = event.latlng.lat.toFixed(6);
      longitude.value = event.latlng.lng.toFixed(6);
      if (chosen) {
        chosen.setLatLng(event.latlng);
      } else {
        chosen = L.circleMarker(event.latlng, { radius: 9, color: "#0b57a4" }).addTo(map);
      }
    });
  }
})();
