/*
 * The office's front-matter format for the CMS: `Name: value` lines, lines of a
 * many-line field indented four spaces, a blank line, then the Markdown body
 * (content/README.md). Not YAML: the same rules as the site's reader
 * (problems/frontmatter.py), so files saved by the CMS are the files staff
 * write by hand.
 *
 * Round trip: fromFile keeps the file as read in the hidden field `_source`;
 * toFile writes every field whose value did not change exactly as it was
 * written (spelling, spacing, order), so opening and saving a file unchanged
 * gives the same bytes. Changed fields are written in the canonical form;
 * new fields follow, in the order of the form.
 *
 * `shapes` (admin/cms-fields.js, made from the site's content schema) says
 * which fields are lists, which list lines have parts separated by `|`
 * (attachments, versions) and which are yes/no flags.
 */
(function (root) {
  "use strict";

  var META_RE = /^[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)$/;
  var MORE_RE = /^[ ]{4,}(.*)$/;
  var SHORT_RE = /^[ ]{1,3}(?=\S)/;
  var INDENTED_KEY_RE = /^[ ]{1,3}[A-Za-z0-9_-]+:(\s|$)/;
  var BEGIN_RE = /^-{3}(\s.*)?$/;
  var SOURCE = "_source";
  var INDENT = "    ";

  function expandTabs(line) {
    var out = "";
    for (var i = 0; i < line.length; i++) {
      if (line[i] === "\t") {
        out += " ".repeat(4 - (out.length % 4));
      } else {
        out += line[i];
      }
    }
    return out;
  }

  function isShortContinuation(line) {
    return SHORT_RE.test(line) && !INDENTED_KEY_RE.test(line);
  }

  // Lines with their end-of-line characters, so that joining them gives the text back.
  function splitLines(text) {
    var lines = text.match(/[^\n]*\n|[^\n]+$/g);
    return lines || [];
  }

  function stripEnd(line) {
    return line.replace(/\r?\n$/, "");
  }

  /*
   * The file as parts: `fields` in file order, each with its name as written,
   * its raw lines and its values (stripped), and the text after the front
   * matter (`rest`: the blank line and the body, as written).
   */
  function parse(text) {
    var lines = splitLines(text.replace(/^\ufeff/, ""));
    var fields = [];
    var current = null;
    var index = 0;
    if (lines.length && BEGIN_RE.test(stripEnd(lines[0]))) {
      // A file in another front-matter style: leave it as it is.
      return { fields: [], rest: text, foreign: true };
    }
    for (; index < lines.length; index++) {
      var raw = lines[index];
      var line = expandTabs(stripEnd(raw));
      if (!line.trim()) {
        break;
      }
      if (current && isShortContinuation(line)) {
        current.raw.push(raw);
        current.values.push(line.trim());
        continue;
      }
      var match = META_RE.exec(line);
      var more = MORE_RE.exec(line);
      if (match) {
        current = { name: match[1], raw: [raw], values: [match[2].trim()] };
        fields.push(current);
      } else if (more && current) {
        current.raw.push(raw);
        current.values.push(more[1].trim());
      } else {
        break;
      }
    }
    return { fields: fields, rest: lines.slice(index).join(""), foreign: false };
  }

  // The body as the editor shows it: the text after the one blank line.
  function bodyOf(rest) {
    var first = rest.match(/^[ \t]*\r?\n/);
    return first ? rest.slice(first[0].length) : rest;
  }

  function splitParts(line, count) {
    var pieces = line.split("|");
    var parts = pieces.slice(0, count - 1);
    parts.push(pieces.slice(count - 1).join("|"));
    return parts.map(function (part) {
      return (part || "").trim();
    });
  }

  // A path as the CMS writes it (from the site's root) and as staff write it
  // (inside the content folder).
  function fromSite(path) {
    return path.replace(/^\/+/, "");
  }

  function toSite(path) {
    return path && !/^[a-z]+:|^\//i.test(path) ? "/" + path : path;
  }

  function valueOf(shape, values) {
    var lines = values.filter(function (value) {
      return value !== "";
    });
    if (shape && shape.flag) {
      return ["yes", "true", "1", "ใช่", "ปักหมุด"].indexOf((lines[0] || "").toLowerCase()) >= 0;
    }
    if (shape && shape.comma) {
      return lines
        .join(",")
        .split(",")
        .map(function (part) {
          return part.trim();
        })
        .filter(Boolean);
    }
    if (shape && shape.list) {
      if (!shape.parts) {
        return lines;
      }
      return lines.map(function (line) {
        var parts = splitParts(line, shape.parts.length);
        var item = {};
        shape.parts.forEach(function (name, i) {
          var part = parts[i] || "";
          item[name] = (shape.paths || []).indexOf(name) >= 0 ? toSite(part) : part;
        });
        return item;
      });
    }
    if (shape && shape.path) {
      return toSite(lines.join(" "));
    }
    return lines.join(" ");
  }

  // The canonical lines of a value (no line at all: the field is left out).
  function linesOf(shape, value) {
    if (value === undefined || value === null) {
      return [];
    }
    if (shape && shape.flag) {
      return value === true || value === "yes" ? ["yes"] : [];
    }
    if (shape && shape.comma) {
      var codes = (Array.isArray(value) ? value : String(value).split(","))
        .map(function (part) {
          return String(part).trim();
        })
        .filter(Boolean);
      return codes.length ? [codes.join(", ")] : [];
    }
    if (shape && shape.list) {
      var items = Array.isArray(value) ? value : [value];
      return items
        .map(function (item) {
          if (!shape.parts || typeof item !== "object" || item === null) {
            return String(item === null || item === undefined ? "" : item).trim();
          }
          var parts = shape.parts.map(function (name) {
            var part = String(item[name] === undefined || item[name] === null ? "" : item[name]).trim();
            return (shape.paths || []).indexOf(name) >= 0 ? fromSite(part) : part;
          });
          while (parts.length > 1 && parts[parts.length - 1] === "") {
            parts.pop();
          }
          return parts.join(" | ");
        })
        .filter(function (line) {
          return line !== "";
        });
    }
    var text = String(value).replace(/\s+/g, " ").trim();
    if (shape && shape.path) {
      text = fromSite(text);
    }
    return text ? [text] : [];
  }

  function fieldText(name, lines) {
    return (
      lines
        .map(function (line, i) {
          return i === 0 ? name + ": " + line : INDENT + line;
        })
        .join("\n") + "\n"
    );
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function create(shapes, transient, names) {
    shapes = shapes || {};
    transient = transient || [];
    var spelling = {};
    (names || []).concat(Object.keys(shapes)).forEach(function (name) {
      spelling[name.toLowerCase()] = name;
    });

    // The form's name of a field written in any case (`doc_type:` is `Doc_type`).
    function canonical(name) {
      return spelling[name.toLowerCase()] || name;
    }

    function shapeOf(name) {
      var key = name.toLowerCase();
      for (var known in shapes) {
        if (known.toLowerCase() === key) {
          return shapes[known];
        }
      }
      return null;
    }

    function fromFile(text) {
      var parsed = parse(text);
      var data = {};
      parsed.fields.forEach(function (field) {
        var name = canonical(field.name);
        if (!(name in data)) {
          data[name] = valueOf(shapeOf(name), field.values);
        }
      });
      data.body = bodyOf(parsed.rest);
      data[SOURCE] = text;
      return data;
    }

    function toFile(data) {
      var source = typeof data[SOURCE] === "string" ? data[SOURCE] : "";
      var parsed = parse(source);
      if (parsed.foreign) {
        return source;
      }
      var out = "";
      // Every line ends with a newline before another is added (the last line
      // of a file may have none).
      function add(text) {
        if (out && !/\n$/.test(out)) {
          out += "\n";
        }
        out += text;
      }
      var written = {};
      var skip = {};
      skip[SOURCE] = true;
      skip.body = true;
      transient.forEach(function (name) {
        skip[name] = true;
      });
      parsed.fields.forEach(function (field) {
        var name = canonical(field.name);
        if (written[name.toLowerCase()]) {
          add(field.raw.join(""));
          return;
        }
        written[name.toLowerCase()] = true;
        if (!(name in data)) {
          // A field the form does not show: kept as written.
          add(field.raw.join(""));
          return;
        }
        var shape = shapeOf(name);
        var lines = linesOf(shape, data[name]);
        if (same(lines, linesOf(shape, valueOf(shape, field.values)))) {
          add(field.raw.join(""));
        } else if (lines.length) {
          add(fieldText(field.name, lines));
        }
      });
      Object.keys(data).forEach(function (name) {
        if (skip[name] || written[name.toLowerCase()]) {
          return;
        }
        var lines = linesOf(shapeOf(name), data[name]);
        if (lines.length) {
          add(fieldText(name, lines));
        }
      });
      var body = typeof data.body === "string" ? data.body : "";
      if (parsed.fields.length && body === bodyOf(parsed.rest)) {
        return out + parsed.rest;
      }
      body = body.replace(/\s+$/, "");
      if (body) {
        add("\n" + body + "\n");
      }
      return out;
    }

    return { fromFile: fromFile, toFile: toFile };
  }

  root.CmsFrontMatter = { parse: parse, create: create, SOURCE: SOURCE };
})(typeof globalThis !== "undefined" ? globalThis : this);
