"""The emulator's SQLite database: schema, connections, reads for the routes and writes for the rules.

One connection per concurrent user (a small pool), WAL mode so that readers never wait for a writer, and
``BEGIN IMMEDIATE`` for every write transaction so that two writers queue instead of failing mid-way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optimce_desktop.emulator.like import like_as_glob

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE communities (
    id INTEGER PRIMARY KEY,
    auth_community_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE roles (
    username TEXT NOT NULL,
    community_id INTEGER NOT NULL REFERENCES communities(id),
    role TEXT NOT NULL CHECK (role IN ('MEMBER', 'MANAGER', 'ADMIN')),
    PRIMARY KEY (username, community_id)
) WITHOUT ROWID;
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    street TEXT, number INTEGER, postcode TEXT, supplement TEXT, city TEXT
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities(id),
    name TEXT NOT NULL,
    member_type INTEGER NOT NULL,
    status INTEGER NOT NULL,
    first_name TEXT,
    sort_key TEXT NOT NULL,
    home_address_id INTEGER REFERENCES addresses(id),
    billing_address_id INTEGER REFERENCES addresses(id),
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX members_by_name ON members (community_id, sort_key, id);
CREATE TABLE sharing_operations (
    id INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities(id),
    name TEXT NOT NULL,
    type INTEGER NOT NULL
);
CREATE TABLE meters (
    ean TEXT PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities(id),
    meter_number TEXT,
    address_id INTEGER NOT NULL REFERENCES addresses(id),
    tarif_group INTEGER,
    phases_number INTEGER,
    reading_frequency INTEGER,
    consumptions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meters_by_community ON meters (community_id, ean);
CREATE TABLE periods (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ean TEXT NOT NULL REFERENCES meters(ean) ON DELETE CASCADE,
    start_date TEXT NOT NULL,
    end_date TEXT,
    status INTEGER NOT NULL,
    rate INTEGER NOT NULL,
    client_type INTEGER NOT NULL,
    description TEXT,
    sampling_power REAL,
    amperage REAL,
    total_generating_capacity REAL,
    injection_status INTEGER,
    production_chain INTEGER,
    grd TEXT,
    member_id INTEGER REFERENCES members(id),
    sharing_operation_id INTEGER REFERENCES sharing_operations(id)
);
CREATE INDEX periods_by_meter ON periods (ean, start_date);
-- The period the list shows on meta.listed_as_of for each meter that has one: the list's status and its
-- filters on the current period need it for every meter, and computing it per row is too slow at 50,000.
-- It copies the columns the list filters on, so that filtering never reads the periods table.
CREATE TABLE current_periods (
    ean TEXT PRIMARY KEY REFERENCES meters(ean) ON DELETE CASCADE,
    period_id INTEGER NOT NULL,
    status INTEGER NOT NULL,
    member_id INTEGER,
    sharing_operation_id INTEGER
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class PeriodRow:
    """One stored period ("meter data"); dates as ``YYYY-MM-DD`` texts."""

    id: int
    ean: str
    start_date: str
    end_date: str | None
    status: int
    rate: int
    client_type: int
    description: str | None
    sampling_power: float | None
    amperage: float | None
    total_generating_capacity: float | None
    injection_status: int | None
    production_chain: int | None
    grd: str | None
    member_id: int | None
    sharing_operation_id: int | None


PERIOD_COLUMNS = tuple(f.name for f in dataclasses.fields(PeriodRow))
PERIOD_VALUE_COLUMNS = tuple(c for c in PERIOD_COLUMNS if c not in ("id", "ean"))


@dataclass(frozen=True)
class CommunityRow:
    id: int
    auth_community_id: str
    name: str


@dataclass(frozen=True)
class MeterFilters:
    EAN: str | None = None
    meter_number: str | None = None
    street: str | None = None
    city: str | None = None
    supplement: str | None = None
    postcode: int | None = None
    address_number: int | None = None
    status: int | None = None
    holder_id: int | None = None
    sharing_operation_id: int | None = None
    not_sharing_operation_id: int | None = None

    @property
    def need_address(self) -> bool:
        return any(
            v is not None
            for v in (self.street, self.city, self.supplement, self.postcode, self.address_number)
        )

    @property
    def need_current_period(self) -> bool:
        return any(
            v is not None
            for v in (self.status, self.holder_id, self.sharing_operation_id, self.not_sharing_operation_id)
        )


# The period the list shows on :day for each meter (the latest-starting one should a reopened period
# overlap). Like the real server's list join (start_date <= now < end_date), and unlike its detail, a period
# ending today is not taken: the meter is listed with no period, and no status or holder filter finds it.
_LISTED_AS_OF = "listed_as_of"
_CURRENT_PERIODS = """
INSERT INTO current_periods (ean, period_id, status, member_id, sharing_operation_id)
SELECT ean, id, status, member_id, sharing_operation_id FROM (
    SELECT *, row_number() OVER (PARTITION BY ean ORDER BY start_date DESC, id DESC) AS rank
    FROM periods WHERE start_date <= :day AND (end_date IS NULL OR end_date > :day) {and_meter}
) WHERE rank = 1"""


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._closed = False
        self._current_as_of: str | None = None
        version = self._schema_version()
        if version not in (None, SCHEMA_VERSION):
            # An emulator database holds demo data only: keep the old one aside and start afresh.
            self.release_connections()
            for suffix in ("", "-wal", "-shm"):
                old = self.path.with_name(self.path.name + suffix)
                if old.exists():
                    old.replace(self.path.with_name(f"{self.path.name}.schema-{version}.bak{suffix}"))
            version = None
        if version is None:
            with self._connection() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(f"BEGIN; {_SCHEMA} COMMIT;")
                conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    def _schema_version(self) -> str | None:
        with self._connection() as conn:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
                return None
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            return row[0] if row else "unknown"

    # -- connections -------------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        # check_same_thread off: a pooled connection is used by one thread at a time, but not always the same.
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._closed:
                raise RuntimeError(f"the emulator store {self.path} is closed")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open()
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.rollback()
            with self._lock:
                if self._closed:
                    conn.close()
                else:
                    self._idle.append(conn)

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A write transaction: committed when the block ends, rolled back when it raises."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            tx = Transaction(conn)
            try:
                yield tx
                tx.refresh_current_periods()
            except BaseException:
                conn.execute("ROLLBACK")
                # Like PostgreSQL's sequences, ids handed out stay used when the transaction fails.
                conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", tx.sequences.items()
                )
                raise
            conn.execute("COMMIT")

    def release_connections(self) -> None:
        """Closes idle connections (new ones open on demand)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self.release_connections()

    def is_empty(self) -> bool:
        with self._connection() as conn:
            return conn.execute("SELECT 1 FROM communities LIMIT 1").fetchone() is None

    # -- identity and communities ------------------------------------------------------------------------

    def usernames(self) -> set[str]:
        with self._connection() as conn:
            return {row[0] for row in conn.execute("SELECT DISTINCT username FROM roles")}

    def communities(self) -> list[CommunityRow]:
        with self._connection() as conn:
            rows = conn.execute("SELECT id, auth_community_id, name FROM communities ORDER BY id").fetchall()
        return [CommunityRow(**dict(row)) for row in rows]

    def community_by_auth_id(self, auth_community_id: str) -> CommunityRow | None:
        with self._connection() as conn:
            row = conn.execute(
                "SELECT id, auth_community_id, name FROM communities WHERE auth_community_id = ?",
                (auth_community_id,),
            ).fetchone()
        return CommunityRow(**dict(row)) if row else None

    def role_of(self, username: str, community_id: int) -> str | None:
        with self._connection() as conn:
            row = conn.execute(
                "SELECT role FROM roles WHERE username = ? AND community_id = ?", (username, community_id)
            ).fetchone()
        return row[0] if row else None

    def communities_of(self, username: str, page: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        with self._connection() as conn:
            total = conn.execute("SELECT COUNT(*) FROM roles WHERE username = ?", (username,)).fetchone()[0]
            rows = conn.execute(
                """SELECT c.id, c.auth_community_id, r.role, c.name FROM roles r
                   JOIN communities c ON c.id = r.community_id WHERE r.username = ?
                   ORDER BY c.id LIMIT ? OFFSET ?""",
                (username, limit, (page - 1) * limit),
            ).fetchall()
        return [dict(row) for row in rows], total

    # -- members -----------------------------------------------------------------------------------------

    def list_members(
        self,
        community_id: int,
        *,
        name: str | None,
        member_type: int | None,
        status: int | None,
        sort: str,
        page: int,
        limit: int,
    ) -> tuple[list[sqlite3.Row], int]:
        where = ["community_id = :community"]
        params: dict[str, Any] = {"community": community_id, "limit": limit, "offset": (page - 1) * limit}
        if name is not None:
            where.append("instr(name, :name) > 0")  # instr is case-sensitive, like the real filter
            params["name"] = name
        if member_type is not None:
            where.append("member_type = :member_type")
            params["member_type"] = member_type
        if status is not None:
            where.append("status = :status")
            params["status"] = status
        condition = " AND ".join(where)
        direction = "DESC" if sort == "DESC" else "ASC"
        with self._connection() as conn:
            total = conn.execute(f"SELECT COUNT(*) FROM members WHERE {condition}", params).fetchone()[0]
            rows = conn.execute(
                f"""SELECT id, name, member_type, status FROM members WHERE {condition}
                    ORDER BY sort_key {direction}, id {direction} LIMIT :limit OFFSET :offset""",
                params,
            ).fetchall()
        return rows, total

    def member(self, community_id: int, member_id: int) -> dict[str, Any] | None:
        """The full member record, addresses included."""
        with self._connection() as conn:
            row = conn.execute(
                "SELECT * FROM members WHERE id = ? AND community_id = ?", (member_id, community_id)
            ).fetchone()
            if row is None:
                return None
            addresses = {
                a["id"]: dict(a)
                for a in conn.execute(
                    "SELECT id, street, number, postcode, supplement, city FROM addresses WHERE id IN (?, ?)",
                    (row["home_address_id"], row["billing_address_id"]),
                )
            }
        record: dict[str, Any] = {
            "id": row["id"],
            "name": row["name"],
            "member_type": row["member_type"],
            "status": row["status"],
        }
        record["home_address"] = addresses.get(row["home_address_id"])
        record["billing_address"] = addresses.get(row["billing_address_id"])
        if row["first_name"] is not None:
            record["first_name"] = row["first_name"]
        record.update(json.loads(row["details"]))
        return record

    def member_ids(self, community_id: int | None = None) -> list[int]:
        query = "SELECT id FROM members WHERE ? IS NULL OR community_id = ? ORDER BY id"
        with self._connection() as conn:
            return [row[0] for row in conn.execute(query, (community_id, community_id))]

    def sharing_operation_ids(self, community_id: int) -> list[int]:
        with self._connection() as conn:
            return [
                row[0]
                for row in conn.execute(
                    "SELECT id FROM sharing_operations WHERE community_id = ? ORDER BY id", (community_id,)
                )
            ]

    # -- meters ------------------------------------------------------------------------------------------

    def list_meters(
        self, community_id: int, filters: MeterFilters, today: dt.date, *, page: int, limit: int
    ) -> tuple[list[sqlite3.Row], int]:
        """One page of the community's meters ordered by EAN, each with its period in effect ``today``."""
        self.prepare_current_periods(today)
        where = ["m.community_id = :community"]
        params: dict[str, Any] = {"community": community_id, "limit": limit, "offset": (page - 1) * limit}
        for name, column in (
            ("EAN", "m.ean"),
            ("meter_number", "m.meter_number"),
            ("street", "a.street"),
            ("city", "a.city"),
            ("supplement", "a.supplement"),
        ):
            value = getattr(filters, name)
            if value:
                where.append(f"{column} GLOB :{name}")
                params[name] = like_as_glob(f"%{value}%")
        if filters.postcode is not None:
            where.append("a.postcode = :postcode")
            params["postcode"] = str(filters.postcode)
        if filters.address_number is not None:
            where.append("a.number = :address_number")
            params["address_number"] = filters.address_number
        if filters.status is not None:
            # A meter listed with no period shows INACTIVE, yet no status finds it (exchanges V3-V5).
            where.append("c.status = :status")
            params["status"] = filters.status
        for name in ("holder_id", "sharing_operation_id"):
            value = getattr(filters, name)
            if value is not None:
                column = "member_id" if name == "holder_id" else name
                where.append(f"c.{column} = :{name}")
                params[name] = value
        if filters.not_sharing_operation_id is not None:
            where.append(
                "(c.sharing_operation_id IS NULL OR c.sharing_operation_id != :not_sharing_operation_id)"
            )
            params["not_sharing_operation_id"] = filters.not_sharing_operation_id
        # Filter and page on the narrow tables first, then read the display columns of the page's rows only.
        joins = " ".join(
            (
                "JOIN addresses a ON a.id = m.address_id" if filters.need_address else "",
                "LEFT JOIN current_periods c ON c.ean = m.ean" if filters.need_current_period else "",
            )
        )
        selection = f"FROM meters m {joins} WHERE {' AND '.join(where)}"
        with self._connection() as conn:
            total = conn.execute(f"SELECT COUNT(*) {selection}", params).fetchone()[0]
            rows = conn.execute(
                f"""SELECT pg.ean, pg.meter_number, p.status, p.start_date, p.end_date,
                           pa.id AS address_id, pa.street, pa.number, pa.postcode, pa.supplement, pa.city
                    FROM (SELECT m.ean, m.meter_number, m.address_id {selection}
                          ORDER BY m.ean LIMIT :limit OFFSET :offset) pg
                    JOIN addresses pa ON pa.id = pg.address_id
                    LEFT JOIN current_periods pc ON pc.ean = pg.ean
                    LEFT JOIN periods p ON p.id = pc.period_id
                    ORDER BY pg.ean""",
                params,
            ).fetchall()
        return rows, total

    def prepare_current_periods(self, today: dt.date) -> None:
        """Recomputes ``current_periods`` when the day changed (writes keep it up to date within a day)."""
        day = today.isoformat()
        if self._current_as_of == day:
            return
        with self.transaction() as tx:
            row = tx.conn.execute("SELECT value FROM meta WHERE key = ?", (_LISTED_AS_OF,)).fetchone()
            if row is None or row[0] != day:
                tx.conn.execute("DELETE FROM current_periods")
                tx.conn.execute(
                    _CURRENT_PERIODS.format(and_meter=""),
                    {"day": day},
                )
                tx.conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_LISTED_AS_OF, day)
                )
        self._current_as_of = day

    def meter(self, community_id: int, ean: str) -> sqlite3.Row | None:
        with self._connection() as conn:
            return conn.execute(
                """SELECT m.ean, m.meter_number, m.tarif_group, m.phases_number, m.reading_frequency,
                          m.consumptions, a.id AS address_id, a.street, a.number, a.postcode, a.supplement,
                          a.city
                   FROM meters m JOIN addresses a ON a.id = m.address_id
                   WHERE m.ean = ? AND m.community_id = ?""",
                (ean, community_id),
            ).fetchone()

    def periods_with_relations(self, ean: str) -> list[sqlite3.Row]:
        """The meter's periods with their member and sharing operation, latest start first."""
        with self._connection() as conn:
            return conn.execute(
                """SELECT p.*, mb.name AS member_name, mb.member_type AS member_type,
                          mb.status AS member_status, so.name AS sharing_operation_name,
                          so.type AS sharing_operation_type
                   FROM periods p
                   LEFT JOIN members mb ON mb.id = p.member_id
                   LEFT JOIN sharing_operations so ON so.id = p.sharing_operation_id
                   WHERE p.ean = ? ORDER BY p.start_date DESC, p.id DESC""",
                (ean,),
            ).fetchall()

    def periods(self, ean: str) -> list[PeriodRow]:
        """The meter's periods, latest start first (the test read API)."""
        with self._connection() as conn:
            return Transaction(conn).periods(ean)

    def meter_eans(self, community_id: int) -> list[str]:
        with self._connection() as conn:
            return [
                row[0]
                for row in conn.execute(
                    "SELECT ean FROM meters WHERE community_id = ? ORDER BY ean", (community_id,)
                )
            ]

    def meter_community(self, ean: str) -> int | None:
        with self._connection() as conn:
            row = conn.execute("SELECT community_id FROM meters WHERE ean = ?", (ean,)).fetchone()
        return row[0] if row else None


class Transaction:
    """Row operations inside one write transaction (see ``Store.transaction``)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._touched_meters: set[str] = set()
        self.sequences: dict[str, str] = {}
        """meta key -> next id, for the sequences this transaction advanced."""

    def next_id(self, table: str) -> int:
        """The id of the next row of ``table`` (``addresses`` or ``periods``), from its sequence."""
        key = f"next_id.{table}"
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is not None:
            candidate = int(row[0])
        else:
            used = self.conn.execute(
                f"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0))",
                (table,),
            ).fetchone()[0]
            candidate = used + 1
        while self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)).fetchone():
            candidate += 1
        self.sequences[key] = str(candidate + 1)
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, str(candidate + 1)))
        return candidate

    def ean_taken(self, ean: str) -> bool:
        """Whether any community has a meter with this EAN (EANs are unique across the CRM)."""
        return self.conn.execute("SELECT 1 FROM meters WHERE ean = ?", (ean,)).fetchone() is not None

    def insert_address(self, address_id: int, address: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO addresses (id, street, number, postcode, supplement, city) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                address_id,
                address.get("street"),
                address.get("number"),
                address.get("postcode"),
                address.get("supplement"),
                address.get("city"),
            ),
        )

    def insert_meter(self, community_id: int, ean: str, address_id: int, meter: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO meters (ean, community_id, meter_number, address_id, tarif_group, phases_number, "
            "reading_frequency) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                ean,
                community_id,
                meter["meter_number"],
                address_id,
                meter["tarif_group"],
                meter["phases_number"],
                meter["reading_frequency"],
            ),
        )

    def update_meter(self, ean: str, address_id: int, meter: dict[str, Any]) -> None:
        self.conn.execute(
            "UPDATE meters SET meter_number = ?, address_id = ?, tarif_group = ?, phases_number = ?, "
            "reading_frequency = ? WHERE ean = ?",
            (
                meter["meter_number"],
                address_id,
                meter["tarif_group"],
                meter["phases_number"],
                meter["reading_frequency"],
                ean,
            ),
        )

    def meter_exists(self, community_id: int, ean: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM meters WHERE ean = ? AND community_id = ?", (ean, community_id)
            ).fetchone()
            is not None
        )

    def periods(self, ean: str) -> list[PeriodRow]:
        rows = self.conn.execute(
            f"SELECT {', '.join(PERIOD_COLUMNS)} FROM periods WHERE ean = ? "
            "ORDER BY start_date DESC, id DESC",
            (ean,),
        ).fetchall()
        return [PeriodRow(**dict(row)) for row in rows]

    def period_in_community(self, community_id: int, period_id: int) -> PeriodRow | None:
        row = self.conn.execute(
            f"""SELECT {", ".join("p." + c for c in PERIOD_COLUMNS)} FROM periods p
                JOIN meters m ON m.ean = p.ean WHERE p.id = ? AND m.community_id = ?""",
            (period_id, community_id),
        ).fetchone()
        return PeriodRow(**dict(row)) if row else None

    def member_in_community(self, community_id: int, member_id: int) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM members WHERE id = ? AND community_id = ?", (member_id, community_id)
            ).fetchone()
            is not None
        )

    def sharing_operation_in_community(self, community_id: int, operation_id: int) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM sharing_operations WHERE id = ? AND community_id = ?",
                (operation_id, community_id),
            ).fetchone()
            is not None
        )

    def insert_period(self, ean: str, values: dict[str, Any], period_id: int | None = None) -> int:
        """Adds a period, with ``period_id`` if given, else the next id of the sequence."""
        self._touched_meters.add(ean)
        if period_id is None:
            period_id = self.next_id("periods")
        columns = ["id", "ean", *PERIOD_VALUE_COLUMNS]
        self.conn.execute(
            f"INSERT INTO periods ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [period_id, ean, *(values.get(c) for c in PERIOD_VALUE_COLUMNS)],
        )
        return period_id

    def replace_period(self, period_id: int, values: dict[str, Any]) -> None:
        self._touch(period_id)
        assignments = ", ".join(f"{c} = ?" for c in PERIOD_VALUE_COLUMNS)
        self.conn.execute(
            f"UPDATE periods SET {assignments} WHERE id = ?",
            [*(values.get(c) for c in PERIOD_VALUE_COLUMNS), period_id],
        )

    def set_end_date(self, period_id: int, end_date: str | None) -> None:
        self._touch(period_id)
        self.conn.execute("UPDATE periods SET end_date = ? WHERE id = ?", (end_date, period_id))

    def delete_period(self, period_id: int) -> None:
        self._touch(period_id)
        self.conn.execute("DELETE FROM periods WHERE id = ?", (period_id,))

    def delete_meter(self, ean: str) -> None:
        """Deletes the meter and its periods (its consumptions go with it: they are computed from it)."""
        self.conn.execute("DELETE FROM current_periods WHERE ean = ?", (ean,))
        self.conn.execute("DELETE FROM periods WHERE ean = ?", (ean,))
        self.conn.execute("DELETE FROM meters WHERE ean = ?", (ean,))

    def _touch(self, period_id: int) -> None:
        row = self.conn.execute("SELECT ean FROM periods WHERE id = ?", (period_id,)).fetchone()
        if row is not None:
            self._touched_meters.add(row[0])

    def refresh_current_periods(self) -> None:
        """Brings ``current_periods`` up to date for the meters this transaction changed."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (_LISTED_AS_OF,)).fetchone()
        if row is None:
            return  # never computed yet: the first list computes it whole
        for ean in self._touched_meters:
            self.conn.execute("DELETE FROM current_periods WHERE ean = ?", (ean,))
            self.conn.execute(
                _CURRENT_PERIODS.format(and_meter="AND ean = :ean"), {"day": row[0], "ean": ean}
            )
        self._touched_meters.clear()
