"""``make fetch``: a committee's minutes from a ModernGov site, against a local fake site.

A fixture starts an HTTP server on 127.0.0.1 that answers like a ModernGov site (the web service's
GetCommittees / GetMeetings / GetMeeting XML in the shapes real sites send, meeting pages, printed
minutes PDFs, agenda-item minutes pages). The first part of the path picks a scenario, so one server
plays a good site and each faulty one: ``http://127.0.0.1:<port>/<scenario>``. No test touches the
internet.
"""

from __future__ import annotations

import csv
import io
import shutil
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pandas as pd
import pytest

from analysis import fetch as F
from conftest import SEED_RAW, file_bytes, make_pdf, run_make

ROOT = Path(__file__).resolve().parents[1]
COUNCIL = "Testshire County Council"
SLUG = "testshire-county-council"
COMMITTEE = "Children's Services Scrutiny Committee"
RANGE = ("2024-01-01", "2024-12-31")

# ----------------------------------------------------------------------------- the fake site

COMMITTEES_XML = """<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount>4</committeescount>
  <committee><committeeid>12</committeeid><committeetitle>Cabinet</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
  <committee><committeeid>11</committeeid><committeetitle>Children&amp;#39;s Services Scrutiny Committee</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
  <committee><committeeid>13</committeeid><committeetitle>Children and Young People Panel</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>True</committeeexpired></committee>
  <committee><committeeid>14</committeeid><committeetitle>Corporate Parenting Panel</committeetitle>
    <committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
</committees>"""

# GetMeetings ignores its dates (as real sites may) and sends the whole history.
MEETINGS = [(99, "05/01/2023"), (101, "14/03/2024"), (102, "20/06/2024"), (103, "10/10/2024"),
            (105, "28/11/2024"), (104, "15/01/2025")]


def meetings_xml() -> str:
    items = "".join(f"<meeting><meetingid>{m}</meetingid><meetingdate>{d}</meetingdate><meetingtime>10:00</meetingtime>"
                    "<meetingstatus>Confirmed</meetingstatus></meeting>" for m, d in MEETINGS)
    return (f'<?xml version="1.0" encoding="utf-8"?><getmeetings><committee><committeeid>11</committeeid>'
            f"<committeetitle>Children's Services Scrutiny Committee</committeetitle>"
            f"<committeemeetings>{items}</committeemeetings></committee></getmeetings>")


def item(aid: int, title: str, minutes: str, restricted: bool = False) -> str:
    return (f"<agendaitem><agendaitemid>{aid}</agendaitemid><agendaitemnumber>{aid % 10}</agendaitemnumber>"
            f"<agendaitemtitle>{title}</agendaitemtitle><isrestricted>{restricted}</isrestricted>"
            f"<minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody>"
            "<linkeddocuments><linkeddoc><attachmentid>9" + str(aid) + "</attachmentid><title>Report</title>"
            f"<url>http://example.invalid/documents/s9{aid}/Report.pdf</url><isrestricted>False</isrestricted>"
            "</linkeddoc></linkeddocuments></agendaitem>")


def meeting_xml(mid: int, host: str, scenario: str) -> str:
    date = dict(MEETINGS)[mid]
    published = mid != 105
    docs, items = "", ""
    if mid == 101:  # the printed minutes among the meeting's linked documents, as an http:// URL
        docs = ("<linkeddocuments><linkeddoc><attachmentid>5001</attachmentid><title>Printed minutes 14th-Mar-2024 "
                "10.00 Children&amp;#39;s Services Scrutiny Committee</title><url>http://" + host +
                "/good/documents/g101/Printed minutes 14th-Mar-2024 10.00 Childrens Services Scrutiny Committee.pdf?T=1"
                "</url><isrestricted>False</isrestricted></linkeddoc></linkeddocuments>").replace("/good/", f"/{scenario}/")
    if mid == 103:
        items = (item(3001, "Children&amp;#39;s Services Performance Report - Quarter 1 2024/25",
                      "&lt;p&gt;The Committee considered the report.&lt;/p&gt;")
                 + item(3002, "Fostering Service Annual Report", "&lt;p&gt;The report was noted.&lt;/p&gt;")
                 + item(3003, "Exempt item", "&lt;p&gt;Confidential.&lt;/p&gt;", restricted=True)
                 + item(3004, "Date of next meeting", ""))
    if mid == 105:
        items = item(3101, "Budget monitoring", "")
    return (f'<?xml version="1.0" encoding="utf-8"?><meeting><meetingid>{mid}</meetingid><meetingdate>{date}</meetingdate>'
            f"<committeeid>11</committeeid><agendapublished>True</agendapublished>"
            f"<minutepublished>{published}</minutepublished>{docs}<agendaitems>{items}</agendaitems></meeting>")


def meeting_page(mid: int) -> str:
    link = ""
    if mid == 102:  # this meeting's printed minutes are only linked from its page
        link = ('<li><a href="documents/g102/Printed%20minutes%2020th-Jun-2024%2010.00.pdf?T=1" '
                'title="Link to printed minutes">Printed minutes 20th-Jun-2024 10.00</a></li>')
    return (f'<html><body><div id="modgov"><h1>Agenda and minutes</h1><ul>'
            f'<li><a href="documents/g{mid}/Public reports pack.pdf?T=10">Public reports pack</a></li>{link}'
            f"</ul></div></body></html>")


ITEM_PAGES = {
    3001: """<!DOCTYPE html><html><head><title>Issue</title></head><body>
<nav>Home | Committees</nav><div id="modgov"><div class="mgContent">
<h2>Children's Services Performance Report - Quarter 1 2024/25</h2>
<p>Minutes:</p>
<p>The Committee considered the quarterly performance report of Children's Services.</p>
<p>The number of children in care had risen to 812, and 41% of education, health and care plans were
issued within 20 weeks against a target of 60%.</p>
<p>Members noted that 17 social worker posts remained vacant.</p>
<p>RESOLVED that the report be noted.</p>
</div></div></body></html>""",
    3002: """<!DOCTYPE html><html><body><div id="modgov"><div class="mgContent">
<h2>Fostering Service Annual Report</h2>
<p>The Committee received the annual report of the fostering service. There were 214 fostering households,
and 38 new foster carers had been approved during the year.</p>
<p>RESOLVED that the report be noted.</p></div></div></body></html>""",
}

PDF_TEXT = {
    101: ["Children's Services Scrutiny Committee - 14 March 2024", "Minutes:",
          "The Committee received the performance report. The number of children in need had risen to 1,250 "
          "and 68% of assessments were completed within 45 days.", "RESOLVED that the report be noted."],
    102: ["Children's Services Scrutiny Committee - 20 June 2024", "Minutes:",
          "Members considered the SEND update. There were 2,340 children with an education, health and care plan, "
          "and 14 social worker posts were vacant.", "RESOLVED that the update be noted."],
}

SHIELD = b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200


class FakeModernGov(BaseHTTPRequestHandler):
    """Answers ``/<scenario>/...`` like a ModernGov site, with the scenario's fault."""

    server: "FakeServer"

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def send(self, status: int, body: bytes | str, ctype: str = "text/xml; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        self.server.log.append(("POST", self.path, self.headers.get("User-Agent", "")))
        scenario = self.path.split("/")[1]
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        if scenario != "soap" or not self.path.endswith("/mgWebService.asmx"):
            return self.send(404, "<html>no</html>", "text/html")
        op = self.headers.get("SOAPAction", "").strip('"').rsplit("/", 1)[-1]
        params = dict(__import__("re").findall(r"<(l\w+|s\w+)>([^<]*)</", body))
        inner = self.answer(op, params, scenario)
        if inner is None:
            return self.send(500, "<soap:Fault/>")
        inner = inner.split("?>", 1)[-1]
        self.send(200, '<?xml version="1.0" encoding="utf-8"?><soap:Envelope '
                       'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
                       f'<{op}Response xmlns="http://moderngov.co.uk/namespaces"><{op}Result>{inner}</{op}Result>'
                       f"</{op}Response></soap:Body></soap:Envelope>")

    def answer(self, op: str, params: dict[str, str], scenario: str) -> str | None:
        host = f"127.0.0.1:{self.server.server_address[1]}"
        if op == "GetCommittees":
            return COMMITTEES_XML
        if op == "GetMeetings" and params.get("lCommitteeId") == "11":
            return meetings_xml()
        if op == "GetMeetings":
            return '<?xml version="1.0"?><getmeetings></getmeetings>'
        if op == "GetMeeting" and params.get("lMeetingId", "").isdigit() and int(params["lMeetingId"]) in dict(MEETINGS):
            return meeting_xml(int(params["lMeetingId"]), host, scenario)
        return None

    def do_GET(self) -> None:
        self.server.log.append(("GET", self.path, self.headers.get("User-Agent", "")))
        parts = urlsplit(self.path)
        scenario, _, rest = parts.path.lstrip("/").partition("/")
        rest = unquote(rest)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        once = self.server.once
        if scenario == "shield":
            return self.send(403, SHIELD, "text/html; charset=utf-8")
        if scenario == "notmg":
            return self.send(404, "<!DOCTYPE html><html><body>Page not found</body></html>", "text/html")
        if rest.startswith("mgWebService.asmx/"):
            op = rest.split("/", 1)[1]
            if scenario == "soap":
                return self.send(500, f"Request format is unrecognized for URL unexpectedly ending in '/{op}'.",
                                 "text/plain")
            if scenario == "busy" and op == "GetCommittees" and not once.get("busy"):
                once["busy"] = True
                return self.send(429, "Too many requests", "text/plain", {"Retry-After": "1"})
            if scenario == "flaky" and op == "GetMeeting" and not once.get("flaky"):
                once["flaky"] = True
                return self.send(503, "Service unavailable", "text/plain")
            if scenario == "malformed" and op == "GetMeetings":
                return self.send(200, meetings_xml()[:180])
            if scenario == "err500" and op == "GetMeeting":
                return self.send(500, "<html><body>Server Error in '/' Application.</body></html>", "text/html")
            body = self.answer(op, query, scenario)
            if body is None:
                return self.send(500, "<html><body>Server Error</body></html>", "text/html")
            return self.send(200, body)
        if rest == "ieListDocuments.aspx":
            return self.send(200, meeting_page(int(query["MId"])), "text/html; charset=utf-8")
        if rest == "mgAi.aspx":
            aid = int(query["ID"])
            if scenario == "badtype" and aid == 3002:
                return self.send(200, OLE, "application/msword")
            if aid in ITEM_PAGES:
                return self.send(200, ITEM_PAGES[aid], "text/html; charset=utf-8")
        if rest.startswith("documents/g101/Printed minutes"):
            return self.send(200, self.server.pdfs[101], "application/pdf")
        if rest.startswith("documents/g102/Printed minutes"):
            return self.send(200, self.server.pdfs[102], "application/pdf")
        return self.send(404, "<html><body>Not found</body></html>", "text/html")


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True
    log: list[tuple[str, str, str]]
    once: dict[str, bool]
    pdfs: dict[int, bytes]

    def url(self, scenario: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{scenario}"

    def requests(self, scenario: str, what: str = "") -> list[str]:
        return [p for _, p, _ in self.log if p.startswith(f"/{scenario}/") and what in p]

    def reset(self) -> None:
        self.log.clear()
        self.once.clear()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    """The fake ModernGov server (module-wide); its request log and one-shot faults reset per test."""
    tmp = tmp_path_factory.mktemp("pdfs")
    server = FakeServer(("127.0.0.1", 0), FakeModernGov)
    server.log, server.once = [], {}
    server.pdfs = {mid: make_pdf(tmp / f"{mid}.pdf", paras).read_bytes() for mid, paras in PDF_TEXT.items()}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def fake(site: FakeServer) -> FakeServer:
    site.reset()
    return site


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(raw: Path, site_url: str, *extra: str, committee: str = COMMITTEE, start: str = RANGE[0],
        end: str = RANGE[1], sleep=lambda s: None) -> int:
    args = ["--raw-dir", str(raw), "--site", site_url, "--council", COUNCIL, "--committee", committee,
            "--from", start, "--to", end, "--delay", "0", "--backoff", "0", "--retries", "2", *extra]
    return F.main(args, sleep=sleep)


def manifest_rows(raw: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((raw / "manifest.csv").read_text(encoding="utf-8"), newline="")))


def saved(raw: Path) -> list[str]:
    return sorted(p.name for p in (raw / SLUG).iterdir() if not p.name.startswith("."))


EXPECTED_FILES = sorted([
    f"{SLUG}-2024-03-14-m101-minutes.pdf", f"{SLUG}-2024-06-20-m102-minutes.pdf",
    f"{SLUG}-2024-10-10-m103-ai3001.html", f"{SLUG}-2024-10-10-m103-ai3002.html",
])


# ----------------------------------------------------------------------------- through make


@pytest.mark.slow
def test_make_fetch_collects_minutes_and_make_all_reports_on_the_council(fake: FakeServer, tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    seed_manifest = (raw / "manifest.csv").read_bytes()
    args = [f"SITE={fake.url('good')}", f"COUNCIL={COUNCIL}", "COMMITTEE=children's services scrutiny committee",
            f"FROM={RANGE[0]}", f"TO={RANGE[1]}", "FETCH_DELAY=0", "FETCH_ARGS=--backoff 0"]
    proc = run_make(tmp_path, raw, "fetch", *args)
    assert "4 new file(s) (2 PDF, 2 HTML)" in proc.stdout, proc.stdout

    folder = raw / SLUG
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == EXPECTED_FILES
    assert (folder / EXPECTED_FILES[0]).read_bytes() == fake.pdfs[101]
    # The manifest keeps its rows byte for byte and gains one row per file, in date order.
    manifest = (raw / "manifest.csv").read_bytes()
    assert manifest.startswith(seed_manifest)
    rows = manifest_rows(raw)[-4:]
    assert [r["file"] for r in rows] == [f"{SLUG}/{n}" for n in EXPECTED_FILES]
    assert {r["council"] for r in rows} == {COUNCIL}
    assert {r["committee"] for r in rows} == {COMMITTEE}  # escaped twice by the site, read as written
    assert [r["meeting_date"] for r in rows] == ["2024-03-14", "2024-06-20", "2024-10-10", "2024-10-10"]
    assert rows[2]["title"] == "Children's Services Performance Report - Quarter 1 2024/25"
    assert rows[2]["source_url"] == f"{fake.url('good')}/mgAi.aspx?ID=3001"
    assert "/documents/g101/Printed" in rows[0]["source_url"]
    # Only meetings in the range were asked for; the restricted item was not fetched; polite User-Agent.
    asked = fake.requests("good", "GetMeeting?")
    assert sorted(asked) == sorted(f"/good/mgWebService.asmx/GetMeeting?lMeetingId={m}" for m in (101, 102, 103, 105))
    assert not fake.requests("good", "ID=3003")
    assert all(ua.startswith("council-minutes/") for _, _, ua in fake.log)

    # A second fetch downloads nothing and changes nothing.
    before = file_bytes(raw)
    fake.reset()
    proc = run_make(tmp_path, raw, "fetch", *args)
    assert "0 new file(s)" in proc.stdout and "4 already there" in proc.stdout, proc.stdout
    assert not fake.requests("good", "documents/") and not fake.requests("good", "mgAi.aspx")
    assert file_bytes(raw) == before

    # make all picks the council up with no other step.
    run_make(tmp_path, raw, "all", "-j2")
    assert (tmp_path / "reports" / f"{SLUG}.html").exists()
    documents = pd.read_parquet(tmp_path / "processed" / "documents.parquet")
    ours = documents[documents["council_slug"] == SLUG]
    assert sorted(ours["file"]) == [f"{SLUG}/{n}" for n in EXPECTED_FILES]
    assert (ours["n_segments"] > 0).all()
    figures = pd.read_parquet(tmp_path / "processed" / "figures.parquet")
    surfaces = set(figures.loc[figures["doc_id"].str.startswith(SLUG), "surface"])
    assert {"812", "1,250"} <= surfaces, surfaces
    report = (tmp_path / "reports" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert COMMITTEE in report or COMMITTEE.replace("'", "&#39;") in report or "Testshire" in report


@pytest.mark.slow
def test_make_fetch_bad_dates_and_lookup_by_council_slug(fake: FakeServer, tmp_path: Path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    before = file_bytes(raw)
    proc = run_make(tmp_path, raw, "fetch", f"SITE={fake.url('good')}", f"COUNCIL={COUNCIL}", "COMMITTEE=11",
                    "FROM=2024-12-31", "TO=2024-01-01", check=False)
    assert proc.returncode != 0
    assert proc.stderr.strip().splitlines()[0] == (
        "error: the date range is backwards: FROM=2024-12-31 is after TO=2024-01-01.")
    assert file_bytes(raw) == before and not fake.log

    sites = tmp_path / "sites.csv"
    sites.write_text(f"council,slug,site,source\n{COUNCIL},{SLUG},{fake.url('good')},test\n", encoding="utf-8")
    proc = run_make(tmp_path, raw, "fetch", "COUNCIL=testshire", "COMMITTEE=11", f"FROM={RANGE[0]}",
                    f"TO={RANGE[1]}", f"SITES_CSV={sites}", "FETCH_DELAY=0")
    assert "4 new file(s)" in proc.stdout
    assert {r["council"] for r in manifest_rows(raw)[-4:]} == {COUNCIL}


# ----------------------------------------------------------------------------- bad cases


BAD_CASES = {
    "unreachable": (None, "cannot connect (connection refused)"),
    "notmg": ("notmg", "does not look like a ModernGov site"),
    "shield": ("shield", "403 Forbidden with an HTML page: the site's bot shield"),
    "err500": ("err500", "HTTP 500"),
    "malformed": ("malformed", "malformed XML from the web service"),
    "badtype": ("badtype", "neither a PDF nor an HTML page (Content-Type 'application/msword'"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_site_ends_with_one_line_and_leaves_raw_byte_identical(case: str, fake: FakeServer, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    # An earlier good fetch (March 2024): its files, state and manifest rows must stay as they are.
    assert run(raw, fake.url("good"), start="2024-03-01", end="2024-03-31") == 0
    before, folders = file_bytes(raw), sorted(p for p in raw.rglob("*") if p.is_dir())
    capsys.readouterr()
    scenario, words = BAD_CASES[case]
    url = f"http://127.0.0.1:{closed_port()}/x" if scenario is None else fake.url(scenario)
    assert run(raw, url) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("error: ") and words in err, err
    assert file_bytes(raw) == before  # hidden files included: no temporary is left behind
    assert sorted(p for p in raw.rglob("*") if p.is_dir()) == folders


def test_failure_midway_leaves_no_new_raw_folder(fake: FakeServer, tmp_path: Path, capsys):
    raw = tmp_path / "new-raw"
    assert run(raw, fake.url("badtype")) == 1
    assert "application/msword" in capsys.readouterr().err
    assert fake.requests("badtype", "documents/g101")  # files were downloaded before the failure...
    assert not raw.exists()  # ...and none was kept


def test_a_move_failing_at_the_end_puts_back_every_file(fake: FakeServer, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch):
    import analysis.io as aio

    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    assert run(raw, fake.url("good"), start="2024-03-01", end="2024-03-31") == 0
    before = file_bytes(raw)
    real = aio.commit_files

    def last_move_fails(staged):  # every file moved, then one more move fails: all must go back
        real([*staged, (tmp_path / "missing.tmp", raw / "never")])

    monkeypatch.setattr(aio, "commit_files", last_move_fails)
    with pytest.raises(FileNotFoundError):
        run(raw, fake.url("good"))
    assert file_bytes(raw) == before


def test_unknown_committee_lists_the_closest_names(fake: FakeServer, tmp_path: Path, capsys):
    raw = tmp_path / "raw"
    assert run(raw, fake.url("good"), committee="Childrens Scrutiny") == 1
    err = capsys.readouterr().err
    assert "has no committee 'Childrens Scrutiny'; closest: 'Children's Services Scrutiny Committee' (id 11)" in err
    assert not raw.exists()


def test_backwards_dates_and_bad_dates_fail_before_any_request(fake: FakeServer, tmp_path: Path, capsys):
    assert run(tmp_path / "raw", fake.url("good"), start="2024-05-01", end="2024-04-30") == 1
    assert "backwards" in capsys.readouterr().err
    assert run(tmp_path / "raw", fake.url("good"), start="1/5/2024") == 1
    assert "FROM='1/5/2024' is not a date YYYY-MM-DD" in capsys.readouterr().err
    assert not fake.log


def test_invalid_existing_manifest_stops_before_any_request(fake: FakeServer, tmp_path: Path, capsys):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    with open(raw / "manifest.csv", "a", encoding="utf-8") as fh:
        fh.write("missing.txt,Somewhere Council,,,,\n")
    before = file_bytes(raw)
    assert run(raw, fake.url("good")) == 1
    assert "the existing manifest is not valid" in capsys.readouterr().err
    assert file_bytes(raw) == before and not fake.log


# ----------------------------------------------------------------------------- politeness and quirks


def test_retry_after_is_honoured(fake: FakeServer, tmp_path: Path):
    waits: list[float] = []
    assert run(tmp_path / "raw", fake.url("busy"), sleep=waits.append) == 0
    assert waits == [1.0]  # the site's Retry-After, not the backoff (0 here)
    assert len(fake.requests("busy", "GetCommittees")) == 2


def test_503_without_retry_after_backs_off_and_retries(fake: FakeServer, tmp_path: Path):
    waits: list[float] = []
    assert run(tmp_path / "raw", fake.url("flaky"), "--backoff", "0.5", sleep=waits.append) == 0
    assert waits == [0.5]
    assert saved(tmp_path / "raw") == EXPECTED_FILES


def test_delay_between_requests(fake: FakeServer, tmp_path: Path):
    waits: list[float] = []
    args = ["--raw-dir", str(tmp_path / "raw"), "--site", fake.url("good"), "--council", COUNCIL,
            "--committee", "11", "--from", "2024-03-01", "--to", "2024-03-31", "--delay", "5"]
    assert F.main(args, sleep=waits.append) == 0
    n = len(fake.requests("good"))
    assert n == 4  # committees, meetings, meeting 101, its printed minutes
    assert len(waits) == n - 1 and all(4.0 < w <= 5.0 for w in waits), waits


def test_soap_when_the_get_form_is_disabled(fake: FakeServer, tmp_path: Path):
    assert run(tmp_path / "raw", fake.url("soap")) == 0
    assert saved(tmp_path / "raw") == EXPECTED_FILES
    assert [m for m, p, _ in fake.log if p.endswith("mgWebService.asmx")] == ["POST"] * 6


def test_rerun_fetches_only_missing_or_changed_files(fake: FakeServer, tmp_path: Path):
    raw = tmp_path / "raw"
    assert run(raw, fake.url("good")) == 0
    manifest = (raw / "manifest.csv").read_bytes()
    (raw / SLUG / EXPECTED_FILES[0]).unlink()
    (raw / SLUG / EXPECTED_FILES[2]).write_text("edited", encoding="utf-8")
    fake.reset()
    assert run(raw, fake.url("good")) == 0
    downloads = fake.requests("good", "documents/") + fake.requests("good", "mgAi.aspx")
    assert len(downloads) == 2 and any("g101" in d for d in downloads), downloads
    assert (raw / SLUG / EXPECTED_FILES[0]).read_bytes() == fake.pdfs[101]
    assert "812" in (raw / SLUG / EXPECTED_FILES[2]).read_text(encoding="utf-8")
    assert (raw / "manifest.csv").read_bytes() == manifest  # no duplicate rows
    # Complete meetings are not asked for again; the one without minutes is.
    assert sorted(fake.requests("good", "GetMeeting?")) == sorted(
        f"/good/mgWebService.asmx/GetMeeting?lMeetingId={m}" for m in (101, 103, 105))


def test_a_manifest_row_removed_by_hand_comes_back_once(fake: FakeServer, tmp_path: Path):
    raw = tmp_path / "raw"
    assert run(raw, fake.url("good")) == 0
    lines = (raw / "manifest.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (raw / "manifest.csv").write_text("".join(lines[:-1]), encoding="utf-8")
    fake.reset()
    assert run(raw, fake.url("good")) == 0
    assert (raw / "manifest.csv").read_text(encoding="utf-8").splitlines(keepends=True) == lines
    assert not fake.requests("good", "documents/") and not fake.requests("good", "mgAi.aspx")


def test_committee_by_id_and_names_read_from_the_service(fake: FakeServer, tmp_path: Path):
    client = F.Client(F.Settings(delay=0, backoff=0))
    service = F.ModernGov(fake.url("good") + "/", client)
    committees = service.committees()
    assert F.find_committee(committees, "11", "s").title == COMMITTEE
    assert F.find_committee(committees, "CABINET", "s").id == 12
    meetings = service.meetings(F.Committee(11, COMMITTEE), F.date(2024, 1, 1), F.date(2024, 12, 31))
    assert [m.id for m in meetings] == [101, 102, 103, 105]  # the whole history came back; the range is applied


def test_https_site_gets_https_document_urls():
    assert F.document_url("http://democracy.x.gov.uk/documents/g1/a.pdf", "https://democracy.x.gov.uk") \
        == "https://democracy.x.gov.uk/documents/g1/a.pdf"
    assert F.document_url("http://other.example/a.pdf", "https://democracy.x.gov.uk") == "http://other.example/a.pdf"
    assert F.document_url("http://127.0.0.1:8080/g/a.pdf", "http://127.0.0.1:8080/g") == "http://127.0.0.1:8080/g/a.pdf"


def test_document_kind_needs_type_and_magic_to_agree():
    assert F.document_kind("application/pdf", b"%PDF-1.4\n") == "pdf"
    assert F.document_kind("application/octet-stream", b"%PDF-1.4\n") == "pdf"
    assert F.document_kind("text/html; charset=utf-8", b"\xef\xbb\xbf <html>") == "html"
    assert F.document_kind("text/plain", b"%PDF-1.4") is None
    assert F.document_kind("text/html", b"\x00\x01binary") is None
    assert F.document_kind("application/pdf", b"<html>") is None


# ----------------------------------------------------------------------------- data/sites.csv


def test_sites_csv_lists_councils_with_their_source():
    from analysis.corpus import slugify

    rows = F.load_sites(ROOT / "data" / "sites.csv")
    assert len(rows) >= 30
    assert len({r["slug"] for r in rows}) == len(rows)
    for r in rows:
        assert r["slug"] == slugify(r["council"])
        assert r["site"].startswith(("https://", "http://")) and "mgWebService" not in r["site"]
        assert not r["site"].endswith("/") and r["source"]
    assert F.lookup_site(rows, "warwickshire", "sites.csv")["site"] == "https://democracy.warwickshire.gov.uk"
    assert F.lookup_site(rows, "Kent County Council", "sites.csv")["slug"] == "kent-county-council"
    with pytest.raises(F.FetchError, match="east-sussex-county-council.*west-sussex-county-council"):
        F.lookup_site(rows, "sussex", "sites.csv")
