import { describe, expect, it } from "vitest";
import { blockBuildsModule, figureCoverage, figuresOf } from "./figures";

const py = (...lines: string[]) => lines.join("\n");

describe("blockBuildsModule", () => {
  it("counts a module class the block instantiates, directly or through another class", () => {
    expect(blockBuildsModule(py("import torch.nn as nn", "class Net(nn.Module):", "    def forward(self, x):", "        return x", "net = Net()"))).toBe(true);
    expect(blockBuildsModule(py("from torch import nn", "class Base(torch.nn.Module):", "    pass", "class Head(Base):", "    pass", "Head()(x)"))).toBe(true);
    expect(blockBuildsModule(py("class Net(nn.Module):", "    pass"))).toBe(false);
  });

  it("counts an nn layer that is called, inline or through a name, and not one that is only built", () => {
    expect(blockBuildsModule(py("layer = nn.Linear(4, 2)", "y = layer(x)"))).toBe(true);
    expect(blockBuildsModule(py("y = torch.nn.Linear(4, 2)(x)"))).toBe(true);
    expect(blockBuildsModule(py("model = nn.Sequential(", "    nn.Linear(4, 2), nn.ReLU(),", ")", "print(model(x).shape)"))).toBe(true);
    expect(blockBuildsModule(py("layer = nn.Linear(4, 2)", "print(sum(p.numel() for p in layer.parameters()))"))).toBe(false);
  });

  it("does not count losses, parameters, optimizers, schedulers or functional code", () => {
    expect(blockBuildsModule(py("loss_fn = nn.CrossEntropyLoss()", "loss = loss_fn(logits, y)"))).toBe(false);
    expect(blockBuildsModule(py("w = nn.Parameter(torch.zeros(3))", "opt = torch.optim.Adam([w], lr=0.1)", "sched = torch.optim.lr_scheduler.StepLR(opt, 10)", "opt.step()", "sched.step()"))).toBe(false);
    expect(blockBuildsModule(py("import torch.nn.functional as F", "y = F.relu(F.linear(x, w))"))).toBe(false);
  });

  it("ignores commented-out code", () => {
    expect(blockBuildsModule(py("# layer = nn.Linear(4, 2)", "# layer(x)", "y = x * 2"))).toBe(false);
  });

  it("follows layers imported from torch.nn, functions that return modules, and torchvision builders", () => {
    expect(blockBuildsModule(py("from torch.nn import Linear, ReLU", "lin = Linear(3, 3)", "lin(x)"))).toBe(true);
    expect(blockBuildsModule(py("def block(c):", "    return nn.Sequential(nn.Conv2d(c, c, 3), nn.ReLU())", "", "b = block(8)", "b(x)"))).toBe(true);
    expect(blockBuildsModule(py("def block(c):", "    return nn.Sequential(nn.Conv2d(c, c, 3), nn.ReLU())", "", "print(block)"))).toBe(false);
    expect(blockBuildsModule(py("from torchvision.models import resnet18", "model = resnet18(weights=None).eval()", "model(x)"))).toBe(true);
    expect(blockBuildsModule(py("def f(x):", "    return torch.relu(x)", "y = f(x)", "z = y(1)"))).toBe(false);
  });
});

describe("figuresOf", () => {
  it("finds diagram and mermaid fences and explorer tags, not tags quoted in code", () => {
    const body = py(
      "## What it does",
      "```diagram",
      "┌─┐",
      "└─┘",
      "```",
      "```mermaid",
      "graph TD; A-->B",
      "```",
      '<OptimizerRace optimizers={["adam"]} />',
      "```text",
      "<LossExplorer family=\"regression\" />",
      "```",
      "<ScheduleExplorer schedule=\"step\" />",
    );
    expect(figuresOf(body)).toEqual(["diagram", "mermaid", "OptimizerRace", "ScheduleExplorer"]);
    expect(figuresOf("Plain prose, `x<0`, and a ```python fence.")).toEqual([]);
  });
});

describe("figureCoverage", () => {
  it("counts only blocks that run: a no-run block builds nothing", () => {
    const block = (meta: string) => py("```python" + meta, "layer = nn.Linear(4, 2)", "layer(x)", "```");
    expect(figureCoverage("a", "core-layers", block("")).buildsModule).toBe(true);
    const noRun = figureCoverage("a", "core-layers", block(' no-run reason="needs CUDA"'));
    expect(noRun).toEqual({ slug: "a", category: "core-layers", figures: [], runnableBlocks: 0, buildsModule: false });
  });
});
