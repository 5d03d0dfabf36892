#!/usr/bin/env python3
"""Render tests: drive `deepcore` headless (under Xvfb/llvmpipe in CI).

1. Visibility checks from the id buffer (--report visibility).
2. Screenshot baselines, f3d style: each case renders at a small size and is
   compared with tests/render/baselines/<name>.png; a case passes when at most
   `max_share` of the pixels differ by more than the channel threshold. With
   no baseline the image is written to the output folder and the case fails:
   look at it, then copy it into baselines/ and commit.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pngio  # noqa: E402
from harness import Checker, run  # noqa: E402

# name: (flags, max share of differing pixels)
BASELINES = {
    "anterior_peel0": (["--view", "anterior", "--peel", "0"], 0.02),
    "anterior_peel2": (["--view", "anterior", "--peel", "2"], 0.02),
    "anterior_peel4": (["--view", "anterior", "--peel", "4"], 0.02),
    "left_peel4": (["--view", "left", "--peel", "4"], 0.02),
    "posterior_peel1": (["--view", "posterior", "--peel", "1"], 0.02),
    "superior_peel3": (["--view", "superior", "--peel", "3"], 0.02),
    "anterior_peel4_select_psoas": (["--view", "anterior", "--peel", "4", "--select", "psoas_major_left"], 0.02),
    "anterior_ghost_wall": (["--view", "anterior", "--peel", "2", "--ghost", "small_intestine,transverse_colon"], 0.02),
    "left_lunge_stretch": (["--view", "left", "--peel", "4", "--motion", "lunge_stretch", "--time", "5"], 0.03),
    "anterior_labels_psoas": (["--view", "anterior", "--peel", "4", "--labels", "--select", "psoas_major_left"], 0.03),
}
SIZE = "320x240"



def visibility(args, flags):
    r = run([args.deepcore, "--model", args.model, "--report", "visibility", "--size", "400x300"] + flags)
    if r.returncode != 0:
        raise AssertionError(f"--report visibility {flags} exited {r.returncode}: {r.stderr.strip()}")
    return json.loads(r.stdout)["structures"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--deepcore", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--baselines", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    check = Checker()

    # Peel 0, anterior: the skin covers the body and the psoas is hidden.
    v0 = visibility(args, ["--view", "anterior", "--peel", "0"])
    check("peel0_shows_skin", v0.get("skin", 0) > 0.15, f"skin covers {v0.get('skin', 0):.3f}")
    check("peel0_hides_psoas", v0.get("psoas_major_left", 1) == 0 and v0.get("psoas_major_right", 1) == 0,
          f"psoas L/R {v0.get('psoas_major_left')}, {v0.get('psoas_major_right')}")
    # Peel 4: both psoas majors take a clear share of the image (the view
    # frames T12 to the knees, so the psoas is a few hundred pixels of 400x300).
    v4 = visibility(args, ["--view", "anterior", "--peel", "4"])
    for side in ("left", "right"):
        share = v4.get(f"psoas_major_{side}", 0)
        check(f"peel4_shows_psoas_{side}", share > 0.005, f"psoas_major_{side} covers {share:.4f}")
    check("peel4_removes_outer_layers", v4.get("skin", 1) == 0 and v4.get("small_intestine", 1) == 0)
    # Peel 2, left view: the organs show through a removed wall.
    v2 = visibility(args, ["--view", "left", "--peel", "2"])
    organs = sum(v2.get(k, 0) for k in ("small_intestine", "descending_colon", "sigmoid_colon"))
    check("peel2_left_shows_organs", organs > 0.01, f"organs cover {organs:.4f}")

    for name, (flags, max_share) in BASELINES.items():
        out_png = os.path.join(args.out, name + ".png")
        r = run([args.deepcore, "--model", args.model, "--screenshot", out_png, "--size", SIZE] + flags)
        if r.returncode != 0:
            check(f"baseline_{name}", False, f"exit {r.returncode}: {r.stderr.strip()}")
            continue
        # Any GL error, or a shader that fails to build, fails the case.
        check(f"no_gl_errors_{name}", "GL error" not in r.stderr and "failed to" not in r.stderr and
              "falling back" not in r.stderr, r.stderr.strip()[-300:])
        base = os.path.join(args.baselines, name + ".png")
        if not os.path.exists(base):
            check(f"baseline_{name}", False, f"no baseline; look at {out_png} and copy it to {base}")
            continue
        share, worst = pngio.compare(out_png, base, os.path.join(args.out, name + ".diff.png"))
        check(f"baseline_{name}", share <= max_share, f"{share:.2%} of pixels differ (max channel diff {worst})")
        if share > max_share:
            shutil.copy(base, os.path.join(args.out, name + ".baseline.png"))

    # Skinning in the vertex shader draws what the CPU deformer computes.
    for motion, t in (("hip_flexion", "4.5"), ("frog_stretch", "4"), ("bridge", "3")):
        shots = []
        for env_cpu in (False, True):
            png = os.path.join(args.out, f"skin_{motion}_{'cpu' if env_cpu else 'gpu'}.png")
            env = dict(os.environ)
            if env_cpu:
                env["DEEPCORE_CPU_SKINNING"] = "1"
            r = run([args.deepcore, "--model", args.model, "--screenshot", png, "--size", SIZE, "--view", "left",
                     "--peel", "1", "--motion", motion, "--time", t], env=env)
            shots.append(png if r.returncode == 0 else None)
        if None in shots:
            check(f"gpu_skinning_{motion}", False, "a screenshot failed")
            continue
        share, worst = pngio.compare(shots[0], shots[1], os.path.join(args.out, f"skin_{motion}.diff.png"))
        check(f"gpu_skinning_{motion}", share <= 0.005, f"{share:.2%} of pixels differ (max channel diff {worst})")

    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
