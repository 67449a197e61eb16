// Commercial proposals: «Добавить строку» copies the last line of the form empty, its
// fields renamed to the next index (sku_3, quantity_3, …) and their labels renumbered.
document.addEventListener('DOMContentLoaded', () => {
  document.body.addEventListener('click', (event) => {
    const button = event.target.closest('[data-quote-add-row]');
    if (!button) {
      return;
    }
    const body = button.form && button.form.querySelector('[data-quote-rows]');
    const rows = body ? body.querySelectorAll('[data-quote-row]') : [];
    if (rows.length === 0) {
      return;
    }
    let next = 0;
    body.querySelectorAll('input[name]').forEach((input) => {
      const index = parseInt(input.name.split('_')[1], 10);
      if (!Number.isNaN(index) && index >= next) {
        next = index + 1;
      }
    });
    const row = rows[rows.length - 1].cloneNode(true);
    row.querySelectorAll('.error').forEach((error) => error.remove());
    row.querySelectorAll('.invalid').forEach((cell) => cell.classList.remove('invalid'));
    row.querySelectorAll('input[name]').forEach((input) => {
      const field = input.name.split('_')[0];
      input.name = field + '_' + next;
      input.value = '';
      input.removeAttribute('aria-invalid');
      const label = input.getAttribute('aria-label');
      if (label) {
        input.setAttribute('aria-label', label.replace(/\d+$/, String(next + 1)));
      }
    });
    body.appendChild(row);
    const first = row.querySelector('input');
    if (first) {
      first.focus();
    }
  });
});
