"""A real Kannel (bearerbox + smsbox) on loopback, with fakesmsc from kannel-extras as the phones.

Kannel's get-url points at a fixed local port where `Switch` serves whichever app the test gives
it. A phone sends each text with a fresh fakesmsc (the fake SMSC takes one client at a time) and
reads the app's answers from what that fakesmsc prints: ``Got message N: <from to type text>``.
Messages bearerbox has queued wait in its store (a spool folder), so they survive a restart;
`stop_bearerbox` and `start` let a test take Kannel away and bring it back.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import werkzeug.serving

from tests.bench.servers import free_port, wait_port

FAKESMSC = "/usr/lib/kannel/test/fakesmsc"
STDBUF = shutil.which("stdbuf") or "/usr/bin/stdbuf"  # line-buffers what fakesmsc prints
SHORT_CODE = "12345"
TOKEN = "test-kannel-token-long-enough-to-guess-never"
# Kannel logs the numbers it routes at info level and below: warnings and errors only.
CONF = """
group = core
admin-port = {admin}
admin-interface = 127.0.0.1
admin-password = adminpw
status-password = statuspw
admin-allow-ip = "127.0.0.1"
smsbox-port = {boxc}
smsbox-interface = 127.0.0.1
box-deny-ip = "*.*.*.*"
box-allow-ip = "127.0.0.1"
log-file = "{d}/bearerbox.log"
log-level = 2
dlr-storage = internal
store-type = spool
store-location = "{d}/store"

group = smsc
smsc = fake
smsc-id = FAKE
port = {fake}
our-host = 127.0.0.1
connect-allow-ip = 127.0.0.1

group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {boxc}
sendsms-port = {sendsms}
sendsms-interface = 127.0.0.1
global-sender = {short_code}
log-file = "{d}/smsbox.log"
log-level = 2

group = sendsms-user
username = survivor-voice
password = {sendsms_password}
max-messages = 10
concatenation = true

group = sms-service
keyword = default
catch-all = true
get-url = "http://127.0.0.1:{app}/sms/kannel?token={token}&from=%p&to=%P&text=%a&charset=%C&smsc=%i&id=%I"
max-messages = 0
omit-empty = true
"""
GOT = re.compile(r"Got message \d+: <(\S+) (\S+) (\S+) (.*)>\s*$")


def wait_listening(port: int, timeout: float = 30) -> None:
    """Wait until something listens on `port`, without connecting: bearerbox takes any client
    of its fake SMSC port for the phone network, and would send queued texts into a probe."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as rows:
                next(rows)
                for row in rows:
                    local, state = row.split()[1], row.split()[3]
                    if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:  # LISTEN
                        return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


class Switch:
    """A WSGI app that passes each request to the app the current test serves."""

    def __init__(self) -> None:
        self.app: Any = None

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        if self.app is None:
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
            return [b""]
        return self.app(environ, start_response)


def _bytes(data: str) -> bytes:
    return urllib.parse.unquote_to_bytes(data.replace("+", " "))


def _is_ucs2(payloads: list[bytes]) -> bool:
    """Whether the parts of one long message are UCS-2 rather than GSM-7 text.

    Decided for the whole message, never part by part: a part of Chinese alone (67 Han
    characters, no space or digit) reads as CJK whichever way it is taken, since Latin letter
    pairs are CJK code points too ("Th" is U+5468). A message is UCS-2 when every high byte is
    below 0x20 (Latin, Arabic, Cyrillic, Ethiopic, Vietnamese), or when every character is one of
    the scripts we send and the bytes cannot be GSM-7 text: some high byte is 0 (a space, a
    digit, a comma), or some byte is a control character (most Han characters hold one, 0x8C
    in 谢 for one), neither of which GSM-7 text as fakesmsc prints it ever holds."""
    if not payloads or any(len(payload) % 2 for payload in payloads):
        return False
    highs = [payload[::2] for payload in payloads]
    if all(byte < 0x20 for high in highs for byte in high):
        return True
    texts = [payload.decode("utf-16-be", errors="replace") for payload in payloads]
    if not all(_sent_script(char) for text in texts for char in text):
        return False
    return any(0 in high for high in highs) or any(
        byte < 0x20 or 0x7F <= byte < 0xA0 for payload in payloads for byte in payload)


def _data(payloads: list[bytes]) -> list[str]:
    """The parts of a long message as text: UCS-2, or GSM-7 text as fakesmsc prints it."""
    codec = "utf-16-be" if _is_ucs2(payloads) else "latin-1"
    return [payload.decode(codec) for payload in payloads]


def _sent_script(char: str) -> bool:
    point = ord(char)
    return (point < 0x2000 or 0x2000 <= point < 0x2070 or 0x3000 <= point < 0x3040
            or 0x4E00 <= point < 0xA000 or 0xFF00 <= point < 0xFFF0)


def decode_mts(lines: list[str]) -> list[str]:
    """The texts in fakesmsc's output, with the parts of a long message joined again.

    A single message is ``text <text>`` or ``ucs-2 <UTF-16BE, url-encoded>``; a part of a long one
    is ``udh <header> text|data <payload>``, where ``data`` is UCS-2 or the GSM-7 text itself.
    """
    texts: list[str] = []
    parts: dict[int, dict[int, tuple[str, bytes | str]]] = {}
    for line in lines:
        match = GOT.search(line)
        if not match:
            continue
        kind, data = match.group(3), match.group(4)
        if kind != "udh":
            texts.append(_bytes(data).decode("utf-16-be") if kind.startswith("ucs") else data)
            continue
        header, payload_kind, payload = data.split(" ", 2)
        udh = _bytes(header)
        reference, total, sequence = udh[3], udh[4], udh[5]  # IEI 00: 8-bit reference
        part = (payload_kind, _bytes(payload) if payload_kind == "data" else payload)
        parts.setdefault(reference, {})[sequence] = part
        if len(parts[reference]) == total:
            whole = [parts[reference][n] for n in range(1, total + 1)]
            del parts[reference]
            decoded = iter(_data([raw for _, raw in whole if isinstance(raw, bytes)]))
            texts.append("".join(next(decoded) if isinstance(raw, bytes) else raw
                                 for _, raw in whole))
    return texts


@dataclass
class Kannel:
    directory: Path
    ports: dict[str, int]
    switch: Switch
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    phone_proc: subprocess.Popen[bytes] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def app_settings(self) -> dict[str, str]:
        return {"SMS_GATEWAY": "kannel", "KANNEL_TOKEN": TOKEN,
                "KANNEL_SENDSMS_URL": f"http://127.0.0.1:{self.ports['sendsms']}/cgi-bin/sendsms",
                "KANNEL_USERNAME": "survivor-voice", "KANNEL_PASSWORD": "test-sendsms-password"}

    def logs(self) -> bytes:
        return b"".join(p.read_bytes() for p in self.directory.glob("*.log"))

    def stored(self) -> bytes:
        """Every message in bearerbox's store: those it has queued and not yet delivered."""
        return b"".join(p.read_bytes() for p in (self.directory / "store").rglob("*")
                        if p.is_file())

    def start(self) -> None:
        """Start bearerbox, then smsbox, and wait until both listen."""
        conf = str(self.directory / "kannel.conf")
        with (self.directory / "console.log").open("ab") as console:
            self.procs = [subprocess.Popen(["/usr/sbin/bearerbox", "-v", "2", conf],
                                           stdout=console, stderr=subprocess.STDOUT)]
            wait_listening(self.ports["fake"])
            wait_port(self.ports["boxc"])
            self.procs.append(subprocess.Popen(["/usr/sbin/smsbox", "-v", "2", conf],
                                               stdout=console, stderr=subprocess.STDOUT))
            wait_port(self.ports["sendsms"])

    def running(self) -> bool:
        return bool(self.procs) and all(proc.poll() is None for proc in self.procs)

    def stop_bearerbox(self) -> None:
        """Stop bearerbox, as a restart of Kannel does; smsbox goes with it, so nothing can be
        sent until `start`."""
        bearerbox, *boxes = self.procs
        bearerbox.terminate()
        for proc in (bearerbox, *boxes):
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def send(self, number: str, text: str, *, expect: int = 1, timeout: float = 20) -> list[str]:
        """Text from `number` through fakesmsc; return the answers that reach the phone."""
        if text.isascii() and text.strip() == text and text:
            message = f"{number} {SHORT_CODE} text {text}"
        else:  # anything else goes as UCS-2, url-encoded, as a phone would send it
            encoded = urllib.parse.quote(text.encode("utf-16-be"), safe="")
            message = f"{number} {SHORT_CODE} ucs2 {encoded}"
        with self.lock:
            self.hang_up()
            out = self.directory / f"phone-{time.monotonic_ns()}.out"
            with out.open("wb") as sink:
                self.phone_proc = subprocess.Popen(
                    [STDBUF, "-oL", FAKESMSC, "-H", "127.0.0.1", "-r", str(self.ports["fake"]),
                     "-i", "0.01", "-m", "1", message], stdout=sink, stderr=subprocess.STDOUT)
            return self._answers(out, expect, timeout)

    def _answers(self, out: Path, expect: int, timeout: float) -> list[str]:
        end = time.monotonic() + timeout
        seen: list[str] = []
        quiet_until = None
        while time.monotonic() < end:
            found = decode_mts(out.read_text(errors="replace").splitlines())
            if len(found) != len(seen):
                seen, quiet_until = found, time.monotonic() + 0.3
            if len(seen) >= expect and quiet_until and time.monotonic() >= quiet_until:
                break
            if expect == 0 and time.monotonic() >= end - timeout + 1.5:
                break  # nothing is expected: a short wait shows nothing came
            time.sleep(0.02)
        return seen

    def hang_up(self) -> None:
        """The phone leaves the network: what is sent from now on waits in bearerbox."""
        if self.phone_proc is not None:
            self.phone_proc.terminate()
            self.phone_proc.wait(10)
            self.phone_proc = None

    def stop(self) -> None:
        self.hang_up()
        for proc in reversed(self.procs):  # smsbox, then bearerbox
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def running_kannel(app_port: int | None = None) -> Iterator[Kannel]:
    """bearerbox and smsbox on loopback; their get-url calls `app_port`, or else a local server
    that passes each request to the app in `Kannel.switch`."""
    switch = Switch()
    server = None
    if app_port is None:
        server = werkzeug.serving.make_server("127.0.0.1", 0, switch, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        app_port = server.server_port
    directory = Path(tempfile.mkdtemp(prefix="kannel-"))
    ports = {name: free_port() for name in ("admin", "boxc", "fake", "sendsms")}
    (directory / "store").mkdir()
    (directory / "kannel.conf").write_text(CONF.format(
        d=directory, app=app_port, token=TOKEN, short_code=SHORT_CODE,
        sendsms_password="test-sendsms-password", **ports))
    kannel = Kannel(directory, ports, switch)
    try:
        kannel.start()
        yield kannel
    finally:
        kannel.stop()
        if server is not None:
            server.shutdown()
            server.server_close()
        if not os.environ.get("KEEP_KANNEL"):
            shutil.rmtree(directory, ignore_errors=True)


def kannel_installed() -> bool:
    return os.path.exists(FAKESMSC) and shutil.which("bearerbox", path="/usr/sbin") is not None
