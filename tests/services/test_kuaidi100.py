"""The 快递100 电子面单 client against a real local HTTP server that checks the signature and answers as the
documents say, including every refusal; each refusal becomes an error a person can act on, in Chinese on screen."""
import json
import socket

import pytest

from app.services.ewaybill import Party, ProviderError, Shipment
from app.services.ewaybill.kuaidi100 import Account, Kuaidi100, sign
from tests.kuaidi100_server import KEY, SECRET, Kuaidi100Server

REC = Party("陈小明", "13812345678", "浙江省杭州市西湖区文三路478号华星科技大厦3号楼1502室")
SEND = Party("PackStation 仓库", "0571-88000000", "浙江省杭州市余杭区仓前街道1号")


def account(srv, **kw):
    base = dict(courier="ZTO", kuaidicom="zhongtong", key=KEY, secret=SECRET, partner_id="zto-acc",
                partner_key="pk", net="571001", code="ztoOpen", endpoint=srv.url)
    return Account(**{**base, **kw})


def test_the_signature_is_the_documented_md5():
    # MD5(param + t + key + secret), 32 upper-case hex digits, nothing between the parts
    import hashlib
    assert sign('{"a":1}', "1", "k", "s") == hashlib.md5(b'{"a":1}1ks').hexdigest().upper()
    assert len(sign("p", "t", "k", "s")) == 32 and sign("p", "t", "k", "s").isupper()


def test_order_cancel_and_reprint():
    with Kuaidi100Server() as srv:
        c = Kuaidi100(account(srv), clock=lambda: 1576123932.0)
        got = c.order(Shipment("T1", REC, SEND, cargo="衣服", weight_kg="0.5"))
        assert got.number == "78700000000001"
        assert (got.sort_code, got.hub, got.hub_code, got.kd_order_num) == ("杭州 300-W12 07", "杭州转运中心",
                                                                             "571-ZZ", "KD00000001")
        form = srv.requests[-1]
        assert form["method"] == "order" and form["key"] == KEY and form["t"] == "1576123932000"
        param = json.loads(form["param"])
        assert param["kuaidicom"] == "zhongtong" and param["partnerId"] == "zto-acc" and param["code"] == "ztoOpen"
        assert param["printType"] == "NON" and param["recMan"]["printAddr"] == REC.address
        assert param["sendMan"]["name"] == SEND.name and param["weight"] == "0.5" and param["orderId"] == "T1"
        c.reprint(got.task_id)
        c.cancel(got.number, got.kd_order_num, "order cancelled")
        assert srv.issued[got.number]["cancelled"] is True
        with pytest.raises(ProviderError) as exc:
            c.cancel(got.number, got.kd_order_num)
        assert exc.value.kind == "not_found"


@pytest.mark.parametrize("setup, acc, kind, words", [
    (dict(), dict(secret="WRONG"), "sign", "signature"),
    (dict(), dict(key="NOPE"), "account", "does not know the key"),
    (dict(balance=0), dict(), "balance", "no numbers left"),
    (dict(), dict(courier="DBL", kuaidicom="debangkuaidi"), "not_open", "not opened"),
    (dict(), dict(partner_id=""), "params", "refused the request"),
])
def test_each_documented_refusal_is_a_clear_error(setup, acc, kind, words):
    with Kuaidi100Server(**setup) as srv:
        with pytest.raises(ProviderError) as exc:
            Kuaidi100(account(srv, **acc)).order(Shipment("T1", REC, SEND))
    assert exc.value.kind == kind and words in str(exc.value) and not exc.value.retry


def test_a_bad_address_names_the_order():
    with Kuaidi100Server() as srv:
        with pytest.raises(ProviderError) as exc:
            Kuaidi100(account(srv)).order(Shipment("T7", Party("王", "13800000000", "文三路"), SEND))
    assert exc.value.kind == "address" and "order T7" in str(exc.value) and "无法解析" in str(exc.value)


def test_slow_down_and_unreachable_are_retryable_and_bounded():
    with Kuaidi100Server(delay_s=1.0) as srv:
        with pytest.raises(ProviderError) as exc:
            Kuaidi100(account(srv), timeout_s=0.2).order(Shipment("T1", REC, SEND))
        assert exc.value.kind == "network" and exc.value.retry and "0.2 s" in str(exc.value)
    with Kuaidi100Server() as srv:
        srv.down = True
        with pytest.raises(ProviderError) as exc:
            Kuaidi100(account(srv)).order(Shipment("T1", REC, SEND))
        assert exc.value.kind == "server" and exc.value.retry and "HTTP 502" in str(exc.value)
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(ProviderError) as exc:
        Kuaidi100(Account("ZTO", "zhongtong", KEY, SECRET, partner_id="x",
                          endpoint=f"http://127.0.0.1:{port}/label/order"), timeout_s=1).order(Shipment("T1", REC, SEND))
    assert exc.value.kind == "network" and exc.value.retry


def test_no_key_no_request():
    with Kuaidi100Server() as srv:
        with pytest.raises(ProviderError, match="no 快递100 key and secret"):
            Kuaidi100(account(srv, key="", secret="")).order(Shipment("T1", REC, SEND))
        assert srv.requests == []


def test_each_refusal_reads_in_chinese_on_screen(qapp):
    """What the station's pool line and the desk show: the template in the user's language with its values."""
    from app.ui.app import install_translations
    from app.ui.messages import service_error

    got = {}
    with Kuaidi100Server(balance=0) as srv:
        for name, acc in (("balance", {}), ("sign", {"secret": "WRONG"}),
                          ("not_open", {"courier": "DBL", "kuaidicom": "debangkuaidi"})):
            try:
                Kuaidi100(account(srv, **acc)).order(Shipment("T1", REC, SEND))
            except ProviderError as exc:
                got[name] = exc
    with Kuaidi100Server() as srv:
        try:
            Kuaidi100(account(srv)).order(Shipment("T7", Party("王", "13800000000", "文三路"), SEND))
        except ProviderError as exc:
            got["address"] = exc
    try:
        install_translations("zh_CN")
        assert service_error(got["balance"]) == "ZTO 电子面单账号单量不足：请充值"
        assert service_error(got["sign"]) == "快递100 签名验证失败（ZTO 账号）：请检查授权码和密钥"
        assert service_error(got["not_open"]).startswith("此电子面单账号未开通 DBL：")
        assert service_error(got["address"]) == "快递公司无法识别订单 T7 的收件地址：收件人地址不正确, 无法解析到区县"
    finally:
        install_translations("en")
