"""Privacy waybill masking per GB/T 41833-2022: name ≥1 char hidden, phone ≥6 digits hidden, unit/room hidden."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.privacy import (ADDRESS_MASK, address_unit_span, mask_address, mask_name, mask_phone,
                                phone_digits_to_keep)

# ----------------------------------------------------------------------------------------------------- name


@pytest.mark.parametrize("name, masked", [
    ("张三", "张*"), ("张三丰", "张**"), ("欧阳娜娜", "欧***"), ("王", "*"), ("", ""),
    (" 李四 ", "李*"), ("John Smith", "J*** *****"), ("爱新觉罗·玄烨", "爱******"), ("Li", "L*"),
])
def test_mask_name(name, masked):
    assert mask_name(name) == masked


@given(st.text(min_size=1))
def test_mask_name_always_hides_at_least_one_character(name):
    masked = mask_name(name)
    stripped = name.strip()
    if not stripped:
        return
    assert len(masked) == len(stripped)
    letters = [i for i, c in enumerate(stripped) if not c.isspace()]
    shown = [i for i in letters if masked[i] != "*"]
    assert len(shown) <= 1 and (not shown or shown == [letters[0]])
    assert len(shown) < len(letters)                       # at least one character hidden
    assert all(masked[i] == stripped[i] for i, c in enumerate(stripped) if c.isspace())


# ---------------------------------------------------------------------------------------------------- phone


@pytest.mark.parametrize("phone, masked", [
    ("13812345678", "*******5678"),
    ("138 1234 5678", "*** **** 5678"),
    ("138-1234-5678", "***-****-5678"),
    ("+86 138 1234 5678", "+** *** **** 5678"),
    ("0571-88123456", "****-****3456"),
    ("(0571)88123456", "(****)****3456"),
    ("88123456", "******56"),          # 8 digits: keep 2 so 6 stay hidden
    ("1234567", "******7"),
    ("123456", "******"),
    ("95338", "*****"),                # shorter than six digits: all hidden
    ("13800138000-1234", "***********-1234"),   # virtual number with extension
    ("１３８１２３４５６７８", "*******５６７８"),  # full-width digits
    ("", ""),
])
def test_mask_phone(phone, masked):
    assert mask_phone(phone) == masked


def test_the_four_digit_style_is_not_enough():
    assert mask_phone("13812345678") != "138****5678"
    assert mask_phone("13812345678").count("*") >= 6


@pytest.mark.parametrize("n, keep", [(0, 0), (5, 0), (6, 0), (7, 1), (9, 3), (10, 4), (11, 4), (20, 4)])
def test_digits_kept(n, keep):
    assert phone_digits_to_keep(n) == keep


phone_like = st.lists(st.one_of(st.sampled_from("0123456789"), st.sampled_from(" -+()转#ext"),
                                st.characters()), min_size=0, max_size=40).map("".join)


@settings(max_examples=500)
@given(st.one_of(phone_like, st.text()))
def test_mask_phone_hides_at_least_six_digits(phone):
    masked = mask_phone(phone)
    digits = [c for c in phone if c.isdigit()]
    assert len(masked) == len(phone)
    hidden = sum(1 for a, b in zip(phone, masked) if a.isdigit() and b == "*")
    shown = [b for a, b in zip(phone, masked) if a.isdigit() and b != "*"]
    if len(digits) >= 6:
        assert hidden >= 6
    else:
        assert hidden == len(digits)
    assert len(shown) <= 4
    assert shown == digits[len(digits) - len(shown):]           # only the trailing digits stay
    for a, b in zip(phone, masked):                              # separators untouched
        if not a.isdigit():
            assert a == b


@given(st.text(alphabet="0123456789", min_size=6, max_size=30))
def test_mask_phone_pure_digits(phone):
    masked = mask_phone(phone)
    assert masked.count("*") >= 6
    assert masked.count("*") == len(phone) - min(4, len(phone) - 6)


# -------------------------------------------------------------------------------------------------- address

M = ADDRESS_MASK


@pytest.mark.parametrize("address, masked", [
    # building / unit / room after the street number
    ("文三路478号华星时代广场A座1203", f"文三路478号华星时代广场{M}"),
    ("文三路478号华星时代广场A座1203室", f"文三路478号华星时代广场{M}"),
    ("古墩路88号嘉绿苑3号楼2单元1502室", f"古墩路88号嘉绿苑{M}"),
    ("和平路12号院2号楼3单元402", f"和平路12号院{M}"),
    ("建国路88号院SOHO现代城5号楼1502", f"建国路88号院SOHO现代城{M}"),
    ("中山北路3000号12层", f"中山北路3000号{M}"),
    ("宁海路30号4楼", f"宁海路30号{M}"),
    ("海淀区中关村大街27号1101室", f"海淀区中关村大街27号{M}"),
    ("华强北路1019号华强广场B座7楼", f"华强北路1019号华强广场{M}"),
    ("天河路385号太古汇一座23楼", f"天河路385号太古汇{M}"),
    ("人民路66号新城花园第8栋1102房", f"人民路66号新城花园{M}"),
    ("江汉路118号汉口小区2#楼1502", f"江汉路118号汉口小区{M}"),
    ("五一路88号锦绣花园1502", f"五一路88号锦绣花园{M}"),              # a bare room number at the end
    ("光谷大道77号金融港B18栋", f"光谷大道77号金融港{M}"),
    ("园区星湖街328号创意产业园4幢A304", f"园区星湖街328号创意产业园{M}"),
    ("高新南一道9号中国科技开发院3栋12层1205", f"高新南一道9号中国科技开发院{M}"),
    ("天府大道北段1700号环球中心W6区1号楼10楼1012", f"天府大道北段1700号环球中心W6区{M}"),
    ("东城区东四十条甲22号南新仓商务大厦A座", f"东城区东四十条甲22号南新仓商务大厦{M}"),
    ("龙岗区布吉街道大芬村老围东七巷8号502", f"龙岗区布吉街道大芬村老围东七巷8号{M}"),
    # Shanghai lanes: 弄 and the house number in the lane are the street; the room is hidden
    ("长寿路100弄5号1202室", f"长寿路100弄5号{M}"),
    ("金沙江路1518弄2号302", f"金沙江路1518弄2号{M}"),
    # compounds with no street number
    ("幸福小区3-2-501", f"幸福小区{M}"),
    ("幸福小区5栋2单元301", f"幸福小区{M}"),
    ("万科城二期5栋1203", f"万科城二期{M}"),
    ("翠苑三区12幢3单元501室", f"翠苑三区{M}"),
    ("朝阳区望京街道望京西园三区312号楼8层", f"朝阳区望京街道望京西园三区{M}"),
    ("宝安区西乡街道固戍一路华丰工业园B栋3楼", f"宝安区西乡街道固戍一路华丰工业园{M}"),
    ("花园小区1502", f"花园小区{M}"),
    ("1502室", M),
    ("学院路10号XX大学12舍301", f"学院路10号XX大学{M}"),
    ("解放路18号华润大厦15F", f"解放路18号华润大厦{M}"),
    ("滨江区江南大道588号恒鑫大厦1501B", f"滨江区江南大道588号恒鑫大厦{M}"),
    ("如家酒店302房", f"如家酒店{M}"),
    ("文三路478号B区3栋", f"文三路478号B区{M}"),
    # nothing below the street number: unchanged
    ("浙江省杭州市西湖区文三路478号", "浙江省杭州市西湖区文三路478号"),
    ("解放路12号", "解放路12号"),
    ("中山路12-3号", "中山路12-3号"),
    ("南京路步行街300号", "南京路步行街300号"),
    ("文一西路969号阿里巴巴西溪园区", "文一西路969号阿里巴巴西溪园区"),
    ("文三路478号(地铁2号线旁)", "文三路478号(地铁2号线旁)"),
    ("学院路12号(放门口)", "学院路12号(放门口)"),
    ("", ""),
])
def test_mask_address(address, masked):
    assert mask_address(address) == masked


@pytest.mark.parametrize("address, kept", [
    ("文三路478号华星时代广场A座1203", "文三路478号"),
    ("杭州市西湖区古墩路88号嘉绿苑3号楼2单元1502室", "古墩路88号"),
    ("上海市普陀区长寿路100弄5号1202室", "长寿路100弄5号"),
])
def test_street_and_number_survive(address, kept):
    assert kept in mask_address(address)


def test_room_digits_never_survive():
    for address in ("文三路478号华星时代广场A座1203室", "古墩路88号嘉绿苑3号楼2单元1502室", "幸福小区3-2-501"):
        masked = mask_address(address)
        for secret in ("1203", "1502", "501", "A座", "3号楼", "2单元"):
            if secret in address:
                assert secret not in masked, (address, masked)


def test_span_reports_where_the_unit_part_is():
    address = "古墩路88号嘉绿苑3号楼2单元1502室"
    start, end = address_unit_span(address)
    assert address[start:end] == "3号楼2单元1502室"
    assert address_unit_span("解放路12号") is None


@given(st.text(max_size=60))
def test_mask_address_never_raises_and_only_hides(address):
    masked = mask_address(address)
    span = address_unit_span(address)
    if span is None:
        assert masked == address
    else:
        start, end = span
        assert masked == address[:start] + M + address[end:]
        assert start < end


@given(st.sampled_from(["文三路478号", "古墩路88号嘉绿苑", "长寿路100弄5号", "幸福小区"]),
       st.sampled_from(["", "第"]), st.integers(1, 40), st.sampled_from(["号楼", "栋", "幢", "座"]),
       st.integers(1, 9), st.integers(101, 3308), st.sampled_from(["室", "", "房"]))
def test_generated_addresses_hide_building_unit_and_room(street, prefix, building, kind, unit, room, suffix):
    address = f"{street}{prefix}{building}{kind}{unit}单元{room}{suffix}"
    masked = mask_address(address)
    assert masked == street + M
