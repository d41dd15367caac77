/**
 * After a refused submit, puts focus on the first marked field, so a screen
 * reader reads its label and its error together. Waits a frame: the marks are
 * set by the render the refusal causes.
 */
export const focusFirstInvalid = (form: HTMLFormElement | null) =>
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
