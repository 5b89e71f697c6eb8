"""Tests of trace_block.py on PyTorch 2.x (run inside the trixie root):

    chroot /var/cache/neural-atlas/trixie-torch python3 /tmp/x/test_trace_block.py

Each test writes a small block, runs it under the tracer in a fresh interpreter, and reads the trace.
"""
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


def trace(source):
    d = tempfile.mkdtemp()
    block = os.path.join(d, "block.py")
    out = os.path.join(d, "trace.json")
    with open(block, "w") as f:
        f.write(textwrap.dedent(source))
    r = subprocess.run([sys.executable, os.path.join(HERE, "trace_block.py"), block, out], capture_output=True, text=True)
    with open(out) as f:
        return r, json.load(f)


class TraceBlockTest(unittest.TestCase):
    def test_records_ops_shapes_lines_and_kwargs_inputs(self):
        r, t = trace(
            """
            import torch, torch.nn as nn, torch.nn.functional as F
            class Attn(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.qkv = nn.Linear(8, 24)
                def forward(self, x, mask=None):
                    q, k, v = self.qkv(x).view(2, 5, 3, 8).unbind(2)
                    s = (q @ k.transpose(-2, -1)).masked_fill(mask == 0, float("-inf"))
                    return F.softmax(s, dim=-1) @ v
            m = Attn()
            x = torch.randn(2, 5, 8)
            print(m(x, mask=torch.ones(5, 5)).shape)
            m(x, mask=torch.ones(5, 5))  # a second call is not recorded
            """
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip().splitlines()[-1], "torch.Size([2, 5, 8])")
        [model] = t["models"]
        nodes = model["nodes"]
        self.assertEqual([n["name"] for n in nodes if n["kind"] == "input"], ["input", "mask"])
        ops = [n["name"] for n in nodes if n["kind"] == "op"]
        self.assertEqual(ops, ["linear", "view", "unbind", "transpose", "matmul", "eq", "masked_fill", "softmax", "matmul"])
        softmax = next(n for n in nodes if n["name"] == "softmax")
        self.assertEqual(softmax["line"], 10)
        into = [e for e in model["edges"] if e["to"] == softmax["id"]]
        self.assertEqual([(e["shape"], e["dtype"]) for e in into], [([2, 5, 5], "float32")])
        self.assertTrue(next(n for n in nodes if n["name"] == "view")["bookkeeping"])
        linear = next(n for n in nodes if n["name"] == "Linear")
        self.assertEqual((linear["params"], linear["path"]), (8 * 24 + 24, "qkv"))

    def test_folds_identical_blocks_and_follows_a_driver_function(self):
        r, t = trace(
            """
            import torch, torch.nn as nn
            class Block(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.fc = nn.Linear(4, 4)
                def forward(self, x):
                    return x + torch.relu(self.fc(x))
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.blocks = nn.ModuleList([Block() for _ in range(12)])
                    self.head = nn.Linear(4, 2)
            net = Net()
            def run(x):
                for b in net.blocks:
                    x = b(x)
                return net.head(x)
            print(run(torch.randn(3, 4)).shape)
            """
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        [model] = t["models"]
        blocks = [n for n in model["nodes"] if n["name"] == "Block"]
        self.assertEqual(len(blocks), 1)
        self.assertEqual(blocks[0]["count"], 12)
        self.assertEqual(blocks[0]["paths"], [f"blocks.{i}" for i in range(12)])
        root = next(n for n in model["nodes"] if n["kind"] == "module" and "parent" not in n)
        self.assertEqual(root["name"], "Net")
        self.assertEqual([n["kind"] for n in model["nodes"]].count("output"), 1)

    def test_a_few_different_modules_side_by_side_are_drawn_apart(self):
        r, t = trace(
            """
            import torch, torch.nn as nn
            class Encoder(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.mu = nn.Linear(4, 2)
                    self.logvar = nn.Linear(4, 2)
                def forward(self, x):
                    mu, logvar = self.mu(x), self.logvar(x)
                    return mu + torch.exp(logvar)
            print(Encoder()(torch.randn(3, 4)).shape)
            """
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        [model] = t["models"]
        linears = [n for n in model["nodes"] if n["name"] == "Linear"]
        self.assertEqual([(n["path"], n.get("count")) for n in linears], [("mu", None), ("logvar", None)])
        # Each keeps its own use: mu goes to the add, logvar to the exp (edges leave a module from its inner op).
        ids = {n["id"]: n for n in model["nodes"]}
        path_of = lambda n: ids[n["parent"]].get("path") if "parent" in n else None
        uses = {path_of(ids[e["from"]]): ids[e["to"]]["name"] for e in model["edges"] if path_of(ids[e["from"]]) in ("mu", "logvar")}
        self.assertEqual(uses, {"mu": "add", "logvar": "exp"})

    def test_an_operation_names_the_weights_it_reads_in_the_blocks_own_modules_only(self):
        r, t = trace(
            """
            import torch, torch.nn as nn
            class Att(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.W_q = nn.Parameter(torch.randn(4, 4))
                    self.register_buffer("scale", torch.tensor(0.5))
                    self.out = nn.Linear(4, 4)
                    self.mha = nn.MultiheadAttention(4, 1, batch_first=True)
                def forward(self, x):
                    h = self.out((x @ self.W_q) * self.scale)
                    return self.mha(h, h, h)[0]
            print(Att()(torch.randn(2, 3, 4)).shape)
            """
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        [model] = t["models"]
        reads = {n["name"]: n.get("reads") for n in model["nodes"] if n["kind"] == "op"}
        self.assertEqual((reads["matmul"], reads["mul"]), (["W_q"], ["scale"]))
        # Inside PyTorch's layers, with or without submodules, their weights are their own business.
        self.assertIsNone(reads["linear"])
        self.assertIsNone(reads["multi_head_attention_forward"])

    def test_a_stack_or_many_side_by_side_fold_and_keep_their_names(self):
        r, t = trace(
            """
            import torch, torch.nn as nn
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
                    self.heads = nn.ModuleList([nn.Linear(4, 2) for _ in range(6)])
                def forward(self, x):
                    for layer in self.layers:
                        x = layer(x)
                    return torch.stack([h(x) for h in self.heads])
            print(Net()(torch.randn(3, 4)).shape)
            """
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        [model] = t["models"]
        folded = {n["paths"][0]: (n["count"], n["paths"]) for n in model["nodes"] if n["name"] == "Linear"}
        self.assertEqual(folded["layers.0"], (3, ["layers.0", "layers.1", "layers.2"]))
        self.assertEqual(folded["heads.0"], (6, [f"heads.{i}" for i in range(6)]))

    def test_a_block_that_raises_keeps_its_status_and_what_it_traced(self):
        r, t = trace(
            """
            import torch, torch.nn as nn
            m = nn.Linear(3, 3)
            print(m(torch.randn(1, 3)).shape)
            raise SystemExit(3)
            """
        )
        self.assertEqual(r.returncode, 3)
        self.assertEqual(len(t["models"]), 1)

    def test_weight_init_and_losses_are_not_models(self):
        r, t = trace(
            """
            import torch, torch.nn as nn
            m = nn.Linear(3, 3)
            nn.init.xavier_uniform_(m.weight)
            loss = nn.MSELoss()(torch.randn(2, 3), torch.randn(2, 3))
            print(round(loss.item(), 1) >= 0)
            """
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(t["models"], [])


if __name__ == "__main__":
    unittest.main()
