"""Hypothesis properties over generated sets of exports: merge is idempotent, independent of
order and of grouping (merging merged centrals), keeps the newest version of every record, and
a retry after a crash in the middle gives the same central as no crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sync_builders import (
    TEST_REGISTRY,
    TEST_SCHEMA,
    dump,
    integrity,
    make_export,
    open_fresh,
    record,
    school,
    visit,
)

from visitapp.core.sync import FileStatus
from visitapp.storage.sync import snapshot
from visitapp.storage.sync.merge import merge_file

DEVICES = ("d1", "d2", "d3")
STAMPS = tuple(f"2026-11-2{day}T10:00:00.000Z" for day in range(4))
SCHOOLS = tuple(f"5c000000-0000-4000-8000-00000000000{i}" for i in range(2))
VISITS = tuple(f"71000000-0000-4000-8000-00000000000{i}" for i in range(3))
NOTES = tuple(f"90000000-0000-4000-8000-00000000000{i}" for i in range(4))
TALLIES = tuple(f"7a000000-0000-4000-8000-00000000000{i}" for i in range(2))


def version(kind: str, record_id: str, draw_stamp, draw_origin, draw_deleted, variant: int):
    stamp, origin, deleted = draw_stamp, draw_origin, draw_deleted
    index = int(record_id[-1])
    if kind == "school":
        return school(record_id, stamp, origin, name=f"Collège {variant}", deleted=deleted)
    if kind == "visit":
        row = visit(
            record_id, stamp, origin, SCHOOLS[index % 2], pupils=20 + variant, deleted=deleted
        )
        return row
    if kind == "note":  # immutable: its content depends on its id only, never on the version
        return {
            **record(
                record_id,
                stamp,
                origin,
                deleted,
                visit_id=VISITS[index % 3],
                body=f"n{index}",
                score=index / 3,
            ),
            # Laptops that received the same record at different times (a survey definition).
            "created_at": f"2026-09-0{1 + variant % 2}T08:00:00.000Z",
        }
    return record(
        record_id,
        stamp,
        origin,
        deleted,
        visit_id=VISITS[index % 3],
        count=variant,
        payload=bytes([variant, index]),
    )


@st.composite
def record_versions(draw, kind: str, record_id: str):
    return version(
        kind,
        record_id,
        draw(st.sampled_from(STAMPS)),
        draw(st.sampled_from(DEVICES)),
        draw(st.integers(0, 1)),
        draw(st.integers(0, 3)),
    )


@st.composite
def exports(draw) -> dict[str, list[dict]]:
    """One laptop's export: some records, each at some version, always with their parents."""
    notes = draw(st.lists(st.sampled_from(NOTES), unique=True, max_size=3))
    tallies = draw(st.lists(st.sampled_from(TALLIES), unique=True, max_size=2))
    visits = set(draw(st.lists(st.sampled_from(VISITS), unique=True, max_size=2)))
    visits |= {VISITS[int(n[-1]) % 3] for n in (*notes, *tallies)}
    schools = set(draw(st.lists(st.sampled_from(SCHOOLS), unique=True, max_size=1)))
    schools |= {SCHOOLS[int(v[-1]) % 2] for v in visits}
    rows: dict[str, list[dict]] = {
        "school": [draw(record_versions("school", i)) for i in sorted(schools)],
        "visit": [draw(record_versions("visit", i)) for i in sorted(visits)],
        "note": [draw(record_versions("note", i)) for i in notes],
        "tally_test": [draw(record_versions("tally_test", i)) for i in tallies],
    }
    rows["note_line"] = [
        {"note_id": n, "position": p, "text": f"{n[-1]}.{p}"}
        for n in notes
        for p in range(int(n[-1]) % 3)
    ]
    rows["tally_line"] = [
        {"tally_id": t["id"], "label": f"{t['count']}-{k}"}
        for t in rows["tally_test"]
        for k in range(t["count"] % 3)
    ]
    return rows


export_sets = st.lists(exports(), min_size=1, max_size=4)
SETTINGS = settings(max_examples=25, deadline=None)


def merge_all(store, paths, **kwargs):
    return [
        merge_file(store, p, schema=TEST_SCHEMA, registry=TEST_REGISTRY, **kwargs) for p in paths
    ]


def write_exports(folder: Path, sets) -> list[Path]:
    return [make_export(folder, f"e{i}.visitapp", rows) for i, rows in enumerate(sets)]


@SETTINGS
@given(sets=export_sets, data=st.data())
def test_merge_is_order_independent_and_idempotent(sets, data):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_exports(folder, sets)
        first = open_fresh(folder / "first.db")
        assert all(r.status is FileStatus.MERGED for r in merge_all(first, paths))
        shuffled = data.draw(st.permutations(paths))
        second = open_fresh(folder / "second.db")
        merge_all(second, shuffled)
        assert dump(first) == dump(second)
        again = merge_all(first, [*shuffled, *paths])
        assert {r.status for r in again} == {FileStatus.ALREADY_MERGED}
        assert dump(first) == dump(second)
        first.close()
        second.close()


@SETTINGS
@given(sets=export_sets)
def test_the_newest_version_of_every_record_wins(sets):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        central = open_fresh(folder / "central.db")
        merge_all(central, write_exports(folder, sets))
        for table in ("school", "visit", "note", "tally_test"):
            newest: dict[str, tuple] = {}
            for rows in sets:
                for row in rows[table]:
                    pair = (row["updated_at"], row["origin"])
                    newest[row["id"]] = max(newest.get(row["id"], pair), pair)
            found = dict(
                (r[0], (r[1], r[2]))
                for r in central.db.execute(f"SELECT id, updated_at, origin FROM {table}")
            )
            assert found == newest, table
        # An immutable record keeps the earliest creation time any laptop gave it.
        earliest: dict[str, str] = {}
        for rows in sets:
            for row in rows["note"]:
                earliest[row["id"]] = min(earliest.get(row["id"], "~"), row["created_at"])
        found = dict(central.db.execute("SELECT id, created_at FROM note").fetchall())
        assert found == earliest
        # Derived rows are those of the winning parent version, never a mix.
        for tally_id, count in central.db.execute("SELECT id, count FROM tally_test"):
            labels = central.db.execute(
                "SELECT label FROM tally_line WHERE tally_id = ? ORDER BY label", [tally_id]
            ).fetchall()
            assert labels == [(f"{count}-{k}",) for k in range(count % 3)]
        central.close()


@SETTINGS
@given(sets=export_sets, data=st.data())
def test_merging_merged_centrals_gives_the_same_as_merging_directly(sets, data):
    """Grouping: files merged into regional centrals, whose exports are merged in turn."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_exports(folder, sets)
        direct = open_fresh(folder / "direct.db")
        merge_all(direct, paths)
        groups = data.draw(st.lists(st.integers(0, 2), min_size=len(paths), max_size=len(paths)))
        regional_exports = []
        for group in sorted(set(groups)):
            regional = open_fresh(folder / f"regional-{group}.db")
            merge_all(regional, [p for p, g in zip(paths, groups, strict=True) if g == group])
            target = folder / f"regional-{group}.visitapp"
            snapshot.export(
                regional, target, app_version="test", schema=TEST_SCHEMA, registry=TEST_REGISTRY
            )
            regional.close()
            regional_exports.append(target)
        national = open_fresh(folder / "national.db")
        merge_all(national, data.draw(st.permutations(regional_exports)))
        assert dump(national) == dump(direct)
        direct.close()
        national.close()


class Crash(Exception):
    pass


@SETTINGS
@given(sets=export_sets, data=st.data())
def test_a_retry_after_a_crash_gives_the_same_central_as_no_crash(sets, data):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_exports(folder, sets)
        calm = open_fresh(folder / "calm.db")
        merge_all(calm, paths)
        crashing = open_fresh(folder / "crashing.db")
        at_file = data.draw(st.integers(0, len(paths) - 1))
        steps = ["staged", "checked", "logged"] + [
            f"table:{t}" for t in ("school", "visit", "note", "tally_test")
        ]
        at_step = data.draw(st.sampled_from(steps))

        def crash(step):
            if step == at_step:
                raise Crash(step)

        merge_all(crashing, paths[:at_file])
        before = dump(crashing)
        try:
            merge_all(crashing, [paths[at_file]], checkpoint=crash)
        except Crash:
            assert dump(crashing) == before  # all or nothing for the file that crashed
        assert integrity(crashing.path) == "ok"
        merge_all(crashing, paths)  # the retry, from the first file
        assert dump(crashing) == dump(calm)
        calm.close()
        crashing.close()


@SETTINGS
@given(sets=export_sets)
def test_exporting_again_without_changes_merges_as_nothing_new(sets):
    """A new export of unchanged data has another hash but changes nothing in central."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        central = open_fresh(folder / "central.db")
        merge_all(central, write_exports(folder, sets))
        before = dump(central)
        laptop = open_fresh(folder / "copy.db")
        merge_all(laptop, write_exports(folder, sets))
        target = folder / "again.visitapp"
        snapshot.export(
            laptop, target, app_version="test", schema=TEST_SCHEMA, registry=TEST_REGISTRY
        )
        (report,) = merge_all(central, [target])
        assert report.status is FileStatus.MERGED
        assert report.records.added == report.records.updated == 0
        assert dump(central) == before
        laptop.close()
        central.close()
