"""Train the MRZ line recogniser and export it for the kiosk.

    .venv/bin/pip install -e '.[train]'     # torch (CPU) and onnx, training only
    apt-get install -y fonts-ocr-b          # the OCR-B font for generated lines
    .venv/bin/python tools/mrz/train_ocr.py --minutes 40

Writes resources/models/mrz_ocr.onnx and resources/models/mrz_ocr.json (the model card). Training
batches are made on the fly by a worker process from a seed: real line crops of
../shared/samples/mrz-lines (training split of tools/mrz/realdata.py; 60% of draws spoiled by
kiosk.scanning.mrz.synth.augment) and freshly generated OCR-B lines (kiosk.scanning.mrz.synth),
so no dataset is stored; with --scene-share, also the kiosk's own crops of generated photos
(tools/mrz/scenelines.py, cached). A checkpoint goes to .cache/mrz_ocr/ (not committed) at each
evaluation, and the exported model's is kept by its step; --resume continues from the shipped
model's (not from a trial run's). Same seed, same batches and same initial weights; a run
bounded by wall time stops at an earlier step on a busier machine.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import shutil
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402
import realdata  # noqa: E402
import scenelines  # noqa: E402
from make_samples import wavy_line_families  # noqa: E402

from kiosk.scanning.mrz import synth  # noqa: E402
from kiosk.scanning.mrz.ocr import INPUT_HEIGHT, preprocess  # noqa: E402
from kiosk.scanning.mrz.types import MRZ_ALPHABET  # noqa: E402

STRIDE = 4
CACHE = REPO / ".cache" / "mrz_ocr"
CLASS_OF = {c: i + 1 for i, c in enumerate(MRZ_ALPHABET)}  # 0 is the CTC blank


# --- data -----------------------------------------------------------------------------------

def _to_u8(img: np.ndarray) -> np.ndarray:
    return (preprocess(img) * 255).round().astype(np.uint8)


class LineStream:
    """An endless, seeded stream of training batches, made in a worker process while the main
    one trains: real training lines, as they are or spoiled by synth.augment, and freshly
    generated OCR-B lines. Batches hold lines of similar widths (less padding)."""

    def __init__(self, real: list[tuple[np.ndarray, str]], seed: int, batch: int, real_share: float,
                 guilloche: float = 0.0, small_print: float = 0.0,
                 scene: list[tuple[np.ndarray, str]] | None = None, scene_share: float = 0.0) -> None:
        self.real, self.seed, self.batch, self.real_share = real, seed, batch, real_share
        self.guilloche, self.small_print = guilloche, small_print
        self.scene, self.scene_share = scene or [], scene_share

    def sample(self, rng: np.random.Generator) -> tuple[np.ndarray, str, np.ndarray | None]:
        """(preprocessed line, text, character centres in model frames if known)."""
        if self.scene and rng.random() < self.scene_share:
            # the kiosk's own crops of generated photos (scenelines.py), already spoiled by
            # the scene; now and then a little more
            img, text = self.scene[rng.integers(len(self.scene))]
            if rng.random() < 0.4:  # strokes thinner than the scenes print (a screenshot's `<`)
                size = int(rng.integers(2, 4))
                img = cv2.dilate(img, np.ones((size, size), np.uint8))
            if rng.random() < 0.3:
                img = synth.augment(img, rng, float(rng.uniform(0.1, 0.4)))
            return _to_u8(img), text, None
        if rng.random() < self.real_share:
            img, text = self.real[rng.integers(len(self.real))]
            if self.guilloche and rng.random() < self.guilloche:
                img = dense_guilloche(img, rng)
            if self.small_print and rng.random() < self.small_print:
                img = small_print(img, rng, img.shape[1] / (len(text) + 1.5))
            elif rng.random() < 0.6:
                img = synth.augment(img, rng, float(rng.uniform(0.2, 0.9)))
            return _to_u8(img), text, None
        small = self.small_print and rng.random() < self.small_print
        strength = float(rng.uniform(0.1, 0.4) if small else rng.uniform(0.15, 1.0))
        img, text, centres = synth.synth_line_with_centres(rng, strength=strength)
        if self.guilloche and rng.random() < self.guilloche:
            img = dense_guilloche(img, rng)
        if small and len(centres) > 1:
            img = small_print(img, rng, float(np.median(np.diff(centres))))
        u8 = _to_u8(img)
        return u8, text, centres * (u8.shape[1] / img.shape[1]) / STRIDE

    def __call__(self, queue, stop) -> None:
        rng = np.random.default_rng(self.seed)
        while not stop.is_set():
            pool = [self.sample(rng) for _ in range(self.batch * 4)]
            pool.sort(key=lambda s: s[0].shape[1])
            for k in range(4):
                queue.put(pool[k * self.batch:(k + 1) * self.batch])


def dense_guilloche(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A line crop (grey, dark text on light) printed over a dense security pattern, as on
    recent ID cards (tools/mrz/make_samples.py's strong guilloche, at line scale): two or
    three families of interlaced wavy lines, an eighth to a third of a line's height apart,
    20–80 grey levels under the paper, softened a little."""
    out = img.astype(np.float32)
    h = out.shape[0]
    for inked in wavy_line_families(rng, out.shape, (0.12 * h, 0.33 * h), (0.1 * h, 0.6 * h),
                                    (h, 4 * h), (0.1, 0.22)):
        out -= inked * float(rng.uniform(20, 80))
    out = cv2.GaussianBlur(out, (0, 0), float(rng.uniform(0.3, 0.8)))
    return np.minimum(out, img.astype(np.float32)).clip(0, 255).astype(np.uint8)


def small_print(img: np.ndarray, rng: np.random.Generator, pitch: float) -> np.ndarray:
    """A line as a hand-held photo of a document far from the lens shows it
    (tools/mrz/make_samples.py's camera scenes): the characters 6–12 px apart in the photo,
    then the photo's defocus (Gaussian, up to 1.4 px), sensor noise and JPEG at that scale,
    brought back to the crop's size as the locator's upright cut does. synth.augment blurs
    before it shrinks, so its blur is a few hundredths of a character: at 8 px a character,
    1.4 px of blur is a fifth of one, the regime where the first recogniser lost W to U."""
    h, w = img.shape[:2]
    f = float(rng.uniform(6, 12)) / max(pitch, 1.0)
    if f >= 1:
        return img
    out = cv2.resize(img, (max(4, round(w * f)), max(4, round(h * f))), interpolation=cv2.INTER_AREA)
    out = out.astype(np.float32)
    sigma = float(rng.uniform(0, 1.4))
    if sigma > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), sigma)
    out += rng.normal(0, rng.uniform(1, 6), out.shape).astype(np.float32)
    ok, buf = cv2.imencode(".jpg", out.clip(0, 255).astype(np.uint8),
                           [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(40, 95))])
    out = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE) if ok else out.clip(0, 255).astype(np.uint8)
    return cv2.resize(out, (w, h), interpolation=cv2.INTER_LINEAR)


def trainable(img: np.ndarray, text: str) -> bool:
    """Whether CTC can learn a line: a frame per character plus one between repeats (drops
    the rare crops too short for their text)."""
    return len(text) > 0 and round(img.shape[1] * INPUT_HEIGHT / img.shape[0]) // STRIDE >= 2 * len(text)


def load_real(lines: list) -> list[tuple[np.ndarray, str]]:
    """Real crops scaled to 40 px high: plenty for a 32 px input, and cheap to spoil."""
    out = []
    for line in lines:
        img = cv2.imread(str(line.path), cv2.IMREAD_GRAYSCALE)
        h, w = img.shape
        if h > 40:
            img = cv2.resize(img, (max(8, round(w * 40 / h)), 40), interpolation=cv2.INTER_AREA)
        out.append((img, line.text))
    return out


# --- model ----------------------------------------------------------------------------------

def make_model():
    import torch.nn as nn

    def block(cin: int, cout: int, k=(3, 3), pad=(1, 1), stride: int = 1) -> list:
        return [nn.Conv2d(cin, cout, k, stride=stride, padding=pad, bias=False), nn.BatchNorm2d(cout),
                nn.ReLU(inplace=True)]

    # 32×W → 16×W/2 → 8×W/4 → 4 → 2 → 1 row of W/4 frames (~4 per character). Kept small so it
    # trains in ~40 min on 2 shared CPU cores and runs in a few ms per line; the last (1, 5)
    # convolution lets each frame see its neighbours (~3 characters in all).
    return nn.Sequential(
        *block(1, 16, stride=2),
        *block(16, 24), nn.MaxPool2d(2),
        *block(24, 48), nn.MaxPool2d((2, 1)),
        *block(48, 64), nn.MaxPool2d((2, 1)),
        *block(64, 96, (2, 3), (0, 1)),
        *block(96, 96, (1, 5), (0, 2)),
        nn.Dropout(0.1),
        nn.Conv2d(96, len(MRZ_ALPHABET) + 1, 1),
    )


def make_batch(images: list[np.ndarray], texts: list[str], rng: np.random.Generator | None, stretch: bool,
               centres: list[np.ndarray | None] | None = None):
    """Tensors for a batch; with `centres`, also per-frame targets for the generated lines: the
    frame at a character's centre is that character, frames well between characters are blank,
    the rest (and real lines) are left to CTC (-100)."""
    import torch

    imgs = []
    scale = []
    for img in images:
        f = 1.0
        if stretch and rng is not None:  # character pitch differs between documents and crops
            f = rng.uniform(0.85, 1.15)
            img = cv2.resize(img, (max(16, int(img.shape[1] * f)), INPUT_HEIGHT))
        imgs.append(img)
        scale.append(f)
    width = max(i.shape[1] for i in imgs)
    width += -width % STRIDE
    x = np.zeros((len(imgs), 1, INPUT_HEIGHT, width), np.float32)
    for k, img in enumerate(imgs):
        x[k, 0, :, : img.shape[1]] = img / 255.0
    targets = torch.tensor([CLASS_OF[c] for t in texts for c in t], dtype=torch.long)
    target_lengths = torch.tensor([len(t) for t in texts], dtype=torch.long)
    input_lengths = torch.tensor([i.shape[1] // STRIDE for i in imgs], dtype=torch.long)
    if centres is None:
        return torch.from_numpy(x), targets, input_lengths, target_lengths
    frames = np.full((len(imgs), width // STRIDE), -100, np.int64)
    for k, (c, text) in enumerate(zip(centres, texts, strict=True)):
        if c is None or len(c) < 2:
            continue
        c = c * scale[k]
        pitch = float(np.median(np.diff(c)))
        t = np.arange(imgs[k].shape[1] // STRIDE) + 0.5
        dist = np.abs(t[:, None] - c[None, :])
        near = dist.argmin(axis=1)
        d = dist[np.arange(len(t)), near]
        row = frames[k, : len(t)]
        row[d >= 0.3 * pitch] = 0
        row[d <= 0.5] = [CLASS_OF[text[i]] for i in near[d <= 0.5]]
    return torch.from_numpy(x), targets, input_lengths, target_lengths, torch.from_numpy(frames)


def greedy(logits_tn: np.ndarray, lengths: list[int]) -> list[str]:
    out = []
    for k, n in enumerate(lengths):
        path = logits_tn[k, :n].argmax(axis=1)
        prev, s = 0, []
        for c in path:
            if c != 0 and c != prev:
                s.append(MRZ_ALPHABET[c - 1])
            prev = c
        out.append("".join(s))
    return out


def evaluate(model, images: list[np.ndarray], texts: list[str]) -> dict:
    import torch

    was_training = model.training
    model.eval()
    exact = errors = chars = 0
    order = np.argsort([i.shape[1] for i in images])
    with torch.no_grad():
        for s in range(0, len(order), 64):
            idx = order[s:s + 64]
            x, _, lens, _ = make_batch([images[i] for i in idx], [texts[i] for i in idx], None, False)
            y = model(x)[:, :, 0, :].permute(0, 2, 1).numpy()
            for i, pred in zip(idx, greedy(y, lens.tolist()), strict=True):
                exact += pred == texts[i]
                errors += realdata.edit_distance(pred, texts[i])
                chars += len(texts[i])
    model.train(was_training)
    return {"line_exact": exact / len(images), "char_accuracy": 1 - errors / chars, "lines": len(images)}


# --- main -----------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=40, help="wall-time budget for the training loop")
    ap.add_argument("--real-share", type=float, default=0.45, help="share of real lines in the batches")
    ap.add_argument("--frame-weight", type=float, default=0.5,
                    help="weight of the per-frame loss on generated lines (where characters are known)")
    ap.add_argument("--eval-every", type=int, default=250, help="steps between evaluations and checkpoints")
    ap.add_argument("--guilloche", type=float, default=0.0,
                    help="share of lines printed over a dense security pattern (dense_guilloche)")
    ap.add_argument("--small-print", type=float, default=0.0,
                    help="share of lines shrunk to 6–12 px a character and spoiled there (small_print)")
    ap.add_argument("--scene-share", type=float, default=0.0,
                    help="share of lines cut by the kiosk's locator from generated photos (scenelines.py)")
    ap.add_argument("--scenes", type=int, default=2400, help="generated photos cut for --scene-share")
    ap.add_argument("--scene-guilloche-every", type=int, default=4,
                    help="every k-th of those photos has a dense guilloche through its MRZ")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--real-root", type=Path, default=realdata.DEFAULT_ROOT)
    ap.add_argument("--out", type=Path, default=REPO / "resources" / "models")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--export-only", action="store_true", help="export the last checkpoint as it is")
    args = ap.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)

    train_real, held_real = realdata.load_split(args.real_root)
    real = [r for r in load_real(train_real) if trainable(*r)]
    scene = scenelines.scene_lines(args.scenes, args.seed, guilloche_every=args.scene_guilloche_every) \
        if args.scene_share else []
    scene = [r for r in scene if trainable(*r)]
    va_img = [_to_u8(cv2.imread(str(r.path), cv2.IMREAD_GRAYSCALE)) for r in held_real]
    va_txt = [r.text for r in held_real]
    gen_rng = np.random.default_rng(10**6 + args.seed)
    gen_val = [synth.synth_line(gen_rng, strength=0.6) for _ in range(500)]
    gv_img, gv_txt = [_to_u8(g[0]) for g in gen_val], [g[1] for g in gen_val]
    print(f"real training lines {len(real)}; scene lines {len(scene)}; held-out real {len(va_img)}, "
          f"generated {len(gv_img)}", flush=True)
    ctx = mp.get_context("fork")
    queue, stop = ctx.Queue(maxsize=16), ctx.Event()

    model = make_model()
    params = sum(p.numel() for p in model.parameters())
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-4)
    ctc = torch.nn.CTCLoss(blank=0, zero_infinity=True)
    ckpt = last_checkpoint(args.seed)
    step, elapsed = 0, 0.0
    start_from = shipped_checkpoint(args.out, args.seed) if args.resume else ckpt
    if (args.resume or args.export_only) and start_from.exists():
        print(f"from {start_from.name}", flush=True)
        state = torch.load(start_from, weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        step, elapsed = state["step"], state["elapsed"]
        rng = state["rng"]
    # a resumed run draws new lines (seeded by the step it resumes from), not the first ones again
    stream = LineStream(real, args.seed if step == 0 else args.seed * 1_000_003 + step, args.batch,
                        args.real_share, args.guilloche, args.small_print, scene, args.scene_share)
    worker = ctx.Process(target=stream, args=(queue, stop), daemon=True)
    worker.start()
    if args.export_only:
        model.eval()
        best = {"step": step, "real": evaluate(model, va_img, va_txt),
                "generated": evaluate(model, gv_img, gv_txt)}
        temperature = calibrate(model, va_img, va_txt)
        export(model, args, params, best, temperature, elapsed, len(real), len(scene), step * args.batch)
        stop.set()
        worker.terminate()
        return
    budget = args.minutes * 60
    t_start = time.time() - elapsed
    best = None
    log_loss = []
    while True:
        batch = queue.get()
        frac = min(1.0, (time.time() - t_start) / budget)
        lr = args.lr * (min(1.0, (step + 1) / 50) * 0.5 * (1 + math.cos(math.pi * frac)) + 0.01)
        for g in opt.param_groups:
            g["lr"] = lr
        x, tg, il, tl, fr = make_batch([b[0] for b in batch], [b[1] for b in batch], rng, True,
                                       [b[2] for b in batch])
        logits = model(x)[:, :, 0, :]  # (N, C, T)
        loss = ctc(logits.permute(2, 0, 1).log_softmax(2), tg, il, tl)
        if args.frame_weight > 0 and (fr >= 0).any():
            loss = loss + args.frame_weight * torch.nn.functional.cross_entropy(logits, fr, ignore_index=-100)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step()
        step += 1
        log_loss.append(loss.item())
        if step % 50 == 0:
            print(f"step {step} {time.time() - t_start:.0f}s loss {np.mean(log_loss):.4f} lr {lr:.5f}",
                  flush=True)
            log_loss = []
        done = time.time() - t_start >= budget
        if step % args.eval_every == 0 or done:
            real_m = evaluate(model, va_img, va_txt)
            gen_m = evaluate(model, gv_img, gv_txt)
            print(f"  eval step {step}: real {real_m} generated {gen_m}", flush=True)
            CACHE.mkdir(parents=True, exist_ok=True)
            torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step,
                        "elapsed": time.time() - t_start, "rng": rng}, ckpt)
            best = {"step": step, "real": real_m, "generated": gen_m}
        if done:
            break
    stop.set()
    worker.terminate()

    model.eval()
    temperature = calibrate(model, va_img, va_txt)
    export(model, args, params, best, temperature, time.time() - t_start, len(real), len(scene),
           step * args.batch)


def calibrate(model, images: list[np.ndarray], texts: list[str]) -> float:
    """Temperature for the per-character alternatives: minimise the NLL of the true character at
    its decoded position (lines read at the right length) on the held-out lines."""
    import torch

    rows, truth = [], []
    with torch.no_grad():
        for s in range(0, len(images), 64):
            x, _, lens, _ = make_batch(images[s:s + 64], texts[s:s + 64], None, False)
            y = model(x)[:, :, 0, :].permute(0, 2, 1).numpy()
            for k, n in enumerate(lens.tolist()):
                path = y[k, :n].argmax(axis=1)
                segs, prev = [], 0
                for t, c in enumerate(path):
                    if c != 0 and c != prev:
                        segs.append((t, c))
                    prev = c
                text = texts[s + k]
                if len(segs) != len(text):
                    continue
                for (t, _c), ch in zip(segs, text, strict=True):
                    rows.append(y[k, t, 1:])
                    truth.append(CLASS_OF[ch] - 1)
    z = np.array(rows, np.float64)
    tr = np.array(truth)
    best_t, best_nll = 1.0, float("inf")
    for temp in np.exp(np.linspace(np.log(0.3), np.log(5), 60)):
        zz = z / temp
        zz = zz - zz.max(axis=1, keepdims=True)
        nll = float(-(zz[np.arange(len(tr)), tr] - np.log(np.exp(zz).sum(axis=1))).mean())
        if nll < best_nll:
            best_t, best_nll = float(temp), nll
    print(f"temperature {best_t:.3f} (NLL {best_nll:.4f} on {len(tr)} characters)", flush=True)
    return best_t


def last_checkpoint(seed: int) -> Path:
    """Where each evaluation of a run saves its checkpoint (the last one overwrites)."""
    return CACHE / f"ckpt_s{seed}.pt"


def step_checkpoint(seed: int, step: int) -> Path:
    """Where the checkpoint of an exported model is kept, by its step (the model card's)."""
    return CACHE / f"ckpt_s{seed}_step{step}.pt"


def shipped_checkpoint(out: Path, seed: int) -> Path:
    """What --resume continues from: the checkpoint of the model in `out` (its card's step),
    not the last run's, which may be a trial that was not adopted; the last one when the
    shipped model's was not kept (a model trained before checkpoints were kept by step)."""
    try:
        step = json.loads((out / "mrz_ocr.json").read_text())["validation"]["step"]
    except (OSError, ValueError, KeyError, TypeError):
        step = None
    kept = step_checkpoint(seed, step) if step is not None else None
    if kept is not None and kept.exists():
        return kept
    print(f"the shipped model's checkpoint (step {step}) is not kept: resuming from the last run's",
          flush=True)
    return last_checkpoint(seed)


def export(model, args, params: int, best: dict | None, temperature: float, seconds: float,
           n_real: int, n_scene: int, n_synth: int) -> None:  # n_synth: all lines seen in training
    import torch

    model.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    onnx_path = args.out / "mrz_ocr.onnx"
    x = torch.zeros(1, 1, INPUT_HEIGHT, 400)
    torch.onnx.export(model, (x,), str(onnx_path), input_names=["line"], output_names=["logits"],
                      dynamic_axes={"line": {0: "batch", 3: "width"}, "logits": {0: "batch", 3: "frames"}},
                      opset_version=17, dynamo=False)
    # the kiosk runs it with OpenCV's dnn: check it gives what torch gives
    net = cv2.dnn.readNetFromONNX(str(onnx_path))
    probe = np.random.default_rng(0).random((2, 1, INPUT_HEIGHT, 640), dtype=np.float32)
    net.setInput(probe)
    diff = float(np.abs(net.forward() - model(torch.from_numpy(probe)).detach().numpy()).max())
    assert diff < 1e-3, f"cv2.dnn disagrees with torch by {diff}"
    card = {
        "name": "mrz_ocr",
        "task": "MRZ text line recognition (CTC)",
        "alphabet": MRZ_ALPHABET,
        "blank": 0,
        "classes": "index 0 = CTC blank, index i = alphabet[i - 1]",
        "input": {"shape": "N×1×32×W float32", "height": INPUT_HEIGHT,
                  "values": "ink strength 0 (paper) .. 1 (ink), see kiosk.scanning.mrz.ocr.preprocess"},
        "output": "N×38×1×(W/4) logits",
        "stride": STRIDE,
        "temperature": round(temperature, 4),
        "parameters": params,
        "training": {
            "command": "python tools/mrz/train_ocr.py " + " ".join(sys.argv[1:]),
            "seed": args.seed,
            "real_lines": f"{n_real} (shared/samples/mrz-lines training split, 60% of draws spoiled)",
            "lines_seen": n_synth,
            "real_share": args.real_share,
            "guilloche": args.guilloche,
            "small_print": args.small_print,
            "scene_share": args.scene_share,
            "scene_guilloche_every": args.scene_guilloche_every,
            "scene_lines": n_scene,
            "minutes": round(seconds / 60, 1),
            "torch": torch.__version__,
        },
        "validation": best,
        "validation_note": "greedy decoding, no length constraint; held-out real lines are whole "
                           "source photos never seen in training (tools/mrz/realdata.py)",
    }
    (args.out / "mrz_ocr.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n")
    last = last_checkpoint(args.seed)
    if best is not None and last.exists():  # kept by step, for --resume (shipped_checkpoint)
        shutil.copyfile(last, step_checkpoint(args.seed, best["step"]))
    print(f"exported {onnx_path} ({onnx_path.stat().st_size / 1e6:.2f} MB), cv2.dnn max diff {diff:.2e}")


if __name__ == "__main__":
    main()
