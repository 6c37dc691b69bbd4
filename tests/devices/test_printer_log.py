"""Backup printer and print log: a job that did not print is not counted, the backup takes over and says so,
a resend of the same job is idempotent, a reprint is logged; 100 connections dropped mid-job lose and
double nothing."""
import pytest
from sqlalchemy import select

from app.devices.printers import PrinterError, PrinterOutcomeUnknown, SimPrinter
from app.devices.printers import PrinterPool, open_printer
from app.devices.printers import log as plog
from app.models import PrintJob, PrintJobStatus
from tests.devices.printer_sim import TcpPrinterServer, free_port
from tests.devices.test_printer import label, payload


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


@pytest.fixture
def servers():
    a, b = TcpPrinterServer(), TcpPrinterServer()
    yield a, b
    a.close()
    b.close()


def rows(db):
    with db.session() as s:
        return {r.job_id: (r.status, r.attempts, r.printer_url, r.reprint, r.backup)
                for r in s.scalars(select(PrintJob))}


def test_pool_prints_on_the_backup_when_the_primary_is_out_of_paper_and_says_so(servers):
    a, b = servers
    clock = Clock()
    pool = PrinterPool(open_printer(a.url), open_printer(b.url), prefer_backup_s=30, clock=clock)
    r = pool.send("J1", label(1))
    assert (r.printer_url, r.backup, r.errors) == (a.url, False, ())
    a.sim.paper_out = True
    r = pool.send("J2", label(2))
    assert r.printer_url == b.url and r.backup and "paper out" in r.errors[0]
    assert a.labels == [payload(label(1))] and b.labels == [payload(label(2))]
    a.sim.paper_out = False
    clock.t = 10                       # within prefer_backup_s: the backup goes first
    assert pool.send("J3", label(3)).printer_url == b.url
    clock.t = 100                      # later: the primary again
    assert pool.send("J4", label(4)).printer_url == a.url


def test_pool_with_both_gone_raises_with_both_reasons(servers):
    a, _ = servers
    a.sim.paper_out = True
    pool = PrinterPool(open_printer(a.url), open_printer(f"tcp://127.0.0.1:{free_port()}?connect_timeout=0.3"))
    with pytest.raises(PrinterError) as err:
        pool.send("J1", label(1))
    assert "paper out" in str(err.value) and "cannot connect" in str(err.value)


def test_print_log_makes_a_resend_idempotent(db):
    p = SimPrinter()
    r1 = plog.send_logged(db.session, p, "TB1-75300001", label(1), waybill_no="75300001")
    assert r1.printed and not r1.duplicate and r1.printer_url == "sim://printer"
    r2 = plog.send_logged(db.session, p, "TB1-75300001", label(1), waybill_no="75300001")
    assert not r2.printed and r2.duplicate
    assert len(p.jobs) == 1
    assert rows(db)["TB1-75300001"][:2] == (PrintJobStatus.SENT, 1)
    with db.session() as s:
        row = s.scalar(select(PrintJob))
        assert row.sha256 == plog.digest(label(1)) and row.size == len(label(1)) and row.sent_at is not None


def test_a_failed_job_is_not_counted_and_is_sent_again(db):
    p = SimPrinter()
    p.paper_out = True
    with pytest.raises(PrinterError, match="paper out"):
        plog.send_logged(db.session, p, "J1", label(1), waybill_no="W1")
    assert rows(db)["J1"][:2] == (PrintJobStatus.FAILED, 1)
    with db.session() as s:
        assert not plog.was_printed(s, "J1")
        assert "paper out" in s.scalar(select(PrintJob.error))
    p.paper_out = False
    r = plog.send_logged(db.session, p, "J1", label(1), waybill_no="W1")
    assert r.printed and r.attempt == 2
    assert rows(db)["J1"][:2] == (PrintJobStatus.SENT, 2)
    assert len(p.jobs) == 1


def test_a_reprint_is_a_logged_row_of_its_own(db):
    p = SimPrinter()
    plog.send_logged(db.session, p, "J1", label(1), waybill_no="W1")
    r = plog.send_logged(db.session, p, "J1", label(1), reprint=True, reason="label torn")
    assert r.printed and r.job_id == "J1~R1"
    r = plog.send_logged(db.session, p, "J1", label(1), reprint=True)
    assert r.job_id == "J1~R2"
    assert [j.job_id for j in p.jobs] == ["J1", "J1~R1", "J1~R2"]
    with db.session() as s:
        hist = plog.history(s, waybill_no="W1")
    assert [(h.job_id, h.reprint, h.reprint_of) for h in hist] == \
        [("J1", False, None), ("J1~R1", True, "J1"), ("J1~R2", True, "J1")]
    assert hist[1].error == "label torn"


def test_a_job_cut_off_while_sending_is_in_doubt_and_never_resent_blindly(db):
    with db.session() as s:
        assert plog.claim(s, "J1", label(1), waybill_no="W1").send      # then the program died
    p = SimPrinter()
    with pytest.raises(plog.PrintInDoubt):
        plog.send_logged(db.session, p, "J1", label(1), waybill_no="W1")
    assert not p.jobs and rows(db)["J1"][:2] == (PrintJobStatus.UNKNOWN, 1)
    with db.session() as s:
        assert plog.in_doubt(s, "J1") and "a label may have come out" in s.scalar(select(PrintJob.error))
        plog.mark_not_printed(s, "J1", "packer 王芳")                # she looked: nothing came out
    r = plog.send_logged(db.session, p, "J1", label(1), waybill_no="W1")
    assert r.printed and r.attempt == 2 and len(p.jobs) == 1
    with db.session() as s:
        assert "no label came out (packer 王芳)" in s.scalar(select(PrintJob.error))


def test_paper_out_in_the_middle_of_a_job_gives_one_label_not_two(db, servers):
    srv, _ = servers
    printer = open_printer(srv.url)
    data = label(1, 800, 600)
    srv.paper_out_after(len(data) // 2)             # the paper runs out while the label's bytes arrive
    with pytest.raises(PrinterOutcomeUnknown):
        plog.send_logged(db.session, printer, "TB1-W1", data, waybill_no="W1")
    assert rows(db)["TB1-W1"][0] is PrintJobStatus.UNKNOWN
    with pytest.raises(plog.PrintInDoubt):          # signing off again does not send it again
        plog.send_logged(db.session, printer, "TB1-W1", data, waybill_no="W1")
    srv.sim.refill()                                # the paper is changed: the held job comes out
    assert len(srv.labels) == 1
    with db.session() as s:
        plog.confirm_printed(s, "TB1-W1", "the packer scanned the label")
    again = plog.send_logged(db.session, printer, "TB1-W1", data, waybill_no="W1")
    assert again.duplicate and len(srv.labels) == 1
    assert rows(db)["TB1-W1"][0] is PrintJobStatus.SENT
    printer.close()


def test_settling_a_job_that_is_not_in_doubt_is_refused(db):
    p = SimPrinter()
    plog.send_logged(db.session, p, "J1", label(1), waybill_no="W1")
    with db.session() as s, pytest.raises(ValueError):
        plog.mark_not_printed(s, "J1")


def test_the_log_records_the_backup_printer(db, servers):
    a, b = servers
    a.sim.paper_out = True
    pool = PrinterPool(open_printer(a.url), open_printer(b.url))
    r = plog.send_logged(db.session, pool, "J1", label(1), waybill_no="W1")
    assert r.printed and r.backup and r.printer_url == b.url and r.errors
    assert rows(db)["J1"] == (PrintJobStatus.SENT, 1, b.url, False, True)
    again = plog.send_logged(db.session, pool, "J1", label(1))
    assert again.duplicate and again.backup and again.printer_url == b.url


def test_helpers_never_commit(db):
    with db.session() as s:
        plog.claim(s, "J1", b"x")
        s.rollback()
    assert rows(db) == {}


def test_unplug_replug_100_cycles_no_job_lost_or_doubled(db):
    """Each cycle: the printer drops the connection in the middle of the job (or restarts while idle);
    the job is in doubt and is not resent until someone looked (here: the printer threw the partial job
    away, so "not printed"); the resend prints it once, a third send is a logged duplicate and sends
    nothing."""
    srv = TcpPrinterServer()
    try:
        p = open_printer(srv.url)
        expected = []
        for i in range(100):
            data = label(i)
            job = f"TB{i:05d}-7530{i:05d}"
            if i % 4 == 3:
                srv.drop_idle()                       # switched off and on between jobs: recovered silently
                plog.send_logged(db.session, p, job, data, waybill_no=f"7530{i:05d}")
            else:
                srv.drop_mid_job(10 + (i * 37) % (len(data) - 20))
                with pytest.raises(PrinterError):
                    plog.send_logged(db.session, p, job, data, waybill_no=f"7530{i:05d}")
                assert rows(db)[job][0] is PrintJobStatus.UNKNOWN
                with pytest.raises(plog.PrintInDoubt):
                    plog.send_logged(db.session, p, job, data, waybill_no=f"7530{i:05d}")
                with db.session() as s:
                    plog.mark_not_printed(s, job)
                r = plog.send_logged(db.session, p, job, data, waybill_no=f"7530{i:05d}")
                assert r.printed and r.attempt == 2
            dup = plog.send_logged(db.session, p, job, data)
            assert dup.duplicate and not dup.printed
            expected.append(payload(data))
        assert srv.labels == expected                 # each job exactly once, in order
        assert srv.drops == 75
        states = rows(db)
        assert len(states) == 100 and all(v[0] is PrintJobStatus.SENT for v in states.values())
    finally:
        srv.close()
