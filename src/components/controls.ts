import {html} from "npm:htl";
import {monthText} from "./date-text.js";

/** "diciembre de 2019" for a month-end date "2019-12-31" (the library's month in words). */
export const monthLabel = monthText;

/** An element Observable's `view(…)` reads: its `value` is the control's current value. */
export type ViewElement<E extends HTMLElement, V> = E & {value: V};

/** Sets a control's value and tells Observable (`view(…)`) about it. */
function emit<V>(element: ViewElement<HTMLElement, V>, value: V): void {
  element.value = value;
  element.dispatchEvent(new Event("input", {bubbles: true}));
}

const randomId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * A month-by-month date control: previous / next buttons, a slider over every month, and a play button
 * that moves one month every `interval` ms up to the last month. Keyboard: the slider moves with the
 * arrow keys (one month), Page Up / Page Down (a year), Home and End. Its value is the chosen date
 * (a month-end `YYYY-MM-DD` from `fechas`), so it works with Observable's `view()`.
 *
 * @param fechas month-end dates, oldest first (at least one)
 */
export function monthControl(
  fechas: readonly string[],
  {
    value = fechas[fechas.length - 1],
    label = "Fecha",
    interval = 600
  }: {value?: string; label?: string; interval?: number} = {}
): ViewElement<HTMLFormElement, string> {
  const id = randomId("mes");
  const slider = html<HTMLInputElement>`<input id=${id} type="range" min="0" max=${fechas.length - 1} step="1" value=${Math.max(0, fechas.indexOf(value))}>`;
  const shown = html<HTMLOutputElement>`<output for=${id} aria-live="polite"></output>`;
  const prev = html<HTMLButtonElement>`<button type="button" aria-label="Mes anterior" title="Mes anterior">◀</button>`;
  const next = html<HTMLButtonElement>`<button type="button" aria-label="Mes siguiente" title="Mes siguiente">▶</button>`;
  const play = html<HTMLButtonElement>`<button type="button" class="reproducir" aria-pressed="false">▶ Reproducir</button>`;
  const form = html<
    ViewElement<HTMLFormElement, string>
  >`<form class="control-mes" onsubmit=${(e: Event) => e.preventDefault()}>
    <label for=${id}>${label}</label>
    <div class="control-mes-fila">${prev}${slider}${next}${shown}${play}</div>
    <small class="control-mes-rango">de ${monthLabel(fechas[0])} a ${monthLabel(fechas[fechas.length - 1])}</small>
  </form>`;
  let timer: ReturnType<typeof setInterval> | null = null;
  const set = (k: number, notify = true) => {
    const i = Math.max(0, Math.min(fechas.length - 1, k));
    slider.value = String(i);
    slider.setAttribute("aria-valuetext", monthLabel(fechas[i]));
    shown.value = monthLabel(fechas[i]);
    prev.disabled = i === 0;
    next.disabled = i === fechas.length - 1;
    if (notify) emit(form, fechas[i]);
    else form.value = fechas[i];
  };
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.setAttribute("aria-pressed", "false");
    play.textContent = "▶ Reproducir";
  };
  slider.addEventListener("input", (event) => {
    event.stopPropagation();
    stop();
    set(Number(slider.value));
  });
  const step = (by: number) => {
    stop();
    set(Number(slider.value) + by);
  };
  prev.onclick = () => step(-1);
  next.onclick = () => step(1);
  play.onclick = () => {
    if (timer !== null) return stop();
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

/** One option of a {@link choice} or a select: the value it stands for and its words. */
export interface Option<I extends string = string> {
  id: I;
  label: string;
}

/**
 * A group of mutually exclusive choices (radio buttons in a fieldset with a legend), for `view()`; its
 * value is the chosen option's id.
 */
export function choice<I extends string>(
  options: readonly Option<I>[],
  {legend, value = options[0].id, name = randomId("opcion")}: {legend: string; value?: I; name?: string}
): ViewElement<HTMLFieldSetElement, I> {
  const set = html<
    ViewElement<HTMLFieldSetElement, I>
  >`<fieldset class="eleccion"><legend>${legend}</legend>${options.map(
    (o) => html`<label><input type="radio" name=${name} value=${o.id} checked=${o.id === value}> ${o.label}</label>`
  )}</fieldset>`;
  set.value = value;
  for (const radio of set.querySelectorAll("input")) {
    radio.addEventListener("input", (event) => {
      event.stopPropagation();
      emit(set, radio.value as I);
    });
  }
  return set;
}
