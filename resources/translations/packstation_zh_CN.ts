<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BillTab</name>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="365"/>
        <source>Import bill…</source>
        <translation>导入账单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="367"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="367"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="372"/>
        <source>Waybill column</source>
        <translation>运单号列</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="372"/>
        <source>Weight column</source>
        <translation>重量列</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="373"/>
        <source>Amount column</source>
        <translation>金额列</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="373"/>
        <source>Province column</source>
        <translation>省份列</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="374"/>
        <source>Date column</source>
        <translation>日期列</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="383"/>
        <source>Save column mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="393"/>
        <source>zones (JSON): [{&quot;name&quot;: &quot;江浙沪&quot;, &quot;provinces&quot;: [&quot;浙江省&quot;], &quot;first&quot;: &quot;4.00&quot;, &quot;per_kg&quot;: &quot;1.00&quot;}]</source>
        <translation>分区 (JSON)：[{&quot;name&quot;: &quot;江浙沪&quot;, &quot;provinces&quot;: [&quot;浙江省&quot;], &quot;first&quot;: &quot;4.00&quot;, &quot;per_kg&quot;: &quot;1.00&quot;}]</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="395"/>
        <source>Save rate card</source>
        <translation>保存价目表</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="397"/>
        <source>First weight</source>
        <translation>首重</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="397"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="398"/>
        <source>each further kg</source>
        <translation>续重每公斤</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="406"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="406"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="406"/>
        <source>Our weight</source>
        <translation>我方重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="407"/>
        <source>Billed weight</source>
        <translation>账单重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="407"/>
        <source>Expected</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="407"/>
        <source>Billed</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="407"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="410"/>
        <source>Dispute list (XLSX)</source>
        <translation>争议清单 (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="410"/>
        <source>Summary (PDF)</source>
        <translation>汇总 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="411"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="437"/>
        <source>Column mapping saved</source>
        <translation>列对应已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="446"/>
        <source>zones are not valid JSON: {error}</source>
        <translation>分区不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="450"/>
        <source>rate card from the desk</source>
        <translation>主管台设置的价目表</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="452"/>
        <source>Rate card saved</source>
        <translation>价目表已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="456"/>
        <source>Courier bill</source>
        <translation>快递对账</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="462"/>
        <source>Bill imported</source>
        <translation>账单已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="468"/>
        <source>{courier} {month}: {rows} lines, billed {billed}, matched {matched}, {n} differences, overbilled {over}, deductions {ded}</source>
        <translation>{courier} {month}：{rows} 行，账单金额 {billed}，匹配 {matched}，差异 {n} 条，多收 {over}，应扣 {ded}</translation>
    </message>
</context>
<context>
    <name>ClaimTab</name>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="259"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="259"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="260"/>
        <source>undeliverable</source>
        <translation>无法派送</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="265"/>
        <location filename="../../app/ui/ledger_tabs.py" line="277"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="266"/>
        <location filename="../../app/ui/ledger_tabs.py" line="277"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="267"/>
        <location filename="../../app/ui/ledger_tabs.py" line="278"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="268"/>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="271"/>
        <source>Open claim</source>
        <translation>登记索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="271"/>
        <source>Evidence sheet (PDF)</source>
        <translation>索赔证据 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="272"/>
        <source>Mark recovered…</source>
        <translation>登记已赔付…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="272"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="277"/>
        <source>Claim</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="277"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="278"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="278"/>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="278"/>
        <location filename="../../app/ui/ledger_tabs.py" line="314"/>
        <source>Recovered</source>
        <translation>已赔付</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="292"/>
        <source>not an amount: {text}</source>
        <translation>不是金额：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="297"/>
        <source>Claim opened</source>
        <translation>索赔已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="303"/>
        <source>Select a claim first</source>
        <translation>请先选择一条索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="314"/>
        <source>Amount recovered:</source>
        <translation>赔付金额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="315"/>
        <source>money recovered</source>
        <translation>已收到赔款</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="317"/>
        <source>Claim updated</source>
        <translation>索赔已更新</translation>
    </message>
</context>
<context>
    <name>CloseChoiceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>An order is open</source>
        <translation>有订单正在打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="120"/>
        <source>Order {no} is open at this station. What becomes of it?</source>
        <translation>订单 {no} 还在本工位打包，怎么处理？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="124"/>
        <source>Put it back: the items go back to the shelf, counts cleared</source>
        <translation>放回：商品放回货架，已扫数量清零</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="125"/>
        <source>Keep it open here: the next sign-on at this station resumes it</source>
        <translation>留在本工位：下次在本工位登录时继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="126"/>
        <source>Do not close</source>
        <translation>不关闭</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DemoCardDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="146"/>
        <source>Demo barcodes</source>
        <translation>演示条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="174"/>
        <source>wrong size or colour for {order}: {what}</source>
        <translation>{order} 的错码/错色：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="175"/>
        <source>not in {order}: {what}</source>
        <translation>不在 {order} 里：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="187"/>
        <source>one item</source>
        <translation>一件商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="187"/>
        <source>several lines</source>
        <translation>多行商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="188"/>
        <source>many units: F2 and type the line&apos;s total</source>
        <translation>多件：按 F2 输入本行总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="189"/>
        <source>manual check</source>
        <translation>人工核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="189"/>
        <source>on hold (yellow flag)</source>
        <translation>暂停发货（黄旗）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="190"/>
        <source>refund requested</source>
        <translation>买家申请退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="190"/>
        <source>already shipped</source>
        <translation>已发货</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk.py" line="48"/>
        <source>Supervisor desk — {name}</source>
        <translation>主管工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="51"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="52"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="53"/>
        <source>Waybills</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="54"/>
        <location filename="../../app/ui/desk.py" line="298"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="55"/>
        <source>Returns</source>
        <translation>退换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="59"/>
        <source>Pickups</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="59"/>
        <source>Stubs</source>
        <translation>底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="60"/>
        <source>Claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="60"/>
        <source>Supplies</source>
        <translation>耗材</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="61"/>
        <source>Courier bill</source>
        <translation>快递对账</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="61"/>
        <source>Figures</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="77"/>
        <source>Not allowed for your role</source>
        <translation>你的角色无权执行此操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="115"/>
        <source>all kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="116"/>
        <source>short pick</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="116"/>
        <source>intercept</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="117"/>
        <source>hold</source>
        <translation>暂停发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="117"/>
        <source>order changed</source>
        <translation>订单已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="118"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="118"/>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="121"/>
        <source>any flag</source>
        <translation>任意旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="122"/>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="122"/>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="123"/>
        <source>blue</source>
        <translation>蓝旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="123"/>
        <source>purple</source>
        <translation>紫旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="127"/>
        <source>courier code</source>
        <translation>快递代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="130"/>
        <source> h or older</source>
        <translation> 小时以上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="131"/>
        <source>show resolved</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="134"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="138"/>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="138"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="138"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="138"/>
        <location filename="../../app/ui/desk.py" line="195"/>
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="139"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="139"/>
        <source>Age (h)</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="139"/>
        <location filename="../../app/ui/desk.py" line="250"/>
        <location filename="../../app/ui/desk.py" line="288"/>
        <location filename="../../app/ui/desk.py" line="323"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="139"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="142"/>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="143"/>
        <source>Release hold…</source>
        <translation>解除暂停…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="144"/>
        <source>Clear intercept…</source>
        <translation>取消拦截…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="164"/>
        <source>Select a case first</source>
        <translation>请先选择一条异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="170"/>
        <source>Resolve case</source>
        <translation>处理异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="170"/>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="171"/>
        <source>Case resolved</source>
        <translation>异常已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="175"/>
        <source>Release hold</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="175"/>
        <location filename="../../app/ui/desk.py" line="181"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="177"/>
        <source>Hold released</source>
        <translation>已解除暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="181"/>
        <source>Clear intercept</source>
        <translation>取消拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="183"/>
        <source>Intercept cleared</source>
        <translation>已取消拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="194"/>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="196"/>
        <source>Reason / note</source>
        <translation>原因 / 备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="199"/>
        <source>Set flag</source>
        <translation>设置旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="202"/>
        <source>Intercept (refund)</source>
        <translation>拦截（退款）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="204"/>
        <source>Re-pack</source>
        <translation>重新打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="206"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="207"/>
        <source>Packing slip (PDF)</source>
        <translation>发货单 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="211"/>
        <source>Done: {what}</source>
        <translation>完成：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="219"/>
        <source>Line number</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="220"/>
        <source>New quantity (0 removes)</source>
        <translation>新数量（0 为删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="221"/>
        <source>Change quantity</source>
        <translation>修改数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="224"/>
        <location filename="../../app/ui/desk.py" line="230"/>
        <source>Order changed</source>
        <translation>订单已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="226"/>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="227"/>
        <source>Change address</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="241"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="249"/>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="269"/>
        <source>Reprint allowed: it prints marked REPRINT</source>
        <translation>已允许补打：面单将标注“重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="254"/>
        <source>Void waybill</source>
        <translation>作废运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="252"/>
        <source>Reprint</source>
        <translation>补打面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="257"/>
        <source>Waybill voided: the order is back to be packed</source>
        <translation>运单已作废：订单退回待打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="273"/>
        <source>Reprinted, marked REPRINT</source>
        <translation>已补打，面单标注“重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="275"/>
        <source>Not printed: {error}</source>
        <translation>没有打印：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="285"/>
        <source>stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="286"/>
        <location filename="../../app/ui/desk.py" line="298"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="287"/>
        <source>Counted</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="289"/>
        <source>Save count</source>
        <translation>保存盘点</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="292"/>
        <source>Stock saved</source>
        <translation>库存已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="295"/>
        <source>Low stock (≤ {n})</source>
        <translation>库存不足（≤ {n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="298"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="310"/>
        <source>scan the waybill or the order number</source>
        <translation>扫描运单号或订单编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="319"/>
        <source>SKU×qty, … (add ! for not resaleable), e.g. TS-BLK-M×1, JN-30×1!</source>
        <translation>商家编码×数量，…（不可再售加 !），例如 TS-BLK-M×1, JN-30×1!</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="321"/>
        <source>exchange: SKU×qty, … (empty: a plain return)</source>
        <translation>换货：商家编码×数量，…（留空为退货）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="322"/>
        <source>Waybill / order</source>
        <translation>运单 / 订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="324"/>
        <source>Condition</source>
        <translation>包裹状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="325"/>
        <source>Fault</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="326"/>
        <source>Items back</source>
        <translation>退回商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="327"/>
        <source>Exchange for</source>
        <translation>换成</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="328"/>
        <source>Receive return</source>
        <translation>登记退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="347"/>
        <source>Return received</source>
        <translation>退货已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="350"/>
        <source>Order {no}: {n} back to stock.</source>
        <translation>订单 {no}：{n} 件已回库存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="352"/>
        <source>Packed by {name}.</source>
        <translation>打包员 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk.py" line="354"/>
        <source>Exchange order {no} created.</source>
        <translation>已生成换货订单 {no}。</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../app/ui/messages.py" line="238"/>
        <source>the device is not plugged in (port not found)</source>
        <translation>设备没有接上（找不到端口）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239"/>
        <source>the device is not plugged in</source>
        <translation>设备没有接上</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="240"/>
        <source>no permission to open the port (ask IT)</source>
        <translation>没有打开端口的权限（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241"/>
        <source>another program is using the port</source>
        <translation>端口被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="242"/>
        <source>wrong line settings (baud, parity): ask IT</source>
        <translation>串口参数不对（波特率、校验）：请找网管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>the cable was pulled</source>
        <translation>线被拔掉了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="244"/>
        <source>the reader stopped: restart the program</source>
        <translation>读取已停止：请重启程序</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="245"/>
        <source>the device does not answer</source>
        <translation>设备没有响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="246"/>
        <source>the printer refused the connection</source>
        <translation>打印机拒绝连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="248"/>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="249"/>
        <source>paper running low</source>
        <translation>纸快用完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="250"/>
        <source>the cover is open</source>
        <translation>打印机盖没关</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="251"/>
        <source>the label is wider than the printer&apos;s head</source>
        <translation>面单比打印头宽</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="252"/>
        <source>overloaded</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253"/>
        <source>garbled data on the cable (check the line settings)</source>
        <translation>线上数据出错（请检查串口参数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="254"/>
        <source>a code too long to be a barcode was thrown away</source>
        <translation>收到过长的数据，不是条码，已丢弃</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257"/>
        <source>device error (details in the log)</source>
        <translation>设备故障（详情见日志）</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../app/ui/devices_page.py" line="65"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="69"/>
        <source>Attached devices (click one to use its URL)</source>
        <translation>已连接的设备（点击一行使用其地址）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="73"/>
        <source>VID:PID</source>
        <translation>VID:PID</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="74"/>
        <source>Looks like</source>
        <translation>看起来像</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="74"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="84"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="84"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="85"/>
        <source>Backup printer</source>
        <translation>备用打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="85"/>
        <source>Scanner (empty: keyboard)</source>
        <translation>扫描枪（留空：键盘模式）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="89"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="100"/>
        <source>Last scan: —</source>
        <translation>最近扫描：—</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="104"/>
        <source>Look for devices</source>
        <translation>查找设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="106"/>
        <source>Save (applies at the next start)</source>
        <translation>保存（下次启动生效）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="108"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="140"/>
        <source>printer&apos;s own</source>
        <translation>打印机默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="144"/>
        <source>Preview waybill</source>
        <translation>预览面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="146"/>
        <source>Test-print waybill</source>
        <translation>测试打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="148"/>
        <source>Label</source>
        <translation>面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="148"/>
        <source>Offset x/y (dots)</source>
        <translation>偏移 x/y（点）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="149"/>
        <source>Darkness</source>
        <translation>浓度</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="172"/>
        <source>Waybill preview</source>
        <translation>面单预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="185"/>
        <source>OK: test waybill sent ({n} bytes)</source>
        <translation>成功：测试面单已发送（{n} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="188"/>
        <source>Last scan: {code}</source>
        <translation>最近扫描：{code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="211"/>
        <source>no URL</source>
        <translation>没有地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="213"/>
        <source>testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="238"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="241"/>
        <source>Saved to {path}. Restart PackStation to use the new devices.</source>
        <translation>已保存到 {path}。请重启打包工作站以使用新设备。</translation>
    </message>
</context>
<context>
    <name>FigureTab</name>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="500"/>
        <source>per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="500"/>
        <source>per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="500"/>
        <source>per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="503"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="503"/>
        <source>by courier</source>
        <translation>按快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="503"/>
        <source>by shop</source>
        <translation>按店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="504"/>
        <source>by province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="504"/>
        <source>by order complexity</source>
        <translation>按订单类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="505"/>
        <source>packers</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="505"/>
        <source>time per step</source>
        <translation>各环节用时</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="507"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="517"/>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="517"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="517"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="541"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="541"/>
        <source>Key</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="541"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="542"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="542"/>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="542"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="543"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="543"/>
        <source>Weight (g)</source>
        <translation>重量(g)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="544"/>
        <source>Average weight (g)</source>
        <translation>平均重量(g)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="589"/>
        <source>Figures</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="65"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>PackStation — {station}</source>
        <translation>打包工作站 — {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <source>Simulated scanner (type a code, Enter) · F1 demo barcodes · F5/F6/F7 parcel on/too heavy/off the scale:</source>
        <translation>模拟扫描枪（输入条码后按回车）· F1 演示条码 · F5/F6/F7 包裹放上秤/超重/拿下：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Put order {no} back?</source>
        <translation>放回订单 {no}？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="203"/>
        <source>The {n} scanned item(s) go back to the shelf and the counts are cleared.</source>
        <translation>已扫的 {n} 件商品放回货架，已扫数量清零。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>Put back</source>
        <translation>放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>Scanner connected</source>
        <translation>扫描枪已连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>Scanner not connected: {why}</source>
        <translation>扫描枪未连接：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="258"/>
        <source>Accept {w:.3f} kg for order {no} (expected {e:.3f} kg)</source>
        <translation>接受订单 {no} 的重量 {w:.3f} kg（应为 {e:.3f} kg）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Shelf empty</source>
        <translation>货架缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Item damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Wrong item on the shelf</source>
        <translation>货架上商品不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>Line short</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>{sku} {name}: why is it short?</source>
        <translation>{sku} {name}：缺货原因？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Count {sku} ×{n} without scanning</source>
        <translation>不扫描直接计数 {sku} ×{n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Barcode unreadable</source>
        <translation>条码无法识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Barcode missing</source>
        <translation>没有条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="333"/>
        <source>Open the supervisor desk</source>
        <translation>打开主管工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>Devices (admin)</source>
        <translation>设备设置（管理员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385"/>
        <source>Sound on</source>
        <translation>声音已打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385"/>
        <source>Sound off</source>
        <translation>声音已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>Station {station} · signed out</source>
        <translation>工位 {station} · 未登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>Printed on the BACKUP printer {url}: check the main printer</source>
        <translation>已在备用打印机 {url} 上打印：请检查主打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="407"/>
        <source>Station {station} · packer {name}</source>
        <translation>工位 {station} · 打包员 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <source>Unknown badge or operator code</source>
        <translation>工牌或工号不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>Wrong PIN</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="428"/>
        <source>Too many wrong PINs: locked for 5 minutes</source>
        <translation>密码错误次数过多：锁定 5 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <source>This operator is disabled</source>
        <translation>该操作员已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="430"/>
        <source>Only a supervisor can do this</source>
        <translation>只有主管可以执行此操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="431"/>
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
        <source>{scanned} already counted: a total must be more</source>
        <translation>已扫 {scanned} 件：总数必须更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>Order {open} is still open</source>
        <translation>订单 {open} 还没打完</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>Unknown command barcode</source>
        <translation>不认识的指令条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>That command does nothing now</source>
        <translation>现在不能用这个指令</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>Scan the label&apos;s waybill barcode, not an item</source>
        <translation>请扫面单上的运单号条码，不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>Scale not connected</source>
        <translation>电子秤未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>The scale is overloaded: no weight</source>
        <translation>电子秤超载：没有重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68"/>
        <source>The scale shows below zero: no weight</source>
        <translation>电子秤显示负数：没有重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>The scale is still moving</source>
        <translation>电子秤读数还在跳动</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71"/>
        <source>Label not printed</source>
        <translation>面单没有打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73"/>
        <source>No waybill numbers left</source>
        <translation>运单号已用完</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81"/>
        <source>{name} {variant} ({sku}) — put it back</source>
        <translation>{name} {variant}（{sku}）— 请放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>{code} is no product we know</source>
        <translation>{code} 不是已登记的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>Style {style}: take the item out and pick {wanted}</source>
        <translation>款号 {style}：取出该商品，改拿 {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89"/>
        <source>{sku}: take one out</source>
        <translation>{sku}：请取出一件</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91"/>
        <source>Scan barcodes, type only quantities</source>
        <translation>条码请扫描，数量框只输入数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95"/>
        <source>The buyer asked for a refund: put the order aside for the supervisor</source>
        <translation>买家已申请退款：把订单放一边，交给主管处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>Waybill {waybill} at {when}</source>
        <translation>运单号 {waybill}，发货时间 {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102"/>
        <source>{message} — fix the printer, then sign off again</source>
        <translation>{message} — 请检查打印机后重新签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104"/>
        <source>{sku}: the order has {qty}</source>
        <translation>{sku}：订单只有 {qty} 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107"/>
        <source>You scanned order {other}: finish order {open} or put it back (Esc) first</source>
        <translation>扫到了订单 {other}：请先打完订单 {open}，或先放回（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111"/>
        <source>{code} is on no command card: use a card printed here</source>
        <translation>{code} 不是本程序的指令条码：请用本程序打印的指令卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115"/>
        <source>Put the order back (Esc) before signing out</source>
        <translation>签退前请先放回订单（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="116"/>
        <source>No label is in doubt: nothing to print again</source>
        <translation>没有待确认的面单：不需要重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118"/>
        <source>Waybill {waybill}: scan the label if it came out, or NOT PRINTED</source>
        <translation>运单 {waybill}：面单出来了就扫它，没出来就扫“面单没有出来，重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121"/>
        <source>The weight must be on the scale at sign-off: plug the scale in</source>
        <translation>签收时包裹必须在秤上：请接好电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123"/>
        <source>Wait until the weight settles, then sign off again</source>
        <translation>等读数稳定后再签收</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125"/>
        <source>Courier {courier}: ask the supervisor to load numbers</source>
        <translation>快递 {courier}：请主管导入运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135"/>
        <source>That key did nothing: acknowledge the error first</source>
        <translation>按键无效：请先确认错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>{code} did not count: acknowledge the error first</source>
        <translation>{code} 没有计数：请先确认错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143"/>
        <source>The supervisor changed this order: check the lines again</source>
        <translation>主管修改了这个订单：请重新核对商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145"/>
        <source>A supervisor counted a line without scanning</source>
        <translation>主管已免扫计数一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147"/>
        <source>The weight changed from {before} to {now}: weighed again</source>
        <translation>重量从 {before} 变成 {now}：已重新称重</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152"/>
        <source>Cannot sign off yet: {left} item(s) still to scan</source>
        <translation>还不能签收：还有 {left} 件没扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="155"/>
        <source>Cannot sign off yet: put the parcel on the scale</source>
        <translation>还不能签收：请把包裹放上电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157"/>
        <source>Cannot sign off: the weight is out of tolerance</source>
        <translation>不能签收：重量超出误差</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="158"/>
        <source>Nothing to sign off: scan an order</source>
        <translation>没有可签收的订单：请扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="160"/>
        <source>Put back? The {units} scanned item(s) go back to the shelf and the counts are cleared: scan PUT BACK again to confirm</source>
        <translation>放回订单？已扫的 {units} 件商品放回货架，已扫数量清零：再扫一次“放回订单”确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164"/>
        <source>Order {order} put back: its counts are cleared</source>
        <translation>订单 {order} 已放回：已扫数量已清零</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167"/>
        <source>Nothing to put back now</source>
        <translation>现在没有可放回的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169"/>
        <source>Close a parcel only while scanning, with items in it</source>
        <translation>只有在扫描商品且箱里有商品时才能封箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171"/>
        <source>A quantity counts only while scanning items</source>
        <translation>只有在扫描商品时才能输入数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="190"/>
        <source>Your role may not do this</source>
        <translation>您的角色不能做这个操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="199"/>
        <source>Refused: {detail}</source>
        <translation>被拒绝：{detail}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="21"/>
        <source>Supervisor override</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="30"/>
        <source>scan badge or type code</source>
        <translation>扫描工牌或输入工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="36"/>
        <source>Gift or extra packing material</source>
        <translation>赠品或额外包装材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="36"/>
        <source>SKU weight on file is wrong</source>
        <translation>商品登记重量有误</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="37"/>
        <source>Checked by hand: contents correct</source>
        <translation>已人工核对：内容正确</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="38"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="39"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="41"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="49"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="60"/>
        <source>Scan the supervisor&apos;s badge or type the code</source>
        <translation>请扫主管工牌或输入工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="64"/>
        <source>Type the PIN</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="68"/>
        <source>Give a reason (at least two characters)</source>
        <translation>请填写原因（至少两个字）</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <location filename="../../app/ui/pack_page.py" line="221"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="221"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="221"/>
        <source>Style / colour / size</source>
        <translation>型号/颜色/尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="221"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="221"/>
        <source>Scanned</source>
        <translation>已扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="224"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="225"/>
        <source>Expected</source>
        <translation>应重</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="226"/>
        <source>Last label</source>
        <translation>最近面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="222"/>
        <source>Line total (F2):</source>
        <translation>本行总数 (F2)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="223"/>
        <source>in all, Enter</source>
        <translation>总数，回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="255"/>
        <source>Last order: {no}</source>
        <translation>上一单：{no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="256"/>
        <source>No order open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="259"/>
        <source>Waybill {no}</source>
        <translation>运单号 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="261"/>
        <source>Order {no}</source>
        <translation>订单 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="262"/>
        <source>GREEN: paid by transfer</source>
        <translation>绿旗：已汇款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="262"/>
        <source>YELLOW: hold</source>
        <translation>黄旗：暂不发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="263"/>
        <source>BLUE: exchange</source>
        <translation>蓝旗：换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="263"/>
        <source>PURPLE: return</source>
        <translation>紫旗：退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="306"/>
        <source>Buyer: {note}</source>
        <translation>买家留言：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="308"/>
        <source>Shop: {note}</source>
        <translation>卖家备注：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="315"/>
        <source>NO SCALE</source>
        <translation>秤未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="319"/>
        <source>OVERLOAD</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="321"/>
        <source>beyond the scale&apos;s capacity</source>
        <translation>超过电子秤量程</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="323"/>
        <source>BELOW ZERO</source>
        <translation>负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="325"/>
        <source>empty the scale and zero it</source>
        <translation>清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="333"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="333"/>
        <source>moving…</source>
        <translation>读数跳动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="338"/>
        <source>Carton: {name}</source>
        <translation>包装：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="343"/>
        <source>Acknowledge the error first: Space, or scan ACKNOWLEDGE</source>
        <translation>请先确认错误：按空格键，或扫“确认错误”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="345"/>
        <source>Scan an order</source>
        <translation>请扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="347"/>
        <source>Parcel {n} printed ({waybill}) — scan the items of the next parcel</source>
        <translation>第 {n} 个包裹已打印（{waybill}）— 请扫描下一个包裹的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="350"/>
        <source>Scan the items</source>
        <translation>请扫描商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="352"/>
        <source>Check, then press Space or scan CHECK DONE</source>
        <translation>核对后按空格键，或扫“人工核对完成”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="367"/>
        <source>Weight {w} is {d:+d} g off — check for a missing or extra item; take it out or lift and re-weigh, or F9 supervisor</source>
        <translation>重量 {w}，差 {d:+d} 克——检查是否少放或多放；取出或拿起重称，或按 F9 找主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="371"/>
        <source>Weight accepted by the supervisor — F12 or scan your badge to sign off and print</source>
        <translation>主管已接受此重量——按 F12 或扫本人工牌签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="390"/>
        <source>Press Space or scan ACKNOWLEDGE</source>
        <translation>按空格键或扫“确认错误”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="394"/>
        <source>CHECK: {what}</source>
        <translation>核对：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="396"/>
        <source>Then press Space or scan CHECK DONE</source>
        <translation>然后按空格键，或扫“人工核对完成”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="398"/>
        <source>A label may have come out</source>
        <translation>面单可能已经打出来了</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="399"/>
        <source>The printer failed while the label {waybill} was printing.</source>
        <translation>打印面单 {waybill} 时打印机出了故障。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="401"/>
        <source>If it came out, scan its waybill barcode. If not: Ctrl+P or scan NOT PRINTED.</source>
        <translation>出来了就扫面单上的运单号条码；没出来就按 Ctrl+P 或扫“面单没有出来，重打”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="428"/>
        <source>Space: acknowledge</source>
        <translation>空格：确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="430"/>
        <source>F2: line total</source>
        <translation>F2：本行总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="430"/>
        <source>F4: close parcel (multi-parcel)</source>
        <translation>F4：封箱（子母件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="430"/>
        <source>F8: line short</source>
        <translation>F8：缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="431"/>
        <source>F10: count without scan</source>
        <translation>F10：免扫计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="431"/>
        <location filename="../../app/ui/pack_page.py" line="433"/>
        <location filename="../../app/ui/pack_page.py" line="435"/>
        <location filename="../../app/ui/pack_page.py" line="437"/>
        <location filename="../../app/ui/pack_page.py" line="439"/>
        <source>Esc: put order back</source>
        <translation>Esc：放回订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="433"/>
        <source>Space: check done</source>
        <translation>空格：核对完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="437"/>
        <source>F9: supervisor accepts the weight</source>
        <translation>F9：主管接受重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="439"/>
        <source>F12 / own badge: sign off and print</source>
        <translation>F12 / 本人工牌：签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="441"/>
        <source>Ctrl+P: not printed, print again</source>
        <translation>Ctrl+P：没打出来，重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="442"/>
        <source>F11: supervisor desk</source>
        <translation>F11：主管工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="442"/>
        <source>Ctrl+M: sound</source>
        <translation>Ctrl+M：声音</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="442"/>
        <source>Ctrl+Q: sign out</source>
        <translation>Ctrl+Q：签退</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="355"/>
        <source>Scale not connected — check the cable</source>
        <translation>电子秤未连接 — 请检查连线</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="357"/>
        <source>The scale shows no usable weight — empty it and zero it</source>
        <translation>电子秤读数不可用——清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="359"/>
        <source>Clear the scale first (last parcel still on it?)</source>
        <translation>请先清空秤台（上一个包裹还在秤上？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="361"/>
        <source>Parcel {n} closed — put it on the scale</source>
        <translation>第 {n} 个包裹已封 — 请放上秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="363"/>
        <source>All verified — put the parcel on the scale</source>
        <translation>验货完成 — 请把包裹放上秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="373"/>
        <source>Weight OK — F12 or scan your badge to sign off and print</source>
        <translation>重量正确 — 按 F12 或扫本人工牌签收并打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="375"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="377"/>
        <source>Did a label come out? Scan it — or Ctrl+P / NOT PRINTED to print it again</source>
        <translation>面单出来了吗？出来了就扫它——没出来按 Ctrl+P 或扫“面单没有出来，重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="379"/>
        <source>Printed {waybill} — scan the next order</source>
        <translation>已打印 {waybill} — 请扫描下一单</translation>
    </message>
</context>
<context>
    <name>PickupTab</name>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="82"/>
        <source>Open pickup</source>
        <translation>开始交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="85"/>
        <source>courier&apos;s name (signs the manifest)</source>
        <translation>快递员姓名（在交接单上签字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="86"/>
        <source>Close and print manifest</source>
        <translation>结束并打印交接单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="88"/>
        <location filename="../../app/ui/ledger_tabs.py" line="105"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="91"/>
        <location filename="../../app/ui/ledger_tabs.py" line="155"/>
        <source>No pickup open</source>
        <translation>没有进行中的交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="99"/>
        <source>scan each parcel&apos;s waybill (or type it, Enter)</source>
        <translation>逐个扫描包裹运单号（或输入后回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="102"/>
        <source>Shipped, not yet handed over</source>
        <translation>已发货、未交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="105"/>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="124"/>
        <source>Pickup {no} ({courier}): {n} parcels, {kg:.2f} kg</source>
        <translation>交接单 {no}（{courier}）：{n} 件，{kg:.2f} kg</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="130"/>
        <source>Open the courier&apos;s pickup first</source>
        <translation>请先开始该快递的交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="137"/>
        <source>OK {waybill}</source>
        <translation>已交接 {waybill}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="137"/>
        <source>REFUSED {waybill}: {why}</source>
        <translation>拒收 {waybill}：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="152"/>
        <source>Pickup closed</source>
        <translation>交接已结束</translation>
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
<context>
    <name>StubTab</name>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="170"/>
        <source>Show ledger</source>
        <translation>显示底单账</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="172"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="172"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="176"/>
        <source>scan each stub&apos;s waybill barcode</source>
        <translation>逐张扫描底单上的运单条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="182"/>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="182"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="182"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="182"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="183"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="187"/>
        <source>found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="187"/>
        <source>courier denies pickup</source>
        <translation>快递否认揽收</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="188"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="191"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="192"/>
        <source>Record outcome for the selected line</source>
        <translation>记录所选行的处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="199"/>
        <source>archive box</source>
        <translation>归档箱号</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="200"/>
        <source>Archive this day&apos;s stubs</source>
        <translation>归档当天底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="214"/>
        <source>Handed over {h} · stubs {s} · matched {m} · missing {mi} · unknown {u}</source>
        <translation>交接 {h} · 底单 {s} · 对上 {m} · 缺底单 {mi} · 不明底单 {u}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="218"/>
        <source>missing stub</source>
        <translation>缺底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="218"/>
        <source>unknown stub</source>
        <translation>不明底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="221"/>
        <source>{n} day(s) of stubs older than 15 days to archive</source>
        <translation>{n} 天的底单已超过 15 天，需归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="238"/>
        <source>Select a line first</source>
        <translation>请先选择一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="243"/>
        <source>Outcome recorded</source>
        <translation>处理结果已记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="248"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>SupplyTab</name>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="325"/>
        <source>Supply</source>
        <translation>耗材</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="325"/>
        <source>Uses left</source>
        <translation>剩余可用</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="325"/>
        <source>Units left</source>
        <translation>剩余数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="325"/>
        <source>Warn at</source>
        <translation>预警线</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="326"/>
        <source>Low</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="330"/>
        <source>supply code</source>
        <translation>耗材代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="333"/>
        <source>Counted units</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="335"/>
        <source>Count saved</source>
        <translation>盘点已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="336"/>
        <source>Received units</source>
        <translation>到货数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_tabs.py" line="338"/>
        <source>Delivery saved</source>
        <translation>到货已登记</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../app/ui/messages.py" line="210"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="212"/>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213"/>
        <source>blue</source>
        <translation>蓝旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="214"/>
        <source>purple</source>
        <translation>紫旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>open</source>
        <translation>待打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="216"/>
        <source>being packed</source>
        <translation>打包中</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="217"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="218"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219"/>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="220"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="222"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223"/>
        <source>opened</source>
        <translation>已拆封</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="224"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="225"/>
        <source>buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="226"/>
        <source>courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227"/>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="228"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="229"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
</TS>
