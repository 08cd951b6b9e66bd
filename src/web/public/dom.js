// @ts-check
// Building the page safely: every piece of data becomes a text node (never HTML).

/** What h() appends: nodes, text, nothing (null, undefined, false) or arrays of these. */
/** @typedef {Node | string | number | null | undefined | false | Child[]} Child */

/**
 * h('p', { class: 'x', onclick: fn }, 'text', child) -> element. Strings are appended as
 * text; null, undefined and false children are skipped; arrays are flattened.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, unknown> | null} props
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key.startsWith('on') && typeof value === 'function')
      el.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  appendAll(el, children);
  return el;
}

/**
 * Appends to an element already made, as h() does.
 * @param {Element} el
 * @param {...Child} children
 */
export function append(el, ...children) {
  appendAll(el, children);
}

/**
 * @param {Element} el
 * @param {Child[]} children
 */
function appendAll(el, children) {
  for (const child of children) {
    if (Array.isArray(child)) appendAll(el, child);
    else if (child !== null && child !== undefined && child !== false)
      el.append(child instanceof Node ? child : String(child));
  }
}

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** @param {Date} [date] */
export function clock(date = new Date()) {
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * @param {number} n
 * @param {string} one
 * @param {string} [many]
 */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
