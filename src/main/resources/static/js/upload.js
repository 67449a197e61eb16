// The sell-out upload page: every dropped or chosen file is sent on its own, its progress shown in
// its row, and the row replaced by the server's answer (the report's status and counts). The kind
// chosen shows the field that goes with it: the period for sell-out, the as-of date for stock.
(function () {
  const form = document.getElementById('sellout-upload');
  if (!form) {
    return;
  }
  const input = document.getElementById('files');
  const rows = document.getElementById('upload-rows');
  const zone = form.querySelector('.dropzone');
  const token = document.querySelector('meta[name=_csrf]');
  const header = document.querySelector('meta[name=_csrf_header]');
  const announcer = document.getElementById('upload-announcer');

  // a screen reader hears each file's outcome once: «Файл «март.csv»: Принят»
  function announce(fileName, outcome) {
    if (announcer) {
      const pattern = form.dataset.announced || '{0}: {1}';
      announcer.textContent = pattern.replace('{0}', fileName).replace('{1}', outcome.trim().replace(/\s+/g, ' '));
    }
  }

  function send(file) {
    const row = document.createElement('tr');
    const name = document.createElement('td');
    name.className = 'file-name';
    name.textContent = file.name;
    const progressCell = document.createElement('td');
    const progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progressCell.appendChild(progress);
    const rest = document.createElement('td');
    rest.colSpan = 6;
    rest.className = 'muted';
    row.append(name, progressCell, rest);
    rows.prepend(row);
    document.querySelectorAll('[data-no-uploads]').forEach(function (empty) { empty.remove(); });

    const data = new FormData();
    data.append('file', file);
    ['period', 'period.month', 'period.year', 'distributor', 'kind', 'asOf'].forEach(function (field) {
      const element = form.elements[field];
      const shown = element && !(element.closest('[data-kind-field]') || {}).hidden;
      if (element && shown && element.value) {
        data.append(field, element.value);
      }
    });
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    if (token && header) {
      request.setRequestHeader(header.content, token.content);
    }
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        progress.value = Math.round(event.loaded * 100 / event.total);
      }
    });
    request.upload.addEventListener('load', function () {
      progress.removeAttribute('value'); // indeterminate while the server reads the file
      rest.textContent = form.dataset.processing || '…';
    });
    request.addEventListener('load', function () {
      // a refused file (400) is answered with its row too, the reason in it
      if ((request.status >= 200 && request.status < 300) || request.status === 400) {
        const holder = document.createElement('tbody');
        holder.innerHTML = request.responseText;
        const answer = holder.querySelector('tr');
        if (answer) {
          row.replaceWith(answer);
          const status = answer.querySelector('[data-testid=status]');
          announce(file.name, status ? status.textContent : answer.cells[1].textContent);
          return;
        }
      }
      progress.remove();
      rest.textContent = request.status === 413 ? (form.dataset.tooLarge || '413') : (form.dataset.failed || String(request.status));
      rest.className = 'bad';
      announce(file.name, rest.textContent);
    });
    request.addEventListener('error', function () {
      rest.textContent = form.dataset.failed || 'error';
      rest.className = 'bad';
    });
    request.send(data);
  }

  function sendAll(files) {
    if (form.elements.distributor && !form.elements.distributor.value) {
      form.elements.distributor.reportValidity();
      return;
    }
    Array.from(files).forEach(send);
  }

  const kind = form.elements.kind;
  function showKindFields() {
    form.querySelectorAll('[data-kind-field]').forEach(function (field) {
      const wanted = field.dataset.kindField;
      // with the kind to be detected a sell-out period may still be given; the as-of date only for stock
      field.hidden = wanted === 'STOCK' ? kind.value !== 'STOCK' : kind.value === 'STOCK';
    });
  }
  if (kind) {
    kind.addEventListener('change', showKindFields);
    showKindFields();
  }

  input.addEventListener('change', function () {
    sendAll(input.files);
    input.value = '';
  });
  // files chosen while the page was still loading (before this script ran) are sent as well
  if (input.files && input.files.length > 0) {
    sendAll(input.files);
    input.value = '';
  }
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.remove('over');
    });
  });
  zone.addEventListener('drop', function (event) {
    sendAll(event.dataTransfer.files);
  });
})();
