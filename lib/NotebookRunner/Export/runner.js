// "Run in the browser": turns a lesson or homework page into a live notebook. Nothing loads until the reader presses
// Run; then the C# kernel (runtime/worker.js: .NET on WebAssembly with the course library) starts in a Web Worker, the
// code cells become editable, and each cell's outputs replace the ones the page was exported with. State carries from
// cell to cell as in the kernel; Restart clears it; Stop ends a runaway cell by ending the worker (the state is lost,
// and the page says so). window.courseRunner exposes the same actions for the site's tests.
(function () {
  "use strict";
  // The page's language (html lang="ja" on the Japanese edition) picks the words of the bar, the cells' buttons and the
  // playground; the English are the defaults.
  var english = {
    runPage: "▶ Run this page in the browser",
    starting: "Starting C# in your browser (downloaded once, then cached)…",
    runAll: "Run all",
    restart: "Restart",
    stop: "Stop",
    visibleChecks: "The checks here are the visible ones; your marks come from the grader.",
    running: "C# is running in your browser (",
    toStart: " s to start).",
    couldNotStart: "C# could not start in this browser: ",
    didNotStart: "the runtime did not start",
    runCellTitle: "Run this cell",
    run: "▶ Run",
    upToTitle: "Run every cell from the top to this one",
    upTo: "Run up to here",
    cellRunning: "running…",
    cellDone: "done in ",
    cellFailed: "failed in ",
    seconds: " s",
    runtimeFailed: "the runtime failed: ",
    restarted: "Restarted: every variable is gone; run the cells again from the top.",
    stopped: "Stopped. The C# state was lost with the stopped cell; run the cells again from the top.",
    hiddenLayers: "hidden layers",
    learningRate: "learning rate",
    batchSize: "batch size",
    play: "▶ Play",
    pause: "❚❚ Pause",
    step: "Step",
    reset: "Reset",
    pressPlay: "Press Play: it trains in your browser, with the course library.",
    playgroundCode: "The C# code the playground runs (edit it, then Reset)",
    playgroundFailed: "The playground's code did not run: ",
    epoch: "epoch ",
    epochsPerSecond: " epochs/s"
  };
  var japanese = {
    runPage: "▶ このページをブラウザーで実行",
    starting: "ブラウザーでC#を起動しています（初回だけダウンロードし、以後はキャッシュします）…",
    runAll: "すべて実行",
    restart: "再起動",
    stop: "停止",
    visibleChecks: "ここで実行されるのは公開されたチェックだけです。点数は採点プログラムが決めます。",
    running: "C#がブラウザーで動いています（起動に",
    toStart: " 秒）。",
    couldNotStart: "このブラウザーではC#を起動できませんでした：",
    didNotStart: "ランタイムが起動しませんでした",
    runCellTitle: "このセルを実行",
    run: "▶ 実行",
    upToTitle: "先頭からこのセルまでをすべて実行",
    upTo: "ここまで実行",
    cellRunning: "実行中…",
    cellDone: "完了：",
    cellFailed: "失敗：",
    seconds: " 秒",
    runtimeFailed: "ランタイムが失敗しました：",
    restarted: "再起動しました。変数はすべて消えたので、セルを先頭から実行し直してください。",
    stopped: "停止しました。停止したセルとともにC#の状態も失われたので、セルを先頭から実行し直してください。",
    hiddenLayers: "隠れ層",
    learningRate: "学習率",
    batchSize: "バッチサイズ",
    play: "▶ 再生",
    pause: "❚❚ 一時停止",
    step: "1ステップ",
    reset: "リセット",
    pressPlay: "「▶ 再生」を押すと、コースのライブラリを使ってブラウザーの中で学習します。",
    playgroundCode: "プレイグラウンドが実行するC#のコード（書き換えたら「リセット」を押します）",
    playgroundFailed: "プレイグラウンドのコードを実行できませんでした：",
    epoch: "エポック ",
    epochsPerSecond: " エポック/秒"
  };
  var words = document.documentElement.lang === "ja" ? japanese : english;
  var body = document.body;
  var runtime = body.getAttribute("data-runtime");
  var folder = body.getAttribute("data-notebook-folder");
  if (!runtime || !folder) return;
  var cells = Array.prototype.slice.call(document.querySelectorAll("section.code"))
    .filter(function (section) { return section.querySelector("code.language-csharp"); });
  if (cells.length === 0) return;

  var worker = null, starting = null, nextId = 1, waiting = {}, busy = false, stopped = false;
  var bar = document.createElement("div");
  bar.className = "runner-bar";
  bar.innerHTML = '<button type="button" class="runner-start">' + words.runPage + '</button>'
    + '<span class="runner-status" role="status"></span>';
  document.querySelector("main").insertBefore(bar, document.querySelector("main").firstChild);
  var status = bar.querySelector(".runner-status");
  bar.querySelector(".runner-start").addEventListener("click", function () { start(); });

  function say(text) { status.textContent = text; }

  function startWorker() {
    worker = new Worker(runtime + "worker.js", { type: "module" });
    var ready = new Promise(function (resolve, reject) {
      worker.onmessage = function (event) {
        var message = event.data;
        if (message.ready) { resolve(); return; }
        var done = waiting[message.id];
        delete waiting[message.id];
        if (done) done(message);
      };
      worker.onerror = function (event) { reject(new Error(event.message || words.didNotStart)); };
    });
    return ready.then(function () { return ask({ folder: folder }); });
  }

  function ask(message) {
    return new Promise(function (resolve) {
      message.id = nextId++;
      waiting[message.id] = resolve;
      worker.postMessage(message);
    });
  }

  function start() {
    if (starting) return starting;
    var clock = performance.now();
    say(words.starting);
    bar.innerHTML = '<button type="button" class="runner-all">' + words.runAll + '</button>'
      + '<button type="button" class="runner-restart">' + words.restart + '</button>'
      + '<button type="button" class="runner-stop" disabled>' + words.stop + '</button>'
      + '<span class="runner-status" role="status"></span>';
    status = bar.querySelector(".runner-status");
    say(words.starting);
    bar.querySelector(".runner-all").addEventListener("click", function () { runUpTo(cells.length - 1); });
    bar.querySelector(".runner-restart").addEventListener("click", restart);
    bar.querySelector(".runner-stop").addEventListener("click", stop);
    if (folder.indexOf("homework") >= 0) {
      var note = document.createElement("span");
      note.className = "runner-note";
      note.textContent = words.visibleChecks;
      bar.appendChild(note);
    }
    cells.forEach(makeLive);
    starting = startWorker().then(function () {
      say(words.running + ((performance.now() - clock) / 1000).toFixed(1) + words.toStart);
    }, function (error) { say(words.couldNotStart + error.message); });
    return starting;
  }

  function makeLive(section, index) {
    var code = section.querySelector("pre.source code");
    code.setAttribute("contenteditable", "plaintext-only");
    code.setAttribute("spellcheck", "false");
    var tools = document.createElement("div");
    tools.className = "runner-cell";
    tools.innerHTML = '<button type="button" class="runner-run" title="' + words.runCellTitle + '">' + words.run + '</button>'
      + '<button type="button" class="runner-upto" title="' + words.upToTitle + '">' + words.upTo + '</button>'
      + '<span class="runner-state"></span>';
    section.insertBefore(tools, section.querySelector("pre.source").nextSibling);
    tools.querySelector(".runner-run").addEventListener("click", function () { runCell(index); });
    tools.querySelector(".runner-upto").addEventListener("click", function () { runUpTo(index); });
  }

  function setBusy(value) {
    busy = value;
    bar.querySelector(".runner-stop").disabled = !value;
  }

  function runCell(index) {
    if (busy) return Promise.resolve(null);
    return start().then(function () { return execute(index); });
  }

  function runUpTo(last) {
    if (busy) return Promise.resolve(false);
    stopped = false;
    return start().then(function () {
      var i = 0;
      function step() {
        if (i > last || stopped) return !stopped;
        return execute(i++).then(function (run) { return run === null ? false : step(); });
      }
      return step();
    });
  }

  function execute(index) {
    var section = cells[index];
    var state = section.querySelector(".runner-state");
    var source = section.querySelector("pre.source code").textContent;
    var began = performance.now();
    setBusy(true);
    section.classList.add("running");
    state.textContent = words.cellRunning;
    return ask({ code: source }).then(function (answer) {
      setBusy(false);
      section.classList.remove("running");
      if (answer.failure) { state.textContent = words.runtimeFailed + answer.failure; return null; }
      state.textContent = (answer.run.succeeded ? words.cellDone : words.cellFailed) +
        (answer.run.milliseconds / 1000).toFixed(2) + words.seconds;
      show(section, answer.run.outputs);
      section.runnerOutputs = answer.run.outputs;
      section.runnerMilliseconds = performance.now() - began;
      return answer.run;
    });
  }

  function show(section, outputs) {
    Array.prototype.forEach.call(section.querySelectorAll(".output"), function (old) { old.remove(); });
    outputs.forEach(function (output) { section.appendChild(render(output)); });
  }

  function render(output) {
    if (output.outputType === "stream") return pre("output stream " + output.name, output.text);
    if (output.outputType === "error") return pre("output error", output.errorName + ": " + output.errorValue);
    var data = output.data || {};
    var figure = data["application/vnd.plotly.v1+json"];
    var div = document.createElement("div");
    div.className = "output html";
    if (figure && window.Plotly) {
      var plot = document.createElement("div");
      div.appendChild(plot);
      var parsed = JSON.parse(figure);
      window.Plotly.newPlot(plot, parsed.data, parsed.layout, { responsive: true }).then(function () {
        if (parsed.frames) window.Plotly.addFrames(plot, parsed.frames);
      });
      return div;
    }
    if (data["text/html"] !== undefined) {
      div.innerHTML = data["text/html"];
      return div;
    }
    return pre("output result", data["text/plain"] || "");
  }

  function pre(css, text) {
    var element = document.createElement("pre");
    element.className = css;
    element.textContent = String(text).replace(/\n+$/, "");
    return element;
  }

  function restart() {
    if (!worker) return Promise.resolve();
    if (busy) return stop();
    return ask({ restart: true }).then(function () { say(words.restarted); });
  }

  function stop() {
    if (!worker) return Promise.resolve();
    stopped = true;
    worker.terminate();
    Object.keys(waiting).forEach(function (id) { waiting[id]({ failure: "stopped" }); });
    waiting = {};
    setBusy(false);
    cells.forEach(function (section) { section.classList.remove("running"); });
    say(words.stopped);
    starting = startWorker();
    return starting;
  }

  // ── The live playground (lesson 11): controls write the settings, the C# code beside them builds the network and
  // registers a frame function with animate(…), and each frame trains a few epochs in the worker and redraws. ──
  var playground = document.querySelector(".live-playground");
  var live = null;
  if (playground) buildPlayground();

  function buildPlayground() {
    function select(name, label, options, chosen) {
      return '<label>' + label + ' <select name="' + name + '">' + options.map(function (o) {
        return '<option' + (o === chosen ? ' selected' : '') + '>' + o + '</option>';
      }).join("") + '</select></label>';
    }
    playground.innerHTML = '<div class="playground-controls">'
      + select("data", "data", ["circles", "moons", "spiral", "xor"], "circles")
      + select("noise", "noise", ["0", "0.1", "0.2", "0.3"], "0.1")
      + select("activation", "activation", ["Tanh", "ReLU", "Sigmoid", "LeakyReLU(0.03)", "Identity"], "Tanh")
      + '<label>' + words.hiddenLayers + ' <input name="hidden" value="4, 2" size="8"></label>'
      + select("rate", words.learningRate, ["0.003", "0.01", "0.03", "0.1", "0.3", "1", "3"], "0.03")
      + select("batch", words.batchSize, ["1", "5", "10", "25", "100"], "10")
      + select("l2", "L2", ["0", "0.001", "0.003", "0.01", "0.03"], "0")
      + '<button type="button" class="playground-play">' + words.play + '</button>'
      + '<button type="button" class="playground-step">' + words.step + '</button>'
      + '<button type="button" class="playground-reset">' + words.reset + '</button>'
      + '<span class="playground-status" role="status">' + words.pressPlay + '</span></div>'
      + '<div class="playground-plot"></div>'
      + '<details class="playground-code"><summary>' + words.playgroundCode + '</summary>'
      + '<pre class="source"><code class="language-csharp" contenteditable="plaintext-only" spellcheck="false"></code></pre></details>';
    var code = playground.querySelector(".playground-code code");
    fetch(runtime + "../playground.csx").then(function (r) { return r.text(); }).then(function (text) { code.textContent = text; });
    live = { playing: false, ready: false, epochs: 0, since: 0, clock: 0, perFrame: 2 };
    playground.querySelector(".playground-play").addEventListener("click", function () { live.playing ? pause() : play(); });
    playground.querySelector(".playground-step").addEventListener("click", function () { pause(); prepare().then(function (ok) { if (ok) frame(1); }); });
    playground.querySelector(".playground-reset").addEventListener("click", function () { pause(); live.ready = false; prepare(); });
    Array.prototype.forEach.call(playground.querySelectorAll("select, input"), function (control) {
      control.addEventListener("change", function () { live.ready = false; if (!live.playing) prepare(); });
    });
  }

  function liveStatus(text) { playground.querySelector(".playground-status").textContent = text; }

  function settingsCell() {
    function value(name) { return playground.querySelector('[name="' + name + '"]').value; }
    var hidden = value("hidden").split(/[^0-9]+/).filter(function (x) { return x.length > 0; }).map(Number)
      .filter(function (n) { return n > 0 && n <= 64; }).slice(0, 4);
    return "var playgroundSettings = (\"" + value("data") + "\", " + value("noise") + ", new int[] { " + hidden.join(", ")
      + " }, Activation." + value("activation") + ", " + value("rate") + ", " + value("batch") + ", " + value("l2") + ", 0);";
  }

  // Runs the lesson's first cell (its usings) if it has not run, then the settings and the playground's code.
  function prepare() {
    if (live.ready) return Promise.resolve(true);
    return start().then(function () {
      var first = cells[0].runnerOutputs ? Promise.resolve({ succeeded: true }) : execute(0);
      return first;
    }).then(function () { return ask({ code: settingsCell() }); })
      .then(function (answer) {
        if (answer.failure || !answer.run.succeeded) return answer;
        return ask({ code: playground.querySelector(".playground-code code").textContent });
      }).then(function (answer) {
        if (answer.failure || !answer.run.succeeded) {
          liveStatus(words.playgroundFailed + (answer.failure || answer.run.outputs.map(function (o) { return o.errorValue || o.text || ""; }).join(" ")));
          return false;
        }
        live.ready = true; live.epochs = 0;
        return frame(0);
      });
  }

  function frame(epochs) {
    return ask({ step: epochs }).then(function (answer) {
      if (answer.failure || !answer.run.succeeded) {
        live.playing = false;
        liveStatus("Stopped: " + (answer.failure || answer.run.outputs.map(function (o) { return o.errorValue || ""; }).join(" ")));
        return false;
      }
      var figure = answer.run.outputs[answer.run.outputs.length - 1].data["application/vnd.plotly.v1+json"];
      var parsed = JSON.parse(figure);
      window.Plotly.react(playground.querySelector(".playground-plot"), parsed.data, parsed.layout, { responsive: true });
      live.epochs += epochs;
      var seconds = (performance.now() - live.clock) / 1000;
      liveStatus(words.epoch + live.epochs + (live.playing && seconds > 0 ? " · " + ((live.epochs - live.since) / seconds).toFixed(1) + words.epochsPerSecond : ""));
      return true;
    });
  }

  function play() {
    live.playing = true;
    playground.querySelector(".playground-play").textContent = words.pause;
    prepare().then(function (ok) {
      if (!ok) { pause(); return; }
      live.since = live.epochs; live.clock = performance.now();
      (function loop() {
        if (!live.playing) return;
        if (!live.ready) { prepare().then(function (again) { if (again) loop(); else pause(); }); return; }
        // As many epochs per frame as keep about four pictures a second: training is cheap, drawing is not.
        var began = performance.now();
        frame(live.perFrame).then(function (drawn) {
          var took = performance.now() - began;
          if (took < 200) live.perFrame = Math.min(50, live.perFrame * 2);
          else if (took > 400) live.perFrame = Math.max(1, Math.floor(live.perFrame / 2));
          if (drawn) setTimeout(loop, 0); else pause();
        });
      })();
    });
  }

  function pause() {
    live.playing = false;
    playground.querySelector(".playground-play").textContent = words.play;
  }

  window.courseRunner = {
    start: start,
    runCell: runCell,
    runAll: function () { return runUpTo(cells.length - 1); },
    runUpTo: runUpTo,
    restart: restart,
    stop: stop,
    outputs: function () { return cells.map(function (section) { return section.runnerOutputs || null; }); },
    milliseconds: function () { return cells.map(function (section) { return section.runnerMilliseconds || null; }); },
    cellCount: cells.length,
    playground: { play: function () { play(); }, pause: pause, epochs: function () { return live ? live.epochs : 0; } },
  };
})();
