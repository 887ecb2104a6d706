"""Exports written on a worker and read back with openpyxl: cell types, Brussels local times on the autumn
daylight-saving day, day totals equal to the Consumption tab's, the days read saved on this computer and the
CRM's absence told as the Consumption tab tells it, a file that cannot be written, and a cancel that leaves
the old file; CSV files read back byte by byte, as Excel opens them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from optimce_desktop.cache.consumptions import SavedConsumptions
from optimce_desktop.cache.database import Database
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.domain.consumption import daily_totals
from optimce_desktop.domain.exports import CellKind, Column, ConsumptionHeaders, Table
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID, EmulatorServer
from optimce_desktop.services.connection import ConnectionMonitor, Reachability
from optimce_desktop.services.exports import ExportService, FileFormat
from optimce_desktop.services.problems import ProblemKind
from optimce_desktop.services.tasks import TaskRunner

AUTUMN_DST = dt.date(2026, 10, 25)  # 02:00-02:59 happens twice in Brussels
SPRING_DST = dt.date(2026, 3, 29)  # 02:00-02:59 does not happen
WORDS = ConsumptionHeaders(
    quarter_sheet="Quarter hours", days_sheet="Days", date="Date", time="Time", utc_offset="UTC offset",
    series=("Gross", "Net", "Shared", "Injection gross", "Injection net", "Injection shared"),
    consumption="Consumption", from_community="From the community", from_grid="From the grid",
    injection="Injection", to_community="To the community", to_grid="To the grid", note="Note", total="Total",
    not_saved="Not saved", no_data="No data", quarters_offline="Quarter hours not saved")


@pytest.fixture(scope="module")
def dst_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dst-emulator") / "crm.sqlite3"
    EmulatorServer(path, today=dt.date(2026, 10, 27)).close()
    return path


@pytest.fixture
def dst_client(dst_template, tmp_path):
    """A client of an emulator whose "today" is 27 October 2026: its data covers both ends of October."""
    path = tmp_path / "crm.sqlite3"
    path.write_bytes(dst_template.read_bytes())
    server = EmulatorServer(path, today=dt.date(2026, 10, 27)).start()
    from optimce_desktop.emulator import DEMO_MANAGER

    token = server.token_for(DEMO_MANAGER)
    client = CrmClient(server.base_url, lambda: token, language="en", read_timeout=5.0, get_retry_delays=())
    client.community_id = TOURNESOLS_AUTH_ID
    yield client
    client.close()
    server.close()


@pytest.fixture
def runner(qtbot):
    tasks = TaskRunner(max_threads=2)
    yield tasks
    tasks.shutdown()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10_000)


def run(qtbot, job):  # noqa: ANN001, ANN201 - the ExportDone, the Problem, or the refusal's message
    outcome: list[object] = []
    job.finished.connect(outcome.append)
    job.failed.connect(outcome.append)
    job.refused.connect(outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=15_000)
    return outcome[0]


def test_consumption_export_has_brussels_times_and_the_tabs_totals(qtbot, dst_client, runner, tmp_path):
    service = ExportService(dst_client, runner)
    path = tmp_path / "consumption.xlsx"
    start, end = AUTUMN_DST - dt.timedelta(days=1), AUTUMN_DST
    done = run(qtbot, service.export_consumption(path, GUIDE_EAN, start, end, TOURNESOLS_AUTH_ID, WORDS))
    assert done.path == path and not done.missing_days

    book = load_workbook(path)
    assert book.sheetnames == ["Quarter hours", "Days"]
    quarters = list(book["Quarter hours"].iter_rows(values_only=True))
    assert quarters[0] == ("Date", "Time", "UTC offset", "Gross", "Net", "Shared", "Injection gross",
                           "Injection net", "Injection shared")
    rows = quarters[1:]
    on_dst_day = [row for row in rows if row[0].date() == AUTUMN_DST]
    assert len(on_dst_day) == 100 and len(rows) == 196
    first = on_dst_day[0]
    assert first[1] == dt.time(0, 0) and first[2] == "+02:00"  # a Belgian day starts at local midnight
    assert rows[0][0] == dt.datetime(2026, 10, 24) and rows[0][1] == dt.time(0, 0)
    two_oclock = [row for row in on_dst_day if row[1] == dt.time(2, 0)]
    assert [row[2] for row in two_oclock] == ["+02:00", "+01:00"]
    assert on_dst_day[-1][1] == dt.time(23, 45) and on_dst_day[-1][2] == "+01:00"
    assert all(isinstance(value, int | float) for row in rows for value in row[3:])
    cell = book["Quarter hours"]["A2"]
    assert cell.is_date and cell.number_format == "dd/mm/yyyy"

    series = dst_client.consumptions(GUIDE_EAN, start, end)
    tab_days = [d for d in daily_totals(series.timestamps, series.net, series.shared, series.inj_net,
                                        series.inj_shared) if start <= d.day <= end]
    days = list(book["Days"].iter_rows(values_only=True))
    assert days[0][:7] == ("Date", "Consumption", "From the community", "From the grid", "Injection",
                           "To the community", "To the grid")
    total = days[-1]
    assert total[0] == "Total"
    # a cell holds 15 significant digits, as in Excel; the tab shows two decimals
    for column, tab_total in ((1, sum(d.consumed for d in tab_days)),
                              (2, sum(d.consumed_shared for d in tab_days)),
                              (4, sum(d.injected for d in tab_days)),
                              (5, sum(d.injected_shared for d in tab_days))):
        assert total[column] == pytest.approx(tab_total, rel=1e-14)
        assert f"{total[column]:.2f}" == f"{tab_total:.2f}"
    assert [row[0].date() for row in days[1:-1]] == [start, end]
    gross = sum(row[3] for row in rows if row[0].date() == AUTUMN_DST)
    assert days[2][7] == pytest.approx(gross)


def test_spring_forward_day_has_92_quarter_hours_and_no_2_oclock(qtbot, runner, tmp_path):
    from optimce_desktop.domain.exports import quarter_hour_table
    from optimce_desktop.domain.models import ConsumptionSeries
    from optimce_desktop.emulator.consumptions import quarter_hours

    stamps = quarter_hours(SPRING_DST)
    series = ConsumptionSeries(EAN="x", timestamps=stamps, **{name: [0.25] * len(stamps) for name in (
        "gross", "net", "shared", "inj_gross", "inj_net", "inj_shared")})
    table = quarter_hour_table(series, SPRING_DST, SPRING_DST, WORDS)
    assert len(table.rows) == 92
    times = [row[1] for row in table.rows]
    assert dt.time(1, 45) in times and dt.time(2, 0) not in times and dt.time(3, 0) in times


def test_offline_export_has_the_saved_days_and_says_which_are_missing(qtbot, runner, tmp_path):
    database = Database(tmp_path / "local.sqlite3")
    offline_copy = SavedConsumptions(database)
    saved = daily_totals([dt.datetime(2026, 10, 23, 22, tzinfo=dt.UTC)], [1.5], [0.5], [0.25], [0.125])
    offline_copy.save(TOURNESOLS_AUTH_ID, GUIDE_EAN, saved)
    unreachable = CrmClient("http://127.0.0.1:9", lambda: "token", language="en", read_timeout=1.0,
                            get_retry_delays=())
    service = ExportService(unreachable, runner, consumptions=offline_copy)
    path = tmp_path / "offline.xlsx"
    done = run(qtbot, service.export_consumption(path, GUIDE_EAN, dt.date(2026, 10, 24),
                                                 dt.date(2026, 10, 25), TOURNESOLS_AUTH_ID, WORDS))
    unreachable.close()
    assert done.from_offline_copy and done.missing_days == [dt.date(2026, 10, 25)]
    days = list(load_workbook(path)["Days"].iter_rows(values_only=True))
    assert days[1][:5] == (dt.datetime(2026, 10, 24), 2.0, 0.5, 1.5, 0.375)
    assert days[2][0] == dt.datetime(2026, 10, 25) and days[2][-1] == "Not saved"


def _meter_table(rows: int) -> Table:
    return Table("Meters", [Column("EAN"), Column("Since", CellKind.DATE)],
                 [[f"5414{n:014d}", dt.date(2026, 1, 1) + dt.timedelta(days=n % 300)] for n in range(rows)])


def test_a_table_is_written_with_typed_cells_in_xlsx_and_csv(qtbot, runner, tmp_path):
    service = ExportService(None, runner)  # type: ignore[arg-type] - no CRM needed
    xlsx = run(qtbot, service.export_tables(tmp_path / "m.xlsx", [_meter_table(3)], FileFormat.XLSX))
    sheet = load_workbook(xlsx.path)["Meters"]
    assert sheet["A2"].value == "541400000000000000" and sheet["A2"].data_type == "s"
    assert sheet["B2"].is_date and sheet["B2"].value == dt.datetime(2026, 1, 1)
    csv = run(qtbot, service.export_tables(tmp_path / "m.csv", [_meter_table(2)], FileFormat.CSV,
                                           csv_delimiter=";", csv_decimal=","))
    # the EANs as the text formula ="…" (Excel shows the 18 digits), the dates as the .xlsx shows them
    assert csv.path.read_bytes() == (b'\xef\xbb\xbfEAN;Since\r\n"=""541400000000000000""";01/01/2026\r\n'
                                     b'"=""541400000000000001""";02/01/2026\r\n')


def test_a_csv_has_the_regional_decimal_separator_and_keeps_codes_as_text(qtbot, runner, tmp_path):
    table = Table("Days", [Column("Code"), Column("Name"), Column("Date", CellKind.DATE),
                           Column("Time", CellKind.TIME), Column("kWh", CellKind.NUMBER)], [
        ["007", "Dupont; Marie", dt.date(2026, 6, 1), dt.time(2, 45), 1234.5],
        ["1SAG0042", "Marie-Claire", dt.datetime(2026, 12, 31, 23, 0), None, -2.25],
        [None, "Rue de l'Église 12, 4000 Liège", None, dt.time(0, 0), 12]])
    service = ExportService(None, runner)  # type: ignore[arg-type]
    belgian = run(qtbot, service.export_tables(tmp_path / "be.csv", [table], FileFormat.CSV,
                                               csv_delimiter=";", csv_decimal=","))
    assert belgian.path.read_bytes().decode("utf-8") == (
        "\ufeffCode;Name;Date;Time;kWh\r\n"
        '"=""007""";"Dupont; Marie";01/06/2026;02:45;1234,500\r\n'
        "1SAG0042;Marie-Claire;31/12/2026;;-2,250\r\n"
        ";Rue de l'Église 12, 4000 Liège;;00:00;12,000\r\n")
    american = run(qtbot, service.export_tables(tmp_path / "us.csv", [table], FileFormat.CSV))
    assert american.path.read_bytes().decode("utf-8").splitlines()[1:3] == [
        '"=""007""",Dupont; Marie,01/06/2026,02:45,1234.500', "1SAG0042,Marie-Claire,31/12/2026,,-2.250"]


def test_a_text_that_starts_like_a_formula_is_shown_never_run(qtbot, runner, tmp_path):
    """A holder or description typed as "=HYPERLINK(…)" or "@SUM(…)" in the CRM stays text in both files."""
    texts = ['=HYPERLINK("https://example.org","Cliquez")', "@SUM(1+1)", "+32 4 123 45 67", "-- not set"]
    table = Table("Meters", [Column("Holder")], [[text] for text in texts])
    service = ExportService(None, runner)  # type: ignore[arg-type]
    xlsx = run(qtbot, service.export_tables(tmp_path / "m.xlsx", [table], FileFormat.XLSX))
    cells = [row[0] for row in load_workbook(xlsx.path)["Meters"].iter_rows(min_row=2)]
    assert [(cell.value, cell.data_type) for cell in cells] == [(text, "s") for text in texts]
    csv = run(qtbot, service.export_tables(tmp_path / "m.csv", [table], FileFormat.CSV,
                                           csv_delimiter=";", csv_decimal=","))
    assert csv.path.read_bytes().decode("utf-8").splitlines()[1:] == [
        '"=""=HYPERLINK(""""https://example.org"""",""""Cliquez"""")"""', '"=""@SUM(1+1)"""',
        '"=""+32 4 123 45 67"""', '"=""-- not set"""']


def test_a_file_that_cannot_be_written_says_why_and_keeps_the_old_one(qtbot, runner, tmp_path):
    service = ExportService(None, runner)  # type: ignore[arg-type]
    missing = tmp_path / "no-such-folder" / "m.xlsx"
    refusal = run(qtbot, service.export_tables(missing, [_meter_table(2)], FileFormat.XLSX))
    assert refusal == f"The folder {missing.parent} does not exist."
    # the destination is a folder: refused, the folder and its content stay
    target = tmp_path / "target.xlsx"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    refusal = run(qtbot, service.export_tables(target, [_meter_table(2)], FileFormat.XLSX))
    assert refusal == "This is a folder: add a file name."
    assert (target / "keep.txt").read_text() == "mine"
    # the system refuses the name: its reason is said
    problem = run(qtbot, service.export_tables(tmp_path / ("m" * 300 + ".xlsx"), [_meter_table(2)],
                                               FileFormat.XLSX))
    assert "could not be written" in problem.message and "File name too long" in problem.message
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_cancelled_export_leaves_the_old_file(qtbot, runner, tmp_path):
    service = ExportService(None, runner)  # type: ignore[arg-type]
    path = tmp_path / "m.xlsx"
    path.write_bytes(b"the old export")
    job = service.export_tables(path, [_meter_table(60_000)], FileFormat.XLSX)
    reports: list[int] = []
    job.progressed.connect(lambda done, total: reports.append(done))
    qtbot.waitUntil(lambda: bool(reports), timeout=15_000)
    job.cancel()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=15_000)
    assert path.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".m-")] == []


@pytest.fixture
def connection(qtbot, crm_client, service_tasks):
    monitor = ConnectionMonitor(crm_client, service_tasks, recheck_interval_ms=60_000)
    yield monitor
    monitor.stop()


def test_a_consumption_export_saves_the_days_it_read_and_says_when_the_crm_is_gone(
        qtbot, emulator, emulator_today, crm_client, service_tasks, drafts_path, connection, tmp_path):
    saved = SavedConsumptions(Database(drafts_path))
    service = ExportService(crm_client, service_tasks, consumptions=saved, connection=connection)
    start, end = emulator_today - dt.timedelta(days=2), emulator_today - dt.timedelta(days=1)

    online = run(qtbot, service.export_consumption(tmp_path / "online.xlsx", GUIDE_EAN, start, end,
                                                   TOURNESOLS_AUTH_ID, WORDS))

    assert not online.from_offline_copy and connection.state is Reachability.ONLINE
    assert [day.day for day in saved.load(TOURNESOLS_AUTH_ID, GUIDE_EAN, start, end).days] == [start, end]

    emulator.stop()
    offline = run(qtbot, service.export_consumption(tmp_path / "offline.xlsx", GUIDE_EAN, start, end,
                                                    TOURNESOLS_AUTH_ID, WORDS))

    assert offline.from_offline_copy and offline.missing_days == []
    online_days = list(load_workbook(online.path)["Days"].iter_rows(values_only=True))
    offline_days = list(load_workbook(offline.path)["Days"].iter_rows(values_only=True))
    assert [row[:7] for row in offline_days] == [row[:7] for row in online_days]
    # the app knows it is offline (its banner, and rechecks that tell when the CRM is back)
    assert connection.state is Reachability.OFFLINE and connection.recheck_scheduled


@pytest.mark.parametrize("work_offline", [False, True])
def test_a_consumption_export_with_nothing_saved_says_so(qtbot, emulator, emulator_today, crm_client,
                                                         service_tasks, drafts_path, tmp_path, work_offline):
    connection = ConnectionMonitor(crm_client, service_tasks, work_offline=work_offline,
                                   recheck_interval_ms=60_000)
    service = ExportService(crm_client, service_tasks, consumptions=SavedConsumptions(Database(drafts_path)),
                            connection=connection)
    emulator.stop()
    path = tmp_path / "consumption.xlsx"

    problem = run(qtbot, service.export_consumption(path, GUIDE_EAN, emulator_today - dt.timedelta(days=3),
                                                    emulator_today, TOURNESOLS_AUTH_ID, WORDS))

    assert problem.kind is ProblemKind.OFFLINE and not path.exists()
    assert problem.message == ("This meter's consumption for these days was not saved on this computer, and "
                               "the CRM cannot be reached.")
    assert connection.state is (Reachability.WORKING_OFFLINE if work_offline else Reachability.OFFLINE)
    connection.stop()
