"""The real USB printer driver (pyusb) against a pyusb backend object presenting a printer: a clone with its
bulk endpoints at 0x03 / 0x81 (not the usual 0x01 / 0x82), the usblp kernel driver attached, status through
DLE EOT on the IN endpoint or the printer-class GET_PORT_STATUS request."""
import pytest

from app.devices.printers import PrinterError
from app.devices.printers import open_printer
from tests.devices.printer_sim import FakeUsbBackend, usb_printer
from tests.devices.test_printer import label, payload


def test_usb_printer_finds_its_endpoints_detaches_usblp_and_prints():
    dev = usb_printer()
    be = FakeUsbBackend(dev)
    p = open_printer("usb://0x0416:0x5011", usb_backend=be)
    p.send("U1", label(1))
    assert dev.sim.labels == [payload(label(1))]
    assert dev.kernel_driver[0] is False            # usblp let go of the interface
    assert 0x03 in dev.out                          # the OUT endpoint the descriptors name
    assert p.status().ready
    dev.sim.paper_out = True
    with pytest.raises(PrinterError, match="paper out"):
        p.send("U2", label(2))
    assert p.status().paper_out
    p.close()
    # every pyusb call ran on the transport's one thread
    assert all(name.startswith("usb-0416") or name == "MainThread" for name in be.threads)
    assert any(name.startswith("usb-0416") for name in be.threads)


def test_usb_endpoints_from_the_url():
    dev = usb_printer(out_ep=0x02, in_ep=0x85)
    be = FakeUsbBackend(dev)
    p = open_printer("usb://0416:5011?out=0x02&in=0x85&iface=0", usb_backend=be)
    p.send("U1", label(1))
    assert dev.sim.labels and 0x02 in dev.out
    wrong = open_printer("usb://0416:5011?out=0x01", usb_backend=FakeUsbBackend(usb_printer(out_ep=0x02)))
    with pytest.raises(PrinterError, match="no OUT endpoint 0x1"):
        wrong.send("U1", label(1))


def test_usb_printer_without_in_endpoint_uses_port_status():
    dev = usb_printer(with_in=False)
    be = FakeUsbBackend(dev)
    p = open_printer("usb://0x0416:0x5011", usb_backend=be)
    p.send("U1", label(1))
    assert dev.sim.labels == [payload(label(1))]
    dev.port_status = 0x38                        # paper empty
    with pytest.raises(PrinterError, match="paper out"):
        p.send("U2", label(2))
    assert len(dev.sim.labels) == 1


def test_usb_unplug_and_replug():
    dev = usb_printer()
    be = FakeUsbBackend(dev)
    p = open_printer("usb://0x0416:0x5011", usb_backend=be)
    p.send("U1", label(1))
    dev.unplug()
    with pytest.raises(PrinterError):
        p.send("U2", label(2))
    assert not p.status().online
    dev.plug()
    dev.kernel_driver[0] = True                   # the kernel took it again on replug
    p.send("U2", label(2))
    assert dev.sim.labels == [payload(label(1)), payload(label(2))]


def test_usb_printer_not_connected():
    p = open_printer("usb://0x0416:0x5011", usb_backend=FakeUsbBackend())
    with pytest.raises(PrinterError, match="not found"):
        p.send("U1", label(1))


def test_usb_refused_before_the_job_unknown_when_unplugged_while_printing():
    from app.devices.printers import PrinterOutcomeUnknown, PrinterRefused

    dev = usb_printer()
    p = open_printer("usb://0x0416:0x5011", usb_backend=FakeUsbBackend(dev))
    dev.sim.paper_out = True
    with pytest.raises(PrinterRefused) as caught:
        p.send("U1", label(1))
    assert caught.value.code == "paper_out"
    dev.sim.paper_out = False
    status_only = dev.on_write

    def unplug_after_the_job(ep, data):          # the cable comes out once the job's bytes are in
        reply = status_only(ep, data)
        if len(data) > 100:
            dev.unplug()
        return reply

    dev.on_write = unplug_after_the_job
    with pytest.raises(PrinterOutcomeUnknown) as caught:
        p.send("U2", label(2))
    assert not isinstance(caught.value, PrinterRefused)
    gone = open_printer("usb://0x0416:0x5011", usb_backend=FakeUsbBackend())
    with pytest.raises(PrinterRefused) as caught:
        gone.send("U3", label(3))
    assert caught.value.code == "not_found"
    assert gone.status().reasons == ("offline", "not_found")
