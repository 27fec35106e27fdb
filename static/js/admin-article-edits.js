// The article form loses nothing that is typed. What is being written is kept in this
// browser (localStorage) as it changes and sent to the server every minute or so
// (news/admin/articles.py: autosave_view); after a crash, a closed tab or an expired
// session it is offered back. Leaving the page with unsaved changes asks first. The
// server's words and addresses come from the page (#article-edits-config).
(function () {
  "use strict";

  var PREFIX = "portal:article-draft:";
  // Inputs that are not the article's: the CSRF token, the buttons, the formsets' counters.
  var NOT_CONTENT = /^(csrfmiddlewaretoken|_workflow|_overwrite|_continue|_save|_addanother|_saveasnew)$|-(TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS$|__prefix__/;

  // --- the browser's copies -----------------------------------------------------------------

  function store() {
    try {
      return window.localStorage;
    } catch (error) {
      return null; // storage switched off: the server's copy still works
    }
  }

  function readCopy(key) {
    var storage = store();
    if (!storage) return null;
    try {
      return JSON.parse(storage.getItem(key));
    } catch (error) {
      return null;
    }
  }

  function writeCopy(key, copy) {
    var storage = store();
    if (!storage) return;
    try {
      storage.setItem(key, JSON.stringify(copy));
    } catch (error) {
      // full: the server's copy is the one that counts
    }
  }

  function removeCopy(key) {
    var storage = store();
    if (storage) storage.removeItem(key);
  }

  // The page after a save that went through says so (Django's success message): the copies
  // kept when that form was sent are no longer needed. A send that did not go through (an
  // expired session lands on the sign-in page) leaves them for the offer to restore.
  function forgetSentCopies() {
    var storage = store();
    if (!storage || !document.querySelector(".messagelist .success")) return;
    for (var i = storage.length - 1; i >= 0; i -= 1) {
      var key = storage.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        var copy = readCopy(key);
        if (copy && copy.sent) storage.removeItem(key);
      }
    }
  }

  // --- the form's values ----------------------------------------------------------------------

  function editorOf(element) {
    return window.CKEDITOR && element.id ? window.CKEDITOR.instances[element.id] : null;
  }

  function values(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      var type = (element.type || "").toLowerCase();
      if (!name || element.disabled || NOT_CONTENT.test(name)) return;
      if (element.tagName === "BUTTON" || type === "file" || type === "submit" || type === "button") return;
      if (type === "checkbox" || type === "radio") {
        fields[name] = fields[name] || [];
        if (element.checked) fields[name].push(element.value);
      } else if (element.tagName === "SELECT") {
        // Value and label: an autocomplete box only holds the options chosen so far.
        fields[name] = Array.prototype.filter
          .call(element.options, function (option) {
            return option.selected;
          })
          .map(function (option) {
            return [option.value, option.text];
          });
      } else {
        var editor = editorOf(element);
        fields[name] = editor ? editor.getData() : element.value;
      }
    });
    return fields;
  }

  // The same values always give the same text, whatever order their keys come in (the
  // server's copy comes back from Postgres' jsonb, which orders keys its own way).
  function canonical(fields) {
    return JSON.stringify(
      Object.keys(fields)
        .sort()
        .map(function (name) {
          return [name, fields[name]];
        })
    );
  }

  // The text of a copy without the version its form was opened at: a copy that says what the
  // page already shows has nothing to give back, whichever version it came from.
  function content(state) {
    var fields = fromCanonical(state);
    delete fields.opened_version;
    return canonical(fields);
  }

  function fromCanonical(text) {
    var fields = {};
    JSON.parse(text).forEach(function (pair) {
      fields[pair[0]] = pair[1];
    });
    return fields;
  }

  function fire(element, type) {
    element.dispatchEvent(new Event(type, { bubbles: true }));
  }

  function restore(form, fields) {
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      var type = (element.type || "").toLowerCase();
      if (!name || !Object.prototype.hasOwnProperty.call(fields, name) || NOT_CONTENT.test(name)) return;
      if (element.tagName === "BUTTON" || type === "file" || type === "submit" || type === "button") return;
      var value = fields[name];
      if (type === "checkbox" || type === "radio") {
        element.checked = value.indexOf(element.value) !== -1;
      } else if (element.tagName === "SELECT") {
        var wanted = {};
        value.forEach(function (pair) {
          wanted[pair[0]] = pair[1];
        });
        Array.prototype.forEach.call(element.options, function (option) {
          option.selected = Object.prototype.hasOwnProperty.call(wanted, option.value);
          delete wanted[option.value];
        });
        Object.keys(wanted).forEach(function (missing) {
          element.add(new Option(wanted[missing], missing, true, true));
        });
        if (window.django && window.django.jQuery) window.django.jQuery(element).trigger("change");
      } else {
        var editor = editorOf(element);
        if (editor) editor.setData(value);
        else element.value = value;
      }
      fire(element, "input");
      fire(element, "change");
    });
  }

  // --- time, words ----------------------------------------------------------------------------

  function clock(config, time) {
    var zone = { timeZone: config.timeZone };
    var hours = new Intl.DateTimeFormat("en-GB", Object.assign({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, zone));
    var day = new Intl.DateTimeFormat("en-GB", Object.assign({ day: "2-digit", month: "2-digit", year: "numeric" }, zone));
    var label = hours.format(time);
    return day.format(time) === day.format(new Date()) ? label : label + " " + day.format(time);
  }

  function say(template, time) {
    return template.replace("%(time)s", time);
  }

  // --- the page -------------------------------------------------------------------------------

  function whenEditorsReady(form, callback) {
    var textareas = form.querySelectorAll("textarea[data-type=ckeditortype]");
    var done = false;
    function check() {
      if (done) return;
      var ready = Array.prototype.every.call(textareas, function (textarea) {
        if (textarea.id.indexOf("__prefix__") !== -1) return true;
        var editor = editorOf(textarea);
        return editor && editor.status === "ready";
      });
      if (ready) {
        done = true;
        callback();
      }
    }
    if (!textareas.length || !window.CKEDITOR) return callback();
    window.CKEDITOR.on("instanceReady", check);
    check();
  }

  function start(form, config, changedEarly) {
    var key = config.storageKey;
    var status = document.getElementById("draft-status");
    var baseline = canonical(values(form));
    // A form shown again after a refused save holds text that is not in the article; so does
    // one typed in before the editors were ready (the baseline already holds that text).
    var unsaved = config.bound || changedEarly;
    var lastSent = unsaved ? null : baseline;
    var leaving = false;
    var pendingLocal = null;

    function current() {
      return canonical(values(form));
    }

    function editorsDirty() {
      return Object.keys(window.CKEDITOR ? window.CKEDITOR.instances : {}).some(function (name) {
        return window.CKEDITOR.instances[name].checkDirty();
      });
    }

    function dirty() {
      return unsaved || editorsDirty() || current() !== baseline;
    }

    function show(text, link) {
      status.textContent = text;
      if (link) {
        var anchor = document.createElement("a");
        anchor.href = config.loginUrl;
        anchor.target = "_blank";
        anchor.rel = "noopener";
        anchor.textContent = link;
        status.appendChild(document.createTextNode(" "));
        status.appendChild(anchor);
      }
      status.hidden = false;
    }

    function keepHere(state, extra) {
      var copy = { savedAt: Date.now(), state: state };
      if (extra) Object.assign(copy, extra);
      writeCopy(key, copy);
    }

    function noteChange() {
      // Kept in the browser a moment after each change: a crash loses at most that moment.
      window.clearTimeout(pendingLocal);
      pendingLocal = window.setTimeout(function () {
        var state = current();
        if (state !== lastSent) keepHere(state);
      }, 1000);
    }

    function csrfToken() {
      var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
      if (match) return decodeURIComponent(match[1]);
      var input = form.querySelector("input[name=csrfmiddlewaretoken]");
      return input ? input.value : "";
    }

    function payload(state) {
      var body = new FormData();
      body.append("csrfmiddlewaretoken", csrfToken());
      body.append("fields", JSON.stringify(fromCanonical(state)));
      return body;
    }

    function autosave() {
      var state = current();
      if (leaving || state === lastSent) return;
      keepHere(state);
      fetch(config.autosaveUrl, {
        method: "POST",
        body: payload(state),
        credentials: "same-origin",
        headers: { "X-Requested-With": "XMLHttpRequest" },
      })
        .then(function (response) {
          return response
            .json()
            .catch(function () {
              return {};
            })
            .then(function (answer) {
              if (response.ok) {
                lastSent = state;
                var kept = readCopy(key);
                if (kept && kept.state === state) removeCopy(key);
                show(say(config.text.saved, answer.label));
              } else if (response.status === 401) {
                show(config.text.expired, config.text.login);
              } else {
                show(answer.error || config.text.failed);
              }
            });
        })
        .catch(function () {
          show(config.text.failed);
        });
    }

    function sendNow() {
      var state = current();
      if (state === lastSent) return;
      keepHere(state);
      if (navigator.sendBeacon) navigator.sendBeacon(config.autosaveUrl, payload(state));
    }

    function discardCopies() {
      removeCopy(key);
      var body = new FormData();
      body.append("csrfmiddlewaretoken", csrfToken());
      body.append("discard", "1");
      return fetch(config.autosaveUrl, { method: "POST", body: body, credentials: "same-origin" }).catch(function () {});
    }

    function offer() {
      var candidates = [];
      if (config.copy) {
        candidates.push({
          time: Date.parse(config.copy.savedAt),
          label: config.copy.label,
          state: canonical(config.copy.fields),
        });
      }
      var kept = readCopy(key);
      if (kept && kept.state) {
        candidates.push({ time: kept.savedAt, label: clock(config, new Date(kept.savedAt)), state: kept.state });
      }
      candidates = candidates
        .filter(function (candidate) {
          return content(candidate.state) !== content(baseline);
        })
        .sort(function (a, b) {
          return b.time - a.time;
        });
      if (!candidates.length) {
        // What the page shows already (an autosave that reached the server just after a save).
        if (kept || config.copy) discardCopies();
        return;
      }
      var chosen = candidates[0];
      var banner = document.createElement("div");
      banner.className = "draft-offer";
      banner.setAttribute("role", "alert");
      var question = document.createElement("p");
      question.textContent = say(config.text.offer, chosen.label);
      var restoreButton = document.createElement("button");
      restoreButton.type = "button";
      restoreButton.className = "button default";
      restoreButton.textContent = config.text.restore;
      var discardButton = document.createElement("button");
      discardButton.type = "button";
      discardButton.className = "button";
      discardButton.textContent = config.text.discard;
      banner.appendChild(question);
      banner.appendChild(restoreButton);
      banner.appendChild(discardButton);
      status.parentNode.insertBefore(banner, status);
      restoreButton.addEventListener("click", function () {
        restore(form, fromCanonical(chosen.state));
        unsaved = true;
        banner.remove();
        show(say(config.text.restored, chosen.label));
      });
      discardButton.addEventListener("click", function () {
        banner.remove();
        discardCopies();
      });
    }

    form.addEventListener("input", noteChange);
    form.addEventListener("change", noteChange);
    Object.keys(window.CKEDITOR ? window.CKEDITOR.instances : {}).forEach(function (name) {
      window.CKEDITOR.instances[name].on("change", noteChange);
    });

    form.addEventListener("submit", function () {
      leaving = true;
      // Signing in again elsewhere changes the CSRF token: send the current one.
      var token = form.querySelector("input[name=csrfmiddlewaretoken]");
      if (token) token.value = csrfToken();
      if (dirty()) keepHere(current(), { sent: true });
    });

    window.addEventListener("beforeunload", function (event) {
      if (leaving || !dirty()) return;
      keepHere(current());
      event.preventDefault();
      event.returnValue = "";
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && !leaving && dirty()) sendNow();
    });

    document.querySelectorAll("[data-discard-edits]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        leaving = true;
        discardCopies().then(function () {
          window.location.href = link.href;
        });
      });
    });

    if (!config.bound) offer();
    window.setInterval(autosave, config.seconds * 1000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    forgetSentCopies();
    var data = document.getElementById("article-edits-config");
    var form = document.getElementById("article_form");
    if (!data || !form) return;
    var config = JSON.parse(data.textContent);
    // CKEditor can take seconds on a slow line; what is typed meanwhile counts as a change.
    var changedEarly = false;
    var started = false;
    function noteEarly() {
      changedEarly = true;
    }
    form.addEventListener("input", noteEarly);
    form.addEventListener("change", noteEarly);
    form.addEventListener("submit", function () {
      started = true;
    });
    window.addEventListener("beforeunload", function (event) {
      if (started || !changedEarly) return;
      event.preventDefault();
      event.returnValue = "";
    });
    whenEditorsReady(form, function () {
      started = true;
      form.removeEventListener("input", noteEarly);
      form.removeEventListener("change", noteEarly);
      start(form, config, changedEarly);
      if (changedEarly) form.dispatchEvent(new Event("change"));
    });
  });
})();
