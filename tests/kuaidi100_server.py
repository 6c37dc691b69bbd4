"""A local 快递100 电子面单 server for the tests: a real HTTP server on 127.0.0.1 that takes the documented form
(method, key, sign, t, param), checks the signature (MD5 of param + t + key + secret, upper case) and answers
as https://api.kuaidi100.com/document/dianzimiandanV2 and its 复打/取消 pages say: ``{"success", "code",
"message", "time", "data"}`` with the 返回信息代码 200, -1, 30001, 30002, 30003, 30004, 30009.

The courier's own words for an address it cannot place or a courier not opened come back in ``message`` with
30001 (the document gives them no code of their own); the wording here is this server's test data.

    with Kuaidi100Server(balance=10) as srv:
        srv.url          # http://127.0.0.1:PORT/label/order
        srv.requests     # every form received, decoded
"""
from __future__ import annotations

import hashlib
import itertools
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KEY, SECRET = "TESTKEY", "TESTSECRET"


class Kuaidi100Server:
    def __init__(self, balance: int = 1000, opened=("zhongtong", "yuantong", "shunfeng", "jtexpress", "shentong"),
                 prefix: str = "7870", delay_s: float = 0.0):
        self.balance = balance
        self.opened = set(opened)
        self.prefix = prefix
        self.delay_s = delay_s
        self.requests: list[dict] = []
        self.issued: dict[str, dict] = {}      # number -> {"cancelled": bool, "task": str, "kd": str}
        self.tasks: dict[str, str] = {}
        self.down = False                       # True: answers HTTP 502 (a gateway in the way)
        self._seq = itertools.count(1)
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8")).items()}
                if server.delay_s:
                    time.sleep(server.delay_s)
                if server.down:
                    self.send_response(502)
                    self.end_headers()
                    return
                body = json.dumps(server.answer(form), ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json;charset=UTF-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/label/order"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> "Kuaidi100Server":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    # ------------------------------------------------------------------------------------------ answers
    @staticmethod
    def _out(code: int, message: str, data=None) -> dict:
        out = {"success": code == 200, "code": code, "message": message, "time": 12}
        if data is not None:
            out["data"] = data
        return out

    def answer(self, form: dict) -> dict:
        with self._lock:
            self.requests.append(form)
            for field in ("method", "key", "sign", "t", "param"):
                if not form.get(field):
                    return self._out(30001, f"参数错误: 缺少{field}")
            if form["key"] != KEY:
                return self._out(30003, "账号信息不正确")
            want = hashlib.md5((form["param"] + form["t"] + KEY + SECRET).encode("utf-8")).hexdigest().upper()
            if form["sign"] != want:
                return self._out(30002, "验证签名失败")
            try:
                param = json.loads(form["param"])
            except ValueError:
                return self._out(30001, "参数错误: param不是JSON")
            method = form["method"]
            if method == "order":
                return self._order(param)
            if method == "cancel":
                return self._cancel(param)
            if method == "printOld":
                if param.get("taskId") in self.tasks:
                    return self._out(200, "success")
                return self._out(30009, "查无此单")
            return self._out(30001, f"参数错误: 不支持的method {method}")

    def _order(self, p: dict) -> dict:
        com = p.get("kuaidicom") or ""
        if not com or not p.get("partnerId"):
            return self._out(30001, "参数错误: kuaidicom和partnerId必填")
        if com not in self.opened:
            return self._out(30001, f"该快递公司({com})未开通电子面单服务")
        rec = p.get("recMan") or {}
        addr = str(rec.get("printAddr") or "")
        if not rec.get("name") or not rec.get("mobile"):
            return self._out(30001, "参数错误: 收件人姓名和手机必填")
        if not any(w in addr for w in ("省", "市", "自治区")) or len(addr) < 8:
            return self._out(30001, "收件人地址不正确, 无法解析到区县")
        if self.balance <= 0:
            return self._out(30004, "账号单量不足")
        self.balance -= 1
        n = next(self._seq)
        number = f"{self.prefix}{n:010d}"
        task = hashlib.md5(number.encode()).hexdigest().upper()
        kd = f"KD{n:08d}"
        self.issued[number] = {"cancelled": False, "task": task, "kd": kd, "order": p.get("orderId", "")}
        self.tasks[task] = number
        city = "杭州" if "杭州" in addr else "上海" if "上海" in addr else "北京"
        return self._out(200, "success", {
            "taskId": task, "kuaidinum": number, "childNum": "", "backNum": "", "label": "",
            "bulkpen": f"{city} 300-W12 07", "orgCode": "571", "orgName": "杭州余杭网点",
            "destCode": "021", "destName": f"{city}分拨中心", "orgSortingCode": "", "destSortingCode": "W12",
            "pkgCode": "571-ZZ", "pkgName": f"{city}转运中心", "road": "07", "qrCode": "",
            "kdComOrderNum": kd, "expressCode": "", "expressName": ""})

    def _cancel(self, p: dict) -> dict:
        number = p.get("kuaidinum") or ""
        got = self.issued.get(number)
        if got is None or got["cancelled"]:
            return self._out(30009, "查无此单")
        if got["kd"] and p.get("orderId") != got["kd"]:
            return self._out(30001, "参数错误: orderId必填(下单时返回了kdComOrderNum)")
        got["cancelled"] = True
        self.balance += 1
        return self._out(200, "success")
