"""JSON laid out for reading and for small diffs: objects indented, a list of numbers on one line, a list of lists
with one inner list per line. Floats keep every digit (Python's repr), so C# reads back the very doubles."""
import json


def dumps(value, indent=0):
    pad, inner = " " * indent, " " * (indent + 2)
    if isinstance(value, dict):
        items = [f'{inner}{json.dumps(k)}: {dumps(v, indent + 2).lstrip()}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}" + ("\n" if indent == 0 else "")
    if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        rows = [inner + json.dumps(v) for v in value]
        return "[\n" + ",\n".join(rows) + f"\n{pad}]"
    return json.dumps(value)
