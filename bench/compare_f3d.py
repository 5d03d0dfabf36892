#!/usr/bin/env python3
"""Puts the built-in model through Deepcore's benchmark and through f3d (a peer
glTF viewer, Debian package f3d) at the same size, off screen, and prints the
figures side by side with ratios (ours / f3d; below 1 is better).

  bench/compare_f3d.py [--deepcore build/deepcore] [--model build/lower_torso.glb]
                       [--size 1280x720] [--frames 300] [--runs 3]

Measured for each viewer:
  first image  wall time from launch until the first rendered image is on disk
               (f3d: `f3d --output`; Deepcore: `--screenshot`), best of N runs;
  per frame    Deepcore: --bench frame_ms p50 (orbit, peel, motion, labels).
               f3d 1.3 has no frame timer and renders one image per run, so
               its per-frame cost is estimated: the extra time of a run at
               four times the pixels over a run at the normal size, divided
               by three (one more frame's worth of pixels). A rough figure:
               it leaves out per-frame costs that do not scale with pixels.
Needs a display (xvfb-run -a).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def timed(cmd, runs):
    best = None
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        dt = (time.perf_counter() - t0) * 1000.0
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {r.stderr[-400:]}")
        best = dt if best is None else min(best, dt)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--deepcore", default="build/deepcore")
    ap.add_argument("--model", default="build/lower_torso.glb")
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    f3d = shutil.which("f3d")
    if not f3d:
        print("f3d is not installed (sudo apt-get install f3d)", file=sys.stderr)
        return 1
    tmp = tempfile.mkdtemp()
    ours_first = timed([args.deepcore, "--model", args.model, "--screenshot", os.path.join(tmp, "dc.png"),
                        "--size", args.size], args.runs)
    theirs_first = timed([f3d, args.model, "--output", os.path.join(tmp, "f3d.png"), f"--resolution={w},{h}"],
                         args.runs)
    theirs_big = timed([f3d, args.model, "--output", os.path.join(tmp, "f3d2.png"), f"--resolution={2 * w},{2 * h}"],
                       args.runs)
    bench = json.loads(subprocess.run([args.deepcore, "--model", args.model, "--bench", "--frames", str(args.frames),
                                       "--size", args.size], stdout=subprocess.PIPE, text=True, check=True).stdout)
    theirs_frame = max(0.0, (theirs_big - theirs_first) / 3.0)
    out = {
        "size": args.size,
        "renderer": bench.get("gl_renderer"),
        "deepcore": {"first_image_ms": round(ours_first, 1), "bench_first_frame_ms": round(bench["first_frame_ms"], 1),
                     "frame_ms_p50": round(bench["frame_ms"]["p50"], 2), "cpu_ms_per_frame": round(bench["cpu_ms_per_frame"], 2),
                     "peak_rss_mb": round(bench["peak_rss_mb"], 1)},
        "f3d": {"first_image_ms": round(theirs_first, 1), "frame_ms_estimate": round(theirs_frame, 2)},
        "ratios": {"first_image": round(ours_first / theirs_first, 3),
                   "frame": round(bench["frame_ms"]["p50"] / theirs_frame, 3) if theirs_frame > 0 else None},
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
