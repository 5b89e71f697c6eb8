"""Tests of the PyTorch 2.x stand-ins against their documented math (and against torch itself where
this torch has the function). Run: /usr/bin/python3 -m unittest discover -s scripts/python/compat"""
import math
import os
import subprocess
import sys
import types
import unittest

import torch
import torch_compat

# Where this torch has the function itself (2.x), the stand-in is also compared with it.
NATIVE_SDPA = getattr(torch.nn.functional, "scaled_dot_product_attention", None)
NATIVE_RMS_NORM = getattr(torch.nn.functional, "rms_norm", None)
torch_compat.install(torch)

HERE = os.path.dirname(os.path.abspath(__file__))


def reference_attention(q, k, v, mask=None, causal=False, scale=None):
    """softmax(q kᵀ / √d + mask) v, written out score by score."""
    d = q.size(-1)
    s = scale if scale is not None else 1 / math.sqrt(d)
    scores = torch.einsum("...ld,...sd->...ls", q, k) * s
    L, S = scores.shape[-2:]
    if causal:
        for i in range(L):
            for j in range(S):
                if j > i:
                    scores[..., i, j] = float("-inf")
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf")) if mask.dtype == torch.bool else scores + mask
    weights = scores.exp() / scores.exp().sum(-1, keepdim=True)
    return torch.einsum("...ls,...sd->...ld", weights, v)


class ScaledDotProductAttention(unittest.TestCase):
    def setUp(self):
        torch.manual_seed(0)
        self.q, self.k, self.v = (torch.randn(2, 3, 5, 8, dtype=torch.float64) for _ in range(3))

    def check(self, **kw):
        got = torch_compat.scaled_dot_product_attention(self.q, self.k, self.v, **kw)
        want = reference_attention(self.q, self.k, self.v, mask=kw.get("attn_mask"), causal=kw.get("is_causal", False), scale=kw.get("scale"))
        torch.testing.assert_close(got, want)
        if NATIVE_SDPA is not None:
            torch.testing.assert_close(got, NATIVE_SDPA(self.q, self.k, self.v, **kw))

    def test_plain(self):
        self.check()

    def test_causal(self):
        self.check(is_causal=True)
        first = torch_compat.scaled_dot_product_attention(self.q, self.k, self.v, is_causal=True)[..., 0, :]
        torch.testing.assert_close(first, self.v[..., 0, :])  # the first query sees only the first key

    def test_boolean_and_additive_masks(self):
        keep = torch.rand(5, 5) > 0.3
        keep[:, 0] = True
        self.check(attn_mask=keep)
        self.check(attn_mask=torch.randn(5, 5, dtype=torch.float64))

    def test_scale(self):
        self.check(scale=0.1)

    def test_grouped_query_attention(self):
        k, v = self.k[:, :1], self.v[:, :1]
        got = torch_compat.scaled_dot_product_attention(self.q, k, v, enable_gqa=True)
        torch.testing.assert_close(got, reference_attention(self.q, k.expand_as(self.q), v.expand_as(self.q)))

    def test_causal_with_mask_is_refused(self):
        with self.assertRaises(ValueError):
            torch_compat.scaled_dot_product_attention(self.q, self.k, self.v, attn_mask=torch.ones(5, 5, dtype=torch.bool), is_causal=True)


class RMSNorm(unittest.TestCase):
    def test_function_matches_formula(self):
        torch.manual_seed(0)
        x = torch.randn(4, 6, dtype=torch.float64)
        w = torch.randn(6, dtype=torch.float64)
        want = x / torch.sqrt((x**2).mean(-1, keepdim=True) + 1e-6) * w
        torch.testing.assert_close(torch_compat.rms_norm(x, (6,), w, 1e-6), want)
        if NATIVE_RMS_NORM is not None:
            torch.testing.assert_close(NATIVE_RMS_NORM(x, (6,), w, 1e-6), want)

    def test_default_eps_is_dtype_epsilon(self):
        x = torch.zeros(2, 3)
        x[0, 0] = 1e-4
        want = x / torch.sqrt((x**2).mean(-1, keepdim=True) + torch.finfo(torch.float32).eps)
        torch.testing.assert_close(torch_compat.rms_norm(x, 3), want)

    def test_normalizes_over_trailing_dims(self):
        x = torch.randn(2, 3, 4)
        out = torch_compat.rms_norm(x, (3, 4))
        torch.testing.assert_close(out.pow(2).mean(dim=(-2, -1)), torch.ones(2), rtol=1e-4, atol=1e-4)

    def test_module(self):
        norm = torch.nn.RMSNorm(8, eps=1e-5)
        self.assertEqual(tuple(norm.weight.shape), (8,))
        self.assertEqual([n for n, _ in norm.named_parameters()], ["weight"])
        x = torch.randn(3, 8)
        torch.testing.assert_close(norm(x), x / torch.sqrt(x.pow(2).mean(-1, keepdim=True) + 1e-5))
        self.assertIsNone(torch.nn.RMSNorm(8, elementwise_affine=False).weight)


class WeightNorm(unittest.TestCase):
    def test_weight_is_g_times_unit_v(self):
        from torch.nn.utils.parametrizations import weight_norm

        torch.manual_seed(0)
        layer = torch.nn.Linear(5, 3)
        before = layer.weight.detach().clone()
        weight_norm(layer)
        g = layer.parametrizations.weight.original0
        v = layer.parametrizations.weight.original1
        torch.testing.assert_close(layer.weight, before)  # same function at initialisation
        torch.testing.assert_close(g.squeeze(1), before.norm(dim=1))
        with torch.no_grad():
            g.mul_(2)  # doubling each row's norm g doubles the row, whatever its direction v
        torch.testing.assert_close(layer.weight, 2 * before)
        torch.testing.assert_close(layer.weight, g * v / v.norm(dim=1, keepdim=True))


class GradScalerAndFunc(unittest.TestCase):
    def test_grad_scaler_without_cuda_is_a_pass_through(self):
        scaler = torch.amp.GradScaler("cuda")
        self.assertEqual(scaler.is_enabled(), torch.cuda.is_available())
        loss = torch.tensor(3.0, requires_grad=True)
        if not torch.cuda.is_available():
            self.assertIs(scaler.scale(loss), loss)

    def test_torch_func(self):
        from torch.func import functional_call, grad, vmap

        lin = torch.nn.Linear(2, 1, bias=False)
        w = {"weight": torch.tensor([[1.0, 2.0]])}
        torch.testing.assert_close(functional_call(lin, w, (torch.tensor([[3.0, 4.0]]),)), torch.tensor([[11.0]]))
        torch.testing.assert_close(grad(lambda x: (x**2).sum())(torch.tensor([1.0, 3.0])), torch.tensor([2.0, 6.0]))
        torch.testing.assert_close(vmap(torch.dot)(torch.ones(3, 2), torch.ones(3, 2)), torch.full((3,), 2.0))


class CheckpointSequential(unittest.TestCase):
    def test_same_output_and_gradients_as_a_plain_pass(self):
        from torch.utils.checkpoint import checkpoint_sequential

        torch.manual_seed(0)
        seq = torch.nn.Sequential(*[torch.nn.Sequential(torch.nn.Linear(6, 6), torch.nn.Tanh()) for _ in range(5)])
        for reentrant in (True, False):
            x = torch.randn(3, 6, requires_grad=True)
            out = checkpoint_sequential(seq, 2, x, use_reentrant=reentrant)
            out.sum().backward()
            got = x.grad.clone()
            x.grad = None
            torch.testing.assert_close(out, seq(x))
            seq(x).sum().backward()
            torch.testing.assert_close(got, x.grad)

    def test_refuses_unknown_arguments(self):
        from torch.utils.checkpoint import checkpoint_sequential

        with self.assertRaises(ValueError):
            checkpoint_sequential(torch.nn.Sequential(torch.nn.Linear(2, 2)), 1, torch.ones(1, 2), colour=True)


class Install(unittest.TestCase):
    def test_leaves_present_functions_alone(self):
        present = object()
        fake_F = types.SimpleNamespace(scaled_dot_product_attention=present, rms_norm=present)
        fake_nn = types.SimpleNamespace(functional=fake_F, RMSNorm=present, utils=torch.nn.utils, modules=types.SimpleNamespace())
        fake = types.SimpleNamespace(nn=fake_nn, func=present, amp=torch.amp, cuda=torch.cuda)
        torch_compat.install(fake)
        self.assertIs(fake_F.scaled_dot_product_attention, present)
        self.assertIs(fake_F.rms_norm, present)
        self.assertIs(fake_nn.RMSNorm, present)
        self.assertIs(fake.func, present)

    def test_sitecustomize_installs_on_import_only(self):
        code = "import sys; assert 'torch' not in sys.modules; import torch; import torch.nn.functional as F; print(hasattr(F, 'scaled_dot_product_attention'), hasattr(torch.nn, 'RMSNorm'))"
        env = dict(os.environ, PYTHONPATH=HERE)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
        self.assertEqual(out.strip(), "True True")


if __name__ == "__main__":
    unittest.main()
