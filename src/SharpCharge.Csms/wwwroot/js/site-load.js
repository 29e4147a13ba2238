// Live site load against capacity (Stations page): one uPlot chart per site with a capacity. The first point comes
// from the page (#site-load-data); every live event with a charger's power adds a point, at most one per second per site.
(function () {
  'use strict';

  const sites = new Map();

  function draw(site) {
    const element = document.getElementById('site-load-' + site.id);
    if (!element || typeof uPlot === 'undefined') { return; }
    site.plot = new uPlot({
      width: Math.max(320, element.clientWidth || 640),
      height: 220,
      series: [{}, { label: 'Load (kW)', stroke: '#2563eb', width: 2 }, { label: 'Capacity (kW)', stroke: '#dc2626', dash: [6, 4] }],
      scales: { y: { range: (u, min, max) => [0, Math.max(max, site.capacityKw) * 1.1] } },
    }, site.data, element);
  }

  function load(site) {
    let sum = 0;
    site.chargers.forEach(powerKw => { sum += Number(powerKw) || 0; });
    return sum;
  }

  function add(site, at) {
    const [x, y, capacity] = site.data;
    if (x.length > 0 && at - x[x.length - 1] < 1) {
      y[y.length - 1] = load(site);
    } else {
      x.push(at); y.push(load(site)); capacity.push(site.capacityKw);
      if (x.length > 3600) { x.shift(); y.shift(); capacity.shift(); }
    }
    if (site.plot) { site.plot.setData(site.data); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const holder = document.getElementById('site-load-data');
    if (!holder) { return; }
    const model = JSON.parse(holder.textContent);
    model.sites.forEach(s => sites.set(s.id, { id: s.id, capacityKw: s.capacityKw, chargers: new Map(), data: [[], [], []], plot: null }));
    Object.entries(model.chargers).forEach(([chargerId, c]) => {
      const site = sites.get(c.site);
      if (site) { site.chargers.set(chargerId.toLowerCase(), c.powerKw); }
    });
    sites.forEach(site => { add(site, model.at); try { draw(site); } catch (error) { console.error('site load:', error); } });
    window.sharpCharge = window.sharpCharge || {};
    window.sharpCharge.siteLoad = id => { const s = sites.get(id); return s ? { loadKw: load(s), capacityKw: s.capacityKw, points: s.data[0].length } : null; };
  });

  // dashboard.js re-dispatches every live event.
  document.addEventListener('sharpcharge:live', event => {
    const view = event.detail;
    if (!view || view.chargerPowerKw === undefined || !view.chargerId) { return; }
    const key = view.chargerId.toLowerCase();
    sites.forEach(site => {
      if (site.chargers.has(key)) {
        site.chargers.set(key, view.chargerPowerKw);
        add(site, Date.now() / 1000);
      }
    });
  });
})();
