"""PyTorch 2.x functions for PyTorch 1.13, written from their documented math.

install(torch) adds each one only where torch lacks it. Every stand-in logs its name to the file
named by $ATLAS_COMPAT_LOG when called, so the site can say which outputs came through it.
"""
import math
import os

PROVIDES = [
    "torch.nn.functional.scaled_dot_product_attention",
    "torch.nn.functional.rms_norm",
    "torch.nn.RMSNorm",
    "torch.nn.utils.parametrizations.weight_norm",
    "torch.amp.GradScaler",
    "torch.func (functorch of 1.13, which became torch.func in 2.0)",
    "torch.utils.checkpoint.checkpoint_sequential(..., use_reentrant=...)",
]


def _log(name):
    target = os.environ.get("ATLAS_COMPAT_LOG")
    if target:
        with open(target, "a", encoding="utf-8") as f:
            f.write(name + "\n")


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, enable_gqa=False):
    """softmax(Q Kᵀ · scale + bias) V, as the PyTorch 2.x documentation defines it."""
    import torch

    _log("scaled_dot_product_attention")
    L, S = query.size(-2), key.size(-2)
    scale_factor = 1 / math.sqrt(query.size(-1)) if scale is None else scale
    attn_bias = torch.zeros(L, S, dtype=query.dtype, device=query.device)
    if is_causal:
        if attn_mask is not None:
            raise ValueError("scaled_dot_product_attention: pass either attn_mask or is_causal=True, not both")
        causal = torch.ones(L, S, dtype=torch.bool, device=query.device).tril(diagonal=0)
        attn_bias = attn_bias.masked_fill(causal.logical_not(), float("-inf"))
    if attn_mask is not None:
        if attn_mask.dtype == torch.bool:
            attn_bias = attn_bias.masked_fill(attn_mask.logical_not(), float("-inf"))
        else:
            attn_bias = attn_mask + attn_bias
    if enable_gqa:
        key = key.repeat_interleave(query.size(-3) // key.size(-3), -3)
        value = value.repeat_interleave(query.size(-3) // value.size(-3), -3)
    attn_weight = query @ key.transpose(-2, -1) * scale_factor
    attn_weight = attn_weight + attn_bias
    attn_weight = torch.softmax(attn_weight, dim=-1)
    if dropout_p > 0.0:
        attn_weight = torch.dropout(attn_weight, dropout_p, train=True)
    return attn_weight @ value


def rms_norm(input, normalized_shape, weight=None, eps=None):
    """x / sqrt(mean(x², over the last len(normalized_shape) dims) + eps) · weight; eps defaults to finfo(dtype).eps."""
    import torch

    _log("rms_norm")
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    dims = tuple(range(-len(normalized_shape), 0))
    if eps is None:
        eps = torch.finfo(input.dtype).eps
    out = input * torch.rsqrt(input.pow(2).mean(dim=dims, keepdim=True) + eps)
    return out * weight if weight is not None else out


def _make_rms_norm_module(torch):
    nn = torch.nn

    class RMSNorm(nn.Module):
        """nn.RMSNorm(normalized_shape, eps=None, elementwise_affine=True) of PyTorch 2.4."""

        def __init__(self, normalized_shape, eps=None, elementwise_affine=True, device=None, dtype=None):
            super().__init__()
            if isinstance(normalized_shape, int):
                normalized_shape = (normalized_shape,)
            self.normalized_shape = tuple(normalized_shape)
            self.eps = eps
            self.elementwise_affine = elementwise_affine
            if elementwise_affine:
                self.weight = nn.Parameter(torch.ones(self.normalized_shape, device=device, dtype=dtype))
            else:
                self.register_parameter("weight", None)

        def reset_parameters(self):
            if self.weight is not None:
                nn.init.ones_(self.weight)

        def forward(self, x):
            return rms_norm(x, self.normalized_shape, self.weight, self.eps)

        def extra_repr(self):
            return f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}"

    return RMSNorm


def _make_weight_norm(torch):
    nn = torch.nn
    parametrize = torch.nn.utils.parametrize

    class _WeightNorm(nn.Module):
        """w = g · v / ‖v‖, the norm taken over every dim but `dim` (PyTorch 2.1's parametrization)."""

        def __init__(self, dim=0):
            super().__init__()
            self.dim = -1 if dim is None else dim

        def forward(self, weight_g, weight_v):
            return torch._weight_norm(weight_v, weight_g, self.dim)

        def right_inverse(self, weight):
            weight_g = torch.norm_except_dim(weight, 2, self.dim)
            return weight_g, weight

    def weight_norm(module, name="weight", dim=0):
        """torch.nn.utils.parametrizations.weight_norm: parametrizes module.<name> as g · v / ‖v‖."""
        _log("weight_norm")
        parametrize.register_parametrization(module, name, _WeightNorm(dim), unsafe=True)
        return module

    return weight_norm


def _make_grad_scaler(torch):
    base = torch.cuda.amp.GradScaler

    class GradScaler(base):
        """torch.amp.GradScaler(device="cuda", …) of PyTorch 2.3; 1.13 scales on CUDA only (disabled without it)."""

        def __init__(self, device="cuda", init_scale=2.0**16, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000, enabled=True):
            _log("GradScaler")
            enabled = enabled and device == "cuda" and torch.cuda.is_available()
            super().__init__(init_scale=init_scale, growth_factor=growth_factor, backoff_factor=backoff_factor, growth_interval=growth_interval, enabled=enabled)

    return GradScaler


def _install_torch_func(torch):
    """torch.func: the functorch transforms that 1.13 ships as a separate package, plus functional_call."""
    import importlib.util
    import sys
    import types

    if importlib.util.find_spec("functorch") is None:
        return
    import functorch

    func = types.ModuleType("torch.func")
    for name in ("vmap", "grad", "grad_and_value", "vjp", "jvp", "jacrev", "jacfwd", "hessian"):
        if hasattr(functorch, name):
            setattr(func, name, getattr(functorch, name))
    func.functional_call = torch.nn.utils.stateless.functional_call
    torch.func = func
    sys.modules["torch.func"] = func


def _make_checkpoint_sequential(torch):
    from torch.utils.checkpoint import checkpoint

    def checkpoint_sequential(functions, segments, input, use_reentrant=None, **kwargs):
        """PyTorch 2.x's checkpoint_sequential: `segments` chunks, each run under checkpoint(use_reentrant=…), the last one plainly."""
        _log("checkpoint_sequential")
        preserve = kwargs.pop("preserve_rng_state", True)
        if kwargs:
            raise ValueError("Unexpected keyword arguments: " + ",".join(kwargs))

        def run_function(start, end, functions):
            def forward(input):
                for j in range(start, end + 1):
                    input = functions[j](input)
                return input

            return forward

        if isinstance(functions, torch.nn.Sequential):
            functions = list(functions.children())
        segment_size = len(functions) // segments
        end = -1
        for start in range(0, segment_size * (segments - 1), segment_size):
            end = start + segment_size - 1
            input = checkpoint(run_function(start, end, functions), input, use_reentrant=True if use_reentrant is None else use_reentrant, preserve_rng_state=preserve)
        return run_function(end + 1, len(functions) - 1, functions)(input)

    return checkpoint_sequential


def install(torch):
    """Adds to the torch module each function of PROVIDES that it does not have."""
    F = torch.nn.functional
    if not hasattr(F, "scaled_dot_product_attention"):
        F.scaled_dot_product_attention = scaled_dot_product_attention
    if not hasattr(F, "rms_norm"):
        F.rms_norm = rms_norm
    if not hasattr(torch.nn, "RMSNorm"):
        torch.nn.RMSNorm = _make_rms_norm_module(torch)
        torch.nn.modules.RMSNorm = torch.nn.RMSNorm
    import torch.nn.utils.parametrizations as parametrizations

    if not hasattr(parametrizations, "weight_norm"):
        parametrizations.weight_norm = _make_weight_norm(torch)
    import torch.amp

    if not hasattr(torch.amp, "GradScaler"):
        torch.amp.GradScaler = _make_grad_scaler(torch)
    import inspect

    import torch.utils.checkpoint as checkpointing

    if "use_reentrant" not in inspect.signature(checkpointing.checkpoint_sequential).parameters:
        checkpointing.checkpoint_sequential = _make_checkpoint_sequential(torch)
    import importlib.util

    if not hasattr(torch, "func") and importlib.util.find_spec("torch.func") is None:
        _install_torch_func(torch)
