/** Compact form fields with a message slot under each, filled by the shared validation. */
import { h } from './dom';

export interface FieldOptions {
  name: string;
  label: string;
  type?: string;
  value?: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
  list?: string[];
}

/** A labelled input or select; `data-field` ties it to its message slot. */
export function field(opts: FieldOptions): HTMLElement {
  const id = `f-${opts.name}`;
  let control: HTMLElement;
  if (opts.options) {
    control = h(
      'select',
      { id, name: opts.name },
      opts.options.map((option) =>
        h('option', { value: option.value, selected: option.value === opts.value }, option.label),
      ),
    );
  } else {
    control = h('input', {
      id,
      name: opts.name,
      type: opts.type ?? 'text',
      value: opts.value ?? '',
      placeholder: opts.placeholder,
      list: opts.list ? `${id}-list` : undefined,
      autocomplete: 'off',
    });
  }
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, opts.label),
    control,
    opts.list
      ? h(
          'datalist',
          { id: `${id}-list` },
          opts.list.map((item) => h('option', { value: item })),
        )
      : null,
    h('div', { className: 'field-error', id: `${id}-error`, 'data-error-for': opts.name }),
  );
}

export function checkbox(name: string, label: string, checked: boolean): HTMLElement {
  const id = `f-${name}`;
  return h(
    'div',
    { className: 'field check' },
    h('input', { id, name, type: 'checkbox', checked }),
    h('label', { for: id }, label),
    h('div', { className: 'field-error', id: `${id}-error`, 'data-error-for': name }),
  );
}

export function valueOf(form: HTMLElement, name: string): string {
  const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  return control ? control.value : '';
}

export function checkedOf(form: HTMLElement, name: string): boolean {
  const control = form.querySelector<HTMLInputElement>(`[name="${name}"]`);
  return control ? control.checked : false;
}

/** Puts each message next to its field (and clears the others); returns whether any was shown. */
export function showFieldErrors(form: HTMLElement, errors: Record<string, string>): boolean {
  let any = false;
  for (const slot of Array.from(form.querySelectorAll<HTMLElement>('[data-error-for]'))) {
    const message = errors[slot.dataset.errorFor ?? ''] ?? '';
    slot.textContent = message;
    slot.previousElementSibling?.classList.toggle('invalid', message !== '');
    if (message) any = true;
  }
  return any || Object.keys(errors).length > 0;
}

/** `07.12.2026` in Russian, the ISO day in English, as the add-on writes days. */
export function dayText(day: string, lang: string): string {
  const [year, month, date] = day.split('-');
  return lang === 'ru' ? `${date}.${month}.${year}` : day;
}
