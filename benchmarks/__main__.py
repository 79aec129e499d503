"""make bench: every measure of the performance issues in one run, one table, results.json.

python -m benchmarks [--runs N] [--runs-10k N] [--only PART ...]  (QGIS's Python,
QT_QPA_PLATFORM=offscreen); PART is one of search (the 2,000-item catalog: #1, #3, #4, #6, #8),
memory (the 10,000-item catalog: #2, #7), clearsky (#9-#12), concurrent (the 2,000-item
catalog searched over a period, with and without latency: #13-#16) and large (the 100,000-item
catalog searched over its period in a process of its own: #17, #18) and streaming (S3-presigned
COGs read as the plugin reads them: #5, #19; `make bench-matrix` runs it on every QGIS of the
matrix). A partial run writes its results.json to .cache/bench/ instead of benchmarks/.

Each figure is a ratio to a baseline measured in the same run, or an absolute count or
duration; the median of several runs with their min and max (a shared, noisy machine).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from osgeo import gdal

from benchmarks import clearsky, concurrent, layer_build, masks, report, searching, streaming
from benchmarks.memory import measure_in_subprocess
from benchmarks.qgisapp import SLOT_ERRORS, Heartbeat, spin_until, start_app
from benchmarks.servers import CACHE, big_mask, catalog, client_for
from benchmarks.stats import Result, Samples, paired_ratios
from devserver.harness import StacTestServer
from earthplatform_qgis.map.rasters import configure_gdal
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.masks import AG_MASK

SMALL, LARGE, HUGE = 2_000, 10_000, 100_000
MASKED_ITEMS = 200
# #3 also watches the GUI this long after each search: a pause put off would show there.
AFTER_SEARCH_S = 3.0
REPEATED_SEARCHES = 20
SETTLE_SECONDS = 15.0
MB = 1024 * 1024
PARTS = ("search", "memory", "clearsky", "concurrent", "large", "streaming")


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def raw_in_thread(
    client: EarthPlatformClient, spec: Any, heartbeat: Heartbeat
) -> tuple[float, float]:
    """pystac-client's items_as_dicts() in a plain thread while the GUI loop idles with the
    heartbeat on: the baseline's seconds, and the heartbeat gap the machine alone causes."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["seconds"], outcome["count"] = searching.raw_items_as_dicts(client, spec)
        except Exception as error:  # re-raised on the main thread
            outcome["error"] = error

    thread = threading.Thread(target=work, name="bench-raw")
    heartbeat.start()
    thread.start()
    spin_until(lambda: not thread.is_alive(), searching.SEARCH_TIMEOUT, "raw pystac-client")
    gap = heartbeat.stop()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    if outcome["count"] != spec.max_items:
        raise RuntimeError(f"pystac-client got {outcome['count']} items")
    return float(outcome["seconds"]), gap


def small_catalog(runs: int, stac_runs: int) -> tuple[list[Result], dict[str, Any]]:
    """#1, #3, #4, #6 and #8 on the 2,000-item catalog."""
    folder = catalog(SMALL)
    results: list[Result] = []
    with StacTestServer(folder) as server:
        client = client_for(server)
        spec = searching.l2a_spec(SMALL)
        searcher = searching.PluginSearcher(client)
        log("2,000 items: warm-up search")
        searcher.search(spec)
        searcher.reset()
        searching.raw_items_as_dicts(client, spec)

        ratio1, ratio6, ratio_ref = Samples(), Samples(), Samples()
        gaps, control_gaps, handlers, afterwards = Samples(), Samples(), Samples(), Samples()
        ours, raw, firsts, trips, refs = Samples(), Samples(), Samples(), Samples(), Samples()
        for run in range(runs):
            # Alternate which side goes first, so a drift of the machine weighs on both.
            order = ("plugin", "raw") if run % 2 == 0 else ("raw", "plugin")
            for side in order:
                if side == "plugin":
                    plugin = searcher.search(spec)
                    afterwards.add(searcher.gap_after(AFTER_SEARCH_S) * 1000)
                    searcher.reset()
                    if plugin.features != SMALL:
                        raise RuntimeError(f"the plugin's layer has {plugin.features} features")
                else:
                    raw_seconds, control_gap = raw_in_thread(client, spec, searcher.heartbeat)
            trip = statistics.median(searching.page_round_trip(client, spec) for _ in range(3))
            ours.add(plugin.total)
            raw.add(raw_seconds)
            firsts.add(plugin.first)
            trips.add(trip)
            ratio1.add(plugin.total / raw_seconds)
            ratio6.add(plugin.first / trip)
            gaps.add(plugin.longest_gap * 1000)
            control_gaps.add(control_gap * 1000)
            handlers.add(plugin.longest_batch * 1000)
            if run < stac_runs:
                reference, count = searching.stac_plugin_pattern(client, spec)
                refs.add(reference)
                ratio_ref.add(plugin.total / reference)
            log(
                f"  run {run + 1}/{runs}: plugin {plugin.total:.2f} s, raw {raw_seconds:.2f} s, "
                f"first footprints {plugin.first:.3f} s, page {trip:.3f} s, "
                f"gap {plugin.longest_gap * 1000:.0f} ms (idle GUI: {control_gap * 1000:.0f} ms, "
                f"longest page handler {plugin.longest_batch * 1000:.0f} ms)"
            )
        results.append(
            Result(
                "1",
                "2,000-item search to a complete footprint layer / pystac-client items_as_dicts()",
                "x",
                ratio1,
                1.05,
                {"plugin_s": ours.values, "pystac_client_s": raw.values},
            )
        )
        results.append(
            Result(
                "3",
                "longest gap of a 5 ms GUI heartbeat during that search and layer build "
                f"(same machine, no plugin: {control_gaps.median:.0f} ms; the plugin's longest "
                f"GUI-thread page handler: {handlers.high:.0f} ms; in the {AFTER_SEARCH_S:.0f} s "
                f"after the search: {afterwards.high:.0f} ms at most)",
                "ms",
                gaps,
                50,
                {
                    "idle_gui_while_pystac_client_fetches_ms": control_gaps.values,
                    "longest_page_handler_on_gui_thread_ms": handlers.values,
                    "gap_after_search_ms": afterwards.values,
                },
            )
        )

        log("2,000 items: cloud masks of 200 items")
        items = masks.masked_items(client, MASKED_ITEMS)
        # As the dock resolves them: every mask kind the items have, in batched searches.
        ours4, resolved = Samples(), 0
        for _ in range(3):
            count, resolved = masks.plugin_mask_requests(server, client, items)
            ours4.add(count)
        fewest = masks.fewest_requests(items)
        agriculture, _ = masks.plugin_mask_requests(server, client, items, (AG_MASK,))
        vendor, vendor_seconds = masks.vendor_mask_requests(server, client, items)
        results.append(
            Result(
                "4",
                f"HTTP requests to resolve both mask kinds of {MASKED_ITEMS} items as the dock "
                f"does, {resolved} masks (fewest possible: {fewest}; agriculture masks only: "
                f"{agriculture}, EarthDaily's sample for those: {vendor})",
                "requests",
                ours4,
                fewest,
                {
                    "masks_resolved": resolved,
                    "fewest_possible": fewest,
                    "agriculture_only_requests": agriculture,
                    "vendor_requests": vendor,
                    "vendor_s": vendor_seconds,
                },
            )
        )

        results.append(
            Result(
                "6",
                "Search to the first footprints on the layer / one page's round trip",
                "x",
                ratio6,
                1.5,
                {"first_footprints_s": firsts.values, "page_round_trip_s": trips.values},
            )
        )

        log(f"2,000 items: {REPEATED_SEARCHES} searches in a row")
        left = searching.repeated_searches(searcher, spec, REPEATED_SEARCHES, SETTLE_SECONDS)
        results.append(
            Result(
                "8",
                f"{REPEATED_SEARCHES} searches in a row: threads, tasks and layers left over",
                "left over",
                Samples([left.total]),
                0,
                {"leftovers": left},
            )
        )
        searcher.reset()
        extra = {
            "stac_plugin_pattern": {
                "seconds": refs.values,
                "plugin_over_it": ratio_ref.values,
                "median_ratio": ratio_ref.median,
            }
        }
        client.close()
    return results, extra


def shares_served(
    runs: int, render: Callable[[int], masks.MaskRender], files_bytes: int
) -> tuple[Samples, list[masks.MaskRender]]:
    """Bytes served by each run of a render, in % of files_bytes; and the renders."""
    share, renders = Samples(), []
    for run in range(runs):
        done = render(run)
        if not done.drawn:
            raise RuntimeError("the render drew nothing")
        renders.append(done)
        share.add(100 * done.bytes_served / files_bytes)
    return share, renders


def presigned_streaming(runs: int) -> list[Result]:
    """#5 and #19: S3-presigned COGs streamed as the plugin streams them, on the 2,000-item
    catalog's server."""
    folder = catalog(SMALL)
    mask_path = big_mask(folder)
    band_path = streaming.band_cog(folder)
    with StacTestServer(folder) as server:
        server.configure(asset_bandwidth_mbps=streaming.LINK_MBPS)
        log("presigned links: a 10980 x 10980 band COG opened and one 256 x 256 window read")
        windows: dict[str, Samples] = {}
        for run in range(runs):
            for read in streaming.window_reads(server, run):
                windows.setdefault(read.way, Samples()).add(read.bytes_served / MB)
        band_mb = band_path.stat().st_size / MB
        said = ", ".join(f"{way} {samples.median:.2f} MB" for way, samples in windows.items())
        log(f"  {said} (the file: {band_mb:.0f} MB)")

        log("presigned links: rendering a 10980 x 10980 mask COG at full extent")
        size = masks.big_mask_size(folder)
        share, renders = shares_served(runs, lambda run: masks.render_big_mask(server, run), size)
        log("presigned links: imagery with its cloud mask, three 10980 x 10980 band COGs")
        rgb = streaming.rgb_bytes(folder)
        imagery_share, imagery_renders = shares_served(
            runs, lambda run: streaming.imagery_with_mask(server, run), rgb
        )
    return [
        Result(
            "5",
            "bytes served to render a 10980² mask COG in an 800x600 map / file size "
            f"(S3-presigned links over a {streaming.LINK_MBPS} Mbit/s link, GDAL "
            f"{gdal.__version__}; opening a {band_mb:.0f} MB band COG and reading one 256² "
            f"window: {said})",
            "%",
            share,
            10,
            {
                "file_bytes": size,
                "file": str(mask_path),
                "renders": renders,
                "window_read_mb": {way: samples.values for way, samples in windows.items()},
                "band_bytes": band_path.stat().st_size,
            },
        ),
        Result(
            "19",
            '"Load imagery with cloud mask" on a 3-band item (a VRT of three 10980² uint16 '
            f"band COGs, 512 px blocks, {band_mb:.0f} MB each, the 10980² mask above), "
            "rendered at full extent in an 800x600 map: all bytes served / the three band "
            f"files' sizes (S3-presigned links over a {streaming.LINK_MBPS} Mbit/s link, GDAL "
            f"{gdal.__version__})",
            "%",
            imagery_share,
            5,
            {"band_files_bytes": rgb, "renders": imagery_renders},
        ),
    ]


def large_catalog(runs: int) -> list[Result]:
    """#2 and #7 on the 10,000-item catalog."""
    results: list[Result] = []
    with StacTestServer(catalog(LARGE)) as server:
        client = client_for(server)
        spec = searching.l2a_spec(LARGE)
        log("10,000 items: fetching the pages once")
        pages = layer_build.fetch_pages(client, spec)
        parsed = layer_build.split_pages(pages)
        if sum(len(items) for items, _ in parsed) != LARGE:
            raise RuntimeError("the 10,000-item search did not return 10,000 items")

        results.append(layer_build_result(pages, parsed, max(runs, 5)))
        del pages, parsed

        memory, peaks, seconds = Samples(), Samples(), Samples()
        heaps, texts = Samples(), Samples()
        for run in range(runs):
            answer = measure_in_subprocess(server, LARGE)
            if answer["features"] != LARGE:
                raise RuntimeError(f"the plugin's layer has {answer['features']} features")
            memory.add(answer["added_bytes"] / MB)
            peaks.add((answer["peak_bytes"] - answer["before_bytes"]) / MB)
            seconds.add(answer["seconds"])
            if answer["heap_added_bytes"] is not None:
                heaps.add(answer["heap_added_bytes"] / MB)
            texts.add(answer["file_bytes"] / MB)
            log(
                f"  10,000-item search {run + 1}/{runs} (own process): {answer['seconds']:.1f} s, "
                f"+{answer['added_bytes'] / MB:.0f} MB (malloc'd and held: "
                f"{(answer['heap_added_bytes'] or 0) / MB:.0f} MB, "
                f"footprint file on disk: {answer['file_bytes'] / MB:.0f} MB)"
            )
        held = f"held by its objects: {heaps.median:.0f} MB, " if heaps.values else ""
        results.append(
            Result(
                "7",
                f"resident memory added by a 10,000-item search with its layer ({held}"
                f"its footprint file on disk: {texts.median:.0f} MB)",
                "MB",
                memory,
                40,
                {
                    "search_s": seconds.values,
                    "peak_added_mb": peaks.values,
                    "malloc_held_added_mb": heaps.values,
                    "footprint_file_mb": texts.values,
                },
            )
        )
        client.close()
    return results


def concurrent_search(runs: int) -> list[Result]:
    """#13-#16 on the 2,000-item catalog, searched over its period as the dock does."""
    folder = catalog(SMALL)
    with StacTestServer(folder) as server:
        client = client_for(server)
        spec = concurrent.period_spec(folder, SMALL)
        searcher = searching.PluginSearcher(client)
        log("2,000 items over a period: warm-up search")
        searcher.search(spec)
        searcher.reset()
        results = concurrent.latency_results(server, searcher, spec, runs, log)
        log(f"{concurrent.RANDOM_SPECS} random searches, concurrent and page by page")
        results.append(concurrent.sameness_result(client, folder))
        client.close()
    return results


def huge_search() -> list[Result]:
    """#17 and #18: one 100,000-item search over the catalog's period, in its own process."""
    with StacTestServer(catalog(HUGE)) as server:
        log("100,000 items over a period (own process)")
        answer = measure_in_subprocess(server, HUGE, over_period=True)
    if answer["features"] != HUGE:
        raise RuntimeError(f"the plugin's layer has {answer['features']} features")
    log(
        f"  {answer['seconds']:.0f} s, longest GUI gap {answer['longest_gap_s'] * 1000:.0f} ms, "
        f"+{answer['added_bytes'] / MB:.0f} MB"
    )
    details = {
        "search_s": answer["seconds"],
        "peak_added_mb": (answer["peak_bytes"] - answer["before_bytes"]) / MB,
        "footprint_file_mb": answer["file_bytes"] / MB,
    }
    return [
        Result(
            "17",
            f"longest gap of a 5 ms GUI heartbeat during a 100,000-item search of a period to a "
            f"complete footprint layer ({answer['seconds']:.0f} s, 4 requests at once)",
            "ms",
            Samples([answer["longest_gap_s"] * 1000]),
            50,
            details,
        ),
        Result(
            "18",
            "resident memory added by that search with its layer (its footprint file on disk: "
            f"{answer['file_bytes'] / MB:.0f} MB)",
            "MB",
            Samples([answer["added_bytes"] / MB]),
            400,
            details,
        ),
    ]


def layer_build_result(pages: list[bytes], parsed: layer_build.Parsed, runs: int) -> Result:
    """#2: the footprint layer's build against json.loads of the same pages, paired."""

    def build() -> float:
        seconds, count = layer_build.build_layer(parsed)
        gc.collect()
        if count != LARGE:
            raise RuntimeError(f"the layer has {count} features")
        return seconds

    ratio2, builds, parses = paired_ratios(runs, build, lambda: layer_build.parse_pages(pages))
    # The plugin parses pages with parse_page (to keep each item's text): its own cost,
    # which the build's figure leaves out; both are given.
    splits = Samples([layer_build.parse_pages_as_plugin(pages) for _ in range(3)])
    with_parse = (builds.median + splits.median) / parses.median
    # Whether parse_page pays: parse and build as the plugin does, against json.loads and a
    # build that encodes every item's JSON again (what it replaced).
    loaded = layer_build.loaded_pages(pages)
    paths, _, _ = paired_ratios(
        runs,
        lambda: layer_build.parse_pages_as_plugin(pages) + build(),
        lambda: layer_build.parse_pages(pages) + layer_build.build_layer(loaded)[0],
    )
    log(
        f"  build {builds.median:.3f} s, json.loads {parses.median:.3f} s, "
        f"the plugin's parse_page {splits.median:.3f} s; parse_page and build / json.loads "
        f"and build with re-encoding: {paths.median:.2f}x"
    )
    return Result(
        "2",
        "building the footprint layer of 10,000 parsed items / json.loads of the same "
        f"pages (with the plugin's own parse_page of the pages counted: {with_parse:.2f}x; "
        f"parse_page and build / json.loads and a build encoding item_json again: "
        f"{paths.median:.2f}x)",
        "x",
        ratio2,
        0.5,
        {
            "build_s": builds.values,
            "json_loads_s": parses.values,
            "plugin_parse_page_s": splits.values,
            "with_parse_page_ratio": with_parse,
            "parse_page_path_over_json_loads_path": paths.values,
        },
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each 2,000-item figure")
    parser.add_argument("--runs-10k", type=int, default=3, help="10,000-item searches (#7)")
    parser.add_argument("--stac-runs", type=int, default=3, help="qgis-stac-plugin pattern runs")
    parser.add_argument(
        "--clearsky-runs", type=int, default=3, help="compute_clear_sky runs of #9 and #10"
    )
    parser.add_argument(
        "--clearsky-baseline-runs",
        type=int,
        default=1,
        help="runs of #10's sequential baseline (about 2 minutes each)",
    )
    parser.add_argument(
        "--task-runs", type=int, default=3, help="ClearSkyTask runs of #11, and cancels of #12"
    )
    parser.add_argument(
        "--only", nargs="+", choices=PARTS, default=list(PARTS), help="run only these parts"
    )
    args = parser.parse_args(argv)
    parts = [part for part in PARTS if part in args.only]
    began = time.monotonic()
    start_app(CACHE / "qgis-settings")
    configure_gdal()  # as the plugin does when QGIS starts it
    results: list[Result] = []
    extra: dict[str, Any] = {"parts": parts}
    if {"search", "memory", "concurrent", "large", "streaming"} & set(parts):
        log("catalogs (generated once into .cache/bench)")
        catalog(SMALL), catalog(LARGE)
        if "large" in parts:
            catalog(HUGE)
    if "search" in parts:
        small, small_extra = small_catalog(args.runs, args.stac_runs)
        results += small
        extra.update(small_extra)
    if "memory" in parts:
        results += large_catalog(args.runs_10k)
    if "clearsky" in parts:
        sky, sky_extra = clearsky.clearsky_results(
            args.clearsky_runs, args.clearsky_baseline_runs, args.task_runs
        )
        results += sky
        extra.update(sky_extra)
    if "concurrent" in parts:
        results += concurrent_search(args.runs)
    if "large" in parts:
        results += huge_search()
    if "streaming" in parts:
        results += presigned_streaming(3)
    results.sort(key=lambda r: int(r.number))
    seconds = time.monotonic() - began
    extra["slot_errors"] = SLOT_ERRORS
    partial = len(parts) < len(PARTS)
    where = CACHE / f"results-{'-'.join(parts)}.json" if partial else report.RESULTS_JSON
    path = report.write_json(results, extra, seconds, where)
    print()
    print(report.table(results))
    print()
    ref = extra.get("stac_plugin_pattern")
    if ref:
        print(
            "qgis-stac-plugin's way (one GeoJSON layer per item, pystac-client fetching): "
            f"{statistics.median(ref['seconds']):.1f} s; the plugin takes "
            f"{ref['median_ratio']:.2f}x that."
        )
    if SLOT_ERRORS:
        print(f"{len(SLOT_ERRORS)} Python errors in Qt slots (see results.json: slot_errors).")
    missed = [r.number for r in results if not r.ok]
    print(f"Missed: {', '.join('#' + n for n in missed) or 'none'}.  {path}  ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    # Past this point only teardown is left, and tearing QGIS's objects down in whatever order
    # the interpreter frees them may crash (seen once in several runs, after every figure was
    # written): leave without it, as the results are in.
    os._exit(status)
