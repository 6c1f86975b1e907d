/* Marsad dashboard: draws the charts and the map from the page's JSON data block.
   Document text never passes through here: the server renders (and escapes) it. */
(function () {
  "use strict";
  var block = document.getElementById("chart-data");
  if (!block) { document.body.setAttribute("data-ready", "1"); return; }
  var data = JSON.parse(block.textContent);
  var colors = { 1: "#2a9d8f", 2: "#1b6f65", 3: "#e76f51", 4: "#a63d2a", 0: "#8d99ae" };

  function seriesChart(canvas, series, labels) {
    if (!canvas || typeof Chart === "undefined") return;
    var periods = series.map(function (r) { return r.period; });
    var datasets = [1, 2, 3, 4].map(function (q) {
      return {
        type: "bar", label: labels[q], stack: "events", backgroundColor: colors[q], yAxisID: "y",
        data: series.map(function (r) { return q >= 3 ? -r["quad_" + q] : r["quad_" + q]; })
      };
    });
    datasets.push({
      type: "line", label: "Mean Goldstein", yAxisID: "g", borderColor: "#134e6f", backgroundColor: "#134e6f",
      tension: 0.25, data: series.map(function (r) { return r.goldstein_mean; })
    });
    new Chart(canvas, {
      data: { labels: periods, datasets: datasets },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {
          y: { stacked: true, title: { display: true, text: "events (conflict below zero)" } },
          x: { stacked: true },
          g: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "Goldstein" } }
        }
      }
    });
  }

  function mixChart(canvas, mix) {
    if (!canvas || typeof Chart === "undefined") return;
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: mix.map(function (m) { return m.cameo_root + " " + m.label; }),
        datasets: [{ label: "events", data: mix.map(function (m) { return m.events; }),
          backgroundColor: mix.map(function (m) { return +m.cameo_root <= 9 ? colors[1] : colors[3]; }) }]
      },
      options: { indexAxis: "y", maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } }
    });
  }

  function project(lon, lat) { return [(lon + 180) * (960 / 360), (90 - lat) * (480 / 180)]; }

  function ring(coords) {
    // a ring that crosses the antimeridian (Russia, Fiji) is cut there instead of drawn across the map
    return coords.map(function (p, i) {
      var xy = project(p[0], p[1]);
      var jump = i && Math.abs(p[0] - coords[i - 1][0]) > 180;
      return (i && !jump ? "L" : "M") + xy[0].toFixed(1) + "," + xy[1].toFixed(1);
    }).join("") + "Z";
  }

  function worldMap(svg, places) {
    if (!svg) return;
    var ns = "http://www.w3.org/2000/svg";
    function drawPlaces() {
      var max = places.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
      places.forEach(function (p) {
        var xy = project(p.lon, p.lat);
        var c = document.createElementNS(ns, "circle");
        c.setAttribute("class", "place");
        c.setAttribute("cx", xy[0]); c.setAttribute("cy", xy[1]);
        c.setAttribute("r", 3 + 12 * Math.sqrt(p.events / max));
        var t = document.createElementNS(ns, "title");
        t.textContent = p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events";
        c.appendChild(t);
        svg.appendChild(c);
      });
      svg.setAttribute("data-places", String(places.length));
    }
    fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (world) {
      var land = topojson.feature(world, world.objects.countries);
      land.features.forEach(function (f) {
        var g = f.geometry; if (!g) return;
        var polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
        var d = polys.map(function (poly) { return poly.map(ring).join(""); }).join("");
        var path = document.createElementNS(ns, "path");
        path.setAttribute("class", "land"); path.setAttribute("d", d);
        svg.appendChild(path);
      });
      drawPlaces();
    }).catch(drawPlaces);
  }

  if (data.kind === "series") seriesChart(document.getElementById("series-chart"), data.series, data.labels);
  if (data.kind === "actor") {
    seriesChart(document.getElementById("series-chart"), data.series, data.labels);
    mixChart(document.getElementById("mix-chart"), data.mix);
  }
  if (data.kind === "map") worldMap(document.getElementById("world-map"), data.places);
  document.body.setAttribute("data-ready", "1");
})();
