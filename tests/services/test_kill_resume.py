"""Kill the program (SIGKILL) in the middle of an order: started again, the same order is open at the
same counts — every scan was committed as it happened."""
import os
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import select

from app.models import ScanEvent
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render

CHILD = textwrap.dedent("""
    import sys, time
    from app.db import Database
    from app.services.station import StationService
    from tests.fakes import RecordingPrinter, fake_render
    db = Database(sys.argv[1])
    st = StationService(db, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T2")
    st.scan("6900000000028")
    st.scan("6900000000042")
    st.type_quantity("5")  # the line has 5 in all (one scanned, four more)
    print("scanned", flush=True)
    time.sleep(60)
""")


def test_sigkill_mid_order_then_resume(shop, tmp_path):
    url = str(shop.engine.url)
    child = subprocess.Popen([sys.executable, "-c", CHILD, url], stdout=subprocess.PIPE, text=True,
                             cwd=os.getcwd(), env=dict(os.environ, PYTHONPATH=os.getcwd()))
    try:
        assert child.stdout.readline().strip() == "scanned"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    state = st.sign_on("B1001")
    assert state.order is not None and state.order.order_no == "T2"
    assert [ln.scanned for ln in state.order.lines] == [1, 5]
    with shop.session() as s:
        assert len(s.scalars(select(ScanEvent).where(ScanEvent.kind.in_(["item", "quantity"]))).all()) == 3
    # and the order can be finished
    st.scan("6900000000028")
    st.scan("6900000000042")
    assert st.state.order.verified
