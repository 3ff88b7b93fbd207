// The page's C# kernel, in a Web Worker so a long cell never freezes the page and Stop can end it by ending the
// worker. Messages in: {id, code} runs a cell, {id, step: n} runs one frame of what a cell gave animate(…),
// {id, restart: true} clears the state, {id, folder} sets the folder the notebook runs in. Each answer carries the
// same id.
import { dotnet } from './_framework/dotnet.js';

const runtime = await dotnet.create();
await runtime.runMain();
const exports = await runtime.getAssemblyExports(runtime.getConfig().mainAssemblyName);
const cells = exports.BrowserKernel.Cells;

self.onmessage = async (event) => {
  const { id, code, step, restart, folder } = event.data;
  try {
    if (restart) {
      cells.Restart();
      self.postMessage({ id, done: true });
    } else if (step !== undefined) {
      self.postMessage({ id, run: JSON.parse(cells.Step(step)) });
    } else if (folder !== undefined) {
      cells.Enter(folder);
      self.postMessage({ id, done: true });
    } else {
      self.postMessage({ id, run: JSON.parse(await cells.Run(code)) });
    }
  } catch (error) {
    self.postMessage({ id, failure: String(error && error.message || error) });
  }
};
self.postMessage({ ready: true });
