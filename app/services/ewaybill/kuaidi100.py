"""快递100 电子面单: order a waybill number (下单), cancel one (取消), reprint one (复打) through a courier's
e-waybill account, from 快递100's published API documents:

* 电子面单下单接口 V2 — https://api.kuaidi100.com/document/dianzimiandanV2
  "1.2 请求地址 https://api.kuaidi100.com/label/order", Content-Type application/x-www-form-urlencoded, body:

  ======  ==========================================================================================
  method  业务类型 (默认: order)
  key     授权码, 请到快递100页面申请企业版接口获取
  sign    32位大写, 签名, 用于验证身份, 按MD5 (param + t + key + secret) 的顺序进行MD5加密, 不需要加上"+"号,
          secret在企业管理后台获取
  t       时间戳 如: 1576123932000
  param   由其他字段拼接 (JSON)
  ======  ==========================================================================================

  param: printType (NON: 只下单不打印 — we print our own label), partnerId (电子面单客户账户或月结账号),
  partnerKey (电子面单密码), partnerSecret (电子面单密钥), partnerName (电子面单客户账户名称), net (收件网点名称,
  or the platform whose waybill account it is: taobao, cainiao, jdalpha, pinduoduoWx, douyin, kuaishou …), code
  (电子面单承载编号), checkMan (电子面单承载快递员名), kuaidicom (快递公司的编码, 一律用小写字母), recMan / sendMan
  {name, mobile, printAddr, company}, cargo (物品名称), count, weight, remark, expType (产品类型), payType
  (SHIPPER 寄付), needDesensitization (是否脱敏). Which of partnerId … checkMan a courier needs is its line in
  the 参数字典 https://api.kuaidi100.com/document/5f0ff6e82977d50a94e10237 — e.g. zhongtong: partnerId 电子面单账号,
  partnerKey 打单密钥, net 网点编码, code 固定传 ztoOpen; shentong: 客户名称, 客户密码, 网点, code 44; shunfeng:
  月结账号 (+ 顾客编码, 校验码, sf_secret for 丰密面单); jtexpress: 客户编码, 客户密码; yunda: 韵达白马账号, 联调密码.

  The answer's data (the SDK's LabelOrderResp): taskId (任务ID), kuaidinum (快递单号), childNum (子单号), backNum
  (回单号), label (面单短链), bulkpen (大头笔), orgCode/orgName, destCode/destName (目的地/到达网点),
  orgSortingCode/destSortingCode (分拣编码), pkgCode (集包编码), pkgName (集包地名称), road (路区), qrCode,
  kdComOrderNum (快递公司订单号), expressCode/expressName. The answer has no privacy-number field; a virtual
  phone is taken only from an answer that carries ``virtualPhone`` (a platform account may) — none is made up.

* 电子面单取消接口 — https://api.kuaidi100.com/document/dianzimiandanquxiao: the same address, method ``cancel``,
  param partnerId … code as ordered, kuaidicom, kuaidinum (快递单号), orderId (快递公司订单号, 对应下单时返回的
  kdComOrderNum, 如果下单时有返回该字段, 则取消时必填), reason (取消原因), checkMan, expType.
  "对已经提交过的面单但没有寄发的面单号进行取消, 快速回收面单".

* 电子面单复打接口 — https://apifox.com/apidoc/project-514987/api-55456473: the same address, method ``printOld``,
  param taskId (任务ID); "支持在提交打印请求2天内的打印任务进行复打10次".

The answer: ``{"success": bool, "code": int, "message": str, "time": int, "data": {...}}``, and its 返回信息代码含义:
200 提交成功; -1 服务器错误 ("快递100的服务器出现间歇或临时性异常, 有时如果因为不按规范提交请求, 比如快递公司参数
写错等, 也会报此错误"); 30001 参数错误; 30002 验证签名失败; 30003 账号信息不正确 (检查key是否正确); 30004 账号单量
不足 (单量不足需要充值); 30009 查无此单. A courier that is not opened on the account, or an address the courier
cannot place, comes back as a failure with the courier's words in ``message`` (the document lists no code of their
own), so those two are told apart by what the message says.

Every request has a timeout; nothing here retries by itself (app.services.ewaybill.pool decides)."""
from __future__ import annotations

import hashlib
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Callable

from . import Issued, ProviderError, Shipment

ENDPOINT = "https://api.kuaidi100.com/label/order"
TIMEOUT_S = 8.0

# 返回信息代码含义 (see the module docstring)
OK = 200
SERVER = -1
PARAMS = 30001
SIGN = 30002
ACCOUNT = 30003
BALANCE = 30004
NOT_FOUND = 30009


@dataclass(frozen=True)
class Account:
    """What one request needs: 快递100's key and secret, and the courier's own account values (参数字典)."""
    courier: str          # our code, for the messages
    kuaidicom: str
    key: str
    secret: str
    partner_id: str = ""
    partner_key: str = ""
    partner_secret: str = ""
    partner_name: str = ""
    net: str = ""
    code: str = ""
    check_man: str = ""
    exp_type: str = ""
    endpoint: str = ENDPOINT


def sign(param: str, t: str, key: str, secret: str) -> str:
    """"按MD5 (param + t + key + secret) 的顺序进行MD5加密 … 32位大写"."""
    return hashlib.md5((param + t + key + secret).encode("utf-8")).hexdigest().upper()


class Kuaidi100:
    """One account's client. ``post`` is injectable for tests only in the sense of the URL: the tests run a real
    HTTP server on 127.0.0.1 (tests/kuaidi100_server.py) and point ``endpoint`` at it."""

    def __init__(self, account: Account, timeout_s: float = TIMEOUT_S, clock: Callable[[], float] = time.time):
        self.account = account
        self.timeout_s = timeout_s
        self.clock = clock

    # ------------------------------------------------------------------------------------------- calls
    def order(self, shipment: Shipment) -> Issued:
        """下单 (printType NON: only the number and the routing; our printer prints the label)."""
        a = self.account
        param = {**self._partner(), "kuaidicom": a.kuaidicom, "printType": "NON",
                 "recMan": _man(shipment.recipient), "sendMan": _man(shipment.sender),
                 "cargo": shipment.cargo or "商品", "count": max(1, int(shipment.count)), "payType": "SHIPPER",
                 "needDesensitization": False, "orderId": shipment.order_no}
        if shipment.weight_kg:
            param["weight"] = shipment.weight_kg
        if shipment.remark:
            param["remark"] = shipment.remark
        if shipment.exp_type or a.exp_type:
            param["expType"] = shipment.exp_type or a.exp_type
        data = self._call("order", param, order_no=shipment.order_no)
        if not isinstance(data, dict) or not str(data.get("kuaidinum") or "").strip():
            raise ProviderError("快递100 answered {courier} without a waybill number", "answer", retry=True,
                                courier=a.courier)
        return Issued(number=str(data["kuaidinum"]).strip(), sort_code=_s(data.get("bulkpen")),
                      hub=_s(data.get("pkgName")), hub_code=_s(data.get("pkgCode")),
                      virtual_phone=_s(data.get("virtualPhone")), task_id=_s(data.get("taskId")),
                      kd_order_num=_s(data.get("kdComOrderNum")))

    def cancel(self, number: str, kd_order_num: str = "", reason: str = "") -> None:
        """取消: gives an unused number back (only before the courier has picked the parcel up)."""
        param = {**self._partner(), "kuaidicom": self.account.kuaidicom, "kuaidinum": number,
                 "reason": reason or "订单取消"}
        if kd_order_num:
            param["orderId"] = kd_order_num
        if self.account.exp_type:
            param["expType"] = self.account.exp_type
        self._call("cancel", param, number=number)

    def reprint(self, task_id: str) -> None:
        """复打: asks 快递100 to print a task again (for a cloud printer; our own labels reprint locally)."""
        self._call("printOld", {"taskId": task_id}, number=task_id)

    # ------------------------------------------------------------------------------------------ internals
    def _partner(self) -> dict:
        a = self.account
        fields = {"partnerId": a.partner_id, "partnerKey": a.partner_key, "partnerSecret": a.partner_secret,
                  "partnerName": a.partner_name, "net": a.net, "code": a.code, "checkMan": a.check_man}
        return {k: v for k, v in fields.items() if v}

    def _call(self, method: str, param: dict, order_no: str = "", number: str = "") -> object:
        a = self.account
        if not a.key or not a.secret:
            raise ProviderError("the {courier} e-waybill account has no 快递100 key and secret yet", "account",
                                courier=a.courier)
        text = json.dumps(param, ensure_ascii=False, separators=(",", ":"))
        t = str(int(self.clock() * 1000))
        body = urllib.parse.urlencode({"method": method, "key": a.key, "t": t, "sign": sign(text, t, a.key, a.secret),
                                       "param": text}).encode("utf-8")
        req = urllib.request.Request(a.endpoint, data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:
                raw = resp.read(1_000_000)
        except urllib.error.HTTPError as exc:
            raise ProviderError("快递100 answered HTTP {status} for {courier}", "server", retry=True,
                                status=exc.code, courier=a.courier) from None
        except (socket.timeout, TimeoutError):
            raise ProviderError("快递100 did not answer within {seconds} s", "network", retry=True,
                                seconds=self.timeout_s) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ProviderError("快递100 could not be reached: {reason}", "network", retry=True,
                                reason=str(reason)) from None
        try:
            answer = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ProviderError("快递100 answered something that is not its JSON answer", "answer",
                                retry=True) from None
        if not isinstance(answer, dict):
            raise ProviderError("快递100 answered something that is not its JSON answer", "answer", retry=True)
        code = _int(answer.get("code"))
        if answer.get("success") is True and code == OK:
            return answer.get("data")
        raise refusal(code, str(answer.get("message") or ""), a.courier, order_no, number)


def refusal(code: int | None, message: str, courier: str, order_no: str = "", number: str = "") -> ProviderError:
    """The documented refusal as an error a person can act on."""
    if code == SIGN:
        return ProviderError("快递100 refused the signature of the {courier} account: check its key and secret",
                             "sign", courier=courier)
    if code == ACCOUNT:
        return ProviderError("快递100 does not know the key of the {courier} account: check it", "account",
                             courier=courier)
    if code == BALANCE or "余额" in message or "单量不足" in message:
        return ProviderError("the {courier} e-waybill account has no numbers left (单量不足): top it up", "balance",
                             courier=courier)
    if "开通" in message or "未开启" in message:
        return ProviderError("{courier} is not opened on this e-waybill account: {message}", "not_open",
                             courier=courier, message=message)
    if "地址" in message:
        return ProviderError("the courier cannot place the address of order {order_no}: {message}", "address",
                             order_no=order_no, message=message)
    if code == NOT_FOUND:
        return ProviderError("快递100 knows no waybill {number} on the {courier} account", "not_found",
                             number=number, courier=courier)
    if code == PARAMS:
        return ProviderError("快递100 refused the request for {courier}: {message}", "params", courier=courier,
                             message=message)
    return ProviderError("快递100 failed for {courier} (code {code}): {message}", "server", retry=True,
                         courier=courier, code=code, message=message)


def _man(p) -> dict:
    out = {"name": p.name, "mobile": p.mobile, "printAddr": p.address}
    if p.company:
        out["company"] = p.company
    return out


def _s(value) -> str:
    return str(value).strip() if value not in (None, "") else ""


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
