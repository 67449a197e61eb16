// ux-lists: the date fields' calendar and the pager's controls. No inline handlers (CSP).
(() => {
  'use strict';

  const pad = (n) => String(n).padStart(2, '0');
  const shown = (d) => pad(d.getDate()) + '.' + pad(d.getMonth() + 1) + '.' + d.getFullYear();
  const sameDay = (a, b) => a && b && a.getFullYear() === b.getFullYear()
    && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

  // ДД.ММ.ГГГГ (or ISO from an old link) as a date, or null
  function parse(text) {
    const value = (text || '').trim();
    let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    let d = null;
    if (m) {
      d = new Date(+m[3], +m[2] - 1, +m[1]);
      return d.getDate() === +m[1] && d.getMonth() === +m[2] - 1 ? d : null;
    }
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m) {
      d = new Date(+m[1], +m[2] - 1, +m[3]);
      return d.getDate() === +m[3] ? d : null;
    }
    return null;
  }

  let open = null; // { popup, input, button, shownMonth, focused }

  function close(returnFocus) {
    if (!open) {
      return;
    }
    const { popup, button } = open;
    popup.remove();
    button.setAttribute('aria-expanded', 'false');
    open = null;
    if (returnFocus) {
      button.focus();
    }
  }

  function choose(date) {
    if (!open || !date) {
      return;
    }
    const { input } = open;
    input.value = shown(date);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    close(false);
    input.focus();
  }

  function render() {
    const { popup, input, focused } = open;
    const field = input.closest('.date-field');
    const months = (field.dataset.months || '').split(',');
    const monthsOf = (field.dataset.monthsOf || field.dataset.months || '').split(',');
    const weekdays = (field.dataset.weekdays || '').split(',');
    const selected = parse(input.value);
    const today = new Date();
    const year = focused.getFullYear();
    const month = focused.getMonth();
    popup.querySelector('.calendar-title').textContent = (months[month] || month + 1) + ' ' + year;
    const grid = popup.querySelector('table');
    grid.textContent = '';
    const head = grid.createTHead().insertRow();
    weekdays.forEach((name) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = name;
      head.appendChild(th);
    });
    const body = grid.createTBody();
    const first = new Date(year, month, 1);
    const offset = (first.getDay() + 6) % 7; // Monday first
    let day = new Date(year, month, 1 - offset);
    for (let week = 0; week < 6; week++) {
      const row = body.insertRow();
      for (let i = 0; i < 7; i++) {
        const cell = row.insertCell();
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'calendar-day';
        b.textContent = day.getDate();
        b.dataset.date = shown(day);
        b.setAttribute('aria-label', day.getDate() + ' ' + (monthsOf[day.getMonth()] || '') + ' ' + day.getFullYear());
        b.tabIndex = sameDay(day, focused) ? 0 : -1;
        if (day.getMonth() !== month) {
          b.classList.add('other-month');
        }
        if (sameDay(day, today)) {
          b.classList.add('today');
          b.setAttribute('aria-current', 'date');
        }
        if (sameDay(day, selected)) {
          b.setAttribute('aria-pressed', 'true');
        }
        cell.appendChild(b);
        day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
      }
    }
    const current = grid.querySelector('button[tabindex="0"]');
    if (current) {
      current.focus();
    }
  }

  function move(days, months) {
    const f = open.focused;
    let next;
    if (months) {
      const target = new Date(f.getFullYear(), f.getMonth() + months, 1);
      const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
      next = new Date(target.getFullYear(), target.getMonth(), Math.min(f.getDate(), last));
    } else {
      next = new Date(f.getFullYear(), f.getMonth(), f.getDate() + days);
    }
    open.focused = next;
    render();
  }

  function button(className, label, text) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn secondary small ' + className;
    b.setAttribute('aria-label', label);
    b.textContent = text;
    return b;
  }

  function show(trigger) {
    const input = document.getElementById(trigger.getAttribute('aria-controls'));
    if (!input) {
      return;
    }
    const field = trigger.closest('.date-field');
    const popup = document.createElement('div');
    popup.className = 'calendar';
    popup.setAttribute('role', 'dialog');
    popup.setAttribute('aria-label', field.dataset.calendar || 'Calendar');
    popup.dataset.testid = 'calendar';
    const bar = document.createElement('div');
    bar.className = 'calendar-bar';
    const title = document.createElement('span');
    title.className = 'calendar-title';
    title.setAttribute('aria-live', 'polite');
    bar.append(button('calendar-prev', field.dataset.prev || 'Previous month', '‹'), title,
      button('calendar-next', field.dataset.next || 'Next month', '›'),
      button('calendar-close', field.dataset.close || 'Close', '×'));
    const grid = document.createElement('table');
    grid.setAttribute('role', 'grid');
    popup.append(bar, grid);
    field.appendChild(popup);
    trigger.setAttribute('aria-expanded', 'true');
    open = { popup, input, button: trigger, focused: parse(input.value) || new Date() };
    render();
  }

  document.addEventListener('click', (event) => {
    const trigger = event.target.closest('[data-date-picker]');
    if (trigger) {
      const same = open && open.button === trigger;
      close(false);
      if (!same) {
        show(trigger);
      }
      return;
    }
    if (!open) {
      return;
    }
    if (!open.popup.contains(event.target)) {
      close(false);
      return;
    }
    const day = event.target.closest('.calendar-day');
    if (day) {
      choose(parse(day.dataset.date));
    } else if (event.target.closest('.calendar-prev')) {
      move(0, -1);
    } else if (event.target.closest('.calendar-next')) {
      move(0, 1);
    } else if (event.target.closest('.calendar-close')) {
      close(true);
    }
  });

  document.addEventListener('keydown', (event) => {
    if (!open) {
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (!event.target.closest || !event.target.closest('.calendar-day')) {
      return;
    }
    const keys = {
      ArrowLeft: () => move(-1, 0), ArrowRight: () => move(1, 0),
      ArrowUp: () => move(-7, 0), ArrowDown: () => move(7, 0),
      PageUp: () => move(0, event.shiftKey ? -12 : -1), PageDown: () => move(0, event.shiftKey ? 12 : 1),
      Home: () => move(-((open.focused.getDay() + 6) % 7), 0),
      End: () => move(6 - ((open.focused.getDay() + 6) % 7), 0),
      Enter: () => choose(open.focused), ' ': () => choose(open.focused),
    };
    if (keys[event.key]) {
      event.preventDefault();
      keys[event.key]();
    }
  });

  // a month filter applies once its month and year are both chosen, or both emptied
  document.addEventListener('change', (event) => {
    const pair = event.target.closest && event.target.closest('[data-autosubmit-pair]');
    if (!pair || pair.dataset.autosubmitPair !== 'true' || !event.target.form) {
      return;
    }
    const values = Array.from(pair.querySelectorAll('select')).map((s) => s.value);
    if (values.every((v) => v !== '') || values.every((v) => v === '')) {
      event.target.form.requestSubmit();
    }
  });

  // the pager's page size applies as soon as it is chosen; its button is for no script
  document.querySelectorAll('form.page-size button[type=submit]').forEach((b) => {
    b.classList.add('visually-hidden');
  });
})();
