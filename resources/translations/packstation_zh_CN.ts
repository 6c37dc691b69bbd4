<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BillTab</name>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="22"/>
        <source>Import bill…</source>
        <translation>导入账单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="24"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="24"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="29"/>
        <source>Waybill column</source>
        <translation>运单号列</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="29"/>
        <source>Weight column</source>
        <translation>重量列</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="30"/>
        <source>Amount column</source>
        <translation>金额列</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="30"/>
        <source>Province column</source>
        <translation>省份列</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="31"/>
        <source>Date column</source>
        <translation>日期列</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="40"/>
        <source>Save column mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="50"/>
        <source>prices by province (JSON, example in the tooltip)</source>
        <translation>分省价格（JSON，示例见提示）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="53"/>
        <source>Save rate card</source>
        <translation>保存价目表</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="55"/>
        <source>First weight</source>
        <translation>首重</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="55"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="56"/>
        <source>each further kg</source>
        <translation>续重每公斤</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="64"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="64"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="64"/>
        <source>Our weight</source>
        <translation>我方重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="65"/>
        <source>Billed weight</source>
        <translation>账单重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="65"/>
        <source>Expected</source>
        <translation>应收</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="65"/>
        <source>Billed</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="65"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="68"/>
        <source>Dispute list (XLSX)</source>
        <translation>争议清单 (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="68"/>
        <source>Summary (PDF)</source>
        <translation>汇总 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="69"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="95"/>
        <source>Column mapping saved</source>
        <translation>列对应已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="104"/>
        <source>zones are not valid JSON: {error}</source>
        <translation>分区不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="108"/>
        <source>rate card from the desk</source>
        <translation>主管台设置的价目表</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="110"/>
        <source>Rate card saved</source>
        <translation>价目表已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="114"/>
        <source>Courier bill</source>
        <translation>快递对账</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="120"/>
        <source>Bill imported</source>
        <translation>账单已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/bill_tab.py" line="126"/>
        <source>{courier} {month}: {rows} lines, billed {billed}, matched {matched}, {n} differences, overbilled {over}, deductions {ded}</source>
        <translation>{courier} {month}：{rows} 行，账单金额 {billed}，匹配 {matched}，差异 {n} 条，多收 {over}，应扣 {ded}</translation>
    </message>
</context>
<context>
    <name>ClaimTab</name>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="19"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="19"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="20"/>
        <source>undeliverable</source>
        <translation>无法派送</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="25"/>
        <location filename="../../app/ui/desk/claims_tab.py" line="37"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="26"/>
        <location filename="../../app/ui/desk/claims_tab.py" line="37"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="27"/>
        <location filename="../../app/ui/desk/claims_tab.py" line="38"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="28"/>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="31"/>
        <source>Open claim</source>
        <translation>登记索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="31"/>
        <source>Evidence sheet (PDF)</source>
        <translation>索赔证据 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="32"/>
        <source>Mark recovered…</source>
        <translation>登记已赔付…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="32"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="37"/>
        <source>Claim</source>
        <translation>索赔单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="38"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="38"/>
        <source>Claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="38"/>
        <location filename="../../app/ui/desk/claims_tab.py" line="74"/>
        <source>Recovered</source>
        <translation>已赔付</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="52"/>
        <source>not an amount: {text}</source>
        <translation>不是金额：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="57"/>
        <source>Claim opened</source>
        <translation>索赔已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="63"/>
        <source>Select a claim first</source>
        <translation>请先选择一条索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="74"/>
        <source>Amount recovered:</source>
        <translation>赔付金额：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="75"/>
        <source>money recovered</source>
        <translation>已收到赔款</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/claims_tab.py" line="77"/>
        <source>Claim updated</source>
        <translation>索赔已更新</translation>
    </message>
</context>
<context>
    <name>CloseChoiceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="162"/>
        <source>An order is open</source>
        <translation>有订单正在打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="164"/>
        <source>Order {no} is open at this station. What becomes of it?</source>
        <translation>订单 {no} 还在本工位打包，怎么处理？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="168"/>
        <source>Put it back: the items go back to the shelf, counts cleared</source>
        <translation>放回：商品放回货架，已扫数量清零</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="169"/>
        <source>Keep it open here: the next sign-on at this station resumes it</source>
        <translation>留在本工位：下次在本工位登录时继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="170"/>
        <source>Do not close</source>
        <translation>不关闭</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="145"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DemoCardDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="190"/>
        <source>Demo barcodes</source>
        <translation>演示条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>Sign on</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="203"/>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="203"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="204"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="204"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="204"/>
        <source>Shows</source>
        <translation>演示内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="205"/>
        <source>Item barcodes × qty</source>
        <translation>商品条码 × 数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="206"/>
        <source>Wrong items to try</source>
        <translation>可以试扫的错误商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="206"/>
        <source>Cartons</source>
        <translation>包装</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="206"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="207"/>
        <source>Type a code fast and press Enter, as a scanner does; or paste it.</source>
        <translation>像扫描枪一样快速输入条码后按回车，或者粘贴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="208"/>
        <source>put the parcel on the simulated scale</source>
        <translation>把包裹放上模拟电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="208"/>
        <source>put it on 300 g too heavy</source>
        <translation>放上一个重 300 克的包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="209"/>
        <source>take it off</source>
        <translation>拿下包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="225"/>
        <source>wrong size or colour for {order}: {what}</source>
        <translation>{order} 的错码/错色：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226"/>
        <source>not in {order}: {what}</source>
        <translation>不在 {order} 里：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="236"/>
        <source>one item</source>
        <translation>一件商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="236"/>
        <source>several lines</source>
        <translation>多行商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="237"/>
        <source>many units: F2 and type the line&apos;s total</source>
        <translation>多件：按 F2 输入本行总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="238"/>
        <source>manual check</source>
        <translation>人工核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="238"/>
        <source>on hold (yellow flag)</source>
        <translation>暂停发货（黄旗）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="239"/>
        <source>refund requested</source>
        <translation>买家申请退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="239"/>
        <source>already shipped</source>
        <translation>已发货</translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <location filename="../../app/ui/desk/kit.py" line="119"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk/window.py" line="26"/>
        <source>Supervisor desk — {name}</source>
        <translation>主管工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="37"/>
        <source>Command card (PDF)</source>
        <translation>指令条码卡 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="62"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="63"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="64"/>
        <source>Waybills</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="65"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="66"/>
        <source>Returns</source>
        <translation>退换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="67"/>
        <source>Pickups</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="68"/>
        <source>Stubs</source>
        <translation>底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="69"/>
        <source>Claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="70"/>
        <source>Supplies</source>
        <translation>耗材</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="71"/>
        <source>Courier bill</source>
        <translation>快递对账</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="72"/>
        <source>Figures</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="73"/>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="97"/>
        <source>The server does not answer: nothing was changed. Try again in a moment.</source>
        <translation>服务器无响应：没有做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="153"/>
        <source>Saved {path}: print it at 100 % and pin it at the station</source>
        <translation>已保存 {path}：按 100% 比例打印，贴在工位上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="40"/>
        <source>Check the audit log</source>
        <translation>检查审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="138"/>
        <source>Audit log intact: {rows} entries, none changed</source>
        <translation>审计日志完好：共 {rows} 条，没有被改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="140"/>
        <source>Audit log NOT protected: its write protection was removed. Tell IT at once.</source>
        <translation>审计日志没有保护：写保护被移除了。请立即通知网管。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="143"/>
        <source>Audit log ALTERED at entry {id}: tell IT at once.</source>
        <translation>审计日志在第 {id} 条被改动：请立即通知网管。</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../app/ui/messages.py" line="313"/>
        <source>the printer is offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="314"/>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="315"/>
        <source>paper running low</source>
        <translation>纸快用完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="316"/>
        <source>the cover is open</source>
        <translation>打印机盖没关好</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="317"/>
        <source>paper jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="318"/>
        <source>the ribbon is used up</source>
        <translation>碳带用完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="319"/>
        <source>the cutter is stuck</source>
        <translation>切刀卡住了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320"/>
        <source>a mechanical fault in the printer</source>
        <translation>打印机机械故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="321"/>
        <source>the printer reports a fault</source>
        <translation>打印机报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="322"/>
        <source>the printer is paused</source>
        <translation>打印机已暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="323"/>
        <source>the label is wider than the printer&apos;s head (choose a narrower label size)</source>
        <translation>面单比打印头宽（请选更窄的面单尺寸）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="324"/>
        <source>the printer refused the connection</source>
        <translation>打印机拒绝连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="325"/>
        <source>the device does not answer</source>
        <translation>设备没有响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="326"/>
        <source>the device cannot be reached on the network</source>
        <translation>网络上连不到设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327"/>
        <source>the connection was lost</source>
        <translation>连接断了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="328"/>
        <source>no permission to open the device (ask IT)</source>
        <translation>没有打开设备的权限（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="329"/>
        <source>the device is not plugged in</source>
        <translation>设备没有接上</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="330"/>
        <source>the device is busy</source>
        <translation>设备正忙</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331"/>
        <source>wrong device settings (ask IT)</source>
        <translation>设备设置不对（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="332"/>
        <source>the printer does not report its status</source>
        <translation>打印机不报告状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="333"/>
        <source>the print queue is stopped</source>
        <translation>打印队列已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="334"/>
        <source>the print spooler refused the job</source>
        <translation>打印服务拒绝了任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="335"/>
        <source>the device address is wrong (ask IT)</source>
        <translation>设备地址不对（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="336"/>
        <source>the printer speaks another language than the labels (ask IT)</source>
        <translation>打印机的指令语言和面单不一致（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="337"/>
        <source>device error (details in the log)</source>
        <translation>设备故障（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="339"/>
        <source>beyond the scale&apos;s capacity</source>
        <translation>超过电子秤量程</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="340"/>
        <source>overloaded</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="341"/>
        <source>below zero: zero the scale</source>
        <translation>负数：请把电子秤归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="342"/>
        <source>below zero: empty the scale and zero it</source>
        <translation>负数：清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="343"/>
        <source>garbled data on the cable</source>
        <translation>线上数据出错</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="344"/>
        <location filename="../../app/ui/messages.py" line="345"/>
        <source>unreadable data from the scale</source>
        <translation>电子秤数据无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="346"/>
        <source>the scale sends no unit</source>
        <translation>电子秤没有发送单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="347"/>
        <source>the scale reports a fault</source>
        <translation>电子秤报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="348"/>
        <source>the scale does not understand the program (wrong protocol?)</source>
        <translation>电子秤不认识程序的指令（协议不对？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="349"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="350"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="351"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="352"/>
        <source>nothing comes from the device (cable? switched off?)</source>
        <translation>设备没有数据（线没接好？没开机？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="353"/>
        <source>the device sends data the program does not understand (ask IT)</source>
        <translation>设备发来的数据程序不认识（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="355"/>
        <source>the device is not plugged in (port not found)</source>
        <translation>设备没有接上（找不到端口）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="356"/>
        <source>the configured port is not a serial port (ask IT)</source>
        <translation>设置的端口不是串口（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="357"/>
        <source>no permission to open the port (ask IT)</source>
        <translation>没有打开端口的权限（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="358"/>
        <source>another program is using the port</source>
        <translation>端口被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="359"/>
        <source>wrong line settings (baud, parity): ask IT</source>
        <translation>串口参数不对（波特率、校验）：请找网管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="360"/>
        <source>the cable was pulled</source>
        <translation>线被拔掉了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="361"/>
        <source>the port failed</source>
        <translation>端口故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="362"/>
        <source>the reader stopped and is starting again</source>
        <translation>读取中断，正在重新启动</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="363"/>
        <source>garbled data on the cable (check the line settings)</source>
        <translation>线上数据出错（请检查串口参数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="364"/>
        <source>the scanner is in keyboard mode: scan its USB HID-POS setup code</source>
        <translation>扫描枪是键盘模式：请扫它的 USB HID-POS 设置码</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="365"/>
        <source>this USB device is not a HID-POS scanner</source>
        <translation>这个 USB 设备不是 HID-POS 扫描枪</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="366"/>
        <source>a code too long to be a barcode was thrown away</source>
        <translation>收到过长的数据，不是条码，已丢弃</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="367"/>
        <source>a scanned code was lost: scan it again</source>
        <translation>一个扫码丢失了：请再扫一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383"/>
        <source>OK: {weight} {unit}, {state}</source>
        <translation>正常：{weight} {unit}，{state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="385"/>
        <source>moving</source>
        <translation>读数跳动</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="386"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="387"/>
        <source>OK: the device answers (details in the tooltip)</source>
        <translation>正常：设备有响应（详情见提示）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="389"/>
        <source>Not working: {why}</source>
        <translation>不正常：{why}</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../app/ui/devices_page.py" line="66"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="70"/>
        <source>Attached devices (click one to use its URL)</source>
        <translation>已连接的设备（点击一行使用其地址）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="74"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="74"/>
        <source>VID:PID</source>
        <translation>VID:PID</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="75"/>
        <source>Looks like</source>
        <translation>看起来像</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="75"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="85"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="85"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="86"/>
        <source>Backup printer</source>
        <translation>备用打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="86"/>
        <source>Scanner (empty: keyboard)</source>
        <translation>扫描枪（留空：键盘模式）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="90"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="101"/>
        <source>Last scan: —</source>
        <translation>最近扫描：—</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="105"/>
        <source>Look for devices</source>
        <translation>查找设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="107"/>
        <source>Save (applies at the next start)</source>
        <translation>保存（下次启动生效）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="109"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="131"/>
        <source>{size} (80 mm printers)</source>
        <translation>{size}（80 毫米打印机）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="134"/>
        <source>ESC/POS, picture</source>
        <translation>ESC/POS 图像</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="134"/>
        <source>ESC/POS, fonts and barcodes</source>
        <translation>ESC/POS 字体和条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="135"/>
        <source>TSPL (TSC, Xprinter, Gprinter)</source>
        <translation>TSPL（TSC、芯烨、佳博）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="135"/>
        <source>ZPL (Zebra)</source>
        <translation>ZPL（斑马）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="136"/>
        <source>TSPL, picture</source>
        <translation>TSPL 图像</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="136"/>
        <source>ZPL, picture</source>
        <translation>ZPL 图像</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="146"/>
        <source>printer&apos;s own</source>
        <translation>打印机默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="150"/>
        <source>Preview waybill</source>
        <translation>预览面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="152"/>
        <source>Test-print waybill</source>
        <translation>测试打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="155"/>
        <source>Label</source>
        <translation>面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="155"/>
        <source>Offset x/y (dots)</source>
        <translation>偏移 x/y（点）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="156"/>
        <source>Darkness</source>
        <translation>浓度</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="184"/>
        <source>Waybill preview</source>
        <translation>面单预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="197"/>
        <source>OK: test waybill sent ({n} bytes)</source>
        <translation>成功：测试面单已发送（{n} 字节）</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="200"/>
        <source>Last scan: {code}</source>
        <translation>最近扫描：{code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="211"/>
        <source>serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="224"/>
        <source>no URL</source>
        <translation>没有地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="226"/>
        <source>testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="253"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/devices_page.py" line="256"/>
        <source>Saved to {path}. Restart PackStation to use the new devices.</source>
        <translation>已保存到 {path}。请重启打包工作站以使用新设备。</translation>
    </message>
</context>
<context>
    <name>ExceptionsTab</name>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="21"/>
        <source>all kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="22"/>
        <source>short pick</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="22"/>
        <source>intercept</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="23"/>
        <source>hold</source>
        <translation>暂停发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="23"/>
        <source>order changed</source>
        <translation>订单已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="24"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="24"/>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="27"/>
        <source>any flag</source>
        <translation>任意旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="28"/>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="28"/>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="29"/>
        <source>blue</source>
        <translation>蓝旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="29"/>
        <source>purple</source>
        <translation>紫旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="33"/>
        <source>courier code</source>
        <translation>快递代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="36"/>
        <source> h or older</source>
        <translation> 小时以上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="37"/>
        <source>show resolved</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="40"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="44"/>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="44"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="44"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="44"/>
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="45"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="45"/>
        <source>Age (h)</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="45"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="45"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="48"/>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="49"/>
        <source>Release hold…</source>
        <translation>解除暂停…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="50"/>
        <source>Clear intercept…</source>
        <translation>取消拦截…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="71"/>
        <source>Select a case first</source>
        <translation>请先选择一条异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="77"/>
        <source>Resolve case</source>
        <translation>处理异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="77"/>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="78"/>
        <source>Case resolved</source>
        <translation>异常已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="82"/>
        <source>Release hold</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="82"/>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="88"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="84"/>
        <source>Hold released</source>
        <translation>已解除暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="88"/>
        <source>Clear intercept</source>
        <translation>取消拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="90"/>
        <source>Intercept cleared</source>
        <translation>已取消拦截</translation>
    </message>
</context>
<context>
    <name>FigureTab</name>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="22"/>
        <source>per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="22"/>
        <source>per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="22"/>
        <source>per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="25"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="25"/>
        <source>by courier</source>
        <translation>按快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="25"/>
        <source>by shop</source>
        <translation>按店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="26"/>
        <source>by province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="26"/>
        <source>by order complexity</source>
        <translation>按订单类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="27"/>
        <source>packers</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="27"/>
        <source>time per step</source>
        <translation>各环节用时</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="29"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="39"/>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="39"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="39"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="63"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="63"/>
        <source>Key</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="63"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="64"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="64"/>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="64"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="65"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="65"/>
        <source>Weight (g)</source>
        <translation>重量(g)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="66"/>
        <source>Average weight (g)</source>
        <translation>平均重量(g)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="111"/>
        <source>Figures</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>PackStation — {station}</source>
        <translation>打包工作站 — {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>Simulated scanner (type a code, Enter) · F1 demo barcodes · F5/F6/F7 parcel on/too heavy/off the scale:</source>
        <translation>模拟扫描枪（输入条码后按回车）· F1 演示条码 · F5/F6/F7 包裹放上秤/超重/拿下：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Not counted: no connection to the server ({code})</source>
        <translation>没有计数：连不上服务器（{code}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <location filename="../../app/ui/main_window.py" line="370"/>
        <source>No connection to the server: try again in a moment</source>
        <translation>连不上服务器：请稍后再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248"/>
        <source>Put order {no} back?</source>
        <translation>放回订单 {no}？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="249"/>
        <source>The {n} scanned item(s) go back to the shelf and the counts are cleared.</source>
        <translation>已扫的 {n} 件商品放回货架，已扫数量清零。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>Put back</source>
        <translation>放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>Scanner connected</source>
        <translation>扫描枪已连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>Scanner: {why}</source>
        <translation>扫描枪：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Scanner not connected: {why}</source>
        <translation>扫描枪未连接：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="319"/>
        <source>The {size} label is wider than the printer&apos;s head ({label} &gt; {head} dots): nothing will print. Ask IT to choose a label that fits: {fitting}</source>
        <translation>{size} 面单比打印头宽（{label} &gt; {head} 点）：打不出来。请网管改用合适的面单尺寸：{fitting}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>Accept {w:.3f} kg for order {no} (expected {e:.3f} kg)</source>
        <translation>接受订单 {no} 的重量 {w:.3f} kg（应为 {e:.3f} kg）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>Shelf empty</source>
        <translation>货架缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>Item damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>Wrong item on the shelf</source>
        <translation>货架上商品不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="398"/>
        <source>Line short</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="398"/>
        <source>{sku} {name}: why is it short?</source>
        <translation>{sku} {name}：缺货原因？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="410"/>
        <source>Count {sku} ×{n} without scanning</source>
        <translation>不扫描直接计数 {sku} ×{n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>Barcode unreadable</source>
        <translation>条码无法识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>Barcode missing</source>
        <translation>没有条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>Open the supervisor desk</source>
        <translation>打开主管工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="441"/>
        <source>Devices (admin)</source>
        <translation>设备设置（管理员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="503"/>
        <source>Sound on</source>
        <translation>声音已打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="503"/>
        <source>Sound off</source>
        <translation>声音已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="514"/>
        <source>Station {station} · signed out</source>
        <translation>工位 {station} · 未登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="515"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="523"/>
        <source>Printed on the BACKUP printer {url}: check the main printer</source>
        <translation>已在备用打印机 {url} 上打印：请检查主打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>Label paper running low: have a new roll ready</source>
        <translation>面单纸快用完了：请准备好新的一卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="528"/>
        <source>Station {station} · packer {name}</source>
        <translation>工位 {station} · 打包员 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="549"/>
        <source>Too many wrong tries: wait {seconds} s and try again</source>
        <translation>错误次数太多：请等 {seconds} 秒再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="551"/>
        <source>Unknown badge or operator code</source>
        <translation>工牌或工号不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="552"/>
        <source>Wrong operator code or PIN</source>
        <translation>工号或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="557"/>
        <source>Sign-on refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="553"/>
        <source>This operator is disabled</source>
        <translation>该操作员已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>Supervisors and admins sign on with badge or code and PIN: enter your PIN</source>
        <translation>主管和管理员登录需要工牌或工号加密码：请输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="555"/>
        <source>Your PIN is too short for your role: choose a new one</source>
        <translation>您的密码对您的角色来说太短：请设置新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Only a supervisor can do this</source>
        <translation>只有主管可以执行此操作</translation>
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
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>Station {station}, {operator}, since {since}</source>
        <translation>工位 {station}，{operator}，自 {since} 起</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>{message} — fix the printer, then sign off again</source>
        <translation>{message} — 请检查打印机后重新签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>{sku}: the order has {qty}</source>
        <translation>{sku}：订单只有 {qty} 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111"/>
        <source>You scanned order {other}: finish order {open} or put it back (Esc) first</source>
        <translation>扫到了订单 {other}：请先打完订单 {open}，或先放回（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115"/>
        <source>{code} is on no command card: use a card printed here</source>
        <translation>{code} 不是本程序的指令条码：请用本程序打印的指令卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119"/>
        <source>Put the order back (Esc) before signing out</source>
        <translation>签退前请先放回订单（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="120"/>
        <source>No label is in doubt: nothing to print again</source>
        <translation>没有待确认的面单：不需要重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="122"/>
        <source>Waybill {waybill}: scan the label if it came out, or NOT PRINTED</source>
        <translation>运单 {waybill}：面单出来了就扫它，没出来就扫“面单没有出来，重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125"/>
        <source>The weight must be on the scale at sign-off: plug the scale in</source>
        <translation>签收时包裹必须在秤上：请接好电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="127"/>
        <source>Wait until the weight settles, then sign off again</source>
        <translation>等读数稳定后再签收</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129"/>
        <source>Courier {courier}: ask the supervisor to load numbers</source>
        <translation>快递 {courier}：请主管导入运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139"/>
        <source>That key did nothing: acknowledge the error first</source>
        <translation>按键无效：请先确认错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140"/>
        <source>{code} did not count: acknowledge the error first</source>
        <translation>{code} 没有计数：请先确认错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147"/>
        <source>The supervisor changed this order: check the lines again</source>
        <translation>主管修改了这个订单：请重新核对商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149"/>
        <source>The server is back: the counts are as it has them — go on</source>
        <translation>服务器已恢复：以服务器上的数量为准，请继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151"/>
        <source>A supervisor counted a line without scanning</source>
        <translation>主管已免扫计数一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153"/>
        <source>The weight changed from {before} to {now}: weighed again</source>
        <translation>重量从 {before} 变成 {now}：已重新称重</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="158"/>
        <source>Cannot sign off yet: {left} item(s) still to scan</source>
        <translation>还不能签收：还有 {left} 件没扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>Cannot sign off yet: put the parcel on the scale</source>
        <translation>还不能签收：请把包裹放上电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>Cannot sign off: the weight is out of tolerance</source>
        <translation>不能签收：重量超出误差</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164"/>
        <source>Nothing to sign off: scan an order</source>
        <translation>没有可签收的订单：请扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166"/>
        <source>Put back? The {units} scanned item(s) go back to the shelf and the counts are cleared: scan PUT BACK again to confirm</source>
        <translation>放回订单？已扫的 {units} 件商品放回货架，已扫数量清零：再扫一次“放回订单”确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170"/>
        <source>Order {order} put back: its counts are cleared</source>
        <translation>订单 {order} 已放回：已扫数量已清零</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173"/>
        <source>Taken over from station {station} (not seen for a while): its counts came with it</source>
        <translation>已从工位 {station} 接手（该台已有一段时间无响应）：那边的计数一并带过来了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="178"/>
        <source>Order {order} was taken over and is now at station {station}: nothing more counts here</source>
        <translation>订单 {order} 已被接手，现在在工位 {station}：本工位不再计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181"/>
        <source>A supervisor took order {order} off this station: nothing more counts here</source>
        <translation>主管已把订单 {order} 从本工位撤下：本工位不再计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185"/>
        <source>Nothing to put back now</source>
        <translation>现在没有可放回的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="187"/>
        <source>Close a parcel only while scanning, with items in it</source>
        <translation>只有在扫描商品且箱里有商品时才能封箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="189"/>
        <source>A quantity counts only while scanning items</source>
        <translation>只有在扫描商品时才能输入数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="209"/>
        <source>Your account is disabled</source>
        <translation>您的账号已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="210"/>
        <source>Your role may not do this</source>
        <translation>您的角色不能做这个操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="215"/>
        <source>That value is not valid: check what you typed</source>
        <translation>输入的值无效：请检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="216"/>
        <source>Refused: {detail}</source>
        <translation>被拒绝：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="222"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="224"/>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="226"/>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="87"/>
        <source>Choose a new PIN</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="89"/>
        <source>Your PIN is too short for your role. Supervisors and admins: 6 to 12 digits.</source>
        <translation>您的密码对您的角色来说太短。主管和管理员：6 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="97"/>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="98"/>
        <source>New PIN again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="105"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="112"/>
        <source>The two PINs differ: type them again</source>
        <translation>两次输入的密码不一样：请重新输入</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="123"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="209"/>
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="123"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="194"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="123"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="123"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="194"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="123"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="124"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="139"/>
        <source>Order no., buyer ID, name, phone&apos;s last 4, waybill or SKU</source>
        <translation>订单号、买家账号、收件人、手机后四位、运单号或 SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="143"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="146"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="165"/>
        <source>notes or not</source>
        <translation>有无备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="166"/>
        <source>with a note</source>
        <translation>有备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="167"/>
        <source>without a note</source>
        <translation>无备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="168"/>
        <source>any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="168"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="282"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="169"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="282"/>
        <source>paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="169"/>
        <source>shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="188"/>
        <source>Open an order: double-click it, press Enter or scan its number</source>
        <translation>打开订单：双击、按 Enter 或扫描订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="192"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="192"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="192"/>
        <source>Style</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="192"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="192"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="193"/>
        <source>Ordered</source>
        <translation>订购数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="193"/>
        <source>Packed</source>
        <translation>已装</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="194"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="195"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="195"/>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="195"/>
        <source>Voided</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="195"/>
        <source>Picked up</source>
        <translation>揽收时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="196"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="196"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="196"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="196"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="197"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="210"/>
        <source>Reason / note</source>
        <translation>原因 / 备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="214"/>
        <source>Set flag</source>
        <translation>设置旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="217"/>
        <source>Intercept (refund)</source>
        <translation>拦截（退款）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="219"/>
        <source>Re-pack</source>
        <translation>重新打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="221"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="222"/>
        <source>Packing slip (PDF)</source>
        <translation>发货单 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="224"/>
        <source>Done: {what}</source>
        <translation>完成：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="236"/>
        <source>New quantity (0 removes)</source>
        <translation>新数量（0 为删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="242"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="510"/>
        <source>Order changed</source>
        <translation>订单已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="245"/>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="240"/>
        <source>Change address</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="122"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="122"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="122"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="122"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="122"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="194"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="199"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="200"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="201"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="232"/>
        <source>Change quantity of the selected line</source>
        <translation>修改所选行的数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="277"/>
        <source>order scanned</source>
        <translation>扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="277"/>
        <source>item scanned</source>
        <translation>扫描商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="278"/>
        <source>weight read</source>
        <translation>读取重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="278"/>
        <source>label checked</source>
        <translation>核对面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="279"/>
        <source>command scanned</source>
        <translation>扫描指令</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="279"/>
        <source>items put back</source>
        <translation>商品放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="280"/>
        <source>order taken at a station</source>
        <translation>工位领取订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="282"/>
        <source>weighed</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="283"/>
        <source>weight accepted by a supervisor</source>
        <translation>主管接受重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="283"/>
        <source>waybill allotted</source>
        <translation>分配运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="284"/>
        <source>label printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="284"/>
        <source>label sent to the printer</source>
        <translation>面单发送到打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="285"/>
        <source>waybill voided</source>
        <translation>运单作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="285"/>
        <source>scanned at the dock</source>
        <translation>交接扫描</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="286"/>
        <source>handed to the courier</source>
        <translation>已交快递揽收</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="286"/>
        <source>exception opened</source>
        <translation>异常登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="287"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="296"/>
        <source>exception resolved</source>
        <translation>异常处理完毕</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="287"/>
        <source>stock moved</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="288"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="294"/>
        <source>return received</source>
        <translation>收到退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="288"/>
        <source>flag set</source>
        <translation>设置旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="288"/>
        <source>note added</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="289"/>
        <source>intercepted (refund)</source>
        <translation>拦截（退款）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="289"/>
        <source>interception cleared</source>
        <translation>取消拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="290"/>
        <source>line reported short</source>
        <translation>报缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="290"/>
        <source>sent back to be packed again</source>
        <translation>退回重新打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="291"/>
        <source>order changed</source>
        <translation>订单已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="291"/>
        <source>label reprinted</source>
        <translation>补打面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="292"/>
        <source>waybill voided by a supervisor</source>
        <translation>主管作废运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="293"/>
        <source>weight out of tolerance accepted</source>
        <translation>接受超差重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="294"/>
        <source>line counted without scanning</source>
        <translation>免扫描计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="295"/>
        <source>taken off a station</source>
        <translation>从工位收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="295"/>
        <source>station gave the order up</source>
        <translation>工位释放订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="299"/>
        <source>scanned</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="300"/>
        <source>recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="306"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="313"/>
        <source>{g} g</source>
        <translation>{g} 克</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="334"/>
        <source>out of tolerance</source>
        <translation>超出误差</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="335"/>
        <source>the order had changed: scanned again</source>
        <translation>订单已修改：需重新扫描</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="336"/>
        <source>taken by another station</source>
        <translation>被其他工位取走</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="336"/>
        <source>reported not printed</source>
        <translation>报告未打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="337"/>
        <source>wrong colour or size</source>
        <translation>颜色或尺码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="337"/>
        <source>one too many</source>
        <translation>多了一件</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="338"/>
        <source>not a quantity</source>
        <translation>不是数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="338"/>
        <source>more than is left to scan</source>
        <translation>超过剩余待扫数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="339"/>
        <source>not more than already counted</source>
        <translation>不多于已计数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="340"/>
        <source>no such order</source>
        <translation>没有这个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="340"/>
        <source>another order was open</source>
        <translation>另一个订单未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="346"/>
        <source>refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="358"/>
        <source>any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="359"/>
        <source>any flag</source>
        <translation>全部旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="359"/>
        <source>no flag</source>
        <translation>无旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="361"/>
        <source>any shop</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="362"/>
        <source>any courier</source>
        <translation>全部快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="363"/>
        <source>any packer</source>
        <translation>全部打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="364"/>
        <source>any held reason</source>
        <translation>全部暂停原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="400"/>
        <source>{n}+ orders</source>
        <translation>{n}+ 个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="401"/>
        <source>{n} order(s)</source>
        <translation>{n} 个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="423"/>
        <source>refund asked</source>
        <translation>买家申请退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="426"/>
        <source>Buyer&apos;s note: {note}</source>
        <translation>买家留言：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="428"/>
        <source>Shop&apos;s note: {note}</source>
        <translation>卖家备注：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="430"/>
        <source>Order {no} · {status}</source>
        <translation>订单 {no} · {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="434"/>
        <source>Courier {code}</source>
        <translation>快递 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="435"/>
        <source>Packer {name}</source>
        <translation>打包员 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="436"/>
        <source>Imported {t}</source>
        <translation>导入 {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="437"/>
        <source>Shipped {t}</source>
        <translation>发货 {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="465"/>
        <source>{to_pack} to pack · {on_hold} on hold · {packed} packed · {picked_up} picked up</source>
        <translation>待打包 {to_pack} · 暂停 {on_hold} · 已打包 {packed} · 已揽收 {picked_up}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="468"/>
        <source>no courier yet</source>
        <translation>未定快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="468"/>
        <source>no shop</source>
        <translation>无店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="474"/>
        <source>Today: {counts}</source>
        <translation>今天：{counts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="475"/>
        <source>Per courier (to pack/on hold/packed/picked up): {list}</source>
        <translation>按快递（待打包/暂停/已打包/已揽收）：{list}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="476"/>
        <source>Per shop: {list}</source>
        <translation>按店铺：{list}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="493"/>
        <source>Open an order first</source>
        <translation>请先打开一个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="506"/>
        <source>Pick a line in the order&apos;s lines first</source>
        <translation>请先在订单明细中选一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="517"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="525"/>
        <source>No order has the number {code}</source>
        <translation>没有订单号或运单号为 {code} 的订单</translation>
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
        <location filename="../../app/ui/pack_page.py" line="228"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="228"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="228"/>
        <source>Style / colour / size</source>
        <translation>型号/颜色/尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="228"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="228"/>
        <source>Scanned</source>
        <translation>已扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="231"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="232"/>
        <source>Expected</source>
        <translation>应重</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="233"/>
        <source>Last label</source>
        <translation>最近面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="229"/>
        <source>Line total (F2):</source>
        <translation>本行总数 (F2)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="230"/>
        <source>in all, Enter</source>
        <translation>总数，回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="253"/>
        <source>NO CONNECTION TO THE SERVER — scans are not counted and nothing prints. What was counted before is kept. Retrying…</source>
        <translation>连不上服务器——现在扫描不计数，也不打印。之前已计数的都保留。正在重试…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="268"/>
        <source>Last order: {no}</source>
        <translation>上一单：{no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="269"/>
        <source>No order open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="272"/>
        <source>Waybill {no}</source>
        <translation>运单号 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="274"/>
        <source>Order {no}</source>
        <translation>订单 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="275"/>
        <source>GREEN: paid by transfer</source>
        <translation>绿旗：已汇款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="275"/>
        <source>YELLOW: hold</source>
        <translation>黄旗：暂不发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="276"/>
        <source>BLUE: exchange</source>
        <translation>蓝旗：换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="276"/>
        <source>PURPLE: return</source>
        <translation>紫旗：退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="319"/>
        <source>Buyer: {note}</source>
        <translation>买家留言：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="321"/>
        <source>Shop: {note}</source>
        <translation>卖家备注：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="331"/>
        <source>NO SCALE</source>
        <translation>秤未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="335"/>
        <source>OVERLOAD</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="337"/>
        <source>beyond the scale&apos;s capacity</source>
        <translation>超过电子秤量程</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="339"/>
        <source>BELOW ZERO</source>
        <translation>负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="341"/>
        <source>empty the scale and zero it</source>
        <translation>清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="343"/>
        <source>SCALE ERROR</source>
        <translation>电子秤故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="345"/>
        <source>the scale reports an error</source>
        <translation>电子秤报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="353"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="353"/>
        <source>moving…</source>
        <translation>读数跳动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="358"/>
        <source>as {n} earlier parcels of these items weighed (±{sd} g); the SKU weights say {sku}</source>
        <translation>按之前 {n} 个同样商品的包裹（±{sd} 克）；按商品重量应为 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="362"/>
        <source>from the SKU weights and the carton</source>
        <translation>按商品重量加包装计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="366"/>
        <source>Carton: {name}</source>
        <translation>包装：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="371"/>
        <source>Acknowledge the error first: Space, or scan ACKNOWLEDGE</source>
        <translation>请先确认错误：按空格键，或扫“确认错误”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="373"/>
        <source>Scan an order</source>
        <translation>请扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="375"/>
        <source>Parcel {n} printed ({waybill}) — scan the items of the next parcel</source>
        <translation>第 {n} 个包裹已打印（{waybill}）— 请扫描下一个包裹的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="378"/>
        <source>Scan the items</source>
        <translation>请扫描商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="380"/>
        <source>Check, then press Space or scan CHECK DONE</source>
        <translation>核对后按空格键，或扫“人工核对完成”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="395"/>
        <source>Weight {w} is {d:+d} g off — check for a missing or extra item; take it out or lift and re-weigh, or F9 supervisor</source>
        <translation>重量 {w}，差 {d:+d} 克——检查是否少放或多放；取出或拿起重称，或按 F9 找主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="399"/>
        <source>Weight accepted by the supervisor — F12 or scan your badge to sign off and print</source>
        <translation>主管已接受此重量——按 F12 或扫本人工牌签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="418"/>
        <source>Press Space or scan ACKNOWLEDGE</source>
        <translation>按空格键或扫“确认错误”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="422"/>
        <source>CHECK: {what}</source>
        <translation>核对：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="424"/>
        <source>Then press Space or scan CHECK DONE</source>
        <translation>然后按空格键，或扫“人工核对完成”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="426"/>
        <source>A label may have come out</source>
        <translation>面单可能已经打出来了</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="427"/>
        <source>The printer failed while the label {waybill} was printing.</source>
        <translation>打印面单 {waybill} 时打印机出了故障。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="429"/>
        <source>If it came out, scan its waybill barcode. If not: Ctrl+P or scan NOT PRINTED.</source>
        <translation>出来了就扫面单上的运单号条码；没出来就按 Ctrl+P 或扫“面单没有出来，重打”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="456"/>
        <source>Space: acknowledge</source>
        <translation>空格：确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="458"/>
        <source>F2: line total</source>
        <translation>F2：本行总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="458"/>
        <source>F4: close parcel (multi-parcel)</source>
        <translation>F4：封箱（子母件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="458"/>
        <source>F8: line short</source>
        <translation>F8：缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="459"/>
        <source>F10: count without scan</source>
        <translation>F10：免扫计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="459"/>
        <location filename="../../app/ui/pack_page.py" line="461"/>
        <location filename="../../app/ui/pack_page.py" line="463"/>
        <location filename="../../app/ui/pack_page.py" line="465"/>
        <location filename="../../app/ui/pack_page.py" line="467"/>
        <source>Esc: put order back</source>
        <translation>Esc：放回订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="461"/>
        <source>Space: check done</source>
        <translation>空格：核对完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="465"/>
        <source>F9: supervisor accepts the weight</source>
        <translation>F9：主管接受重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="467"/>
        <source>F12 / own badge: sign off and print</source>
        <translation>F12 / 本人工牌：签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="469"/>
        <source>Ctrl+P: not printed, print again</source>
        <translation>Ctrl+P：没打出来，重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="470"/>
        <source>F11: supervisor desk</source>
        <translation>F11：主管工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="470"/>
        <source>Ctrl+M: sound</source>
        <translation>Ctrl+M：声音</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="470"/>
        <source>Ctrl+Q: sign out</source>
        <translation>Ctrl+Q：签退</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="383"/>
        <source>Scale not connected — check the cable</source>
        <translation>电子秤未连接 — 请检查连线</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="385"/>
        <source>The scale shows no usable weight — empty it and zero it</source>
        <translation>电子秤读数不可用——清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="387"/>
        <source>Clear the scale first (last parcel still on it?)</source>
        <translation>请先清空秤台（上一个包裹还在秤上？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="389"/>
        <source>Parcel {n} closed — put it on the scale</source>
        <translation>第 {n} 个包裹已封 — 请放上秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="391"/>
        <source>All verified — put the parcel on the scale</source>
        <translation>验货完成 — 请把包裹放上秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="401"/>
        <source>Weight OK — F12 or scan your badge to sign off and print</source>
        <translation>重量正确 — 按 F12 或扫本人工牌签收并打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="403"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="405"/>
        <source>Did a label come out? Scan it — or Ctrl+P / NOT PRINTED to print it again</source>
        <translation>面单出来了吗？出来了就扫它——没出来按 Ctrl+P 或扫“面单没有出来，重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="407"/>
        <source>Printed {waybill} — scan the next order</source>
        <translation>已打印 {waybill} — 请扫描下一单</translation>
    </message>
</context>
<context>
    <name>PickupTab</name>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="21"/>
        <source>Open pickup</source>
        <translation>开始交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="24"/>
        <source>courier&apos;s name (signs the manifest)</source>
        <translation>快递员姓名（在交接单上签字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="25"/>
        <source>Close and print manifest</source>
        <translation>结束并打印交接单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="27"/>
        <location filename="../../app/ui/desk/pickups_tab.py" line="44"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="30"/>
        <location filename="../../app/ui/desk/pickups_tab.py" line="94"/>
        <source>No pickup open</source>
        <translation>没有进行中的交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="38"/>
        <source>scan each parcel&apos;s waybill (or type it, Enter)</source>
        <translation>逐个扫描包裹运单号（或输入后回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="41"/>
        <source>Shipped, not yet handed over</source>
        <translation>已发货、未交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="44"/>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="63"/>
        <source>Pickup {no} ({courier}): {n} parcels, {weight}</source>
        <translation>交接单 {no}（{courier}）：{n} 件，{weight}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="69"/>
        <source>Open the courier&apos;s pickup first</source>
        <translation>请先开始该快递的交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="76"/>
        <source>OK {waybill}</source>
        <translation>已交接 {waybill}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="76"/>
        <source>REFUSED {waybill}: {why}</source>
        <translation>拒收 {waybill}：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pickups_tab.py" line="91"/>
        <source>Pickup closed</source>
        <translation>交接已结束</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="18"/>
        <source>scan the waybill or the order number</source>
        <translation>扫描运单号或订单编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="27"/>
        <source>SKU×qty, … (add ! for not resaleable), e.g. TS-BLK-M×1, JN-30×1!</source>
        <translation>商家编码×数量，…（不可再售加 !），例如 TS-BLK-M×1, JN-30×1!</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="29"/>
        <source>exchange: SKU×qty, … (empty: a plain return)</source>
        <translation>换货：商家编码×数量，…（留空为退货）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="30"/>
        <source>Waybill / order</source>
        <translation>运单 / 订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="31"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="32"/>
        <source>Condition</source>
        <translation>包裹状况</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="33"/>
        <source>Fault</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="34"/>
        <source>Items back</source>
        <translation>退回商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="35"/>
        <source>Exchange for</source>
        <translation>换成</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="36"/>
        <source>Receive return</source>
        <translation>登记退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="52"/>
        <source>Not SKU×quantity: {part}</source>
        <translation>不是“商家编码×数量”：{part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="57"/>
        <source>Return received</source>
        <translation>退货已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="60"/>
        <source>Order {no}: {n} back to stock.</source>
        <translation>订单 {no}：{n} 件已回库存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="62"/>
        <source>Packed by {name}.</source>
        <translation>打包员 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/returns_tab.py" line="64"/>
        <source>Exchange order {no} created.</source>
        <translation>已生成换货订单 {no}。</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../app/ui/service_messages.py" line="6"/>
        <source>a {role}&apos;s PIN is {low} to {high} digits</source>
        <translation>{role}的密码是 {low} 到 {high} 位数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="7"/>
        <source>an operator needs a code and a name</source>
        <translation>操作员需要工号和姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="8"/>
        <source>codes starting with {prefix} are the packers&apos; command barcodes</source>
        <translation>以 {prefix} 开头的编码留给打包员的指令条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="9"/>
        <source>a badge or operator code</source>
        <translation>请扫工牌或输入工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="10"/>
        <source>the new PIN must differ from the old one</source>
        <translation>新密码不能和旧密码一样</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="11"/>
        <source>a bill is an .xlsx or a .csv file, not &apos;{suffix}&apos; (save an old .xls as .xlsx)</source>
        <translation>账单必须是 .xlsx 或 .csv 文件，不是“{suffix}”（旧的 .xls 请另存为 .xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="12"/>
        <source>rate card {where}: weights and prices cannot be negative</source>
        <translation>价目表 {where}：重量和价格不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="13"/>
        <source>a rate card needs a default rate</source>
        <translation>价目表需要一个默认价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="14"/>
        <source>rate card: step_g must be positive</source>
        <translation>价目表：续重单位（step_g）必须大于零</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="15"/>
        <source>a column mapping is a dict of field → column header</source>
        <translation>列映射是“字段 → 列标题”的对照表</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="16"/>
        <source>weight_unit is kg or g</source>
        <translation>重量单位（weight_unit）是 kg 或 g</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="17"/>
        <source>header_row is a row number from 1</source>
        <translation>标题行（header_row）是从 1 开始的行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="18"/>
        <source>the bill has no lines</source>
        <translation>账单里没有明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="19"/>
        <source>unknown courier &apos;{code}&apos;</source>
        <translation>不认识的快递“{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="20"/>
        <source>no column mapping saved for {code}: map the bill&apos;s columns first</source>
        <translation>{code} 还没有保存列映射：请先设置账单的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="21"/>
        <source>no bill {bill_id}</source>
        <translation>没有账单 {bill_id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="22"/>
        <source>rate card {where}: needs first (yuan), per_kg (yuan) and first_g (grams)</source>
        <translation>价目表 {where}：需要首重价（元）、续重每公斤价（元）和首重克数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="23"/>
        <source>the column mapping needs the &apos;{key}&apos; column</source>
        <translation>列映射缺少“{key}”列</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="24"/>
        <source>the text is neither UTF-8 nor GBK</source>
        <translation>文件编码既不是 UTF-8 也不是 GBK</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="25"/>
        <source>the header row is past the end of the file</source>
        <translation>标题行超出了文件末尾</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="26"/>
        <source>column not found in the first 20 rows</source>
        <translation>前 20 行里找不到这一列</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="27"/>
        <source>column not found (the header has: {header})</source>
        <translation>找不到这一列（标题行有：{header}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="28"/>
        <source>empty weight</source>
        <translation>重量是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="29"/>
        <source>&apos;{value}&apos; is not a weight</source>
        <translation>“{value}”不是重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="30"/>
        <source>empty amount</source>
        <translation>金额是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="31"/>
        <source>&apos;{value}&apos; is not an amount</source>
        <translation>“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="32"/>
        <source>a tolerance cannot be negative</source>
        <translation>误差不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="33"/>
        <source>{name} was already imported (bill {id}, {month})</source>
        <translation>{name} 已经导入过了（账单 {id}，{month}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="34"/>
        <source>bill {bill_id} is already closed</source>
        <translation>账单 {bill_id} 已经结账</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="35"/>
        <source>not a readable XLSX workbook ({what})</source>
        <translation>不是可读的 XLSX 工作簿（{what}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="36"/>
        <source>no sheet &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>没有工作表“{sheet}”（现有：{sheets}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="37"/>
        <source>&apos;{value}&apos; is not a waybill number</source>
        <translation>“{value}”不是运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="38"/>
        <source>empty waybill number</source>
        <translation>运单号是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="39"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="40"/>
        <source>{what} cannot be negative</source>
        <translation>{what}不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="41"/>
        <source>waybill {waybill_no} was never handed to the courier ({status})</source>
        <translation>运单 {waybill_no} 从没交给快递（{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="42"/>
        <source>waybill {waybill_no} already has claim {claim} ({status})</source>
        <translation>运单 {waybill_no} 已有理赔 {claim}（{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="43"/>
        <source>no parcel with waybill {waybill_no}</source>
        <translation>没有运单号为 {waybill_no} 的包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="44"/>
        <source>{what}: &apos;{value}&apos; is not an amount</source>
        <translation>{what}：“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="45"/>
        <source>a claim is for a parcel lost, damaged or undeliverable</source>
        <translation>理赔只针对丢件、破损或无法派送的包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="46"/>
        <source>no claim {claim_id}</source>
        <translation>没有理赔 {claim_id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="47"/>
        <source>claim {claim} is closed</source>
        <translation>理赔 {claim} 已结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="48"/>
        <source>more recovered than claimed: correct the amount claimed first</source>
        <translation>追回金额多于索赔金额：请先改正索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="49"/>
        <source>nothing to change</source>
        <translation>没有要修改的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="50"/>
        <source>unknown claim status &apos;{status}&apos;</source>
        <translation>不认识的理赔状态“{status}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="51"/>
        <source>no order {order_no}</source>
        <translation>没有订单 {order_no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="52"/>
        <source>a period is one of {periods}</source>
        <translation>统计周期只能是 {periods}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="53"/>
        <source>export as xlsx or csv</source>
        <translation>请导出为 xlsx 或 csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="54"/>
        <source>the range ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="55"/>
        <source>ten years at most</source>
        <translation>最多十年</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="56"/>
        <source>figures are split by {dims} or complexity</source>
        <translation>数据只能按 {dims} 或复杂度分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="57"/>
        <source>step times are split by packer, courier, complexity, shop, channel or province</source>
        <translation>各环节用时只能按打包员、快递、复杂度、店铺、渠道或省份分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="58"/>
        <source>closed on the platform ({file} row {row}); the order is {status}: intercept it</source>
        <translation>平台上已关闭（{file} 第 {row} 行）；订单{status}：请拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="59"/>
        <source>refund requested ({file} row {row}); the order is {status}: intercept it</source>
        <translation>买家申请退款（{file} 第 {row} 行）；订单{status}：请拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="60"/>
        <source>change in {file} row {row} not applied; the order is {status} and held: {changes}</source>
        <translation>{file} 第 {row} 行的变更未应用；订单{status}，已暂停：{changes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="61"/>
        <source>change in {file} row {row} not applied; the order is {status}: {changes}</source>
        <translation>{file} 第 {row} 行的变更未应用；订单{status}：{changes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="62"/>
        <source>a search is at most {n} characters, not {length}</source>
        <translation>查找内容最多 {n} 个字符，不是 {length} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="63"/>
        <source>no such status: {value}</source>
        <translation>没有这个订单状态：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="64"/>
        <source>no such flag: {value}</source>
        <translation>没有这个旗帜：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="65"/>
        <source>a page is 1 to {max} rows, not {limit}</source>
        <translation>每页 1 到 {max} 行，不是 {limit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="66"/>
        <source>a page cannot start before the first row ({offset})</source>
        <translation>页面不能从第一行之前开始（{offset}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="67"/>
        <source>no courier {code}</source>
        <translation>没有快递 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="68"/>
        <source>no operator {code}</source>
        <translation>没有操作员 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="69"/>
        <source>no such date field: {value} (imported, paid or shipped)</source>
        <translation>没有这个日期类型：{value}（导入、付款或发货）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="70"/>
        <source>the date range ends ({last}) before it starts ({first})</source>
        <translation>日期范围的结束（{last}）早于开始（{first}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="71"/>
        <source>no pickup {pickup_id}</source>
        <translation>没有揽收批次 {pickup_id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="72"/>
        <source>the pickup is closed: its manifest is signed</source>
        <translation>揽收已结束：交接单已签</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="73"/>
        <source>waybill {waybill_no} is not in this pickup</source>
        <translation>运单 {waybill_no} 不在本次揽收里</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="74"/>
        <source>the pickup is already closed</source>
        <translation>揽收已经结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="75"/>
        <source>no parcel was scanned into this pickup</source>
        <translation>本次揽收没有扫描任何包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="76"/>
        <source>keep personal data 1 to 3650 days</source>
        <translation>个人信息保留 1 到 3650 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="77"/>
        <source>keep personal data at least one day</source>
        <translation>个人信息至少保留一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="78"/>
        <source>a reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="79"/>
        <source>a month is written YYYY-MM, not &apos;{month}&apos;</source>
        <translation>月份格式是 YYYY-MM，不是“{month}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="80"/>
        <source>refund requested: stopped at the scan</source>
        <translation>买家申请退款：扫描时已拦下</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="81"/>
        <source>an override needs a reason</source>
        <translation>接受重量必须填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="82"/>
        <source>refund requested: stopped at sign-off, nothing printed</source>
        <translation>买家申请退款：签收时已拦下，没有打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="83"/>
        <source>order {order_no} is not open on a station</source>
        <translation>订单 {order_no} 没有在任何工位打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="84"/>
        <source>a label of order {order_no} may be coming out: settle it at the station first</source>
        <translation>订单 {order_no} 的面单可能正在打出：请先在该工位处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="85"/>
        <source>name the box the stubs go into</source>
        <translation>请填写底单存放的箱号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="86"/>
        <source>stubs of {day} are kept {days} days before they are archived</source>
        <translation>{day} 的底单要保存 {days} 天后才能归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="87"/>
        <source>no stub of {code} for {day} waits for archive</source>
        <translation>{code} 在 {day} 没有待归档的底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="88"/>
        <source>no stub {waybill_no} of {code} was received</source>
        <translation>没有收到 {code} 的底单 {waybill_no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="89"/>
        <source>kind is missing or unknown; outcome is open, found, denied or lost</source>
        <translation>类型缺失或未知；结果只能是 待处理、已找到、快递否认 或 丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="90"/>
        <source>{waybill_no} is not a parcel of {code}</source>
        <translation>{waybill_no} 不是 {code} 的包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="91"/>
        <source>purpose is claim, deduction or none</source>
        <translation>用途只能是 理赔、扣款 或 无</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="92"/>
        <source>no such order line</source>
        <translation>没有这个订单行</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="93"/>
        <source>order {order_no} is already shipped</source>
        <translation>订单 {order_no} 已经发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="94"/>
        <source>a count cannot be negative</source>
        <translation>盘点数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="95"/>
        <source>no SKU {sku}</source>
        <translation>没有商家编码 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="96"/>
        <source>waybill {waybill_no} is {status}: only a printed label is reprinted</source>
        <translation>运单 {waybill_no} 状态为{status}：只有已打印的面单才能重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="97"/>
        <source>waybill {waybill_no} was reprinted {reprints} times (limit {limit})</source>
        <translation>运单 {waybill_no} 已重打 {reprints} 次（上限 {limit} 次）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="98"/>
        <source>waybill {waybill_no} is already void</source>
        <translation>运单 {waybill_no} 已经作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="99"/>
        <source>order {order_no} is shipped: void its waybill first</source>
        <translation>订单 {order_no} 已发货：请先作废它的运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="100"/>
        <source>order {order_no} is {status}: it can only be intercepted</source>
        <translation>订单 {order_no} 状态为{status}：只能拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="101"/>
        <source>an order needs at least one line: cancel it instead</source>
        <translation>订单至少要有一行：要全部删除请取消订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="102"/>
        <source>condition is intact, opened or damaged</source>
        <translation>状况只能是 完好、已拆封 或 破损</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="103"/>
        <source>fault is none, buyer, courier or packing</source>
        <translation>责任只能是 无、买家、快递 或 打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="104"/>
        <source>no parcel or order {code}</source>
        <translation>没有包裹或订单 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="105"/>
        <source>exchange item {sku} ×{qty} is not a known SKU</source>
        <translation>换货商品 {sku} ×{qty} 不是已知的商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="106"/>
        <source>no case {case_id}</source>
        <translation>没有异常单 {case_id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="107"/>
        <source>case {case_id} is already resolved</source>
        <translation>异常单 {case_id} 已经处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="108"/>
        <source>unknown setting &apos;{key}&apos; (known: {known})</source>
        <translation>不认识的设置“{key}”（可用：{known}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="109"/>
        <source>a quantity cannot be negative</source>
        <translation>数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="110"/>
        <source>{sku} ×{qty} was not in order {order_no}</source>
        <translation>{sku} ×{qty} 不在订单 {order_no} 里</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="111"/>
        <source>order {order_no} has no line {line_no}</source>
        <translation>订单 {order_no} 没有第 {line_no} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="112"/>
        <source>weight_tolerance: {exc}</source>
        <translation>重量误差设置：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="113"/>
        <source>consumed_by is label, parcel, manual or carton:&lt;CODE&gt;</source>
        <translation>消耗方式只能是 label、parcel、manual 或 carton:&lt;编码&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="114"/>
        <source>no supply &apos;{code}&apos;</source>
        <translation>没有耗材“{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="115"/>
        <source>a roll or pack holds at least one; the warning threshold cannot be negative</source>
        <translation>每卷或每包至少一个；预警数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="116"/>
        <source>a supply needs a code and a name</source>
        <translation>耗材需要编码和名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="117"/>
        <source>a delivery brings at least one</source>
        <translation>到货数量至少为一</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="118"/>
        <source>book at least one</source>
        <translation>至少登记一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="119"/>
        <source>could not take a waybill number: too much contention</source>
        <translation>取不到运单号：同时取号的工位太多，请重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="120"/>
        <source>no free waybill numbers left for courier {courier}</source>
        <translation>快递 {courier} 没有可用的运单号了</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="121"/>
        <source>a range holds 1 to 1,000,000 numbers</source>
        <translation>一个号段有 1 到 1,000,000 个单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="122"/>
        <source>numbers from {first} do not fit in {width} digits</source>
        <translation>从 {first} 开始的单号超过 {width} 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="123"/>
        <source>not a waybill number: &apos;{number}&apos; (6–40 letters and digits)</source>
        <translation>不是运单号：“{number}”（6 到 40 位字母和数字）</translation>
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
    <name>Stations</name>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="25"/>
        <source>low</source>
        <translation>快用完</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="25"/>
        <source>enough</source>
        <translation>充足</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="27"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="28"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="29"/>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="30"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="31"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="32"/>
        <source>keyboard</source>
        <translation>键盘式</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="33"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="38"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="40"/>
        <source>{n} s ago</source>
        <translation>{n} 秒前</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="42"/>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="43"/>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
</context>
<context>
    <name>StationsTab</name>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="53"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="53"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="53"/>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="53"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="54"/>
        <source>Parcels today</source>
        <translation>今日包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="54"/>
        <source>Last hour</source>
        <translation>近一小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="54"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="54"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="55"/>
        <source>Label paper</source>
        <translation>面单纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="55"/>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="55"/>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="59"/>
        <source>Take the order off this station…</source>
        <translation>从该工位撤下订单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="88"/>
        <source>The server does not answer: the list is as it was</source>
        <translation>服务器无响应：列表保持原样</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="93"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="93"/>
        <source>not seen</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="107"/>
        <source>{online} of {total} stations online · {parcels} parcels today</source>
        <translation>{total} 个工位中 {online} 个在线 · 今日 {parcels} 个包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="113"/>
        <source>Choose a station that has an order open</source>
        <translation>请选择一个正在打包订单的工位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="116"/>
        <source>Take over</source>
        <translation>接手订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="117"/>
        <source>Take order {order} off station {station}? Its counts go with it. Reason:</source>
        <translation>把订单 {order} 从工位 {station} 撤下？已扫计数一并带走。原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stations_tab.py" line="122"/>
        <source>Order {order} taken off station {station}: scan it at any station</source>
        <translation>订单 {order} 已从工位 {station} 撤下：可在任一工位扫描</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="21"/>
        <source>stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="22"/>
        <location filename="../../app/ui/desk/stock_tab.py" line="34"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="23"/>
        <source>Counted</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="24"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="25"/>
        <source>Save count</source>
        <translation>保存盘点</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="28"/>
        <source>Stock saved</source>
        <translation>库存已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="31"/>
        <source>Low stock (≤ {n})</source>
        <translation>库存不足（≤ {n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="34"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="34"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>StubTab</name>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="23"/>
        <source>Show ledger</source>
        <translation>显示底单账</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="25"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="25"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="29"/>
        <source>scan each stub&apos;s waybill barcode</source>
        <translation>逐张扫描底单上的运单条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="35"/>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="35"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="35"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="35"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="36"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="40"/>
        <source>found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="40"/>
        <source>courier denies pickup</source>
        <translation>快递否认揽收</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="41"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="44"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="45"/>
        <source>Record outcome for the selected line</source>
        <translation>记录所选行的处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="52"/>
        <source>archive box</source>
        <translation>归档箱号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="53"/>
        <source>Archive this day&apos;s stubs</source>
        <translation>归档当天底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="67"/>
        <source>Handed over {h} · stubs {s} · matched {m} · missing {mi} · unknown {u}</source>
        <translation>交接 {h} · 底单 {s} · 对上 {m} · 缺底单 {mi} · 不明底单 {u}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="71"/>
        <source>missing stub</source>
        <translation>缺底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="71"/>
        <source>unknown stub</source>
        <translation>不明底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="74"/>
        <source>{n} day(s) of stubs older than 15 days to archive</source>
        <translation>{n} 天的底单已超过 15 天，需归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="91"/>
        <source>Select a line first</source>
        <translation>请先选择一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="96"/>
        <source>Outcome recorded</source>
        <translation>处理结果已记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stubs_tab.py" line="101"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>SupplyTab</name>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="15"/>
        <source>Supply</source>
        <translation>耗材</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="15"/>
        <source>Uses left</source>
        <translation>剩余可用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="15"/>
        <source>Units left</source>
        <translation>剩余数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="15"/>
        <source>Warn at</source>
        <translation>预警线</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="16"/>
        <source>Low</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="20"/>
        <source>supply code</source>
        <translation>耗材代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="23"/>
        <source>Counted units</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="25"/>
        <source>Count saved</source>
        <translation>盘点已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="26"/>
        <source>Received units</source>
        <translation>到货数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/supplies_tab.py" line="28"/>
        <source>Delivery saved</source>
        <translation>到货已登记</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../app/ui/messages.py" line="252"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="259"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="260"/>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261"/>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="262"/>
        <source>blue</source>
        <translation>蓝旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="263"/>
        <source>purple</source>
        <translation>紫旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="264"/>
        <source>open</source>
        <translation>待打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="265"/>
        <source>being packed</source>
        <translation>打包中</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="266"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="267"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="268"/>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="269"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="271"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="272"/>
        <source>opened</source>
        <translation>已拆封</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="273"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="274"/>
        <source>buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="275"/>
        <source>courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="276"/>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="277"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="278"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="280"/>
        <source>rolls</source>
        <translation>卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="281"/>
        <source>packs</source>
        <translation>包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="282"/>
        <source>boxes</source>
        <translation>箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="284"/>
        <source>recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="285"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="286"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="287"/>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="289"/>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="290"/>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="291"/>
        <source>buyer ID</source>
        <translation>买家账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="292"/>
        <source>shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="294"/>
        <source>buyer&apos;s note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="295"/>
        <source>shop&apos;s note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="296"/>
        <source>amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="297"/>
        <source>payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="298"/>
        <source>an order line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="299"/>
        <source>size or colour</source>
        <translation>尺码或颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="300"/>
        <source>a new line</source>
        <translation>新增商品行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="301"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="302"/>
        <source>order status</source>
        <translation>订单状态</translation>
    </message>
</context>
<context>
    <name>WaybillsTab</name>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="17"/>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="18"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="20"/>
        <source>Reprint</source>
        <translation>补打面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="22"/>
        <source>Void waybill</source>
        <translation>作废运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="25"/>
        <source>Waybill voided: the order is back to be packed</source>
        <translation>运单已作废：订单退回待打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="37"/>
        <source>Reprint allowed: it prints marked REPRINT</source>
        <translation>已允许补打：面单将标注“重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="41"/>
        <source>Reprinted, marked REPRINT</source>
        <translation>已补打，面单标注“重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/waybills_tab.py" line="43"/>
        <source>Not printed: {error}</source>
        <translation>没有打印：{error}</translation>
    </message>
</context>
</TS>
