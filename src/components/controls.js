import {html} from "npm:htl";

const MONTH = new Intl.DateTimeFormat("es-MX", {month: "long", year: "numeric", timeZone: "UTC"});

/** "diciembre de 2019" for a month-end date "2019-12-31". */
export function monthLabel(fecha) {
  return MONTH.format(new Date(`${fecha}T00:00:00Z`));
}

/** Sets an input's value and tells Observable (`view(…)`) about it. */
function emit(form, value) {
  form.value = value;
  form.dispatchEvent(new Event("input", {bubbles: true}));
}

/**
 * A month-by-month date control: previous / next buttons, a slider over every month, and a play button
 * that moves one month every `interval` ms up to the last month. Keyboard: the slider moves with the
 * arrow keys (one month), Page Up / Page Down (a year), Home and End. Its value is the chosen date
 * (a month-end `YYYY-MM-DD` from `fechas`), so it works with Observable's `view()`.
 *
 * @param {string[]} fechas month-end dates, oldest first
 * @param {{value?: string, label?: string, interval?: number}} [options]
 * @returns {HTMLFormElement & {value: string}}
 */
export function monthControl(fechas, {value = fechas[fechas.length - 1], label = "Fecha", interval = 600} = {}) {
  const id = `mes-${Math.random().toString(36).slice(2, 8)}`;
  const slider = html`<input id=${id} type="range" min="0" max=${fechas.length - 1} step="1" value=${Math.max(0, fechas.indexOf(value))}>`;
  const shown = html`<output for=${id} aria-live="polite"></output>`;
  const prev = html`<button type="button" aria-label="Mes anterior" title="Mes anterior">◀</button>`;
  const next = html`<button type="button" aria-label="Mes siguiente" title="Mes siguiente">▶</button>`;
  const play = html`<button type="button" class="reproducir" aria-pressed="false">▶ Reproducir</button>`;
  const form = html`<form class="control-mes" onsubmit=${(e) => e.preventDefault()}>
    <label for=${id}>${label}</label>
    <div class="control-mes-fila">${prev}${slider}${next}${shown}${play}</div>
    <small class="control-mes-rango">de ${monthLabel(fechas[0])} a ${monthLabel(fechas[fechas.length - 1])}</small>
  </form>`;
  let timer = null;
  const set = (k, notify = true) => {
    k = Math.max(0, Math.min(fechas.length - 1, k));
    slider.value = String(k);
    slider.setAttribute("aria-valuetext", monthLabel(fechas[k]));
    shown.value = monthLabel(fechas[k]);
    prev.disabled = k === 0;
    next.disabled = k === fechas.length - 1;
    if (notify) emit(form, fechas[k]);
    else form.value = fechas[k];
  };
  const stop = () => {
    clearInterval(timer);
    timer = null;
    play.setAttribute("aria-pressed", "false");
    play.textContent = "▶ Reproducir";
  };
  slider.addEventListener("input", (event) => {
    event.stopPropagation();
    stop();
    set(Number(slider.value));
  });
  const step = (by) => {
    stop();
    set(Number(slider.value) + by);
  };
  prev.onclick = () => step(-1);
  next.onclick = () => step(1);
  play.onclick = () => {
    if (timer) return stop();
    if (Number(slider.value) === fechas.length - 1) set(0);
    play.setAttribute("aria-pressed", "true");
    play.textContent = "❚❚ Pausa";
    timer = setInterval(() => {
      const k = Number(slider.value) + 1;
      set(k);
      if (k >= fechas.length - 1) stop();
    }, interval);
  };
  set(Number(slider.value), false);
  return form;
}

/**
 * A group of mutually exclusive choices (radio buttons in a fieldset with a legend), for `view()`.
 *
 * @param {{id: string, label: string}[]} options
 * @param {{legend: string, value?: string, name?: string}} settings
 * @returns {HTMLFieldSetElement & {value: string}}
 */
export function choice(
  options,
  {legend, value = options[0].id, name = `opcion-${Math.random().toString(36).slice(2, 8)}`}
) {
  const set = html`<fieldset class="eleccion"><legend>${legend}</legend>${options.map(
    (o) => html`<label><input type="radio" name=${name} value=${o.id} checked=${o.id === value}> ${o.label}</label>`
  )}</fieldset>`;
  set.value = value;
  for (const radio of set.querySelectorAll("input")) {
    radio.addEventListener("input", (event) => {
      event.stopPropagation();
      emit(set, radio.value);
    });
  }
  return set;
}
