"""PyTorch's side of lesson 12 ("Where next"), written to bench/where-next/torch_reference.json.

1. Lesson 09's iris network (Namba, Hijiyama.R): 4 -> 6 ReLU -> 3 softmax with cross-entropy, weights 0.01 x normal
   noise, biases 0, plain SGD with learning rate 0.1, mini-batches of 10, 100 epochs, on the lesson's split of
   data/iris.csv (60 % training, 20 % validation, 20 % test, shuffled with the library's seed 4, so the same flowers)
   and standardised with the training set's mean and population standard deviation. Recorded: PyTorch's initial
   weights, its mini-batch order of every epoch, and per epoch the loss and accuracy on the training and validation
   sets; then the test accuracy. float64 throughout, as the library computes in double, on one thread.
2. The small pieces the lesson puts beside the library: nn.Linear, autograd on lesson 08's neuron, cross-entropy and
   its gradient, one SGD step, and the parameter counts of the layers that come next.

Run it through scripts/where-next-reference.sh (Debian's python3 and python3-torch, never pip).
"""
import csv
import datetime
import os
import platform
import sys

import torch
import torch.nn.functional as F
from torch import nn

from dotnet_random import permutation
from json_layout import dumps

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
# Lesson 09's settings (notebooks/09-training-a-network.ipynb, repeated in 12-where-next.ipynb); the tests read
# these lines and compare them with the JSON and with the lesson.
DATA = "data/iris.csv"
SPLIT_SEED = 4
TRAIN_FRACTION = 0.6
VALIDATION_FRACTION = 0.2
SIZES = [4, 6, 3]
INIT_STD = 0.01
LEARNING_RATE = 0.1
BATCH_SIZE = 10
EPOCHS = 100
TORCH_SEED = 4


def load_split():
    """The lesson's split: rows shuffled as Dataset.Split(0.6, 0.2, seed: 4) shuffles them, then cut."""
    with open(os.path.join(REPO, DATA), newline="") as f:
        rows = list(csv.reader(f))[1:]
    names = list(dict.fromkeys(r[-1] for r in rows))  # classes in order of first appearance, as LoadCsv
    x = torch.tensor([[float(v) for v in r[:-1]] for r in rows])
    y = torch.tensor([names.index(r[-1]) for r in rows])
    order = permutation(len(rows), SPLIT_SEED)
    n_train = int(TRAIN_FRACTION * len(rows) + 1e-9)
    n_validation = int(VALIDATION_FRACTION * len(rows) + 1e-9)
    cuts = {"train_rows": order[:n_train], "validation_rows": order[n_train:n_train + n_validation],
            "test_rows": order[n_train + n_validation:]}
    return x, y, cuts


def measure(model, x, y):
    with torch.no_grad():
        logits = model(x)
        return F.cross_entropy(logits, y).item(), (logits.argmax(dim=1) == y).double().mean().item()


def train_iris(x, y, cuts):
    xs = {k: x[v] for k, v in cuts.items()}
    mean = xs["train_rows"].mean(dim=0)
    std = xs["train_rows"].std(dim=0, unbiased=False)
    xs = {k: (v - mean) / std for k, v in xs.items()}
    ys = {k: y[v] for k, v in cuts.items()}
    xt, yt = xs["train_rows"], ys["train_rows"]

    torch.manual_seed(TORCH_SEED)
    model = nn.Sequential(nn.Linear(SIZES[0], SIZES[1]), nn.ReLU(), nn.Linear(SIZES[1], SIZES[2]))
    with torch.no_grad():
        for layer in (model[0], model[2]):
            layer.weight.normal_(0.0, INIT_STD)
            layer.bias.zero_()
    initial = {"w1": model[0].weight.tolist(), "b1": model[0].bias.tolist(),
               "w2": model[2].weight.tolist(), "b2": model[2].bias.tolist()}
    initial_loss, _ = measure(model, xt, yt)
    optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    history = {"train_loss": [], "train_accuracy": [], "validation_loss": [], "validation_accuracy": []}
    orders = []
    for _ in range(EPOCHS):
        order = torch.randperm(len(yt))
        orders.append(order.tolist())
        for start in range(0, len(yt), BATCH_SIZE):
            rows = order[start:start + BATCH_SIZE]
            loss = F.cross_entropy(model(xt[rows]), yt[rows])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        for part, key in (("train", "train_rows"), ("validation", "validation_rows")):
            loss_value, accuracy = measure(model, xs[key], ys[key])
            history[f"{part}_loss"].append(loss_value)
            history[f"{part}_accuracy"].append(accuracy)
    _, test_accuracy = measure(model, xs["test_rows"], ys["test_rows"])
    standardizer = {"mean": mean.tolist(), "std": std.tolist()}
    return {"initial_weights": initial, "initial_loss": initial_loss, "batch_orders": orders,
            "history": history, "test_accuracy": test_accuracy}, standardizer


def pieces():
    """Each piece of the library beside its PyTorch counterpart, on small numbers the lesson can check."""
    torch.manual_seed(0)
    linear = nn.Linear(3, 2)  # PyTorch's own initialisation; the lesson copies these weights into a Dense layer
    x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
    with torch.no_grad():
        out = linear(x)

    # Lesson 08's neuron: o = sigmoid(w1 x1 + w2 x2 + b), L = (o - 1)^2
    w1, w2, b = (torch.tensor(v, requires_grad=True) for v in (0.4, -0.6, 0.1))
    loss = ((w1 * 0.5 + w2 * 0.3 + b).sigmoid() - 1.0) ** 2
    loss.backward()

    logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], requires_grad=True)
    targets = torch.tensor([0, 2])
    ce = F.cross_entropy(logits, targets)
    ce.backward()

    # The Medical AI lecture's step: w = 1.5, slope 3, learning rate 0.1
    w = torch.tensor(1.5, requires_grad=True)
    step = torch.optim.SGD([w], lr=0.1)
    (3.0 * w).backward()
    step.step()

    def count(module):
        return sum(p.numel() for p in module.parameters())

    return {
        "linear": {"weight": linear.weight.tolist(), "bias": linear.bias.tolist(), "input": x.tolist(),
                   "output": out.tolist()},
        "autograd": {"loss": loss.item(), "grad_w1": w1.grad.item(), "grad_w2": w2.grad.item(),
                     "grad_b": b.grad.item()},
        "cross_entropy": {"logits": logits.tolist(), "targets": targets.tolist(), "loss": ce.item(),
                          "grad": logits.grad.tolist()},
        "sgd_step": {"start": 1.5, "slope": 3.0, "learning_rate": 0.1, "after": w.item()},
        "parameter_counts": {
            "iris_network": count(nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))),
            "linear_64_to_8": count(nn.Linear(64, 8)),
            "conv2d_1_to_8_kernel_3": count(nn.Conv2d(1, 8, kernel_size=3)),
            "lstm_8_to_8": count(nn.LSTM(input_size=8, hidden_size=8)),
            "attention_8_dims_2_heads": count(nn.MultiheadAttention(embed_dim=8, num_heads=2)),
        },
    }


def main():
    torch.set_default_dtype(torch.float64)
    torch.set_num_threads(1)
    x, y, cuts = load_split()
    run, standardizer = train_iris(x, y, cuts)
    result = {
        "produced_by": "bench/where-next/torch_reference.py",
        "date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(),
        "torch_version": torch.__version__,
        "python_version": platform.python_version(),
        "dtype": "float64",
        "threads": torch.get_num_threads(),
        "data": {"file": DATA, "split_seed": SPLIT_SEED, "train_fraction": TRAIN_FRACTION,
                 "validation_fraction": VALIDATION_FRACTION, **cuts, **standardizer},
        "network": {"sizes": SIZES, "activation": "ReLU", "init_std": INIT_STD, "learning_rate": LEARNING_RATE,
                    "batch_size": BATCH_SIZE, "epochs": EPOCHS, "torch_seed": TORCH_SEED},
        **run,
        "pieces": pieces(),
    }
    out = os.path.join(HERE, "torch_reference.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(dumps(result))
    h = result["history"]
    print(f"torch {torch.__version__}: {EPOCHS} epochs, training loss {h['train_loss'][0]:.4f} -> "
          f"{h['train_loss'][-1]:.4f}, test accuracy {result['test_accuracy']:.4f}; wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
