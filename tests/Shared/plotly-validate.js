// Every message plotly.js itself has about a figure's JSON ({data, layout, frames}), as one list of strings.
// Evaluated by PlotlyValidator.cs in a page that has loaded the pinned plotly.js bundle.
// 1. Plotly.validate(data, layout), with the legend left out: plotly.js 4.1.2's validate throws
//    (TypeError reading 'validateFunction') on any layout.legend container.
// 2. The legend checked on its own against Plotly.PlotSchema: every key known, every value of its declared kind.
// 3. Each frame: its keys against the schema of a frame, and its traces through Plotly.validate under the figure's
//    layout (only the trace messages are kept; the layout's were reported in 1). The traces of all frames go through one
//    call, as one data array (one pass of defaults instead of one per frame: lesson 07's four animations hold 79 frames);
//    each message is given back its frame and trace number. A frame's own layout is not checked (no helper writes one).
// One kind of message is dropped, because it is wrong: validate compares each item of an info_array with the copy that
// defaults made of it by identity, so an item that is an object or an array (the frame list and the options in the args
// of every slider step and animation button) is always "reset" to an equal value. It is dropped only where the item's
// schema type is "any", which defaults copy unchanged; a real reset (xaxis.tickmode "array" → "auto") is still reported.
(figureJson) => {
  const figure = JSON.parse(figureJson);
  const schema = Plotly.PlotSchema.get();
  const messages = [];
  const { legend, ...layout } = figure.layout || {};

  for (const error of Plotly.validate(figure.data || [], layout) || [])
    if (!isEqualCopy(error, figure.data, layout))
      messages.push(error.msg);
  if (legend !== undefined)
    checkAgainstSchema(schema.layout.layoutAttributes.legend, legend, "layout.legend");

  const frames = figure.frames || [];
  const owners = [], traces = [];
  frames.forEach((frame, i) => {
    for (const key of Object.keys(frame))
      if (!(key in schema.frames.items.frames_entry))
        messages.push(`In frame ${i} ("${frame.name}"), key ${key} is not part of the schema`);
    (frame.data || []).forEach((trace, k) => { owners.push([i, k]); traces.push(trace); });
  });
  if (traces.length > 0)
    for (const error of Plotly.validate(traces, layout) || [])
      if (error.container === "data" && !isEqualCopy(error, traces, layout)) {
        const [i, k] = owners[error.trace];
        const what = error.msg.replace(/^In data trace \d+, /, "").replace(/^Trace \d+ /, "the trace ");
        messages.push(`In frame ${i} ("${frames[i].name}"), in data trace ${k}, ${what}`);
      }
  return messages;

  function isEqualCopy(error, data, layout) {
    if (error.code !== "dynamic") return false;
    const inData = error.container === "data";
    let value = inData ? data[error.trace] : layout;
    let attribute = inData ? (schema.traces[value.type] || {}).attributes : schema.layout.layoutAttributes;
    for (const key of error.path) {
      if (attribute === undefined || value === undefined || value === null) return false;
      value = value[key];
      if (typeof key === "string") attribute = attribute[key];
      else if (attribute.valType === "info_array") attribute = Array.isArray(attribute.items) ? attribute.items[key] : attribute.items;
      else attribute = attribute.items && attribute.items[Object.keys(attribute.items)[0]];
    }
    return attribute !== undefined && attribute.valType === "any" && value !== null && typeof value === "object";
  }

  function checkAgainstSchema(attributes, value, path) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      messages.push(`In layout, ${path} is not an object`);
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      const attribute = attributes[key];
      if (attribute === undefined || key.startsWith("_") || key === "role" || key === "editType") {
        messages.push(`In layout, key ${path}.${key} is not part of the schema`);
      } else if (attribute.valType === undefined) {
        checkAgainstSchema(attribute, v, `${path}.${key}`);
      } else if (!valueFits(attribute, v)) {
        messages.push(`In layout, key ${path}.${key} is set to an invalid value (${JSON.stringify(v)})`);
      }
    }
  }

  function valueFits(attribute, v) {
    switch (attribute.valType) {
      case "enumerated":
        return attribute.values.some(allowed => allowed === v ||
          (typeof allowed === "string" && allowed.startsWith("/") && typeof v === "string" &&
           new RegExp(allowed.slice(1, allowed.lastIndexOf("/"))).test(v)));
      case "number":
      case "integer":
        return typeof v === "number" && Number.isFinite(v) &&
          (attribute.valType === "number" || Number.isInteger(v)) &&
          (attribute.min === undefined || v >= attribute.min) && (attribute.max === undefined || v <= attribute.max);
      case "boolean":
        return typeof v === "boolean";
      case "string":
      case "color":
        return typeof v === "string";
      default:
        return true;
    }
  }
}
