// Small helpers for the pages; htmx does the partial updates.
document.addEventListener('DOMContentLoaded', () => {
  // Ask before destructive actions: forms marked data-confirm.
  document.body.addEventListener('submit', (event) => {
    const message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // Filters marked data-autosubmit apply as soon as they change.
  document.body.addEventListener('change', (event) => {
    if (event.target.hasAttribute('data-autosubmit') && event.target.form) {
      event.target.form.requestSubmit();
    }
  });
  // A search box marked data-filter-list="id" hides the labels of that list whose
  // data-filter-text does not hold what is typed (the regions picker).
  document.body.addEventListener('input', (event) => {
    const listId = event.target.getAttribute('data-filter-list');
    const list = listId && document.getElementById(listId);
    if (!list) {
      return;
    }
    const typed = event.target.value.trim().toLowerCase().replaceAll('ё', 'е');
    list.querySelectorAll('[data-filter-text]').forEach((item) => {
      const text = item.getAttribute('data-filter-text').toLowerCase().replaceAll('ё', 'е');
      item.hidden = typed !== '' && !text.includes(typed);
    });
  });
  // htmx requests carry the CSRF token of the page.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', (event) => {
      event.detail.headers[header.content] = token.content;
    });
  }
});
