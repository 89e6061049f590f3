/** Changing a field's value from code so that React's controlled fields notice it. */

/**
 * Sets `element.value` through its prototype's setter, as typing does: React then sees the
 * change in the `input` or `change` event the caller dispatches next.
 */
export function setNativeValue(
  element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}
