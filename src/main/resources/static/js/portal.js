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

// The menu on narrow screens: a drawer behind the «Меню» button, closed by Escape, the
// backdrop or a chosen link.
document.addEventListener('DOMContentLoaded', () => {
  const shell = document.querySelector('.shell');
  const button = document.querySelector('[data-menu-toggle]');
  if (!shell || !button) {
    return;
  }
  const menu = document.getElementById(button.getAttribute('aria-controls'));
  const setOpen = (open) => {
    shell.classList.toggle('menu-open', open);
    button.setAttribute('aria-expanded', String(open));
    if (open && menu) {
      const current = menu.querySelector('a.active') || menu.querySelector('a');
      if (current) {
        current.focus();
      }
    }
  };
  button.addEventListener('click', () => setOpen(!shell.classList.contains('menu-open')));
  document.querySelectorAll('[data-menu-close]').forEach((el) => el.addEventListener('click', () => setOpen(false)));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shell.classList.contains('menu-open')) {
      setOpen(false);
      button.focus();
    }
  });
});

// Tables scroll inside their card on narrow screens: each data table not in a .table-wrap
// gets a scrolling wrapper; a wrapper that scrolls either way (a long list scrolls under its
// sticky header) is reachable by keyboard (tabindex) and
// named by the table's caption or the nearest heading.
document.addEventListener('DOMContentLoaded', () => {
  const wrapTables = () => document.querySelectorAll('table.data').forEach((table) => {
    if (table.closest('.table-wrap, .table-scroll')) {
      return;
    }
    const wrap = document.createElement('div');
    wrap.className = 'table-scroll';
    table.parentNode.insertBefore(wrap, table);
    wrap.appendChild(table);
  });
  wrapTables();
  const mark = () => document.querySelectorAll('.table-wrap, .table-scroll').forEach((wrap) => {
    if (wrap.scrollWidth > wrap.clientWidth + 1 || wrap.scrollHeight > wrap.clientHeight + 1) {
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'region');
      if (!wrap.hasAttribute('aria-label')) {
        const card = wrap.closest('.card, main');
        const heading = card && card.querySelector('h1, h2, h3');
        wrap.setAttribute('aria-label', heading ? heading.textContent.trim() : document.title);
      }
    } else if (wrap.getAttribute('tabindex') === '0') {
      wrap.removeAttribute('tabindex');
      wrap.removeAttribute('role');
    }
  });
  mark();
  window.addEventListener('resize', mark);
  // content that arrives later (htmx, charts) can make a table wider
  document.body.addEventListener('htmx:afterSettle', () => {
    wrapTables();
    mark();
  });
  if (window.ResizeObserver) {
    const observer = new ResizeObserver(mark);
    document.querySelectorAll('.table-wrap, .table-scroll').forEach((wrap) => {
      observer.observe(wrap);
      if (wrap.firstElementChild) {
        observer.observe(wrap.firstElementChild);
      }
    });
  }
});

// Import pages: a file dropped on a zone marked data-file-drop becomes the form's file, and
// the zone says which file was chosen.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-file-drop]').forEach((zone) => {
    const input = zone.querySelector('input[type=file]');
    const chosen = zone.querySelector('[data-file-chosen]');
    const show = () => {
      if (chosen) {
        chosen.textContent = input.files.length ? Array.from(input.files).map((f) => f.name).join(', ') : '';
      }
    };
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add('over');
    }));
    ['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.remove('over');
    }));
    zone.addEventListener('drop', (event) => {
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        show();
      }
    });
  });
});
