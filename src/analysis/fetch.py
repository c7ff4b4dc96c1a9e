"""Collect a committee's published minutes from a ModernGov site into the raw folder (``make fetch``).

Most English councils publish committee papers with ModernGov, whose public web service
``<site>/mgWebService.asmx`` lists a site's committees (``GetCommittees``), a committee's meetings
(``GetMeetings``) and each meeting with its agenda items and linked documents (``GetMeeting``).
:func:`fetch` walks those three levels for one committee and a date range and saves, for each
meeting, the minutes:

* the printed-minutes PDF where the meeting has one (a linked document titled "Printed minutes",
  or the meeting page's link to it), else
* the minutes page (``mgAi.aspx?ID=...``) of every agenda item whose minutes are published.

Files go to ``<raw>/<council-slug>/`` and each gets a row in ``<raw>/manifest.csv`` (appended after
the rows already there, never twice), so ``make all`` picks them up with no other step.

Polite and all-or-nothing:

* requests carry an identifying User-Agent, wait ``delay`` seconds between them, time out, retry
  connection failures and 5xx answers with exponential backoff, and honour ``Retry-After`` on 429
  and 503;
* everything is downloaded first; files, state and manifest are then written under hidden temporary
  names beside their places and moved into place together (:func:`analysis.io.write_files`) only
  when the whole fetch succeeded. Any failure ends with one :class:`FetchError` line and leaves the raw folder and the
  manifest byte-identical;
* a small state file (``<raw>/<slug>/.fetch-state.json``, hidden, so neither the manifest check nor
  the stage fingerprints see it) records every saved document by meeting and document id with its
  sha256: a rerun downloads only what is missing or changed on disk, and skips the ``GetMeeting``
  call of meetings it already has complete.

Known quirks of real sites handled here: ``GetMeetings`` may ignore its date parameters and return
the committee's whole history (meetings are filtered on ``meetingdate``, ``dd/mm/yyyy``); document
URLs may come back as ``http://`` on an ``https://`` site (upgraded); text is sometimes HTML-escaped
twice (unescaped); some sites only answer SOAP, not HTTP GET (the SOAP form is used then); bot
shields answer ``403`` with an HTML page (reported as such).
"""

from __future__ import annotations

import argparse
import csv
import email.utils
import hashlib
import html
import io as _io
import json
import os
import re
import shutil
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from difflib import get_close_matches
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from .errors import PipelineError

SERVICE = "mgWebService.asmx"
SOAP_NS = "http://moderngov.co.uk/namespaces"
STATE_FILE = ".fetch-state.json"
SITES_COLUMNS = ("council", "slug", "site", "source")


def _user_agent() -> str:
    from . import __version__

    return (f"council-minutes/{__version__} (research package collecting published committee minutes; "
            "polite: one request at a time, with pauses)")


USER_AGENT = _user_agent()


class FetchError(PipelineError):
    """A fetch cannot go on: unreachable or unsuitable site, HTTP error, bad answer, bad arguments."""


class HTTPStatusError(FetchError):
    """The site answered with an HTTP error status (``status``)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class _GetDisabled(Exception):
    """The web service refuses the HTTP GET form (ASP.NET: "Request format is unrecognized")."""


# ----------------------------------------------------------------------------- HTTP


@dataclass
class Settings:
    """How politely and patiently to ask.

    ``delay``: seconds between two requests; ``timeout``: seconds to wait for an answer;
    ``retries``: further attempts after a connection failure, 429 or 5xx; ``backoff``: the first
    wait before a retry (doubling each time) when the site gives no ``Retry-After``; ``max_wait``:
    the longest ``Retry-After`` honoured (a longer one ends the fetch: try again later).
    """

    delay: float = 1.0
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 2.0
    max_wait: float = 300.0
    user_agent: str = USER_AGENT


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date.

    >>> retry_after_seconds("120")
    120.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:30 GMT", now=datetime(2015, 10, 21, 7, 28, tzinfo=timezone.utc))
    30.0
    >>> retry_after_seconds("soon") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _looks_html(content_type: str, body: bytes) -> bool:
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


def _reason(exc: BaseException) -> str:
    text = str(exc)
    for needle, reason in (("Connection refused", "connection refused"),
                           ("Name or service not known", "host name not found"),
                           ("NameResolutionError", "host name not found"),
                           ("getaddrinfo failed", "host name not found"),
                           ("Temporary failure in name resolution", "host name not found"),
                           ("Failed to resolve", "host name not found"),
                           ("No route to host", "no route to host"),
                           ("Network is unreachable", "network unreachable"),
                           ("CERTIFICATE_VERIFY_FAILED", "its TLS certificate is not valid"),
                           ("Connection reset", "connection reset")):
        if needle in text:
            return reason
    return type(exc).__name__


#: Connection failures that mean no route to any site (or a mistyped host name), not one site being down.
_OFFLINE = frozenset(f"cannot connect ({r})" for r in ("host name not found", "no route to host", "network unreachable"))


class Client:
    """A polite HTTP client: one ``requests`` session, a pause between requests, retries.

    ``sleep`` is injectable so tests can record the waits instead of sleeping.
    """

    def __init__(self, settings: Settings | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        import requests

        self.settings = settings or Settings()
        self.sleep = sleep
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.settings.user_agent
        self._last = 0.0
        self.requests = 0

    def _pace(self) -> None:
        wait = self.settings.delay - (time.monotonic() - self._last)
        if self._last and wait > 0:
            self.sleep(wait)
        self._last = time.monotonic()

    def request(self, method: str, url: str, **kwargs: Any) -> Any:
        """``method url`` with retries; returns the 200 response or raises :class:`FetchError`."""
        import requests

        s = self.settings
        last = ""
        for attempt in range(s.retries + 1):
            self._pace()
            self.requests += 1
            wait = s.backoff * (2 ** attempt)
            try:
                resp = self.session.request(method, url, timeout=(min(15.0, s.timeout), s.timeout), **kwargs)
            except requests.Timeout:
                last = f"no answer within {s.timeout:g} s"
            except requests.ConnectionError as exc:
                last = f"cannot connect ({_reason(exc)})"
            except requests.RequestException as exc:
                raise FetchError(f"{url}: the request failed ({_reason(exc)}: {exc})") from None
            else:
                status = resp.status_code
                if status == 200:
                    return resp
                ctype = resp.headers.get("Content-Type", "")
                body = resp.content
                if status == 403 and _looks_html(ctype, body):
                    raise HTTPStatusError(
                        f"{url}: 403 Forbidden with an HTML page: the site's bot shield (web application firewall) "
                        "refuses scripted access. Try again later or from another network, or save the minutes "
                        "from a browser and add them to the manifest by hand.", status)
                if status == 500 and b"Request format is unrecognized" in body:
                    raise _GetDisabled(url)
                if status in (429, 503):
                    asked = retry_after_seconds(resp.headers.get("Retry-After"))
                    if asked is not None:
                        if asked > s.max_wait:
                            raise HTTPStatusError(
                                f"{url}: HTTP {status} {resp.reason}: the site asks to wait {asked:.0f} s "
                                f"(Retry-After), longer than {s.max_wait:.0f} s; try again later.", status)
                        wait = asked
                elif status not in (500, 502, 504):
                    raise HTTPStatusError(f"{url}: HTTP {status} {resp.reason}", status)
                last = f"HTTP {status} {resp.reason}"
            if attempt < s.retries:
                self.sleep(wait)
        if last in _OFFLINE:
            raise HTTPStatusError(
                f"{url}: {last}, {s.retries + 1} attempt(s): the address is wrong or this machine has no internet "
                "access. Offline, save the minutes from a browser instead (the minutes page as 'Webpage, HTML only', "
                "or the printed-minutes PDF) into the raw folder, add a manifest row for each file (README: Adding a "
                "council) and run make all.", 0)
        raise HTTPStatusError(
            f"{url}: {last}, {s.retries + 1} attempt(s); the site is down, unreachable or refusing requests: "
            "check the address and try again later.", 0 if last.startswith(("cannot", "no answer")) else -1)

    def get(self, url: str) -> Any:
        return self.request("GET", url)


# ----------------------------------------------------------------------------- XML


def parse_xml(data: bytes, url: str) -> Any:
    """Parse a web-service answer safely (no entities, no DTDs), tags lower-cased, namespaces dropped.

    A SOAP envelope is unwrapped to the element inside ``<...Result>``.

    >>> parse_xml(b"<committees><committee><committeeid>7</committeeid></committee></committees>", "u").tag
    'committees'
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring
    from xml.etree.ElementTree import ParseError

    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException) as exc:
        raise FetchError(f"{url}: malformed XML from the web service ({exc}); the site may be misconfigured "
                         "or mid-update: try again later.") from None
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = el.tag.rsplit("}", 1)[-1].lower()
    if root.tag == "envelope":
        result = next((el for el in root.iter() if el.tag.endswith("result")), None)
        children = list(result) if result is not None else []
        if not children:
            raise FetchError(f"{url}: the SOAP answer holds no result.")
        root = children[0]
    return root


def _text(el: Any, tag: str) -> str:
    """The unescaped, whitespace-collapsed text of child ``tag`` (ModernGov escapes some text twice)."""
    value = el.findtext(tag) or ""
    value = html.unescape(html.unescape(value))
    return re.sub(r"\s+", " ", value).strip()


def _flag(el: Any, tag: str) -> bool | None:
    value = el.findtext(tag)
    if value is None:
        return None
    return value.strip().lower() == "true"


@dataclass(frozen=True)
class Committee:
    id: int
    title: str
    expired: bool = False


@dataclass(frozen=True)
class Meeting:
    id: int
    date: date


@dataclass(frozen=True)
class Doc:
    """One minutes document of a meeting. ``key`` is unique per site (meeting and document id)."""

    key: str
    kind: str  # "pdf" or "html"
    url: str
    title: str
    meeting_id: int
    meeting_date: date


#: An id of the web service (committee, meeting, agenda item): ASCII digits. ``str.isdigit`` also takes "²" (then
#: ``int`` raised ValueError) and other scripts' digits (round 29, r29fuzz2).
_ASCII_ID = re.compile(r"[0-9]+")


def parse_committees(root: Any) -> list[Committee]:
    """Committees of a ``GetCommittees`` answer."""
    out = []
    for el in root.iter("committee"):
        cid = (el.findtext("committeeid") or "").strip()
        if _ASCII_ID.fullmatch(cid):
            out.append(Committee(int(cid), _text(el, "committeetitle"), bool(_flag(el, "committeeexpired"))))
    return out


def find_committee(committees: Sequence[Committee], wanted: str, site: str) -> Committee:
    """The committee named ``wanted`` (case-insensitive, spacing ignored) or with id ``wanted``.

    An unknown name fails listing the closest names.

    >>> cs = [Committee(12, "Children's Scrutiny Committee"), Committee(3, "Cabinet")]
    >>> find_committee(cs, "children's scrutiny  committee", "s").id
    12
    >>> find_committee(cs, "3", "s").title
    'Cabinet'
    >>> find_committee(cs, "Childrens Scrutiny", "s")
    Traceback (most recent call last):
    ...
    analysis.fetch.FetchError: s has no committee 'Childrens Scrutiny'; closest: 'Children's Scrutiny Committee' (id 12). Give COMMITTEE=<name or id> exactly.
    """
    wanted = wanted.strip()
    if not wanted:
        examples = ", ".join(f"'{c.title}'" for c in committees[:5])
        raise FetchError(f"give the committee: COMMITTEE=<name or id>; {site} has {len(committees)} committees, "
                         f"for example {examples}.")
    if _ASCII_ID.fullmatch(wanted):
        for c in committees:
            if c.id == int(wanted):
                return c
        raise FetchError(f"{site} has no committee with id {wanted}; give COMMITTEE=<name or id>.")
    norm = lambda s: re.sub(r"\s+", " ", s).strip().casefold()  # noqa: E731
    hits = [c for c in committees if norm(c.title) == norm(wanted)]
    if len(hits) > 1:
        current = [c for c in hits if not c.expired]
        if len(current) == 1:
            return current[0]
        ids = ", ".join(str(c.id) for c in hits)
        raise FetchError(f"{site}: {len(hits)} committees are called '{wanted}' (ids {ids}); give COMMITTEE=<id>.")
    if hits:
        return hits[0]
    titles = {norm(c.title): c for c in committees}
    close = get_close_matches(norm(wanted), list(titles), n=5, cutoff=0.5)
    if not close:
        close = [t for t in titles if set(norm(wanted).split()) & set(t.split())][:5]
    listed = ", ".join(f"'{titles[t].title}' (id {titles[t].id})" for t in close) or "none near it"
    raise FetchError(f"{site} has no committee '{wanted}'; closest: {listed}. Give COMMITTEE=<name or id> exactly.")


def parse_meetings(root: Any, start: date, end: date) -> list[Meeting]:
    """Meetings of a ``GetMeetings`` answer dated ``start`` to ``end`` (inclusive), by date.

    Real sites may ignore the date parameters and send the whole history, so the range is applied
    here, on ``meetingdate`` (``dd/mm/yyyy``).
    """
    seen: dict[int, Meeting] = {}
    for el in root.iter("meeting"):
        mid = (el.findtext("meetingid") or "").strip()
        when = parse_uk_date(el.findtext("meetingdate") or "")
        if _ASCII_ID.fullmatch(mid) and when is not None and start <= when <= end:
            seen[int(mid)] = Meeting(int(mid), when)
    return sorted(seen.values(), key=lambda m: (m.date, m.id))


def parse_uk_date(value: str) -> date | None:
    """``dd/mm/yyyy`` (possibly followed by a time) as a date, else None.

    >>> parse_uk_date("07/03/2024")
    datetime.date(2024, 3, 7)
    >>> parse_uk_date("2024-03-07") is None, parse_uk_date("07/03/20245") is None
    (True, True)
    """
    m = re.match(r"\s*([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9])", value)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def document_url(raw: str, base: str) -> str:
    """An absolute document URL: relative ones are resolved against the site; ``http://`` on the
    site's own host is upgraded to ``https://`` when the site is https.

    >>> document_url("http://democracy.x.gov.uk/documents/g5/Printed minutes.pdf?T=1", "https://democracy.x.gov.uk")
    'https://democracy.x.gov.uk/documents/g5/Printed minutes.pdf?T=1'
    >>> document_url("mgAi.aspx?ID=9", "https://democracy.x.gov.uk/moderngov")
    'https://democracy.x.gov.uk/moderngov/mgAi.aspx?ID=9'
    """
    try:
        url = urljoin(base.rstrip("/") + "/", raw.strip())
        parts, site = urlsplit(url), urlsplit(base)
        if parts.scheme == "http" and site.scheme == "https" and parts.hostname == site.hostname:
            netloc = parts.netloc if parts.port not in (80,) else parts.netloc.rsplit(":", 1)[0]
            url = urlunsplit(("https", netloc, parts.path, parts.query, parts.fragment))
    except ValueError as exc:  # "http://[x" (an IPv6 bracket left open), a port that is not 0-65535
        raise FetchError(f"{base}: the web service links a document at {raw.strip()!r}, which is not a valid web "
                         f"address ({exc}); fetch that meeting's minutes by hand.") from None
    return url


_PRINTED = re.compile(r"\bprinted\s+minutes\b", re.I)


def printed_minutes(meeting: Any, base: str, mid: int) -> str | None:
    """The URL of the meeting's printed-minutes PDF among the documents linked in ``GetMeeting``."""
    for doc in meeting.iter("linkeddoc"):
        url = (doc.findtext("url") or "").strip()
        title = _text(doc, "title")
        if not url or _flag(doc, "isrestricted"):
            continue
        try:
            path = urlsplit(url).path.lower()
        except ValueError:  # not a web address: only its title can make it the printed minutes (then document_url
            path = ""  # says what is wrong); another linked document with a broken address is no reason to stop
        if _PRINTED.search(title) or (f"/g{mid}/" in path and "minutes" in path.rsplit("/", 1)[-1]):
            return document_url(url, base)
    return None


def printed_minutes_from_page(page: bytes, base: str, mid: int) -> str | None:
    """The printed-minutes PDF linked from a meeting page (``ieListDocuments.aspx?MId=...``)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "lxml")
    for a in soup.find_all("a", href=True):
        href = a["href"]
        label = " ".join([a.get_text(" ", strip=True), str(a.get("title") or "")])
        if ".pdf" in href.lower() and "documents/" in href.lower() and _PRINTED.search(label):
            return document_url(href, base)
    return None


def agenda_item_minutes(meeting: Any, base: str, mid: int, when: date) -> list[Doc]:
    """The minutes pages of the meeting's agenda items whose minutes are published."""
    docs = []
    for item in meeting.iter("agendaitem"):
        aid = (item.findtext("agendaitemid") or "").strip()
        if not _ASCII_ID.fullmatch(aid) or _flag(item, "isrestricted"):
            continue
        body = item.findtext("minutesnonemptyhtmlbody")
        published = bool(body and body.strip()) if body is not None else bool(_flag(item, "isminutepublished"))
        if published:
            title = _text(item, "agendaitemtitle") or f"Agenda item {aid}"
            docs.append(Doc(f"m{mid}-ai{aid}", "html", document_url(f"mgAi.aspx?ID={aid}", base), title, mid, when))
    return docs


# ----------------------------------------------------------------------------- the web service


class ModernGov:
    """The web service of one ModernGov site (``base`` is the address before ``/mgWebService.asmx``)."""

    def __init__(self, base: str, client: Client) -> None:
        self.base = base.rstrip("/")
        self.client = client
        self.soap = False

    def call(self, op: str, expect: str, **params: Any) -> Any:
        """Call ``op`` and return its XML root, which must be ``<expect>``."""
        url = f"{self.base}/{SERVICE}/{op}" + (f"?{urlencode(params)}" if params else "")
        if not self.soap:
            try:
                resp = self.client.get(url)
            except _GetDisabled:
                self.soap = True
        if self.soap:
            args = "".join(f"<{k}>{html.escape(str(v))}</{k}>" for k, v in params.items())
            envelope = ('<?xml version="1.0" encoding="utf-8"?>'
                        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
                        f'<soap:Body><{op} xmlns="{SOAP_NS}">{args}</{op}></soap:Body></soap:Envelope>')
            try:
                resp = self.client.request("POST", f"{self.base}/{SERVICE}", data=envelope.encode("utf-8"), headers={
                    "Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{SOAP_NS}/{op}"'})
            except _GetDisabled:
                raise FetchError(f"{url}: the web service refuses both HTTP GET and SOAP requests.") from None
        ctype = resp.headers.get("Content-Type", "")
        if _looks_html(ctype, resp.content):
            raise FetchError(f"{url}: answered an HTML page, not the web service's XML.")
        root = parse_xml(resp.content, url)
        if root.tag != expect:
            raise FetchError(f"{url}: unexpected XML from the web service (<{root.tag}>, expected <{expect}>).")
        return root

    def committees(self) -> list[Committee]:
        """``GetCommittees``; a site without the web service is reported as not ModernGov."""
        hint = (f"{self.base} does not look like a ModernGov site: SITE must be the address before "
                f"/{SERVICE} (for example https://democracy.example.gov.uk)")
        try:
            root = self.call("GetCommittees", "committees")
        except HTTPStatusError as exc:
            if exc.status in (404, 405, 410):
                raise FetchError(f"{hint}; {self.base}/{SERVICE}/GetCommittees answered HTTP {exc.status}.") from None
            raise
        except FetchError as exc:
            if "HTML page" in str(exc) or "unexpected XML" in str(exc):
                raise FetchError(f"{hint}; {exc}") from None
            raise
        return parse_committees(root)

    def meetings(self, committee: Committee, start: date, end: date) -> list[Meeting]:
        root = self.call("GetMeetings", "getmeetings", lCommitteeId=committee.id,
                         sFromDate=start.strftime("%d/%m/%Y"), sToDate=end.strftime("%d/%m/%Y"))
        return parse_meetings(root, start, end)

    def minutes(self, meeting: Meeting) -> list[Doc]:
        """The minutes documents of a meeting: its printed minutes, else its agenda items' minutes pages."""
        root = self.call("GetMeeting", "meeting", lMeetingId=meeting.id)
        mid, when = meeting.id, meeting.date
        url = printed_minutes(root, self.base, mid)
        if url is None and _flag(root, "minutepublished"):
            page = self.client.get(f"{self.base}/ieListDocuments.aspx?MId={mid}").content
            url = printed_minutes_from_page(page, self.base, mid)
        if url is not None:
            return [Doc(f"m{mid}-minutes", "pdf", url, "Printed minutes", mid, when)]
        return agenda_item_minutes(root, self.base, mid, when)


# ----------------------------------------------------------------------------- documents


PDF_TYPES = {"", "application/pdf", "application/x-pdf", "application/octet-stream", "binary/octet-stream",
             "application/force-download", "application/download"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}


def document_kind(content_type: str, body: bytes) -> str | None:
    """``"pdf"`` or ``"html"`` when both the Content-Type and the first bytes agree, else None.

    >>> document_kind("application/pdf", b"%PDF-1.7 ...")
    'pdf'
    >>> document_kind("text/html; charset=utf-8", b"<!DOCTYPE html><html>")
    'html'
    >>> document_kind("application/msword", b"\\xd0\\xcf\\x11\\xe0") is None
    True
    >>> document_kind("text/html", b"%PDF-1.4") is None
    True
    """
    ctype = content_type.split(";", 1)[0].strip().lower()
    if body.startswith(b"%PDF-"):
        return "pdf" if ctype in PDF_TYPES else None
    head = body[:8192]
    if ctype in HTML_TYPES and b"\x00" not in head and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "html"
    return None


def download(client: Client, doc: Doc) -> bytes:
    """The document's bytes, checked to be what it should be (a PDF or an HTML page)."""
    resp = client.get(doc.url)
    ctype = resp.headers.get("Content-Type", "")
    kind = document_kind(ctype, resp.content)
    if kind is None:
        raise FetchError(
            f"{doc.url}: neither a PDF nor an HTML page (Content-Type {ctype or '(none)'!r}, starts with "
            f"{resp.content[:8]!r}); the pipeline reads only PDF, HTML and text. Save it as PDF or text by hand.")
    if kind != doc.kind:
        raise FetchError(f"{doc.url}: expected {'a PDF' if doc.kind == 'pdf' else 'an HTML page'} for "
                         f"'{doc.title}' but the site sent {'a PDF' if kind == 'pdf' else 'an HTML page'}.")
    return resp.content


def file_name(slug: str, doc: Doc) -> str:
    """The saved file's name; its stem (the document id) is unique in a corpus of many councils.

    >>> file_name("testshire-county-council", Doc("m7-ai31", "html", "u", "t", 7, date(2024, 3, 14)))
    'testshire-county-council-2024-03-14-m7-ai31.html'
    """
    return f"{slug}-{doc.meeting_date.isoformat()}-{doc.key}.{doc.kind}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ----------------------------------------------------------------------------- sites.csv


def load_sites(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Rows of ``data/sites.csv`` (council, slug, site, source)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise FetchError(f"{p}: cannot read the list of sites ({exc.strerror}); give SITE=<base url> instead.") from None
    reader = csv.DictReader(_io.StringIO(text, newline=""))
    missing = [c for c in SITES_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise FetchError(f"{p} line 1: missing column(s) {', '.join(missing)}.")
    return [{k: (row.get(k) or "").strip() for k in SITES_COLUMNS} for row in reader if any(row.values())]


def lookup_site(sites: Sequence[dict[str, str]], council: str, path: str | os.PathLike[str]) -> dict[str, str]:
    """The row of ``council``: by name (case-insensitive), slug, or a unique part of the slug.

    >>> rows = [{"council": "Kent County Council", "slug": "kent-county-council", "site": "https://k", "source": ""},
    ...         {"council": "Surrey County Council", "slug": "surrey-county-council", "site": "https://s", "source": ""}]
    >>> lookup_site(rows, "kent", "sites.csv")["site"]
    'https://k'
    """
    from .names import slugify

    slug = slugify(council)
    for row in sites:
        if row["council"].casefold() == council.strip().casefold() or row["slug"] == slug:
            return row
    part = [r for r in sites if slug and re.search(rf"(^|-){re.escape(slug)}(-|$)", r["slug"])]
    if len(part) == 1:
        return part[0]
    names = {r["slug"]: r for r in sites}
    close = part or [names[s] for s in get_close_matches(slug, list(names), n=5, cutoff=0.6)]
    listed = ", ".join(f"'{r['council']}' ({r['slug']})" for r in close) or "nothing close"
    what = f"'{council}' matches several councils" if len(part) > 1 else f"no council '{council}'"
    raise FetchError(f"{path}: {what} ({listed}); give COUNCIL=<name or slug> from that list, "
                     "or SITE=<base url> with COUNCIL=<name>.")


# ----------------------------------------------------------------------------- manifest and state


@dataclass
class Manifest:
    """The raw folder's manifest as bytes, with the files it names and its header."""

    path: Path
    data: bytes
    header: list[str]
    files: set[str]
    doc_ids: set[str]
    newline: str = "\n"

    @classmethod
    def read(cls, raw: Path, repairable: Iterable[str] = ()) -> Manifest:
        """Read and validate the existing manifest (an invalid one stops the fetch before any request).

        ``repairable`` are files (relative to ``raw``) that this fetch saved before and will fetch
        again: a row naming one of them that has gone missing from disk is not an error.
        """
        from .corpus import MANIFEST, REQUIRED_COLUMNS, CorpusWarning, load_manifest
        from .errors import ManifestError

        path = raw / MANIFEST
        if not path.exists():
            return cls(path, b"", list(REQUIRED_COLUMNS), set(), set())
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FetchError(f"{path}: not UTF-8 ({exc}), so nothing was fetched; save it as UTF-8 CSV.") from None
        records = list(csv.DictReader(_io.StringIO(text, newline="")))
        files = {(r.get("file") or "").strip() for r in records} - {""}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", CorpusWarning)
                load_manifest(raw)
        except ManifestError as exc:
            missing = {f for f in set(repairable) & files if not (raw / f).is_file()}
            if "has no rows" not in str(exc) and not any(f"file '{f}' does not exist" in str(exc) for f in missing):
                raise FetchError(f"the existing manifest is not valid, so nothing was fetched: {exc}") from None
        header = [h.strip() for h in next(csv.reader(_io.StringIO(text, newline="")), [])]
        newline = "\r\n" if b"\r\n" in data.split(b"\n", 1)[0] + b"\n" else "\n"
        return cls(path, data, header, files, {Path(f).stem for f in files}, newline)

    def with_rows(self, rows: Iterable[dict[str, str]]) -> bytes:
        """The manifest's bytes with ``rows`` appended (existing bytes kept exactly)."""
        buf = _io.StringIO(newline="")
        writer = csv.DictWriter(buf, fieldnames=self.header, lineterminator=self.newline, extrasaction="ignore",
                                restval="")
        if not self.data:
            writer.writeheader()
        for row in rows:
            writer.writerow(row)
        prefix = self.data
        if prefix and not prefix.endswith(b"\n"):
            prefix += self.newline.encode()
        return prefix + buf.getvalue().encode("utf-8")


def read_state(folder: Path) -> dict[str, Any]:
    """The council folder's fetch state (empty when there is none; an unreadable one is reported and
    treated as empty, so every document is checked again)."""
    path = folder / STATE_FILE
    if not path.exists():
        return {"documents": {}, "meetings": {}}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        warnings.warn(f"{path}: unreadable fetch state ({exc}); every document will be downloaded again")
        return {"documents": {}, "meetings": {}}
    if not isinstance(state, dict):
        warnings.warn(f"{path}: fetch state is not a JSON object; every document will be downloaded again")
        return {"documents": {}, "meetings": {}}
    state.setdefault("documents", {})
    state.setdefault("meetings", {})
    return state


def _have(folder: Path, entry: dict[str, Any] | None) -> bool:
    """True if the state entry's file is on disk with the recorded sha256."""
    if not entry:
        return False
    path = folder / entry["file"]
    try:
        return path.is_file() and sha256(path.read_bytes()) == entry["sha256"]
    except OSError:
        return False


# ----------------------------------------------------------------------------- the fetch


@dataclass
class Result:
    """What a fetch did (for the summary line and the tests)."""

    council: str
    slug: str
    committee: str
    meetings: int = 0
    without_minutes: int = 0
    downloaded: list[str] = field(default_factory=list)
    kept: int = 0
    rows_added: int = 0

    def summary(self, folder: Path, start: date, end: date) -> str:
        pdf = sum(f.endswith(".pdf") for f in self.downloaded)
        return (f"fetch: {self.council}, '{self.committee}', {start} to {end}: {self.meetings} meeting(s); "
                f"{len(self.downloaded)} new file(s) ({pdf} PDF, {len(self.downloaded) - pdf} HTML) in {folder}; "
                f"{self.kept} already there; {self.without_minutes} meeting(s) without published minutes; "
                f"{self.rows_added} manifest row(s) added.")


def parse_iso(value: str, name: str) -> date:
    """A ``YYYY-MM-DD`` argument as a date, or a :class:`FetchError` naming it."""
    from .corpus import iso_date

    when = iso_date(value)
    if when is None:
        raise FetchError(f"{name}={value!r} is not a date YYYY-MM-DD; give for example {name}=2023-04-01.")
    return when


def fetch(site: str, council: str, committee: str, start: date, end: date, raw_dir: str | os.PathLike[str],
          client: Client | None = None, progress: bool = True) -> Result:
    """Fetch the minutes of ``committee`` at ``site`` dated ``start``..``end`` into ``raw_dir``.

    All or nothing: on any error a :class:`FetchError` is raised and ``raw_dir`` is left exactly as
    it was. Returns what was done.
    """
    from tqdm import tqdm

    from .names import slugify
    from .io import write_files

    if end < start:
        raise FetchError(f"the date range is backwards: FROM={start} is after TO={end}.")
    site = site.strip().rstrip("/")
    parts = urlsplit(site)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"SITE={site!r} is not a web address; give the ModernGov site's base URL, "
                         "for example SITE=https://democracy.example.gov.uk")
    council = council.strip()
    slug = slugify(council)
    if not slug:
        raise FetchError(f"COUNCIL={council!r}: give the council's name (it names the manifest rows and the folder).")
    raw = Path(raw_dir)
    if raw.exists() and not raw.is_dir():
        raise FetchError(f"{raw} is not a folder; RAW_DIR must be the raw folder.")
    folder = raw / slug
    state = read_state(folder)
    manifest = Manifest.read(raw, [f"{slug}/{e['file']}" for e in state["documents"].values()])

    client = client or Client()
    service = ModernGov(site, client)
    chosen = find_committee(service.committees(), committee, site)
    meetings = service.meetings(chosen, start, end)
    result = Result(council, slug, chosen.title, meetings=len(meetings))

    documents: dict[str, dict[str, Any]] = dict(state["documents"])
    meeting_keys: dict[str, list[str]] = dict(state["meetings"])
    fresh: dict[str, bytes] = {}  # file name -> bytes to write
    wanted: list[str] = []  # document keys of this fetch, in order
    # What this fetch creates (the raw folder, else the council's folder) goes again if it fails.
    created = raw if not raw.exists() else folder if not folder.exists() else None
    bar = tqdm(disable=True)
    try:
        # The bar shows on a terminal only, and is cleared when done, so an error stays one clean line.
        bar = tqdm(meetings, desc=f"{slug}", unit="meeting", disable=None if progress else True, leave=False,
                   file=sys.stderr)
        for meeting in bar:
            keys = meeting_keys.get(str(meeting.id))
            if keys and all(_have(folder, documents.get(k)) for k in keys):
                wanted.extend(keys)
                result.kept += len(keys)
                continue
            docs = service.minutes(meeting)
            if not docs:
                result.without_minutes += 1
                continue
            for doc in docs:
                name = file_name(slug, doc)
                entry = documents.get(doc.key)
                wanted.append(doc.key)
                if entry and entry["file"] == name and _have(folder, entry):
                    result.kept += 1
                    continue
                data = download(client, doc)
                fresh[name] = data
                documents[doc.key] = {"file": name, "sha256": sha256(data), "url": doc.url, "title": doc.title,
                                      "meeting_id": doc.meeting_id, "meeting_date": doc.meeting_date.isoformat(),
                                      "committee": chosen.title, "council": council}
                result.downloaded.append(name)
                bar.set_postfix(files=len(result.downloaded))
            meeting_keys[str(meeting.id)] = [d.key for d in docs]

        rows = []
        for key in wanted:
            entry = documents[key]
            rel = f"{slug}/{entry['file']}"
            if rel in manifest.files:
                continue
            stem = Path(entry["file"]).stem
            if stem in manifest.doc_ids:
                raise FetchError(f"{manifest.path}: document id '{stem}' is already used by another file; "
                                 f"rename that file or remove its row, then fetch again.")
            manifest.files.add(rel)
            rows.append({"file": rel, "council": entry.get("council", council), "committee": entry["committee"],
                         "meeting_date": entry["meeting_date"], "title": entry["title"], "source_url": entry["url"]})
        result.rows_added = len(rows)
        new_state = {"site": site, "documents": dict(sorted(documents.items())),
                     "meetings": dict(sorted(meeting_keys.items(), key=lambda kv: int(kv[0])))}
        state_bytes = (json.dumps(new_state, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
        if not fresh and not rows and (folder / STATE_FILE).exists() \
                and (folder / STATE_FILE).read_bytes() == state_bytes:
            return result
        if not fresh and not rows and not wanted:
            return result  # nothing to record (no minutes in the range)

        files = {folder / name: data for name, data in sorted(fresh.items())}
        files[folder / STATE_FILE] = state_bytes
        if rows:
            files[manifest.path] = manifest.with_rows(sorted(rows, key=lambda r: (r["meeting_date"], r["file"])))
        write_files(files)
    except BaseException:
        if created is not None:
            shutil.rmtree(created, ignore_errors=True)
        raise
    finally:
        bar.close()
    return result


# ----------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None, sleep: Callable[[float], None] = time.sleep) -> int:
    """``python -m analysis.fetch``: see ``--help``. Returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m analysis.fetch", description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw-dir", default="data/raw", help="the raw folder (default data/raw)")
    parser.add_argument("--site", default="", help="base URL of the ModernGov site (else looked up in --sites)")
    parser.add_argument("--council", default="", help="the council's name (manifest rows, folder name)")
    parser.add_argument("--committee", default="", help="committee name (case-insensitive) or id")
    parser.add_argument("--from", dest="start", default="", help="first meeting date, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", default="", help="last meeting date, YYYY-MM-DD")
    parser.add_argument("--sites", default=str(Path(__file__).resolve().parents[2] / "data" / "sites.csv"),
                        help="CSV of councils and their ModernGov sites (council, slug, site, source)")
    parser.add_argument("--delay", type=float, default=Settings.delay, help="seconds between requests")
    parser.add_argument("--timeout", type=float, default=Settings.timeout, help="seconds to wait for an answer")
    parser.add_argument("--retries", type=int, default=Settings.retries, help="retries after a failure")
    parser.add_argument("--backoff", type=float, default=Settings.backoff, help="first wait before a retry (s)")
    parser.add_argument("--max-wait", type=float, default=Settings.max_wait, help="longest Retry-After honoured (s)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        if not args.start or not args.end:
            raise FetchError("give the date range: FROM=YYYY-MM-DD TO=YYYY-MM-DD.")
        start, end = parse_iso(args.start, "FROM"), parse_iso(args.end, "TO")
        if end < start:
            raise FetchError(f"the date range is backwards: FROM={start} is after TO={end}.")
        site, council = args.site.strip(), args.council.strip()
        if not site:
            if not council:
                raise FetchError("give COUNCIL=<name or slug> (looked up in data/sites.csv) or SITE=<base url> "
                                 "with COUNCIL=<name>.")
            row = lookup_site(load_sites(args.sites), council, args.sites)
            site, council = row["site"], row["council"]
        elif not council:
            known = [r for r in load_sites(args.sites) if r["site"].rstrip("/") == site.rstrip("/")] \
                if Path(args.sites).exists() else []
            if not known:
                raise FetchError("give COUNCIL=<name>: the council's name for the manifest rows.")
            council = known[0]["council"]
        settings = Settings(delay=args.delay, timeout=args.timeout, retries=args.retries, backoff=args.backoff,
                            max_wait=args.max_wait)
        result = fetch(site, council, args.committee, start, end, args.raw_dir, Client(settings, sleep=sleep),
                       progress=not args.no_progress)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed.", file=sys.stderr)
        return 130
    print(result.summary(Path(args.raw_dir) / result.slug, start, end))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
