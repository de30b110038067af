"""The stubs (python/neurodyn/__init__.pyi) describe the module that is built: the same public
names, and every keyword a stub names is one the module accepts (pybind11 writes each function's
signature as the first line of its docstring; that line is what the extension really takes), with
the same default where both are plain literals. The stubs and py.typed sit next to the extension,
where editors and type checkers look for them."""
import ast
import inspect
import os
import re

import pytest

import neurodyn

PACKAGE = os.path.dirname(neurodyn.__file__)
STUB_PATH = os.path.join(PACKAGE, "__init__.pyi")


def _stub():
    with open(STUB_PATH, encoding="utf-8") as f:
        return ast.parse(f.read(), STUB_PATH)


def _public(name):
    return not name.startswith("_")


def _stub_names(tree):
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return {n for n in names if _public(n)}


def _stub_functions(tree):
    """(qualified name, FunctionDef) of every function and method the stub declares, properties
    excluded (they have no keywords)."""
    out = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and _public(node.name):
            out.append((node.name, node))
        elif isinstance(node, ast.ClassDef) and _public(node.name):
            for item in node.body:
                if not isinstance(item, ast.FunctionDef):
                    continue
                decorators = {d.id for d in item.decorator_list if isinstance(d, ast.Name)}
                if "property" in decorators or (_public(item.name) is False and item.name != "__init__"):
                    continue
                out.append((f"{node.name}.{item.name}", item))
    return out


def _stub_properties(tree):
    out = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and any(
                        isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list):
                    out.append(f"{node.name}.{item.name}")
    return out


def _module_object(qualified):
    obj = neurodyn
    for part in qualified.split("."):
        obj = getattr(obj, part)
    return obj


def _split_top_level(text):
    """Splits a parameter list at the commas outside brackets and quotes."""
    parts, depth, quote, current = [], 0, None, ""
    for ch in text:
        if quote:
            current += ch
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def _module_signatures(qualified, obj):
    """The parameter lists pybind11 wrote for obj: {name: default text or None}, one per overload,
    plus whether the function takes **kwargs."""
    doc = inspect.getdoc(obj) or ""
    name = qualified.split(".")[-1]
    pattern = re.compile(r"^(?:\d+\. )?" + re.escape(name) + r"\((.*)\)(?: -> .*)?$")
    lines = doc.splitlines()
    if len(lines) > 1 and lines[1].strip() == "Overloaded function.":
        lines = lines[2:]  # the first line is the generic name(*args, **kwargs)
    signatures = []
    for line in lines:
        match = pattern.match(line.strip())
        if not match:
            continue
        params, var_keywords = {}, False
        for part in _split_top_level(match.group(1)):
            if part.startswith("**"):
                var_keywords = True
                continue
            if part.startswith("*") or part == "/":
                continue
            head, _, default = part.partition("=")
            params[head.split(":")[0].strip()] = default.strip() or None
        if params.get("self") is None:
            params.pop("self", None)
        signatures.append((params, var_keywords))
    return signatures


TREE = _stub()
STUB_NAMES = sorted(_stub_names(TREE))
MODULE_NAMES = sorted(n for n in dir(neurodyn) if _public(n) and not inspect.ismodule(getattr(neurodyn, n)))
FUNCTIONS = _stub_functions(TREE)


def test_stub_and_marker_are_installed_next_to_the_extension():
    assert os.path.isfile(STUB_PATH)
    assert os.path.isfile(os.path.join(PACKAGE, "py.typed"))


@pytest.mark.parametrize("name", STUB_NAMES)
def test_stub_name_exists_in_module(name):
    assert hasattr(neurodyn, name), f"the stub declares neurodyn.{name}, the module has no such name"


@pytest.mark.parametrize("name", MODULE_NAMES)
def test_module_name_is_in_stub(name):
    assert name in STUB_NAMES, f"neurodyn.{name} exists but __init__.pyi does not declare it"


def test_public_names_are_equal():
    assert set(STUB_NAMES) == set(MODULE_NAMES)


@pytest.mark.parametrize("qualified", [q for q in _stub_properties(TREE)])
def test_property_exists(qualified):
    cls, attr = qualified.split(".")
    assert hasattr(getattr(neurodyn, cls, None), attr), f"neurodyn.{qualified} is missing"


@pytest.mark.parametrize("qualified,node", FUNCTIONS, ids=[q for q, _ in FUNCTIONS])
def test_stub_keywords_are_accepted(qualified, node):
    try:
        obj = _module_object(qualified)
    except AttributeError:
        pytest.fail(f"neurodyn.{qualified} is missing")
    signatures = _module_signatures(qualified, obj)
    assert signatures, f"no pybind11 signature line in neurodyn.{qualified}.__doc__: {obj.__doc__!r}"
    args = node.args
    positional = args.posonlyargs + args.args
    names = [a.arg for a in positional + args.kwonlyargs if a.arg != "self"]
    defaults = dict(zip([a.arg for a in positional][len(positional) - len(args.defaults):], args.defaults))
    defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None})
    stub_var_keywords = args.kwarg is not None
    problems = []
    for params, var_keywords in signatures:
        missing = [n for n in names if n not in params and not var_keywords]
        if stub_var_keywords and not var_keywords:
            missing.append("**" + args.kwarg.arg)
        wrong_defaults = []
        for name, node_default in defaults.items():
            if params.get(name) is None:
                continue
            try:
                stub_value = ast.literal_eval(node_default)
                module_value = ast.literal_eval(params[name])
            except (ValueError, SyntaxError):
                continue  # not a plain literal on one side (e.g. an object's repr)
            if stub_value != module_value:
                wrong_defaults.append(f"{name}: stub {stub_value!r}, module {module_value!r}")
        if not missing and not wrong_defaults:
            return  # this overload takes every keyword of the stub
        problems.append(f"{sorted(params)}: missing {missing}, defaults {wrong_defaults}")
    pytest.fail(f"neurodyn.{qualified}: the stub's keywords {names} do not match the module: "
                + "; ".join(problems))
