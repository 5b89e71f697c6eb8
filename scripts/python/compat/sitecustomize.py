"""Fills in the few PyTorch 2.x functions that PyTorch 1.13 (Debian's python3-torch) lacks.

Python imports this file at start-up when scripts/python/compat is on PYTHONPATH. Importing torch
here would slow down every interpreter, so it only registers a hook: once a program imports torch,
torch_compat.install() adds each missing function, and leaves torch alone where it already has it
(PyTorch 2.x gets nothing). What it provides is listed in torch_compat.PROVIDES.
"""
import importlib.abc
import importlib.machinery
import sys


class _TorchLoadedHook(importlib.abc.MetaPathFinder):
    """Finds torch with the normal finders, then runs the compat install right after torch loads."""

    def find_spec(self, name, path=None, target=None):
        if name != "torch":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        original_exec = loader.exec_module

        def exec_module(module):
            original_exec(module)
            import torch_compat

            torch_compat.install(module)

        loader.exec_module = exec_module
        return spec


if "torch" not in sys.modules:
    sys.meta_path.insert(0, _TorchLoadedHook())

# Debian's own sitecustomize (it only installs an optional crash reporter) is shadowed by this one.
try:
    import apport_python_hook  # noqa: F401
except ImportError:
    pass
else:
    apport_python_hook.install()
