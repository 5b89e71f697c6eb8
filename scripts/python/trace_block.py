"""Runs one python block the way code:run does, and records what the models it builds compute.

    python3 trace_block.py block.py trace.json

The block runs as __main__ (runpy), printing what it prints. While it runs, a TorchFunctionMode and
the global module forward hooks record the first call of each top-level model it calls (a module
called while no other module is running): the module tree (class, attribute path, parameter count)
and every tensor operation inside it, with the shape and dtype of each tensor passed between them
and the block line each call came from. Weight initialisation (no forward) and later calls of the
same model are not recorded; loss modules are not models. Identical consecutive sibling modules
(a stack of 12 equal blocks) are folded into the first with a count. The trace is written as JSON
(lib/content/traces.ts validates it); a tracing failure is written as {"error": …} and never changes
what the block prints or its exit status.
"""
import json
import os
import runpy
import sys
import traceback

MAX_MODELS = 3
MAX_NODES = 4000

# Ops that only rearrange or re-view a tensor: the renderer may collapse a chain of them.
BOOKKEEPING = {
    "view", "reshape", "permute", "transpose", "contiguous", "flatten", "unflatten", "unsqueeze",
    "squeeze", "expand", "expand_as", "t", "view_as", "reshape_as", "movedim", "swapaxes", "mT", "T",
    "split", "chunk", "unbind", "__getitem__", "narrow", "select", "repeat", "repeat_interleave",
    "clone", "detach", "to", "float", "half", "bfloat16", "type_as", "type", "split_with_sizes",
}
# Attribute reads and queries that return tensors but are not computations a reader wants drawn.
IGNORED = {"__get__", "__set__", "dim", "size", "numel", "item", "tolist", "is_floating_point", "requires_grad_", "__len__", "__iter__", "__bool__", "__index__", "__format__", "__repr__", "__setitem__", "__contains__"}


def main():
    block, out_path = sys.argv[1], sys.argv[2]
    block_file = os.path.abspath(block)
    state = {"error": None}
    recorder = None
    try:
        import torch  # noqa: F401  (the block imports it anyway; the recorder needs it first)

        recorder = Recorder(block_file)
        recorder.install()
    except Exception:
        state["error"] = "tracer could not start: " + traceback.format_exc(limit=2).strip().splitlines()[-1]
    sys.argv = [block]
    status = 0
    try:
        # The absolute path, as `python3 block.py` gives __file__ and frames since 3.9 (the recorder matches frames by it).
        runpy.run_path(block_file, run_name="__main__")
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        if recorder:
            recorder.uninstall()
    try:
        if state["error"]:
            result = {"error": state["error"]}
        else:
            result = {"models": recorder.finish()}
    except Exception:
        result = {"error": "tracer failed: " + "".join(traceback.format_exc(limit=3).strip().splitlines()[-1:])}
    with open(out_path, "w") as f:
        json.dump(result, f)
    sys.stdout.flush()
    os._exit(status)


class Recorder:
    def __init__(self, block_file):
        import torch

        self.torch = torch
        self.block_file = block_file
        self.models = []  # finished models
        self.seen = set()  # ids of top-level modules already recorded (kept alive in self.keep)
        self.keep = []
        self.stack = []  # [(module, node id or None, recording)]
        self.cur = None  # the model being recorded
        self.handles = []
        self.mode = None

    # ---- installation -------------------------------------------------------------------------
    def install(self):
        torch = self.torch
        from torch.overrides import TorchFunctionMode

        rec = self

        class Mode(TorchFunctionMode):
            def __torch_function__(self, func, types, args=(), kwargs=None):
                kwargs = kwargs or {}
                out = func(*args, **kwargs)
                if rec.cur is not None and ((rec.stack and rec.stack[-1][2]) or (not rec.stack and rec.cur["driven"] and rec.in_function())):
                    try:
                        rec.op(func, args, kwargs, out)
                    except Exception:
                        rec.cur["error"] = "op: " + traceback.format_exc(limit=1).strip().splitlines()[-1]
                return out

        mm = torch.nn.modules.module
        self.handles.append(mm.register_module_forward_pre_hook(self.pre))
        self.handles.append(mm.register_module_forward_hook(self.post, always_call=True))
        self.mode = Mode()
        self.mode.__enter__()

    def uninstall(self):
        for h in self.handles:
            h.remove()
        self.handles = []
        if self.mode is not None:
            try:
                self.mode.__exit__(None, None, None)
            except Exception:
                pass
            self.mode = None

    # ---- helpers ------------------------------------------------------------------------------
    def line(self):
        f = sys._getframe(2)
        while f is not None:
            if f.f_code.co_filename == self.block_file:
                return f.f_lineno
            f = f.f_back
        return None

    def tensors(self, value, depth=0):
        """Tensors in a value (nested tuples, lists, dicts, dataclass-like outputs)."""
        T = self.torch.Tensor
        if isinstance(value, T):
            return [value]
        if depth > 3:
            return []
        if isinstance(value, (tuple, list)):
            return [t for v in value for t in self.tensors(v, depth + 1)]
        if isinstance(value, dict):
            return [t for v in value.values() for t in self.tensors(v, depth + 1)]
        if hasattr(value, "__dataclass_fields__"):
            return [t for k in value.__dataclass_fields__ for t in self.tensors(getattr(value, k, None), depth + 1)]
        return []

    def meta(self, t):
        dtype = str(t.dtype).replace("torch.", "")
        try:
            shape = [int(s) for s in t.shape]
        except Exception:
            shape = []
        return shape, dtype

    def node(self, **fields):
        m = self.cur
        if len(m["nodes"]) >= MAX_NODES:
            m["truncated"] = True
            return None
        fields["id"] = len(m["nodes"])
        m["nodes"].append(fields)
        return fields["id"]

    def edge(self, src, dst, t):
        shape, dtype = self.meta(t)
        key = (src, dst, id(t))
        if key in self.cur["edgekeys"]:
            return
        self.cur["edgekeys"].add(key)
        self.cur["edges"].append({"from": src, "to": dst, "shape": shape, "dtype": dtype})

    def call_kwargs(self):
        """The keyword arguments of the module call being hooked (the global pre-hook is given only the positional ones)."""
        f = sys._getframe(2)
        for _ in range(4):
            if f is None:
                break
            if f.f_code.co_name == "_call_impl" and isinstance(f.f_locals.get("kwargs"), dict):
                return f.f_locals["kwargs"]
            f = f.f_back
        return {}

    def parent(self):
        for _, nid, _ in reversed(self.stack):
            if nid is not None:
                return nid
        return self.cur["root_nid"] if self.cur else None

    # ---- module hooks -------------------------------------------------------------------------
    def block_globals(self):
        f = sys._getframe(1)
        found = None
        while f is not None:
            if f.f_code.co_filename == self.block_file:
                found = f
            f = f.f_back
        return found.f_globals if found is not None else {}

    def in_function(self):
        """Whether the innermost line of the block running now is inside a function (a driver like `def logits_of(idx)`)."""
        f = sys._getframe(1)
        while f is not None:
            if f.f_code.co_filename == self.block_file:
                return f.f_code.co_name != "<module>"
            f = f.f_back
        return False

    def root_of(self, module):
        """The largest model among the block's global variables that holds this module (itself when none does)."""
        torch = self.torch
        best, size = module, 0
        for value in list(self.block_globals().values()):
            if isinstance(value, torch.nn.Module) and value is not module:
                try:
                    subs = list(value.modules())
                except Exception:
                    continue
                if any(s is module for s in subs) and len(subs) > size:
                    best, size = value, len(subs)
        return best

    def start_model(self, root, driven):
        self.seen.add(id(root))
        self.keep.append(root)
        self.cur = {"nodes": [], "edges": [], "edgekeys": set(), "producer": {}, "alive": [], "consts": set(), "names": {}, "params": {}, "outmeta": {}, "driven": driven, "root": root, "called": set(), "root_nid": None}
        for name, sub in root.named_modules():
            self.cur["names"].setdefault(id(sub), name)
        for name, p in list(root.named_parameters()) + list(root.named_buffers()):
            self.cur["consts"].add(id(p))
            self.cur["alive"].append(p)
            self.cur["params"].setdefault(id(p), name)

    def add_inputs(self, args):
        m = self.cur
        line = self.line()
        named = [(None, t) for t in self.tensors(args)] + [(k, t) for k, v in self.call_kwargs().items() for t in self.tensors(v)]
        fresh, ids = [], set()
        for k, t in named:
            if id(t) not in m["producer"] and id(t) not in m["consts"] and id(t) not in ids:
                ids.add(id(t))
                fresh.append((k, t))
        existing = sum(1 for n in m["nodes"] if n["kind"] == "input" and n["name"].startswith("input"))
        positional = sum(1 for k, _ in fresh if k is None)
        for i, (key, t) in enumerate(fresh):
            label = key or (f"input {existing + i + 1}" if positional > 1 or existing else "input")
            nid = self.node(kind="input", name=label, line=line)
            if nid is None:
                return
            m["producer"][id(t)] = nid
            m["outmeta"][nid] = self.meta(t)
            m["alive"].append(t)

    def pre(self, module, args):
        if not self.stack:
            m = self.cur
            if m is not None and m["driven"]:
                if id(module) not in m["called"] and any(s is module for s in m["root"].modules()):
                    # The next step of a model driven by the block's own function (`for block in model.blocks: h = block(h)`).
                    m["called"].add(id(module))
                    self.add_inputs(args)
                    self.push_module(module, args)
                    return None
                self.end_model()
            root = self.root_of(module)
            record = (
                self.cur is None
                and id(root) not in self.seen
                and len(self.models) < MAX_MODELS
                and not type(module).__module__.startswith("torch.nn.modules.loss")
                and not type(root).__module__.startswith("torch.nn.modules.loss")
            )
            if not record:
                self.stack.append((module, None, False))
                return None
            driven = root is not module
            self.start_model(root, driven)
            self.add_inputs(args)
            if driven:
                self.cur["root_nid"] = self.module_node(root)
                self.cur["called"].add(id(module))
            self.push_module(module, args)
            return None
        if not self.stack[-1][2]:
            self.stack.append((module, None, False))
            return None
        self.push_module(module, args)
        return None

    def push_module(self, module, args):
        nid = self.module_node(module)
        self.stack.append((module, nid, True))
        if nid is not None:
            ins = self.tensors(args) + self.tensors(self.call_kwargs())
            self.cur["nodes"][nid]["_in"] = [(self.cur["producer"].get(id(t)), t) for t in ins]

    def end_model(self):
        """Closes the model being recorded; a driven one gets its outputs from the steps whose results nothing used."""
        m = self.cur
        if m is None:
            return
        if m["driven"] and m["root_nid"] is not None:
            root = m["root_nid"]
            kids = [n["id"] for n in m["nodes"] if n.get("parent") == root]
            inside_of = {}
            for k in kids:
                sub = self.descendants(k)
                for x in sub:
                    inside_of[x] = k
            used = set()
            for e in m["edges"]:
                a, b = inside_of.get(e["from"]), inside_of.get(e["to"])
                if a is not None and a != b:
                    used.add(a)
            for k in kids:
                if k in used:
                    continue
                sub = self.descendants(k)
                if not any(e["to"] in sub for e in m["edges"]):
                    continue
                last = max((x for x in sub if x in m["outmeta"]), default=None)
                if last is None:
                    continue
                oid = self.node(kind="output", name="output")
                if oid is not None:
                    shape, dtype = m["outmeta"][last]
                    m["edges"].append({"from": last, "to": oid, "shape": shape, "dtype": dtype})
        m.pop("root", None)
        self.models.append(m)
        self.cur = None

    def module_node(self, module):
        cls = type(module)
        path = self.cur["names"].get(id(module))
        params = sum(p.numel() for p in module.parameters())
        children = sum(1 for _ in module.children())
        fields = {"kind": "module", "name": cls.__name__, "qual": f"{cls.__module__}.{cls.__qualname__}", "params": int(params), "parent": self.parent(), "line": self.line()}
        if path:
            fields["path"] = path
        if cls.__module__.startswith("torch.") and children == 0:
            fields["builtin"] = True
        return self.node(**fields)

    def post(self, module, args, output):
        if not self.stack:
            return None
        mod, nid, recording = self.stack.pop()
        if not recording or self.cur is None:
            return None
        m = self.cur
        if nid is not None:
            inside = self.descendants(nid)
            node = m["nodes"][nid]
            # Inputs no op inside consumed (a module whose internals are not torch functions): edge to the module.
            for src, t in node.pop("_in", []):
                if src is None or src in inside:
                    continue
                if not any(e["from"] == src and e["to"] in inside for e in m["edges"]):
                    self.edge(src, nid, t)
            # Outputs not produced inside (computed outside torch functions): the module produced them.
            for t in self.tensors(output):
                src = m["producer"].get(id(t))
                if src is None or (src not in inside and src != nid and not self.is_input_passthrough(src, t)):
                    if src is not None and src not in inside:
                        self.edge(src, nid, t)
                    m["producer"][id(t)] = nid
                    m["alive"].append(t)
                    m["outmeta"][nid] = self.meta(t)
        if not self.stack and not m["driven"]:
            # The top-level call ended: mark its outputs.
            for i, t in enumerate(self.tensors(output)):
                src = m["producer"].get(id(t))
                if src is None:
                    continue
                n = len(self.tensors(output))
                oid = self.node(kind="output", name=f"output {i + 1}" if n > 1 else "output")
                if oid is not None:
                    self.edge(src, oid, t)
            self.end_model()
        return None

    def is_input_passthrough(self, src, t):
        return False

    def descendants(self, nid):
        m = self.cur
        inside = {nid}
        for n in m["nodes"]:
            if n.get("parent") in inside:
                inside.add(n["id"])
        return inside

    # ---- operations ---------------------------------------------------------------------------
    def op(self, func, args, kwargs, out):
        name = getattr(func, "__name__", None) or str(func)
        if name in ("__get__",):
            owner = getattr(func, "__self__", None)
            name = getattr(owner, "__name__", name)
            if name not in ("T", "mT", "H", "mH"):
                return
        if name in IGNORED:
            return
        outs = self.tensors(out)
        if not outs:
            return
        m = self.cur
        ins = self.tensors(args) + self.tensors(kwargs)
        traced = [t for t in ins if id(t) in m["producer"]]
        if not traced:
            # Computed only from weights and constants (a mask, a weight transpose): a constant, not a step.
            for t in outs:
                if id(t) not in m["producer"]:
                    m["consts"].add(id(t))
                    m["alive"].append(t)
            return
        clean = name.strip("_") if name.startswith("__") and name.endswith("__") and name != "__getitem__" else name
        if clean.startswith("i") and name.startswith("__i"):
            clean = clean[1:] + "_"
        fields = {"kind": "op", "name": clean, "parent": self.parent(), "line": self.line()}
        if name in BOOKKEEPING or clean in BOOKKEEPING:
            fields["bookkeeping"] = True
        if any(id(t) in m["consts"] for t in ins):
            fields["weights"] = True
            # The parameters and buffers it reads by name (x @ self.W_q, x * self.att_src), when the block's own
            # module does it: inside a library's layer (a Linear, MultiheadAttention) they are its internals.
            parent = fields["parent"]
            if parent is not None and m["nodes"][parent].get("qual", "").startswith("__main__."):
                reads = list(dict.fromkeys(m["params"][id(t)] for t in ins if id(t) in m["params"]))
                if reads:
                    fields["reads"] = reads
        nid = self.node(**fields)
        if nid is None:
            return
        for t in traced:
            self.edge(m["producer"][id(t)], nid, t)
        for t in outs:
            m["producer"][id(t)] = nid
            m["alive"].append(t)
        m["outmeta"][nid] = self.meta(outs[0])

    # ---- output -------------------------------------------------------------------------------
    def finish(self):
        self.end_model()
        out, seen = [], set()
        for m in self.models:
            if not any(n["kind"] in ("op", "module") for n in m["nodes"]):
                continue
            model = fold_repeats(clean_model(m))
            # A second model of the same make (another instance, same steps and shapes) adds nothing to read.
            sig = json.dumps([[n["kind"], n["name"], n.get("parent")] for n in model["nodes"]] + [[e["from"], e["to"], e["shape"]] for e in model["edges"]])
            if sig in seen:
                continue
            seen.add(sig)
            out.append(model)
        return out


def clean_model(m):
    nodes = []
    for n in m["nodes"]:
        n = {k: v for k, v in n.items() if not k.startswith("_") and v is not None}
        nodes.append(n)
    out = {"nodes": nodes, "edges": m["edges"]}
    if m.get("truncated"):
        out["truncated"] = True
    if m.get("error"):
        out["error"] = m["error"]
    return out


# Up to this many different modules side by side (same class and shapes, same input) are drawn apart.
MAX_PARALLEL_DRAWN = 4


def fold_repeats(model):
    """Folds runs of identical consecutive sibling modules (same class, same inner steps and shapes) into the first, with a count,
    and, when the copies are different modules, every copy's attribute path in call order. A stack of different modules
    (each feeding the next) is folded; a few different modules side by side are not: each has its own uses downstream."""
    nodes, edges = model["nodes"], model["edges"]
    by_id = {n["id"]: n for n in nodes}
    children = {}
    for n in nodes:
        children.setdefault(n.get("parent"), []).append(n["id"])
    incoming = {}
    for e in edges:
        incoming.setdefault(e["to"], []).append(e)

    def subtree(nid):
        out = [nid]
        for c in children.get(nid, []):
            out.extend(subtree(c))
        return out

    sig_cache = {}

    def signature(nid):
        if nid in sig_cache:
            return sig_cache[nid]
        ids = subtree(nid)
        pos = {x: i for i, x in enumerate(ids)}
        parts = []
        for x in ids:
            n = by_id[x]
            parts.append((n["kind"], n["name"], n.get("params"), pos.get(n.get("parent"), -1)))
            for e in incoming.get(x, []):
                parts.append(("e", pos.get(e["from"], -1), tuple(e["shape"]), e["dtype"]))
        sig_cache[nid] = (tuple(parts), ids)
        return sig_cache[nid]

    def chained(run):
        """Whether each copy takes its input from the one before it (a stack of layers), not side by side."""
        inside = [set(subtree(k)) for k in run]
        return any(e["from"] in inside[k - 1] for k in range(1, len(run)) for x in inside[k] for e in incoming.get(x, []))

    remap = {}  # node id in a folded copy -> same-position node id in the kept copy
    removed = set()
    for parent, kids in children.items():
        mods = [k for k in kids if by_id[k]["kind"] == "module"]
        i = 0
        while i < len(mods):
            first = mods[i]
            sig, first_ids = signature(first)
            j = i + 1
            while j < len(mods) and signature(mods[j])[0] == sig:
                j += 1
            paths = [by_id[k].get("path") for k in mods[i:j]]
            different = len(set(paths)) > 1 and all(paths)
            # A few different modules side by side (q, k and v; mu and logvar) stay apart, each with its own edges.
            side_by_side = different and j - i <= MAX_PARALLEL_DRAWN and not chained(mods[i:j])
            if j - i > 1 and not side_by_side:
                by_id[first]["count"] = j - i
                # Copies of different modules (a stack's layers; the experts a loop calls) keep their names.
                if different:
                    by_id[first]["paths"] = paths
                for k in mods[i + 1 : j]:
                    for a, b in zip(signature(k)[1], first_ids):
                        remap[a] = b
                        removed.add(a)
            i = j
    if not removed:
        return model
    kept_ids = set()
    new_edges = []
    for e in edges:
        src, dst = e["from"], e["to"]
        if dst in removed:
            continue  # into a folded copy (from the copy before it, or from outside: shown on the kept copy)
        if src in removed:
            src = remap[src]
        key = (src, dst, tuple(e["shape"]))
        if key in kept_ids:
            continue
        kept_ids.add(key)
        new_edges.append({**e, "from": src, "to": dst})
    kept = [n for n in nodes if n["id"] not in removed]
    ids = {n["id"]: i for i, n in enumerate(kept)}
    for n in kept:
        n["id"] = ids[n["id"]]
        if "parent" in n:
            n["parent"] = ids[n["parent"]]
    new_edges = [{**e, "from": ids[e["from"]], "to": ids[e["to"]]} for e in new_edges if e["from"] in ids and e["to"] in ids]
    out = {**model, "nodes": kept, "edges": new_edges}
    return out


if __name__ == "__main__":
    main()
