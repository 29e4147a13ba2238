// SharpCharge dashboard: draws the map and charts from the JSON the server rendered into the page, sends the
// command forms and shows their outcome, and applies live events from /dashboard/live (server-sent events, one
// subscription per open page). No polling: everything that changes arrives as an event.
(function () {
  'use strict';

  const colours = { available: '#2e9d4f', charging: '#2f6fdb', faulted: '#d63a3a', offline: '#8a8f98', other: '#e0a021' };

  function data(id) {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function setText(root, selector, text) {
    const element = root && root.querySelector(selector);
    if (element) { element.textContent = text; }
  }

  function setState(badge, state, status) {
    if (!badge) { return; }
    badge.className = 'badge state-' + state;
    if (status) { badge.textContent = status; }
  }

  // ---- map ----------------------------------------------------------------------------------------------------
  const map = { markers: new Map(), points: new Map() };

  function icon(id, state) {
    return L.divIcon({
      className: 'charger-marker',
      html: '<span class="pin" data-charger="' + id.replace(/"/g, '&quot;') + '" data-state="' + state + '" style="background:' + colours[state] + '"></span>',
      iconSize: [16, 16],
      iconAnchor: [8, 8],
    });
  }

  // Chargers with coordinates of their own stand there. The others share their station's point: spread them on a
  // small ring so each stays visible when zoomed in.
  function spread(points) {
    const byStation = new Map();
    const placed = [];
    points.forEach(p => {
      if (p.own) { placed.push({ point: p, lat: p.latitude, lng: p.longitude }); return; }
      const list = byStation.get(p.stationId) || []; list.push(p); byStation.set(p.stationId, list);
    });
    byStation.forEach(list => list.forEach((p, i) => {
      const angle = (2 * Math.PI * i) / list.length;
      const radius = list.length > 1 ? 0.00025 : 0;
      placed.push({ point: p, lat: p.latitude + radius * Math.sin(angle), lng: p.longitude + radius * Math.cos(angle) });
    }));
    return placed;
  }

  function drawMap() {
    const element = document.getElementById('fleet-map');
    const model = data('map-data');
    if (!element || !model || typeof L === 'undefined') { return; }
    const leaflet = L.map(element, { preferCanvas: false, worldCopyJump: true });
    L.tileLayer(model.tileUrl, { attribution: model.tileAttribution, maxZoom: 19 }).addTo(leaflet);
    const cluster = L.markerClusterGroup({ disableClusteringAtZoom: 18, showCoverageOnHover: false });
    const bounds = [];
    spread(model.chargers).forEach(({ point, lat, lng }) => {
      const marker = L.marker([lat, lng], { icon: icon(point.chargerId, point.state), title: point.chargerId });
      marker.bindPopup(() => '<a href="chargers/' + encodeURIComponent(point.chargerId) + '">' + point.chargerId + '</a><br>' +
        (point.stationName || '') + '<br>' + (map.points.get(point.chargerId).state) + ', ' + map.points.get(point.chargerId).powerKw + ' kW');
      map.markers.set(point.chargerId, marker);
      map.points.set(point.chargerId, Object.assign({}, point));
      cluster.addLayer(marker);
      bounds.push([lat, lng]);
    });
    // The view first: layers such as the heat layer need the map's centre and zoom when they are added.
    if (bounds.length > 0) { leaflet.fitBounds(bounds, { padding: [30, 30], maxZoom: 16 }); } else { leaflet.setView([20, 0], 2); }
    leaflet.addLayer(cluster);
    if (model.heat.length > 0 && L.heatLayer) {
      L.heatLayer(model.heat.map(h => [h.latitude, h.longitude, Math.max(0.2, h.weight)]), { radius: 35, blur: 25, minOpacity: 0.35 }).addTo(leaflet);
    }
    map.leaflet = leaflet;
    map.cluster = cluster;
  }

  function updateMarker(view) {
    const marker = map.markers.get(view.chargerId);
    const point = map.points.get(view.chargerId);
    if (!marker || !point || !view.state) { return; }
    point.state = view.state;
    if (view.chargerPowerKw !== undefined) { point.powerKw = view.chargerPowerKw; }
    marker.setIcon(icon(view.chargerId, view.state));
    if (map.cluster) { map.cluster.refreshClusters(marker); }
  }

  // ---- charts -------------------------------------------------------------------------------------------------
  function drawChart(elementId, dataId, options) {
    const element = document.getElementById(elementId);
    const model = data(dataId);
    if (!element || !model || !model.x || model.x.length === 0 || typeof uPlot === 'undefined') { return; }
    const series = [{}].concat(model.labels.map((label, i) => Object.assign({ label: label, stroke: i === 0 ? '#2f6fdb' : '#2e9d4f', width: 2, scale: i === 0 ? 'y' : 'pct' }, options.series ? options.series(i) : {})));
    const width = Math.max(300, element.clientWidth || 600);
    new uPlot({
      width: width, height: 260, series: series,
      scales: { x: { time: true }, pct: { range: [0, 100] } },
      axes: [{}, { scale: 'y', label: model.labels[0] }].concat(model.labels.length > 1 ? [{ scale: 'pct', side: 1, label: model.labels[1], grid: { show: false } }] : []),
    }, [model.x].concat(model.series), element);
  }

  // ---- command forms ------------------------------------------------------------------------------------------
  function wireCommands() {
    document.querySelectorAll('form.command').forEach(form => {
      const slider = form.querySelector('[data-slider]');
      if (slider) {
        slider.addEventListener('input', () => setText(form, '[data-slider-value]', slider.value));
      }
      form.addEventListener('submit', async event => {
        event.preventDefault();
        const output = form.querySelector('output.feedback');
        output.dataset.state = 'pending';
        output.textContent = 'Pending: waiting for the charger…';
        try {
          const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
          const contentType = response.headers.get('content-type') || '';
          if (!contentType.includes('json')) {
            output.dataset.state = 'error';
            output.textContent = response.status === 401 || response.redirected ? 'Your sign-in has expired; reload the page and sign in again.' : 'The server answered ' + response.status + '.';
            return;
          }
          const feedback = await response.json();
          output.dataset.state = feedback.state;
          output.textContent = feedback.message;
          if (feedback.data && form.dataset.command === 'config-get') { showConfiguration(feedback.data); }
        } catch (error) {
          output.dataset.state = 'error';
          output.textContent = 'The request failed: ' + error.message;
        }
      });
    });
  }

  function showConfiguration(rows) {
    const body = document.querySelector('#configuration tbody');
    if (!body) { return; }
    body.replaceChildren(...rows.map(row => {
      const tr = document.createElement('tr');
      [row.key, row.value === undefined ? '' : row.value, row.readOnly ? 'read-only' : ''].forEach(text => {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      return tr;
    }));
  }

  // ---- protocol log filter ------------------------------------------------------------------------------------
  function filterLog() {
    const input = document.getElementById('log-filter');
    const term = input ? input.value.trim().toLowerCase() : '';
    document.querySelectorAll('#protocol-log tbody tr').forEach(row => {
      row.hidden = term.length > 0 && !(row.dataset.action || '').toLowerCase().includes(term);
    });
  }

  function appendLog(lines) {
    const body = document.querySelector('#protocol-log tbody');
    if (!body || !lines) { return; }
    lines.forEach(line => {
      const tr = document.createElement('tr');
      tr.dataset.action = line.action || '';
      [new Date(line.at).toISOString().substring(11, 23), line.direction, line.type, line.action || ''].forEach(text => {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      const payload = document.createElement('td');
      const code = document.createElement('code');
      code.textContent = line.payload;
      payload.appendChild(code);
      tr.appendChild(payload);
      body.appendChild(tr);
    });
    while (body.rows.length > 500) { body.deleteRow(0); }
    filterLog();
  }

  // ---- live events ---------------------------------------------------------------------------------------------
  const fleet = new Map();

  function applyOverview(view) {
    if (view.state) { fleet.set(view.chargerId, { state: view.state, powerKw: view.chargerPowerKw || 0 }); }
    const kpis = document.querySelector('.kpis');
    if (!kpis || fleet.size === 0 || !document.getElementById('map-data') || document.querySelector('[data-page="stations"]')) { return; }
    let online = 0; let power = 0;
    fleet.forEach(entry => { if (entry.state !== 'offline') { online++; } power += Number(entry.powerKw) || 0; });
    setText(kpis, '[data-kpi="online"] [data-kpi-value]', online + ' / ' + fleet.size);
    setText(kpis, '[data-kpi="power"] [data-kpi-value]', power.toFixed(1) + ' kW');
    if (view.kind === 'transaction_started' || view.kind === 'transaction_ended') {
      const cell = kpis.querySelector('[data-kpi="charging"] [data-kpi-value]');
      if (cell) { cell.textContent = Math.max(0, (parseInt(cell.textContent, 10) || 0) + (view.kind === 'transaction_started' ? 1 : -1)); }
    }
  }

  // The KPI cards and the stations' load, from the figures the server sends after each refresh (at most one reading
  // of the figures per second for all pages together).
  function applyFigures(figures) {
    const kpis = document.querySelector('.kpis');
    if (kpis && document.querySelector('[data-page="overview"]')) {
      setText(kpis, '[data-kpi="online"] [data-kpi-value]', figures.chargersOnline + ' / ' + figures.chargersTotal);
      setText(kpis, '[data-kpi="charging"] [data-kpi-value]', String(figures.chargingNow));
      setText(kpis, '[data-kpi="power"] [data-kpi-value]', Number(figures.powerNowKw).toFixed(1) + ' kW');
      setText(kpis, '[data-kpi="energy"] [data-kpi-value]', Number(figures.energyTodayKwh).toFixed(1) + ' kWh');
      const revenue = figures.revenueToday || [];
      setText(kpis, '[data-kpi="revenue"] [data-kpi-value]', revenue.length === 0 ? '0' : revenue.map(m => Number(m.amount).toFixed(2) + ' ' + m.currency).join(' + '));
      setText(kpis, '[data-kpi="utilisation"] [data-kpi-value]', Number(figures.utilisationPercent).toFixed(1) + ' %');
    }
    (figures.stations || []).forEach(station => {
      const row = document.querySelector('#stations-table tr[data-station="' + CSS.escape(station.stationId) + '"]');
      if (!row) { return; }
      setText(row, '[data-live="station-load-value"]', Number(station.loadKw).toFixed(1));
      setText(row, '[data-live="station-online"]', String(station.chargersOnline));
      const meter = row.querySelector('[data-live="station-load"] meter');
      if (meter) { meter.value = Number(station.loadKw); }
    });
    window.sharpCharge.lastFigures = figures;
  }

  function applyChargersTable(view) {
    const row = document.querySelector('#chargers-table tr[data-charger="' + CSS.escape(view.chargerId) + '"]');
    if (!row) { return; }
    if (view.state) { setState(row.querySelector('[data-live="state"]'), view.state, view.status); }
    if (view.connected !== undefined) { setText(row, '[data-live="online"]', view.connected ? 'online' : 'offline'); }
    if (view.chargerPowerKw !== undefined) { setText(row, '[data-live="power"]', Number(view.chargerPowerKw).toFixed(1)); }
  }

  function applyChargerPage(view) {
    const page = document.getElementById('charger-page');
    if (!page || page.dataset.charger.toLowerCase() !== view.chargerId.toLowerCase()) { return; }
    if (view.state) { setState(page.querySelector('h1 [data-live="state"]'), view.state, view.status); }
    if (view.connected !== undefined) { setText(page, '[data-live="online"]', view.connected ? 'online' : 'offline'); }
    if (view.chargerPowerKw !== undefined) { setText(page, '[data-kpi="power"] [data-kpi-value]', Number(view.chargerPowerKw).toFixed(1) + ' kW'); }
    if (view.socPercent !== undefined) { setText(page, '[data-kpi="soc"] [data-kpi-value]', Math.round(view.socPercent) + ' %'); }
    if (view.kind === 'transaction_started' && view.transactionId) {
      setText(page, '[data-kpi="session"] [data-kpi-value]', String(view.transactionId));
      const input = page.querySelector('[data-live="session-input"]');
      if (input) { input.value = view.transactionId; }
    }
    if (view.kind === 'transaction_ended') { setText(page, '[data-kpi="session"] [data-kpi-value]', 'none'); }
    if (view.chargerEnergyKwh !== undefined) { setText(page, '[data-kpi="energy"] [data-kpi-value]', Number(view.chargerEnergyKwh).toFixed(3) + ' kWh'); }
    const row = view.evseId ? page.querySelector('#connectors tr[data-evse="' + view.evseId + '"]') : null;
    if (row) {
      if (view.connectorStatus) { setText(row, '[data-live="connector-status"]', view.connectorStatus); }
      if (view.powerKw !== undefined) { setText(row, '[data-live="connector-power"]', Number(view.powerKw).toFixed(1)); }
      if (view.kind === 'transaction_started' && view.transactionId) { setText(row, '[data-live="connector-session"]', String(view.transactionId)); }
      if (view.kind === 'transaction_ended') { setText(row, '[data-live="connector-power"]', '0.0'); setText(row, '[data-live="connector-session"]', ''); }
    }
    appendLog(view.log);
  }

  function applyTransactions(view) {
    const notice = document.getElementById('new-sessions');
    if (!notice || view.kind !== 'transaction_started') { return; }
    const count = (parseInt(notice.dataset.count || '0', 10) || 0) + 1;
    notice.dataset.count = String(count);
    notice.hidden = false;
    notice.innerHTML = '';
    const link = document.createElement('a');
    link.href = location.href;
    link.textContent = count + ' new session' + (count === 1 ? '' : 's') + ' since this page loaded: reload';
    notice.appendChild(link);
  }

  function connectLive() {
    const page = document.getElementById('charger-page');
    const figures = document.querySelector('[data-page="overview"], [data-page="stations"]') !== null;
    const url = 'dashboard/live' + (page ? '?charger=' + encodeURIComponent(page.dataset.charger) : (figures ? '?figures=true' : ''));
    const indicator = document.getElementById('live-indicator');
    const source = new EventSource(url);
    source.onopen = () => { if (indicator) { indicator.dataset.state = 'open'; } };
    source.onerror = () => { if (indicator) { indicator.dataset.state = 'closed'; } };
    source.onmessage = message => {
      const view = JSON.parse(message.data);
      updateMarker(view);
      applyOverview(view);
      applyChargersTable(view);
      applyChargerPage(view);
      applyTransactions(view);
      window.sharpCharge.lastEvent = view;
      // For the page's other scripts (js/site-load.js).
      document.dispatchEvent(new CustomEvent('sharpcharge:live', { detail: view }));
    };
    source.addEventListener('figures', message => applyFigures(JSON.parse(message.data)));
  }

  // What tests and the browser console can ask: the markers on the map and their colour states.
  window.sharpCharge = {
    markers: () => Array.from(map.points.values()).map(p => ({ chargerId: p.chargerId, state: p.state, latitude: p.latitude, longitude: p.longitude, own: p.own })),
    // Zooms the map in on one charger, close enough that no cluster hides it: its own pin is then on the page.
    focus: id => {
      const marker = map.markers.get(id);
      if (!marker || !map.leaflet) { return false; }
      map.leaflet.setView(marker.getLatLng(), 18, { animate: false });
      return true;
    },
    lastEvent: null,
    lastFigures: null,
  };

  document.addEventListener('DOMContentLoaded', () => {
    const model = data('map-data');
    if (model && model.fleet) { model.fleet.forEach(f => fleet.set(f.chargerId, { state: f.state, powerKw: f.powerKw })); }
    // Each part on its own: a drawing failure must not cost the page its buttons or its live updates.
    [
      () => { if (document.getElementById('operator')) { connectLive(); } },
      drawMap,
      () => drawChart('hourly-chart', 'hourly-data', {}),
      () => drawChart('session-chart', 'session-data', {}),
      wireCommands,
      () => { const filter = document.getElementById('log-filter'); if (filter) { filter.addEventListener('input', filterLog); } },
    ].forEach(step => { try { step(); } catch (error) { console.error('dashboard:', error); } });
  });
})();
