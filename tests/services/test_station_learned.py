"""The expected weight learns from earlier parcels of the same SKU mix in the same carton."""
from sqlalchemy import select

from app.domain.packflow import Phase, Rules
from app.domain.weight import Tolerance
from app.models import Order, OrderLine, Parcel, Product
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render


def orders(db, n):
    with db.session() as s:
        pid = s.scalar(select(Product.id).where(Product.sku == "TS-BLK-M"))
        for i in range(n):
            o = Order(order_no=f"L{i}", recipient_name="陈小明", phone="13812345678", address="文三路1号")
            o.lines.append(OrderLine(line_no=1, product_id=pid, qty=1))
            s.add(o)


def pack(st, no, grams):
    st.scan(no)
    st.scan("6900000000011")
    st.weight(0, True)
    return st.weight(grams, True)


def test_three_parcels_teach_the_weight_of_their_mix(shop):
    orders(shop, 5)
    st = StationService(shop, "PACK-01", RecordingPrinter(), Rules(Tolerance(abs_g=20, pct=0)),
                        render_label=fake_render)
    st.sign_on("B1001")
    for i, grams in enumerate((235, 236, 237)):      # the SKU weights on file say 200 g + a 20 g bag
        assert pack(st, f"L{i}", grams).phase is Phase.READY and st.state.history is None
        sku = st.state.sku_expected_g
        st.sign_off()
    state = pack(st, "L3", 252)                       # 32 g over the SKU weights, 16 g over what it weighs
    assert state.history is not None and state.history.n == 3 and state.expected_g == 236
    assert state.phase is Phase.READY and abs(252 - sku) > 20
    st.sign_off()
    state = pack(st, "L4", sku - 2)                   # right by the SKU weights, 22 g under this mix
    assert state.phase is Phase.WEIGHT_OUT and state.history.n == 4
    with shop.session() as s:
        keys = set(s.scalars(select(Parcel.mix_key)))
        assert len(keys) == 1 and keys.pop().endswith(f"|c{st.state.carton.id}")


def test_an_overridden_weight_teaches_nothing(shop):
    orders(shop, 4)
    st = StationService(shop, "PACK-01", RecordingPrinter(), Rules(Tolerance(abs_g=20, pct=0)),
                        render_label=fake_render)
    st.sign_on("B1001")
    for i in range(3):
        pack(st, f"L{i}", 400)                        # far off: accepted only by the supervisor
        st.override("B9001", "999999", "礼盒包装")
        st.sign_off()
    assert pack(st, "L3", 400).phase is Phase.WEIGHT_OUT and st.state.history is None
