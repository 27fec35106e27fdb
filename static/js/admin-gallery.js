// A gallery inline (portal/admin/gallery.py): drop or choose many photos at once, each
// uploaded on its own request (a few at a time) with its progress; a failed file shows the
// server's reason and can be retried without touching the others. Every finished upload
// becomes a row of the inline, whose caption, order and cover are edited before "Lưu".
// Rows are reordered by dragging their handle, or with the "Lên"/"Xuống" buttons from the
// keyboard; the order fields are renumbered from the rows' positions.
(function () {
  "use strict";

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_match, key) {
      return values[key];
    });
  }

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) return input.value;
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text) element.textContent = text;
    return element;
  }

  function Gallery(wrapper) {
    this.wrapper = wrapper;
    this.config = JSON.parse(wrapper.getAttribute("data-gallery"));
    this.text = this.config.text;
    this.group = wrapper.querySelector(".js-inline-admin-formset");
    this.prefix = JSON.parse(this.group.getAttribute("data-inline-formset")).options.prefix;
    this.queue = [];
    this.running = 0;
    this.sequence = 0;
    this.dragged = null;
    this.build();
    this.rows().forEach(this.enhance, this);
    this.renumber();
  }

  Gallery.prototype.rows = function () {
    return Array.prototype.slice.call(this.group.querySelectorAll("tbody tr.form-row:not(.empty-form)"));
  };

  Gallery.prototype.field = function (row, name) {
    return row.querySelector("[name$='-" + name + "']");
  };

  Gallery.prototype.build = function () {
    var self = this;
    var zone = make("div", "gallery-drop");
    var label = make("p", "gallery-drop-text", this.text.drop + " ");
    var input = make("input");
    input.type = "file";
    input.multiple = true;
    input.accept = "image/jpeg,image/png,image/webp";
    input.id = this.prefix + "-gallery-files";
    input.className = "gallery-files";
    var choose = make("label", "button gallery-choose", this.text.choose);
    choose.htmlFor = input.id;
    label.appendChild(choose);
    zone.appendChild(label);
    zone.appendChild(input);
    this.status = make("p", "gallery-status");
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.list = make("ul", "gallery-queue");
    zone.appendChild(this.status);
    zone.appendChild(this.list);
    this.zone = zone;
    var heading = this.group.querySelector("h2");
    heading.parentNode.insertBefore(zone, heading.nextSibling);

    input.addEventListener("change", function () {
      self.add(input.files);
      input.value = "";
    });
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        if (!self.dragged && event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0) {
          event.preventDefault();
          zone.classList.add("gallery-drop-over");
        }
      });
    });
    zone.addEventListener("dragleave", function () {
      zone.classList.remove("gallery-drop-over");
    });
    zone.addEventListener("drop", function (event) {
      if (self.dragged || !event.dataTransfer || !event.dataTransfer.files.length) return;
      event.preventDefault();
      zone.classList.remove("gallery-drop-over");
      self.add(event.dataTransfer.files);
    });
    document.addEventListener("formset:added", function (event) {
      if (event.detail && event.detail.formsetName === self.prefix) self.enhance(event.target);
    });
  };

  // --- uploads ---------------------------------------------------------------------------

  Gallery.prototype.add = function (files) {
    for (var i = 0; i < files.length; i++) {
      var item = { file: files[i], sequence: this.sequence++, element: make("li", "gallery-item") };
      item.element.appendChild(make("span", "gallery-item-name", files[i].name));
      item.progress = make("progress");
      item.progress.max = 100;
      item.progress.value = 0;
      item.element.appendChild(item.progress);
      item.message = make("span", "gallery-item-message");
      item.element.appendChild(item.message);
      this.list.appendChild(item.element);
      this.queue.push(item);
      item.state = "waiting";
    }
    this.pump();
  };

  Gallery.prototype.pump = function () {
    while (this.running < this.config.parallel) {
      var next = this.queue.filter(function (item) {
        return item.state === "waiting";
      })[0];
      if (!next) break;
      this.upload(next);
    }
    this.report();
  };

  Gallery.prototype.upload = function (item) {
    var self = this;
    item.state = "uploading";
    item.element.className = "gallery-item";
    item.message.textContent = "";
    if (item.file.size > this.config.maxBytes) {
      return this.fail(item, this.text.tooBig, false);
    }
    this.running++;
    var data = new FormData();
    data.append("gallery", this.config.gallery);
    data.append("file", item.file, item.file.name);
    var request = new XMLHttpRequest();
    request.open("POST", this.config.uploadUrl);
    request.setRequestHeader("X-CSRFToken", csrfToken());
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) item.progress.value = Math.round((100 * event.loaded) / event.total);
    });
    request.addEventListener("load", function () {
      self.running--;
      var answer = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch (_error) {
        answer = null;
      }
      if (request.status === 200 && answer && answer.token) {
        try {
          self.done(item, answer);
        } catch (error) {
          self.fail(item, String(error), true); // never a silent stop: the file shows what went wrong
        }
      } else if (answer && answer.error) {
        self.fail(item, answer.error, request.status >= 500);
      } else {
        // The sign-in page instead of JSON: the session ended while the photos went up.
        self.fail(item, request.status === 200 || request.status === 302 ? self.text.expired : self.text.network, true);
      }
      self.pump();
    });
    request.addEventListener("error", function () {
      self.running--;
      self.fail(item, self.text.network, true);
      self.pump();
    });
    request.send(data);
  };

  Gallery.prototype.fail = function (item, message, retryable) {
    var self = this;
    item.state = "failed";
    item.element.className = "gallery-item gallery-item-failed";
    item.message.textContent = message;
    item.progress.value = 0;
    if (!item.retry) {
      item.retry = make("button", "button gallery-retry", this.text.retry);
      item.retry.type = "button";
      item.retry.addEventListener("click", function () {
        item.state = "waiting";
        self.pump();
      });
      item.element.appendChild(item.retry);
    }
    // A file refused for what it is (too big, not an image) fails again; it can still be retried
    // after a network fault, and removed from the list by the next successful batch.
    item.retry.hidden = retryable === false && message === this.text.tooBig;
    this.report();
  };

  Gallery.prototype.done = function (item, answer) {
    item.state = "done";
    item.progress.value = 100;
    item.element.className = "gallery-item gallery-item-done";
    var row = this.newRow();
    row.setAttribute("data-gallery-sequence", String(item.sequence));
    // Keep the rows of one drop in the order the files were given, whatever finished first.
    var later = this.rows().filter(function (other) {
      var sequence = other.getAttribute("data-gallery-sequence");
      return other !== row && sequence !== null && Number(sequence) > item.sequence;
    })[0];
    if (later) later.parentNode.insertBefore(row, later);
    this.field(row, "gallery_token").value = answer.token;
    this.showThumbnail(row, answer.url, answer.name);
    var fileInput = row.querySelector("input[type=file]");
    if (fileInput) fileInput.closest("td").classList.add("gallery-uploaded");
    this.renumber();
  };

  Gallery.prototype.newRow = function () {
    var addLink = this.group.querySelector(".add-row a");
    addLink.click(); // Django's inlines.js makes the row (and its delete link) from the empty form
    var empty = this.group.querySelector("tr.empty-form");
    return empty.previousElementSibling;
  };

  Gallery.prototype.report = function () {
    var total = this.queue.length;
    var finished = this.queue.filter(function (item) {
      return item.state === "done";
    }).length;
    var failed = this.queue.filter(function (item) {
      return item.state === "failed";
    }).length;
    var busy = total - finished - failed;
    if (busy) {
      this.status.textContent = format(this.text.uploading, { done: finished, total: total });
    } else if (failed) {
      this.status.textContent = format(this.text.failed, { count: failed });
    } else if (total) {
      this.status.textContent = format(this.text.done, { total: total });
    }
    if (!busy) {
      // What went up needs no line of its own any more; what failed stays with its reason.
      this.queue = this.queue.filter(function (item) {
        if (item.state === "done") item.element.remove();
        return item.state !== "done";
      });
    }
  };

  // --- rows: thumbnail, order, cover -----------------------------------------------------

  Gallery.prototype.showThumbnail = function (row, url, name) {
    var cell = row.querySelector("td.original") || row.firstElementChild;
    var image = cell.querySelector("img.gallery-thumb");
    if (!image) {
      image = make("img", "gallery-thumb");
      cell.insertBefore(image, cell.firstChild);
    }
    image.src = url;
    image.alt = name || "";
  };

  Gallery.prototype.enhance = function (row) {
    if (row.getAttribute("data-gallery-ready")) return;
    row.setAttribute("data-gallery-ready", "1");
    var self = this;
    var existing = row.querySelector("p.file-upload a, .field-image a[href]");
    if (existing) this.showThumbnail(row, existing.getAttribute("href"), "");
    var cell = row.querySelector("td.original") || row.firstElementChild;
    var tools = make("span", "gallery-tools");
    var handle = make("span", "gallery-handle", "⠿");
    handle.title = this.text.drag;
    handle.setAttribute("aria-hidden", "true");
    var up = make("button", "gallery-up", this.text.up);
    var down = make("button", "gallery-down", this.text.down);
    up.type = down.type = "button";
    tools.appendChild(handle);
    tools.appendChild(up);
    tools.appendChild(down);
    cell.appendChild(tools);
    up.addEventListener("click", function () {
      self.move(row, -1, up);
    });
    down.addEventListener("click", function () {
      self.move(row, 1, down);
    });
    handle.addEventListener("mousedown", function () {
      row.draggable = true;
    });
    row.addEventListener("dragstart", function (event) {
      if (!row.draggable) return;
      self.dragged = row;
      row.classList.add("gallery-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", "");
    });
    row.addEventListener("dragover", function (event) {
      if (!self.dragged || self.dragged === row) return;
      event.preventDefault();
      var box = row.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      row.parentNode.insertBefore(self.dragged, after ? row.nextSibling : row);
    });
    row.addEventListener("dragend", function () {
      row.draggable = false;
      row.classList.remove("gallery-dragging");
      self.dragged = null;
      self.renumber();
    });
    var cover = this.field(row, "is_cover");
    if (cover) {
      cover.setAttribute("aria-label", this.text.cover); // a table cell has no label of its own
      cover.addEventListener("change", function () {
        if (!cover.checked) return;
        self.rows().forEach(function (other) {
          var box = self.field(other, "is_cover");
          if (box && box !== cover) box.checked = false;
        });
      });
    }
  };

  Gallery.prototype.move = function (row, step, button) {
    var rows = this.rows();
    var index = rows.indexOf(row);
    var target = rows[index + step];
    if (!target) return;
    target.parentNode.insertBefore(row, step < 0 ? target : target.nextSibling);
    this.renumber();
    button.focus();
    this.status.textContent = format(this.text.moved, { n: this.rows().indexOf(row) + 1 });
  };

  Gallery.prototype.renumber = function () {
    var self = this;
    this.rows().forEach(function (row, index) {
      var order = self.field(row, self.config.orderField);
      if (order) order.value = String(index + 1);
      var up = row.querySelector(".gallery-up");
      var down = row.querySelector(".gallery-down");
      if (up) up.setAttribute("aria-label", format(self.text.moveUp, { n: index + 1 }));
      if (down) down.setAttribute("aria-label", format(self.text.moveDown, { n: index + 1 }));
    });
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".gallery[data-gallery]"), function (wrapper) {
      if (!wrapper.galleryReady) wrapper.galleryReady = new Gallery(wrapper);
    });
  }

  // After Django's inlines.js, which adds the "add another" link on DOMContentLoaded.
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
