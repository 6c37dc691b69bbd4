<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoCardDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59"/>
        <source>Demo barcodes</source>
        <translation>演示条码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>PackStation — {station}</source>
        <translation>打包工作站 — {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>Simulated scanner (type a code, Enter) · F1 demo barcodes · F5/F6/F7 parcel on/too heavy/off the scale:</source>
        <translation>模拟扫描枪（输入条码后按回车）· F1 演示条码 · F5/F6/F7 包裹放上秤/超重/拿下：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>Accept {w:.3f} kg for order {no} (expected {e:.3f} kg)</source>
        <translation>接受订单 {no} 的重量 {w:.3f} kg（应为 {e:.3f} kg）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Sound on</source>
        <translation>声音已打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="217"/>
        <source>Sound off</source>
        <translation>声音已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Station {station} · signed out</source>
        <translation>工位 {station} · 未登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>Station {station} · packer {name}</source>
        <translation>工位 {station} · 打包员 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>Unknown badge or operator code</source>
        <translation>工牌或工号不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>Wrong PIN</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252"/>
        <source>Too many wrong PINs: locked for 5 minutes</source>
        <translation>密码错误次数过多：锁定 5 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>This operator is disabled</source>
        <translation>该操作员已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>Only a supervisor can do this</source>
        <translation>只有主管可以执行此操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255"/>
        <source>Missing: {detail}</source>
        <translation>缺少：{detail}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="13"/>
        <source>Not in this order</source>
        <translation>不是本订单的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15"/>
        <source>Unknown barcode</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18"/>
        <source>Wrong size: scanned {scanned}, the order wants {wanted}</source>
        <translation>尺码错误：扫描的是 {scanned}，订单要 {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20"/>
        <source>Wrong colour/size: scanned {scanned}, the order wants {wanted}</source>
        <translation>颜色/尺码错误：扫描的是 {scanned}，订单要 {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23"/>
        <source>One too many: the order has only {qty}</source>
        <translation>多了一件：订单只有 {qty} 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>All items are already verified</source>
        <translation>商品已全部验完</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27"/>
        <source>Finish the check first: press Space when done</source>
        <translation>请先完成核对：核对完按空格键</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>Acknowledge the error first</source>
        <translation>请先确认错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31"/>
        <source>Scan one item before typing a quantity</source>
        <translation>请先扫描一件商品再输入数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>Not a quantity: {text}</source>
        <translation>不是数量：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>Only {remaining} left to scan, not {typed}</source>
        <translation>只剩 {remaining} 件未扫，不能输入 {typed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>A barcode went into the quantity field</source>
        <translation>条码扫进了数量框</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>No such order: {code}</source>
        <translation>找不到订单：{code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42"/>
        <source>ON HOLD — do not ship</source>
        <translation>暂停发货 — 不要发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>REFUND REQUESTED — do not ship</source>
        <translation>买家申请退款 — 拦截，不要发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>Already shipped</source>
        <translation>该订单已发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>Order cancelled — do not ship</source>
        <translation>订单已关闭 — 不要发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>Being packed at another station</source>
        <translation>该订单正在其他工位打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>Scale not connected</source>
        <translation>电子秤未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>Label not printed</source>
        <translation>面单没有打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56"/>
        <source>No waybill numbers left</source>
        <translation>运单号已用完</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64"/>
        <source>{name} {variant} ({sku}) — put it back</source>
        <translation>{name} {variant}（{sku}）— 请放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67"/>
        <source>{code} is no product we know</source>
        <translation>{code} 不是已登记的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>Style {style}: take the item out and pick {wanted}</source>
        <translation>款号 {style}：取出该商品，改拿 {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72"/>
        <source>{sku}: take one out</source>
        <translation>{sku}：请取出一件</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <source>Scan barcodes, type only quantities</source>
        <translation>条码请扫描，数量框只输入数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78"/>
        <source>The buyer asked for a refund: put the order aside for the supervisor</source>
        <translation>买家已申请退款：把订单放一边，交给主管处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>Waybill {waybill} at {when}</source>
        <translation>运单号 {waybill}，发货时间 {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85"/>
        <source>{message} — fix the printer, then sign off again</source>
        <translation>{message} — 请检查打印机后重新签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>Courier {courier}: ask the supervisor to load numbers</source>
        <translation>快递 {courier}：请主管导入运单号</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="18"/>
        <source>Supervisor override</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="27"/>
        <source>scan badge or type code</source>
        <translation>扫描工牌或输入工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="32"/>
        <source>Gift or extra packing material</source>
        <translation>赠品或额外包装材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="32"/>
        <source>SKU weight on file is wrong</source>
        <translation>商品登记重量有误</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="33"/>
        <source>Checked by hand: contents correct</source>
        <translation>已人工核对：内容正确</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="34"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="35"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="36"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../app/ui/pack_page.py" line="139"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="139"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="139"/>
        <source>Style / colour / size</source>
        <translation>型号/颜色/尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="139"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="139"/>
        <source>Scanned</source>
        <translation>已扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="140"/>
        <source>Quantity (F2):</source>
        <translation>数量 (F2)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="141"/>
        <source>type, Enter</source>
        <translation>输入后回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="142"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="143"/>
        <source>Expected</source>
        <translation>应重</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="144"/>
        <source>Last label</source>
        <translation>最近面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="145"/>
        <source>Press Space to acknowledge</source>
        <translation>按空格键确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="146"/>
        <source>Space: acknowledge / confirm   F2: quantity   F9: supervisor override   F12 or own badge: sign off and print   Esc: put order back   Ctrl+M: sound   Ctrl+Q: sign out</source>
        <translation>空格：确认   F2：数量   F9：主管授权   F12 或扫本人工牌：签收并打印   Esc：放回订单   Ctrl+M：声音   Ctrl+Q：退出登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="174"/>
        <source>Last order: {no}</source>
        <translation>上一单：{no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="175"/>
        <source>No order open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="178"/>
        <source>Waybill {no}</source>
        <translation>运单号 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="180"/>
        <source>Order {no}</source>
        <translation>订单 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="181"/>
        <source>GREEN: paid by transfer</source>
        <translation>绿旗：已汇款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="181"/>
        <source>YELLOW: hold</source>
        <translation>黄旗：暂不发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="182"/>
        <source>BLUE: exchange</source>
        <translation>蓝旗：换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="182"/>
        <source>PURPLE: return</source>
        <translation>紫旗：退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="224"/>
        <source>Buyer: {note}</source>
        <translation>买家留言：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="226"/>
        <source>Shop: {note}</source>
        <translation>卖家备注：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="236"/>
        <source>NO SCALE</source>
        <translation>秤未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="247"/>
        <source>Carton: {name}</source>
        <translation>包装：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="252"/>
        <source>Scan an order</source>
        <translation>请扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="254"/>
        <source>Scan the items</source>
        <translation>请扫描商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="258"/>
        <source>CHECK: {what} — then press Space</source>
        <translation>请核对：{what} — 完成后按空格键</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="261"/>
        <source>Scale not connected — check the cable</source>
        <translation>电子秤未连接 — 请检查连线</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="263"/>
        <source>Clear the scale first (last parcel still on it?)</source>
        <translation>请先清空秤台（上一个包裹还在秤上？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="265"/>
        <source>All verified — put the parcel on the scale</source>
        <translation>验货完成 — 请把包裹放上秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="269"/>
        <source>Weight {w:.3f} kg is {d:+d} g off — check for a missing or extra item; lift and re-weigh, or F9 supervisor</source>
        <translation>重量 {w:.3f} kg，相差 {d:+d} g — 请检查是否少发或多发；拿起重新称重，或按 F9 请主管授权</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="273"/>
        <source>Weight OK — F12 or scan your badge to sign off and print</source>
        <translation>重量正确 — 按 F12 或扫本人工牌签收并打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="275"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="277"/>
        <source>Printed {waybill} — scan the next order</source>
        <translation>已打印 {waybill} — 请扫描下一单</translation>
    </message>
</context>
<context>
    <name>SignOnPage</name>
    <message>
        <location filename="../../app/ui/signon_page.py" line="55"/>
        <source>PackStation — sign on</source>
        <translation>打包工作站 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/signon_page.py" line="56"/>
        <source>Scan your badge, or type your operator code and PIN</source>
        <translation>请扫描工牌，或输入工号和密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/signon_page.py" line="57"/>
        <source>Operator code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/signon_page.py" line="58"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
</TS>
