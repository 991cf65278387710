"""Issue 6's figures: each shared book through ``syllabus build`` with 10 variants per solved item.

For each book: computational items found, read into tasks, solved; of the items the
book answers, how many agree with the computed answer; variants made; wall time
of the whole build (ingest, extract, formalize, solve, verify, write) and of each
stage, the CPU seconds of each stage (what a loaded machine does not inflate), and peak
memory, measured in a fresh process so earlier books do not count.
Peak memory is the largest sum of resident memory over the build's whole process
tree (its workers and their sandboxes too), sampled every 0.2 s.

    python benchmarks/build_books.py                  # all four books, 2 workers
    python benchmarks/build_books.py --books trig --variants 10 --workers 2
    python benchmarks/build_books.py --books fcla-source --variants 0   # from the PreTeXt source
    python benchmarks/build_books.py --books trig --against /tmp/main-src --repeats 3

``--against DIR`` builds each book with the code in ``DIR`` too (a checkout of the reference,
e.g. ``git archive main | tar -x -C DIR``), alternating with this tree's builds in the same run,
and prints both and their ratios; ``--repeats`` gives medians. On a shared machine the wall
time follows the load: the CPU seconds (every process of the build, its workers' sandboxes
too) are the figure to compare; coverage should not move (the budgets count CPU time).

To compare the solving and varying of a few families only (an A/B in minutes, not a whole
book), start each build from an earlier build's cache (``--cache PACK.cache``: its document,
concepts and tasks, never its outcomes) and keep only the items of some families:

    python benchmarks/build_books.py --books diffyqs --cache /tmp/s8/final/diffyqs.cache \
        --families differential_equations.solve_ode --against /tmp/main-src --repeats 3

(each tree takes the cache's tasks as its own, whatever its formalize code: compare changes
that do not change how items are read, such as how variants are drawn).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOOKS = {
    "primer": ROOT / "samples" / "primer.pdf",
    "trig": ROOT.parent / "shared/textbooks/trig/corral-trigonometry.pdf",
    "diffyqs": ROOT.parent / "shared/textbooks/diffyqs/lebl-diffyqs.pdf",
    "discrete": ROOT.parent / "shared/textbooks/discrete/levin-discrete-math.pdf",
    "fcla": ROOT.parent / "shared/textbooks/fcla/beezer-fcla.pdf",
    # The same books from their sources (LaTeX, PreTeXt): what a user with the source builds.
    "trig-source": ROOT.parent / "shared/textbooks/trig/source/trigbook.tex",
    "diffyqs-source": ROOT.parent / "shared/textbooks/diffyqs/source/diffyqs.tex",
    "discrete-source": ROOT.parent / "shared/textbooks/discrete/source/source/dmoi.ptx",
    "fcla-source": ROOT.parent / "shared/textbooks/fcla/source/src2/fcla.xml",
    # The LaTeX PreTeXt wrote for each PDF: what a user of a PreTeXt book's LaTeX builds.
    "discrete-latex": ROOT.parent / "shared/textbooks/discrete/latex-generated/dmoi.tex",
    "fcla-latex": ROOT.parent / "shared/textbooks/fcla/latex-generated/fcla.tex",
}


def tree_usage(root: int) -> tuple[float, dict[int, tuple[int, float, float]]]:
    """Resident memory of ``root`` and all its descendants in MB, and for each one its parent,
    its own CPU seconds so far and those of its children it has reaped (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    stats: dict[int, tuple[int, int, int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21])  # pages
        # parent; utime + stime; cutime + cstime (reaped children), in clock ticks
        stats[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]),
                             int(fields[13]) + int(fields[14]))
    total, todo, usage = 0, [root], {}
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        parent, own, reaped = stats.get(pid, (0, 0, 0))
        usage[pid] = (parent, own / tick, reaped / tick)
        todo += children.get(pid, [])
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20, usage


def tree_cpu(seen: dict[int, tuple[int, int, float, float]]) -> float:
    """The CPU seconds of a process tree from the last sample of each process in it (``seen``:
    the sample's number, the parent, own and reaped CPU seconds). A process that ended while
    its parent went on was reaped by it: its CPU is in its parent's reaped seconds, whole
    (short-lived ones too, such as the sandbox's child per program run, which a sample every
    0.2 s rarely sees), and is not counted again."""
    return sum(own + reaped for pid, (sample, parent, own, reaped) in seen.items()
               if not (parent in seen and seen[parent][0] > sample))


def run_measured(command: list[str], cwd: Path, timeout: float | None = None
                 ) -> tuple[subprocess.CompletedProcess | None, float, float, float]:
    """Run ``command``; its result (None when it ran past ``timeout``), seconds, peak tree MB,
    and the CPU seconds of its whole process tree (workers and sandboxes too; sampled, so a
    process's last 0.2 s may be missed; see :func:`tree_cpu`): the figure a loaded machine
    does not inflate."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)  # killable as a group
    peak = [0.0]
    seen: dict[int, tuple[int, int, float, float]] = {}

    def sample() -> None:
        count = 0
        while process.poll() is None:
            rss, usage = tree_usage(process.pid)
            peak[0] = max(peak[0], rss)
            count += 1
            seen.update({pid: (count, *figures) for pid, figures in usage.items()})
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    start = time.monotonic()
    sampler.start()
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return None, time.monotonic() - start, peak[0], tree_cpu(seen)
    seconds = time.monotonic() - start
    sampler.join()
    return (subprocess.CompletedProcess(command, process.returncode, out, err), seconds, peak[0],
            tree_cpu(seen))


def seed_cache(cache: Path, out: Path, families: list[str] | None, first: int | None,
               code_root: Path = ROOT) -> None:
    """Start the build of ``out`` from ``cache`` (an earlier build's ``PACK.cache``): its
    document, concepts and tasks, with only the tasks of ``families`` (name prefixes) read,
    only the ``first`` of those, and none of its outcomes. The tasks are filed under the
    formalize code of ``code_root``, so that its build takes them as read (and does not read
    the whole book again where that code differs from the code that read them)."""
    tasks_name = "tasks-" + subprocess.run(
        [sys.executable, "-c", ("import extract, formalize, ingest; "
         "from syllabus.build import _code_of; print(_code_of(ingest, extract, formalize))")],
        cwd=code_root, capture_output=True, text=True, check=True).stdout.strip() + ".jsonl"
    for book in cache.iterdir():
        target = out.parent / f"{out.name}.cache" / book.name
        target.mkdir(parents=True)
        for path in book.glob("document-*.json"):
            shutil.copy(path, target)
        for path in book.glob("concepts-*.jsonl"):
            shutil.copy(path, target)
        for path in book.glob("tasks-*.jsonl"):
            header, *rows = path.read_text(encoding="utf-8").splitlines()
            kept = [row for row in rows if not families
                    or (json.loads(row).get("family") or "").startswith(tuple(families))]
            kept = kept[:first]
            count = json.loads(header) | {"count": len(kept)}
            (target / tasks_name).write_text("\n".join([json.dumps(count), *kept]) + "\n",
                                             encoding="utf-8")


def build_once(book: Path, variants: int, workers: int, code_root: Path = ROOT,
               cache: Path | None = None, families: list[str] | None = None,
               first: int | None = None) -> dict:
    """Run one build in a child process with the code in ``code_root`` (from ``cache``, with
    only the items of ``families``, when given); its coverage, run figures, seconds, CPU
    seconds and peak memory."""
    out = Path(tempfile.mkdtemp()) / "pack"
    if cache:
        seed_cache(cache, out, families, first, code_root)
    code = (
        "import json, sys; from syllabus.build import build; "
        f"m = build({str(book)!r}, {str(out)!r}, variants={variants}, workers={workers}); "
        "print(json.dumps({**m['coverage'], 'run': m['run']}))"
    )
    load = os.getloadavg()[0]
    result, seconds, peak, cpu = run_measured([sys.executable, "-c", code], code_root)
    shutil.rmtree(out.parent, ignore_errors=True)
    if result is None or result.returncode:
        return {"error": result.stderr.strip().splitlines()[-1:] if result else "timed out"}
    return {**json.loads(result.stdout.strip().splitlines()[-1]),
            "seconds": round(seconds, 1), "cpu_seconds": round(cpu), "peak_mb": round(peak),
            "load": round((load + os.getloadavg()[0]) / 2, 1)}


def median_build(book: Path, variants: int, workers: int, repeats: int,
                 roots: list[Path], cache: Path | None = None,
                 families: list[str] | None = None, first: int | None = None) -> list[dict]:
    """``repeats`` builds with each code root, alternating (so that both see the same machine
    load); for each root the median build by CPU seconds, with the median wall seconds."""
    runs: list[list[dict]] = [[] for _ in roots]
    for _ in range(repeats):
        for index, root in enumerate(roots):
            runs[index].append(build_once(book, variants, workers, root, cache, families,
                                             first))
    medians = []
    for builds in runs:
        good = [b for b in builds if "error" not in b]
        if not good:
            medians.append(builds[0])
            continue
        middle = sorted(good, key=lambda b: b["cpu_seconds"])[(len(good) - 1) // 2]
        medians.append({**middle, "seconds": statistics.median(b["seconds"] for b in good),
                        "repeats": len(good)})
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", nargs="*", default=["primer", "trig", "diffyqs", "discrete", "fcla"],
                        choices=sorted(BOOKS))
    parser.add_argument("--variants", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=1, help="builds per book (medians)")
    parser.add_argument("--against", type=Path,
                        help="a checkout of the reference code, built in the same run")
    parser.add_argument("--cache", type=Path,
                        help="start from this earlier build's PACK.cache (document, concepts, "
                             "tasks; not its outcomes): one book only")
    parser.add_argument("--families", nargs="*",
                        help="with --cache: solve only the items of these families (prefixes)")
    parser.add_argument("--first", type=int,
                        help="with --cache: solve only the first N items (of those families)")
    args = parser.parse_args()
    if (args.families or args.first) and not args.cache:
        parser.error("--families and --first need --cache")
    if args.cache and len(args.books) != 1:
        parser.error("--cache holds one book's cache: name that one book")
    roots = [ROOT] + ([args.against.resolve()] if args.against else [])
    for name in args.books:
        results = median_build(BOOKS[name], args.variants, args.workers, args.repeats, roots,
                               args.cache, args.families, args.first)
        for root, figures in zip(roots, results):
            report(name if len(roots) == 1 else f"{name} [{root}]", figures)
        if len(results) == 2 and not any("error" in f for f in results):
            ours, theirs = results
            print(f"{name}: this tree / reference: wall {ours['seconds'] / theirs['seconds']:.2f}, "
                  f"CPU {ours['cpu_seconds'] / max(theirs['cpu_seconds'], 1):.2f}; solved "
                  f"{ours['solved']} vs {theirs['solved']}, variants {ours['variants_made']} vs "
                  f"{theirs['variants_made']}")


def report(name: str, figures: dict) -> None:
    """Print one book's figures."""
    if "error" in figures:
        print(f"{name}: failed: {figures['error']}")
        return
    computational = figures["computational"] or 1
    compared = figures["book_answers_compared"] or 1
    readable = (figures["book_answers_matching"] + figures["book_answers_differing"]) or 1
    print(
        f"{name}: {figures['computational']} computational items, "
        f"{figures['read_into_tasks']} read into tasks, {figures['solved']} solved "
        f"({figures['solved'] / computational:.0%}; "
        f"{figures.get('counted_through_parts', 0)} exercises counted through their parts); "
        f"book answers "
        f"{figures['book_answers_matching']}/{figures['book_answers_compared']} agree "
        f"({figures['book_answers_matching'] / compared:.0%}; "
        f"{figures['book_answers_matching'] / readable:.0%} of the "
        f"{figures['book_answers_matching'] + figures['book_answers_differing']} readable, "
        f"{figures['book_answers_unreadable']} unreadable); "
        f"{figures['variants_made']} variants; {figures['seconds']} s "
        f"({figures['cpu_seconds']} CPU s in all; load {figures['load']}); "
        f"peak {figures['peak_mb']} MB" + (f"; median of {figures['repeats']}"
                                           if figures.get("repeats", 1) > 1 else "")
    )
    print("  not read:", figures["not_read"], " not solved:", figures["not_solved"])
    print("  seconds per stage:", figures["run"]["seconds"])
    print("  CPU seconds per stage (build process and its workers):",
          figures["run"].get("cpu_seconds"))
    print("  worker seconds per family:", figures["run"]["worker_seconds_by_family"])
    if "worker_cpu_seconds_by_family" in figures["run"]:
        print("  worker CPU seconds per family:", figures["run"]["worker_cpu_seconds_by_family"])


if __name__ == "__main__":
    main()
