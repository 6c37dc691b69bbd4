"""The pack flow driven with plain values: every transition and every error."""
import pytest

from app.domain import packflow as pf
from app.domain.packflow import Err, Phase, Sound
from app.domain.weight import Tolerance

PACKER = pf.Operator(1, "王芳", "packer", badge="B001")
SUP = pf.Operator(2, "李主管", "supervisor", badge="B900")
TEE_M = pf.ProductView(10, "TS-BLK-M", "T恤", "TS01", "黑色", "M", 200)
TEE_L = pf.ProductView(11, "TS-BLK-L", "T恤", "TS01", "黑色", "L", 210)
TEE_W_L = pf.ProductView(12, "TS-WHT-L", "T恤", "TS01", "白色", "L", 210)
JEANS = pf.ProductView(20, "JN-30", "牛仔裤", "JN01", "蓝色", "30", 600, manual_check="测量腰围")
SOCKS = pf.ProductView(30, "SK-01", "袜子", "SK01", "灰色", "", 50)
CAP = pf.ProductView(40, "CAP-1", "帽子", "CP01", "红色", "", 100)
BOX = pf.CartonView(1, "BAG-M", "快递袋 M", 20)
BIG = pf.CartonView(2, "BOX-3", "纸箱 3号", 300)


def order(*lines):
    return pf.OrderView(1, "T100", tuple(pf.LineView(i + 1, p, q) for i, (p, q) in enumerate(lines)))


def signed_on(rules=None):
    flow = pf.PackFlow(rules or pf.Rules(Tolerance(abs_g=50, pct=5)))
    flow.handle(pf.SignedOn(PACKER))
    flow.handle(pf.WeightRead(0, True))  # scale empty at start
    return flow


def sounds(effects):
    return [e.sound for e in effects if isinstance(e, pf.Play)]


def records(effects):
    return [e for e in effects if isinstance(e, pf.RecordScan)]


def test_signed_out_ignores_everything():
    flow = pf.PackFlow()
    assert flow.handle(pf.ItemScanned("x", TEE_M)) == ()
    assert flow.state.phase is Phase.SIGNED_OUT


def test_open_scan_and_complete_a_single_line_order():
    flow = signed_on()
    assert flow.state.phase is Phase.IDLE
    eff = flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    assert flow.state.phase is Phase.PACKING and sounds(eff) == [Sound.OK]
    eff = flow.handle(pf.ItemScanned("690001", TEE_M))
    assert pf.SaveCount(1, 1) in eff and pf.MarkVerified() in eff
    assert records(eff)[0].result == "ok"
    assert flow.state.phase is Phase.WEIGHING
    assert flow.state.expected_g == 220


def test_multi_unit_line_counts_each_scan():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 3), (SOCKS, 1))))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.order.lines[0].scanned == 2
    assert flow.state.phase is Phase.PACKING
    assert flow.state.order.units_scanned == 2 and flow.state.order.units == 4


def test_not_in_order_must_be_acknowledged_before_next_scan_counts():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 2))))
    eff = flow.handle(pf.ItemScanned("cap", CAP))
    assert flow.state.error.code is Err.NOT_IN_ORDER and sounds(eff) == [Sound.ERROR]
    eff = flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.order.lines[0].scanned == 0, "a scan during an unacknowledged error must not count"
    assert records(eff)[0].result == Err.UNACKNOWLEDGED.value
    flow.handle(pf.Acknowledge())
    assert flow.state.error is None
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.order.lines[0].scanned == 1


def test_unknown_barcode():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1))))
    flow.handle(pf.ItemScanned("999", None))
    assert flow.state.error == pf.FlowError(Err.UNKNOWN_BARCODE, {"code": "999"})


def test_wrong_size_of_the_right_style_names_both_sizes():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_L, 1))))
    flow.handle(pf.ItemScanned("m", TEE_M))
    err = flow.state.error
    assert err.code is Err.WRONG_VARIANT
    assert err.params["scanned_size"] == "M" and err.params["wanted_size"] == "L"


def test_wrong_colour_of_the_right_style():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_L, 1))))
    flow.handle(pf.ItemScanned("w", TEE_W_L))
    err = flow.state.error
    assert err.code is Err.WRONG_VARIANT
    assert (err.params["scanned_colour"], err.params["wanted_colour"]) == ("白色", "黑色")


def test_one_too_many():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1), (SOCKS, 1))))
    flow.handle(pf.ItemScanned("a", TEE_M))
    eff = flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.error.code is Err.TOO_MANY and flow.state.error.params["qty"] == 1
    assert not any(isinstance(e, pf.SaveCount) for e in eff)


def test_same_sku_on_two_lines_fills_them_in_turn():
    flow = signed_on()
    o = pf.OrderView(1, "T1", (pf.LineView(1, TEE_M, 1), pf.LineView(2, TEE_M, 1)))
    flow.handle(pf.OrderOpened(o))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.phase is Phase.WEIGHING


def test_a_typed_quantity_is_the_lines_total_bounded_by_the_order():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((SOCKS, 12), (TEE_M, 1))))
    eff = flow.handle(pf.QuantityTyped("5"))
    assert flow.state.error.code is Err.QTY_NO_LINE, "a quantity needs a scanned item first"
    flow.handle(pf.Acknowledge())
    flow.handle(pf.ItemScanned("s", SOCKS))
    flow.handle(pf.QuantityTyped("13"))
    assert flow.state.error.code is Err.QTY_TOO_MANY and flow.state.error.params["qty"] == 12
    flow.handle(pf.Acknowledge())
    flow.handle(pf.QuantityTyped("1"))
    assert flow.state.error.code is Err.QTY_NOT_MORE, "1 is already counted: a total must be more"
    flow.handle(pf.Acknowledge())
    eff = flow.handle(pf.QuantityTyped("12"))                # one scanned, "12" in all: 11 more
    assert pf.SaveCount(1, 12) in eff and records(eff)[0].qty == 11
    assert flow.state.order.lines[0].done


@pytest.mark.parametrize("text,code", [("6901234567892", Err.QTY_BARCODE), ("abc", Err.QTY_INVALID),
                                       ("0", Err.QTY_INVALID), ("", Err.QTY_INVALID)])
def test_bad_typed_quantities(text, code):
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((SOCKS, 12))))
    flow.handle(pf.ItemScanned("s", SOCKS))
    flow.handle(pf.QuantityTyped(text))
    assert flow.state.error.code is code
    assert flow.state.order.lines[0].scanned == 1


def test_manual_check_counts_only_when_confirmed():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((JEANS, 1), (SOCKS, 1))))
    eff = flow.handle(pf.ItemScanned("j", JEANS))
    assert flow.state.phase is Phase.CHECK and flow.state.pending_check == 1
    assert not any(isinstance(e, pf.SaveCount) for e in eff)
    flow.handle(pf.ItemScanned("s", SOCKS))
    assert flow.state.error.code is Err.CHECK_PENDING, "no other scan while a check waits"
    flow.handle(pf.Acknowledge())
    eff = flow.handle(pf.CheckConfirmed())
    assert pf.SaveCount(1, 1, checked=True) in eff
    assert flow.state.phase is Phase.PACKING


def test_weight_in_tolerance_goes_ready_and_needs_zero_first():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.phase is Phase.WEIGHING
    flow.handle(pf.WeightRead(150, False))
    assert flow.state.phase is Phase.WEIGHING, "a moving reading is never taken"
    eff = flow.handle(pf.WeightRead(230, True))
    assert flow.state.phase is Phase.READY and flow.state.weight_g == 230
    assert pf.MarkWeighed(230, 220, True) in eff


def test_weight_taken_at_once_when_parcel_already_on_scale():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.WeightRead(222, True))
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.phase is Phase.READY and flow.state.weight_g == 222


def test_previous_parcel_weight_is_never_carried_over():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.WeightRead(220, True))
    flow.handle(pf.SignOff())
    flow.handle(pf.Printed("SF1"))
    assert flow.state.phase is Phase.DONE and flow.state.need_zero
    # next order while the old parcel still sits on the scale
    flow.handle(pf.OrderOpened(pf.OrderView(2, "T2", (pf.LineView(5, TEE_M, 1),)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.WeightRead(220, True))
    assert flow.state.phase is Phase.WEIGHING, "the scale has not been back to zero"
    flow.handle(pf.WeightRead(0, True))
    flow.handle(pf.WeightRead(219, True))
    assert flow.state.phase is Phase.READY and flow.state.weight_g == 219


def test_out_of_tolerance_then_reweigh():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    eff = flow.handle(pf.WeightRead(520, True))
    assert flow.state.phase is Phase.WEIGHT_OUT and sounds(eff) == [Sound.ERROR]
    assert flow.handle(pf.SignOff()) == (pf.Play(Sound.ERROR),), "cannot print out of tolerance"
    flow.handle(pf.WeightRead(520, True))
    assert flow.state.weight_g == 520, "same parcel not lifted: no re-weigh"
    flow.handle(pf.WeightRead(3, True))
    flow.handle(pf.WeightRead(221, True))
    assert flow.state.phase is Phase.READY


def test_out_of_tolerance_override_by_supervisor():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.WeightRead(400, True))
    eff = flow.handle(pf.Override(SUP, "gift box added"))
    assert pf.AuditOverride(2, "gift box added", 400, 220) in eff
    assert flow.state.phase is Phase.READY and flow.state.override_by == 2


def test_override_refused_when_not_out_of_tolerance():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    eff = flow.handle(pf.Override(SUP, "x"))
    assert eff == (pf.Play(Sound.ERROR),) and flow.state.phase is Phase.PACKING


def test_tolerance_percentage_for_heavy_parcels():
    tol = Tolerance(abs_g=50, pct=5)
    assert tol.check(10_400, 10_000) == 0
    assert tol.check(10_600, 10_000) == 600
    assert tol.check(160, 100) == 60
    assert tol.check(140, 100) == 0


def test_carton_scan_changes_expected_weight_and_rejudges():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.WeightRead(500, True))
    assert flow.state.phase is Phase.WEIGHT_OUT
    eff = flow.handle(pf.CartonScanned(BIG))
    assert pf.SaveCarton(2) in eff
    assert flow.state.phase is Phase.READY and flow.state.expected_g == 500


def test_sign_off_print_done_and_failure():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.WeightRead(220, True))
    assert flow.handle(pf.SignOff()) == (pf.PrintWaybill(),)
    eff = flow.handle(pf.PrintFailed(Err.PRINT_FAILED, "paper out"))
    assert flow.state.phase is Phase.READY and flow.state.error.code is Err.PRINT_FAILED
    flow.handle(pf.Acknowledge())
    flow.handle(pf.SignOff())
    eff = flow.handle(pf.Printed("SF123"))
    assert sounds(eff) == [Sound.DONE]
    assert flow.state.phase is Phase.DONE and flow.state.waybill_no == "SF123"
    assert flow.state.order is None and flow.state.last_order_no == "T100"


def test_sign_off_before_ready_is_refused():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1))))
    assert flow.handle(pf.SignOff()) == (pf.Play(Sound.ERROR),)
    assert flow.state.phase is Phase.PACKING


@pytest.mark.parametrize("code", [Err.ORDER_ON_HOLD, Err.ORDER_REFUND, Err.ORDER_SHIPPED, Err.ORDER_NOT_FOUND,
                                  Err.ORDER_CANCELLED, Err.ORDER_ELSEWHERE])
def test_refused_orders_are_loud_and_leave_the_station_idle(code):
    flow = signed_on()
    eff = flow.handle(pf.OrderRefused(code, "T9", {"reason": "缺货"}))
    assert flow.state.error.code is code and sounds(eff) == [Sound.ERROR]
    assert flow.state.phase is Phase.IDLE
    flow.handle(pf.Acknowledge())
    flow.handle(pf.OrderOpened(order((TEE_M, 1))))
    assert flow.state.phase is Phase.PACKING


def test_put_back_with_counted_items_needs_confirming_and_clears_the_counts():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 3))))
    flow.handle(pf.ItemScanned("a", TEE_M))
    eff = flow.handle(pf.Abandon())
    assert flow.state.phase is Phase.PACKING and flow.state.notice == "confirm_put_back"
    assert flow.state.notice_params == {"units": 1} and not any(isinstance(e, pf.ReleaseOrder) for e in eff)
    flow.handle(pf.ItemScanned("a", TEE_M))                 # anything else in between disarms it
    flow.handle(pf.Abandon())
    assert flow.state.phase is Phase.PACKING
    eff = flow.handle(pf.Abandon())                         # the second put-back in a row does it
    assert pf.ReleaseOrder(1, clear_counts=True) in eff and flow.state.phase is Phase.IDLE
    assert flow.state.notice == "put_back"


def test_put_back_confirmed_by_the_dialog_or_with_nothing_counted_is_at_once():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 2))))
    assert pf.ReleaseOrder(1) in flow.handle(pf.Abandon()), "nothing counted: nothing to confirm"
    flow.handle(pf.OrderOpened(order((TEE_M, 2))))
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert pf.ReleaseOrder(1) in flow.handle(pf.Abandon(confirmed=True))


def test_sign_out_mid_order_releases_it_and_keeps_scale_state():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 2))))
    flow.handle(pf.WeightRead(300, True))
    eff = flow.handle(pf.SignedOut())
    assert eff == (pf.ReleaseOrder(1),)
    assert flow.state.phase is Phase.SIGNED_OUT and flow.state.last_reading_g == 300


def test_resume_an_order_with_every_line_scanned_goes_to_weighing():
    flow = signed_on()
    o = pf.OrderView(1, "T1", (pf.LineView(1, TEE_M, 2, scanned=2),))
    flow.handle(pf.OrderOpened(o))
    assert flow.state.phase is Phase.WEIGHING


def test_scale_offline_is_known_and_no_weight_is_taken():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.WeightRead(0, False, online=False))
    assert not flow.state.scale_online and flow.state.last_reading_g is None
    flow.handle(pf.WeightRead(0, True))
    flow.handle(pf.WeightRead(220, True))
    assert flow.state.scale_online and flow.state.phase is Phase.READY


def test_rules_validate():
    with pytest.raises(ValueError):
        Tolerance(abs_g=-1)
    with pytest.raises(ValueError):
        Tolerance(pct=101)
    with pytest.raises(ValueError):
        pf.Rules(zero_band_g=-5)


def test_multi_parcel_order_weighs_and_prints_each_parcel():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 2), (SOCKS, 2)), BOX))
    assert flow.handle(pf.CloseParcel()) == (pf.Play(Sound.ERROR),), "nothing scanned yet"
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.CloseParcel())
    assert flow.state.phase is Phase.WEIGHING and flow.state.partial
    assert flow.state.expected_g == 420  # two T-shirts and the bag, not the socks
    flow.handle(pf.WeightRead(425, True))
    assert flow.handle(pf.SignOff()) == (pf.PrintWaybill(),)
    eff = flow.handle(pf.Printed("ZT1"))
    assert flow.state.phase is Phase.PACKING and flow.state.parcels_done == 1 and sounds(eff) == [Sound.DONE]
    assert [ln.in_parcel for ln in flow.state.order.lines] == [0, 0]
    flow.handle(pf.ItemScanned("s", SOCKS))
    flow.handle(pf.ItemScanned("s", SOCKS))
    assert flow.state.phase is Phase.WEIGHING and not flow.state.partial
    assert flow.state.expected_g == 120
    flow.handle(pf.WeightRead(420, True))
    assert flow.state.phase is Phase.WEIGHING, "the first parcel is still on the scale: needs zero first"
    flow.handle(pf.WeightRead(0, True))
    flow.handle(pf.WeightRead(118, True))
    flow.handle(pf.SignOff())
    flow.handle(pf.Printed("ZT2"))
    assert flow.state.phase is Phase.DONE


# ---------------------------------------------------------------- the weight stays true until sign-off
def ready(weight=220, rules=None):
    flow = signed_on(rules)
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))  # expected 220 g
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.WeightRead(weight, True))
    assert flow.state.phase is Phase.READY
    return flow


def test_a_heavier_parcel_after_acceptance_is_weighed_again_and_never_printed():
    flow = ready(220)
    eff = flow.handle(pf.WeightRead(1500, True))   # something put on top after the weight was accepted
    assert flow.state.phase is Phase.WEIGHT_OUT and flow.state.weight_g == 1500
    assert pf.MarkWeighed(1500, 220, False) in eff and sounds(eff) == [Sound.ERROR]
    assert flow.state.notice == "weight_changed" and flow.state.notice_params == {"before": 220, "now": 1500}
    assert pf.PrintWaybill() not in flow.handle(pf.SignOff())


def test_a_change_within_the_zero_band_keeps_ready_and_the_standing_weight_is_printed():
    flow = ready(220)
    flow.handle(pf.WeightRead(236, True))          # within the 20 g zero band of 220: still the same parcel
    assert flow.state.phase is Phase.READY
    eff = flow.handle(pf.SignOff())
    assert eff == (pf.MarkWeighed(236, 220, True), pf.PrintWaybill())
    assert flow.state.weight_g == 236, "the weight printed is the one on the scale at sign-off"


def test_sign_off_is_blocked_while_the_scale_is_offline_or_moving():
    flow = ready(220)
    flow.handle(pf.WeightRead(0, False, online=False))   # unplugged while READY
    eff = flow.handle(pf.SignOff())
    assert flow.state.error.code is Err.SCALE_OFFLINE and pf.PrintWaybill() not in eff
    flow.handle(pf.Acknowledge())
    flow.handle(pf.WeightRead(231, False))                # back, but moving
    eff = flow.handle(pf.SignOff())
    assert flow.state.error.code is Err.SCALE_UNSTABLE and pf.PrintWaybill() not in eff
    flow.handle(pf.Acknowledge())
    flow.handle(pf.WeightRead(221, True))
    assert flow.handle(pf.SignOff())[-1] == pf.PrintWaybill()
    assert flow.state.weight_g == 221


def test_lifting_the_parcel_before_sign_off_goes_back_to_weighing():
    flow = ready(220)
    flow.handle(pf.WeightRead(0, True))
    assert flow.state.phase is Phase.WEIGHING and flow.state.weight_g is None
    assert pf.PrintWaybill() not in flow.handle(pf.SignOff())
    assert flow.state.notice == "sign_off_not_ready" and flow.state.notice_params == {"step": "weigh"}
    flow.handle(pf.WeightRead(219, True))
    assert flow.state.phase is Phase.READY and flow.state.weight_g == 219


def test_an_override_holds_only_while_the_scale_shows_that_weight():
    flow = ready(220)
    flow.handle(pf.WeightRead(0, True))
    flow.handle(pf.WeightRead(400, True))
    flow.handle(pf.Override(SUP, "gift box added"))
    assert flow.state.phase is Phase.READY and flow.state.override_by == 2
    flow.handle(pf.WeightRead(405, True))                 # the same parcel settling: still valid
    assert flow.state.phase is Phase.READY and flow.state.override_by == 2
    flow.handle(pf.WeightRead(900, True))                 # something else on the scale now
    assert flow.state.phase is Phase.WEIGHT_OUT and flow.state.override_by is None
    assert pf.PrintWaybill() not in flow.handle(pf.SignOff())
    flow.handle(pf.WeightRead(401, True))
    assert flow.state.phase is Phase.WEIGHT_OUT and flow.state.override_by is None, "a new override is needed"


def test_an_item_taken_out_in_weight_out_is_judged_again_without_lifting():
    flow = ready(220)
    flow.handle(pf.WeightRead(430, True))                 # an extra T-shirt went in
    assert flow.state.phase is Phase.WEIGHT_OUT
    flow.handle(pf.WeightRead(222, True))                 # taken out again
    assert flow.state.phase is Phase.READY and flow.state.weight_g == 222


@pytest.mark.parametrize("grams, fault", [(10**23, "overload"), (300_001, "overload"), (-5_000, "below_zero")])
def test_implausible_readings_are_no_weight(grams, fault):
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX))
    flow.handle(pf.ItemScanned("a", TEE_M))
    eff = flow.handle(pf.WeightRead(grams, True))
    assert flow.state.phase is Phase.WEIGHING and flow.state.weight_g is None and eff == ()
    assert flow.state.scale_fault == fault and flow.state.last_reading_g is None
    flow.handle(pf.WeightRead(221, True))
    assert flow.state.phase is Phase.READY and flow.state.scale_fault is None


def test_an_overload_after_acceptance_blocks_sign_off():
    flow = ready(220)
    flow.handle(pf.WeightRead(10**9, True))
    eff = flow.handle(pf.SignOff())
    assert flow.state.error.code is Err.SCALE_UNSTABLE and flow.state.error.params == {"fault": "overload"}
    assert pf.PrintWaybill() not in eff


def test_rules_bound_the_capacity():
    with pytest.raises(ValueError):
        pf.Rules(max_weight_g=pf.MAX_WEIGHT_G + 1)


# ---------------------------------------------------------------- a label in doubt is never resent blindly
def test_a_print_in_doubt_waits_for_the_label_or_not_printed():
    flow = ready(220)
    assert flow.handle(pf.SignOff())[-1] == pf.PrintWaybill()
    eff = flow.handle(pf.PrintUncertain("7731001", "paper out while printing"))
    assert flow.state.phase is Phase.LABEL_CHECK and flow.state.waybill_no == "7731001"
    assert sounds(eff) == [Sound.ERROR] and pf.PrintWaybill() not in eff
    flow.handle(pf.ItemScanned("6900000000011", TEE_M))      # an item, not the label
    assert flow.state.error.code is Err.LABEL_EXPECTED
    flow.handle(pf.Acknowledge())
    assert pf.PrintWaybill() not in flow.handle(pf.SignOff()), "sign-off does not resend a label in doubt"
    assert pf.ReleaseOrder(1) not in flow.handle(pf.Abandon()), "nor can it be put back"
    assert flow.handle(pf.NotPrinted()) == (pf.PrintWaybill(),)
    assert flow.state.phase is Phase.PRINTING
    flow.handle(pf.Printed("7731001"))
    assert flow.state.phase is Phase.DONE


def test_the_label_scanned_in_doubt_completes_the_parcel():
    flow = ready(220)
    flow.handle(pf.SignOff())
    flow.handle(pf.PrintUncertain("7731001"))
    flow.handle(pf.Printed("7731001"))                        # the station confirmed the scanned label
    assert flow.state.phase is Phase.DONE and flow.state.waybill_no == "7731001"


def test_signing_out_with_a_label_in_doubt_keeps_the_order_here_and_resumes_into_the_check():
    flow = ready(220)
    flow.handle(pf.SignOff())
    flow.handle(pf.PrintUncertain("7731001"))
    assert flow.handle(pf.SignedOut()) == ()
    flow.handle(pf.SignedOn(PACKER))
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX, label_check="7731001"))
    assert flow.state.phase is Phase.LABEL_CHECK and flow.state.waybill_no == "7731001"


def test_not_printed_outside_the_check_is_an_error():
    flow = ready(220)
    flow.handle(pf.NotPrinted())
    assert flow.state.error.code is Err.COMMAND_NOT_NOW


# ---------------------------------------------------------------- what a refused key or scan tells the packer
def test_a_scan_during_an_error_says_it_did_not_count():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 2))))
    flow.handle(pf.ItemScanned("cap", CAP))
    flow.handle(pf.ItemScanned("6900000000011", TEE_M))
    assert flow.state.error.code is Err.NOT_IN_ORDER and flow.state.error.params["ignored"] == "6900000000011"
    flow.handle(pf.SignOff())
    assert flow.state.error.params["ignored"] == "key"


def test_sign_off_before_ready_says_what_is_missing():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 2))))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.SignOff())
    assert flow.state.notice == "sign_off_not_ready" and flow.state.notice_params == {"step": "scan", "left": 1}
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.notice is None, "a notice lasts until the next scan"


@pytest.mark.parametrize("text", ["²", "٣", "１２", "1e1", "1_0", "+3", " 3 4"])
def test_a_quantity_takes_only_plain_ascii_digits(text):
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((SOCKS, 12))))
    flow.handle(pf.ItemScanned("s", SOCKS))
    flow.handle(pf.QuantityTyped(text))
    assert flow.state.error.code is Err.QTY_INVALID
    assert flow.state.order.lines[0].scanned == 1


# ---------------------------------------------------------------- the weight learned from earlier parcels
from app.domain.weight import Learned, learn, mix_key  # noqa: E402


def test_learning_needs_three_parcels_and_flags_only_beyond_two_sigma_and_the_tolerance():
    assert learn([450, 452]) is None
    h = learn([450, 452, 455, 449, 454])
    assert h.n == 5 and h.mean_g == 452 and 2.0 < h.sd_g < 3.0
    tol = Tolerance(abs_g=10, pct=0)
    assert h.check(461, tol) == 0, "9 g off: beyond 2σ but within the tolerance"
    assert h.check(470, tol) == 18, "beyond both"
    wide = Learned(452, 30.0, 8)
    assert wide.check(500, tol) == 0, "within 2σ of a mix that varies"
    assert mix_key([(2, 1), (1, 2), (2, 1)], 7) == mix_key([(1, 2), (2, 2)], 7) == "1x2,2x2|c7"
    assert mix_key([(1, 2)], 7) != mix_key([(1, 2)], 8)


def test_the_history_is_the_expected_weight_and_the_reason():
    flow = signed_on(pf.Rules(Tolerance(abs_g=20, pct=0)))
    history = Learned(300, 4.0, 6)          # the SKU weights on file say 220 g; parcels really weigh 300
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX, learned=history))
    flow.handle(pf.ItemScanned("a", TEE_M))
    assert flow.state.expected_g == 300 and flow.state.sku_expected_g == 220 and flow.state.history == history
    eff = flow.handle(pf.WeightRead(302, True))
    assert flow.state.phase is Phase.READY and pf.MarkWeighed(302, 300, True) in eff
    flow.handle(pf.WeightRead(0, True))
    flow.handle(pf.WeightRead(222, True))   # matches the SKU weights, but 78 g under what this mix weighs
    assert flow.state.phase is Phase.WEIGHT_OUT


def test_the_history_does_not_speak_of_one_parcel_of_several_nor_of_another_carton():
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 2)), BOX, learned=Learned(500, 3.0, 5)))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.CloseParcel())
    assert flow.state.history is None and flow.state.expected_g == 220
    flow = signed_on()
    flow.handle(pf.OrderOpened(order((TEE_M, 1)), BOX, learned=Learned(300, 3.0, 5)))
    flow.handle(pf.ItemScanned("a", TEE_M))
    flow.handle(pf.CartonScanned(BIG))      # no history in the big box
    assert flow.state.history is None and flow.state.expected_g == 500
