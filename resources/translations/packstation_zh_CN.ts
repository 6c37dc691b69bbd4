<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="73"/>
        <source>E-waybill account of {courier}</source>
        <translation>{courier} 的电子面单账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="77"/>
        <source>Shop (empty: every shop)</source>
        <translation>店铺（空：所有店铺）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="77"/>
        <source>快递100 key (授权码)</source>
        <translation>快递100 授权码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="78"/>
        <source>快递100 secret</source>
        <translation>快递100 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="78"/>
        <source>快递100 company code</source>
        <translation>快递100 快递公司编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="79"/>
        <source>partnerId (电子面单账号)</source>
        <translation>电子面单账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="79"/>
        <source>partnerKey (密码)</source>
        <translation>电子面单密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="80"/>
        <source>partnerSecret (密钥)</source>
        <translation>电子面单密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="80"/>
        <source>partnerName</source>
        <translation>电子面单客户名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="81"/>
        <source>net (网点 / 平台)</source>
        <translation>网点 / 平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="81"/>
        <source>code (承载编号)</source>
        <translation>承载编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="82"/>
        <source>checkMan (快递员)</source>
        <translation>承载快递员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="82"/>
        <source>Product type (产品类型)</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="83"/>
        <source>Address</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="95"/>
        <source>unchanged when empty</source>
        <translation>留空则不变</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="101"/>
        <source>Numbers kept ready</source>
        <translation>预取单号数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="103"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
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
    <name>CancelDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="144"/>
        <source>Cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="145"/>
        <source>Order {order_no} is cancelled and the buyer refunded: it will not ship.</source>
        <translation>订单 {order_no} 将取消并给买家退款：不再发货。</translation>
    </message>
</context>
<context>
    <name>CartonsTab</name>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="24"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="80"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="24"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="81"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="99"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="24"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="82"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="100"/>
        <source>Tare weight</source>
        <translation>皮重</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="24"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="83"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="25"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="29"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="31"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="33"/>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="35"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="70"/>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="37"/>
        <source>Show retired</source>
        <translation>显示已停用的</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="51"/>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="51"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="70"/>
        <source>Bring back…</source>
        <translation>恢复使用…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="77"/>
        <source>Add a carton or bag</source>
        <translation>添加纸箱或快递袋</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="78"/>
        <source>The code is what the packer scans (print it on the shelf); the tare weight is added to every parcel packed in it.</source>
        <translation>编码是打包员扫描的条码（贴在货架上）；皮重计入用它打包的每个包裹的重量。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="79"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="83"/>
        <source>weigh parcels with this one unless another is scanned</source>
        <translation>没扫其他包装时，按这个包装称重</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="90"/>
        <source>Carton {code} added</source>
        <translation>已添加包装 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="96"/>
        <source>Change carton {code}</source>
        <translation>修改包装 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="97"/>
        <source>A new tare weight counts from the next parcel packed in it.</source>
        <translation>新的皮重从下一个用它打包的包裹起生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="97"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="101"/>
        <location filename="../../app/ui/desk/cartons_tab.py" line="126"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="106"/>
        <source>Carton {code} changed</source>
        <translation>已修改包装 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="111"/>
        <source>{code} is the default carton</source>
        <translation>{code} 已设为默认包装</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="119"/>
        <source>Retire carton {code}?</source>
        <translation>停用包装 {code}？</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="119"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="120"/>
        <source>It is no longer scanned at the stations nor the default. Parcels packed in it keep it.</source>
        <translation>工位不再接受扫描它，也不再作为默认包装。已用它打包的包裹记录不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="121"/>
        <source>Carton {code} retired</source>
        <translation>已停用包装 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="123"/>
        <source>Bring carton {code} back?</source>
        <translation>恢复使用包装 {code}？</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="123"/>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/cartons_tab.py" line="124"/>
        <source>Carton {code} is in use again</source>
        <translation>包装 {code} 已恢复使用</translation>
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
    <name>CourierDecisionDialog</name>
    <message>
        <location filename="../../app/ui/desk/courier_decide.py" line="18"/>
        <source>Courier of order {no}</source>
        <translation>订单 {no} 的快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_decide.py" line="21"/>
        <source>Now: {courier}</source>
        <translation>当前：{courier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_decide.py" line="26"/>
        <source>{name} (chosen now)</source>
        <translation>{name}（当前选定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_decide.py" line="29"/>
        <source>e.g. 买家已确认 the buyer agreed</source>
        <translation>例如：买家已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_decide.py" line="30"/>
        <source>Send with</source>
        <translation>发</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_decide.py" line="31"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_decide.py" line="51"/>
        <source>Order {no} goes with {courier}</source>
        <translation>订单 {no} 发{courier}</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="81"/>
        <source>Change the courier</source>
        <translation>更换快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="86"/>
        <source>New courier</source>
        <translation>新快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="88"/>
        <source>The label printed: it is voided and the order is labelled again with the new courier.</source>
        <translation>面单已打印：将作废，订单用新快递重新出面单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="21"/>
        <source>Edit courier</source>
        <translation>修改快递公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="21"/>
        <source>Add courier</source>
        <translation>添加快递公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="25"/>
        <source>e.g. ZJS</source>
        <translation>例如 ZJS</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="28"/>
        <source>named like the code</source>
        <translation>与代码同名</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="30"/>
        <source>generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="34"/>
        <source>e.g. 标快，特快</source>
        <translation>例如 标快，特快</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="36"/>
        <source>number range (号段)</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="37"/>
        <source>e-waybill account (快递100)</source>
        <translation>电子面单账号（快递100）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="43"/>
        <source>privacy waybill (隐私面单)</source>
        <translation>隐私面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="45"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="46"/>
        <source>Name on the label</source>
        <translation>面单上的名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="47"/>
        <source>Label layout</source>
        <translation>面单模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="48"/>
        <source>Service types</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="49"/>
        <source>Waybill numbers from</source>
        <translation>单号来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="50"/>
        <source>Warn below (numbers)</source>
        <translation>低于多少单号时提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="53"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CourierRulesTab</name>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="111"/>
        <source>Each order&apos;s courier: first what its notes ask for (请发顺丰, 不要发圆通), then the first rule below that matches, then the shop&apos;s default courier, then the warehouse&apos;s. A courier that does not deliver to the address, is retired or that a note refuses is passed over.</source>
        <translation>每个订单的快递：先看备注的要求（请发顺丰、不要发圆通），再看下面第一条符合的规则，然后是店铺的默认快递，最后是仓库的默认快递。不送达该地址、已停用或备注不要的快递会被跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="116"/>
        <source>Order tried</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="116"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="116"/>
        <source>Goes with</source>
        <translation>走</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="116"/>
        <source>For</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="117"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="117"/>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="130"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="120"/>
        <source>Add a rule by place…</source>
        <translation>按地区添加规则…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="121"/>
        <source>Add a rule by weight…</source>
        <translation>按重量添加规则…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="122"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="122"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="123"/>
        <source>Earlier</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="123"/>
        <source>Later</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="129"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="129"/>
        <source>Does not deliver to</source>
        <translation>不送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="129"/>
        <source>Notes name it as</source>
        <translation>备注中的叫法</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="135"/>
        <source>Places and note words…</source>
        <translation>不送达地区和备注叫法…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="141"/>
        <source>Try an order</source>
        <translation>试一个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="144"/>
        <source>province, e.g. 西藏自治区</source>
        <translation>省份，例如 西藏自治区</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="145"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="151"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="155"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="156"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="157"/>
        <source>Shop&apos;s note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="158"/>
        <source>Buyer&apos;s note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="159"/>
        <source>Expected weight</source>
        <translation>预计重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="160"/>
        <source>Try</source>
        <translation>试算</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="176"/>
        <source>every shop</source>
        <translation>所有店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="178"/>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="180"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="178"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="179"/>
        <source>delivers everywhere</source>
        <translation>全国送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="180"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="183"/>
        <source>the default shop</source>
        <translation>默认店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="190"/>
        <source>orders to {places}</source>
        <translation>发往 {places}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="191"/>
        <source>expected weight {band}</source>
        <translation>预计重量 {band}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="203"/>
        <source>Choose a rule in the list first</source>
        <translation>请先在列表中选择一条规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="209"/>
        <source>{n} waiting orders now go with another courier.</source>
        <translation>{n} 个待发订单改走其他快递。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="210"/>
        <source>No waiting order changes courier.</source>
        <translation>没有待发订单改变快递。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="226"/>
        <source>Rule added.</source>
        <translation>规则已添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="236"/>
        <source>Rule saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="242"/>
        <source>Remove the rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="242"/>
        <source>Remove “{when}”? Why:</source>
        <translation>删除“{when}”？原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="245"/>
        <source>Rule removed.</source>
        <translation>规则已删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="252"/>
        <source>Rule moved.</source>
        <translation>规则已移动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="258"/>
        <source>Choose a courier in the list first</source>
        <translation>请先在列表中选择一个快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="265"/>
        <source>{courier} saved.</source>
        <translation>{courier} 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="274"/>
        <source>Goes with {courier}: {why}</source>
        <translation>走{courier}：{why}</translation>
    </message>
</context>
<context>
    <name>CourierWhy</name>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="13"/>
        <source>{min} to under {max}</source>
        <translation>{min} 至不足 {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="15"/>
        <source>{min} or more</source>
        <translation>{min} 及以上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="16"/>
        <source>under {max}</source>
        <translation>不足 {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="20"/>
        <source>the buyer&apos;s note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="20"/>
        <source>the shop&apos;s note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="32"/>
        <source>{courier} passed over: retired</source>
        <translation>未选{courier}：已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="34"/>
        <source>{courier} passed over: {who} refuses it (“{words}”)</source>
        <translation>未选{courier}：{who}不要（“{words}”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="37"/>
        <source>{courier} passed over: does not deliver to {place}</source>
        <translation>未选{courier}：不送达{place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="45"/>
        <source>{who} asks for it (“{words}”)</source>
        <translation>{who}指定（“{words}”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="48"/>
        <source>rule: orders to {place} go with it</source>
        <translation>规则：发往{place}的订单走此快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="50"/>
        <source>rule: the expected weight {weight} is {band}</source>
        <translation>规则：预计重量 {weight}，在 {band} 区间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="53"/>
        <source>the default courier of the shop {shop}</source>
        <translation>店铺 {shop} 的默认快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="55"/>
        <source>the warehouse&apos;s default courier</source>
        <translation>仓库默认快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="57"/>
        <source>chosen by a supervisor</source>
        <translation>主管指定</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="59"/>
        <source>no courier can take it</source>
        <translation>没有快递可以承运</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="61"/>
        <source>not chosen yet (chosen when it is packed)</source>
        <translation>尚未选定（打包时选定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="64"/>
        <source>the buyer asked for {couriers}; the shop&apos;s note decides</source>
        <translation>买家要求{couriers}，以卖家备注为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="67"/>
        <source>waiting for a supervisor&apos;s decision</source>
        <translation>等待主管决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="68"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="75"/>
        <source>No courier can take this order: choose one.</source>
        <translation>没有快递可以承运此订单：请选择一个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="77"/>
        <source>{who} names {couriers}: choose one.</source>
        <translation>{who}提到{couriers}：请选择一个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_words.py" line="80"/>
        <source>{who} asks for {wanted} (“{words}”), the rules chose {picked} — {why}. Keep it or send it as asked.</source>
        <translation>{who}要求{wanted}（“{words}”），规则选了{picked}——{why}。保留规则的选择，或按要求发货。</translation>
    </message>
</context>
<context>
    <name>CouriersTab</name>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="149"/>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="149"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="149"/>
        <source>Numbers from</source>
        <translation>单号来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="149"/>
        <source>Ready</source>
        <translation>可用单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="150"/>
        <source>Orders waiting</source>
        <translation>待取号订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="150"/>
        <source>Warn below</source>
        <translation>提醒阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="150"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="150"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="155"/>
        <source>Add courier…</source>
        <translation>添加快递公司…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="156"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="157"/>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="158"/>
        <source>Reactivate…</source>
        <translation>重新启用…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="159"/>
        <source>E-waybill account…</source>
        <translation>电子面单账号…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="160"/>
        <source>Load numbers…</source>
        <translation>导入号段…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="182"/>
        <source>number range</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="182"/>
        <source>e-waybill (快递100)</source>
        <translation>电子面单（快递100）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="187"/>
        <source>no numbers left</source>
        <translation>没有单号了</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="187"/>
        <source>running low</source>
        <translation>单号即将用完</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="192"/>
        <source>active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="192"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="194"/>
        <source>Running low: {names}</source>
        <translation>单号即将用完：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="195"/>
        <source>Every courier has numbers enough</source>
        <translation>各快递公司单号充足</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="201"/>
        <source>Choose a courier in the list first</source>
        <translation>请先在列表中选择快递公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="212"/>
        <source>Courier {code} added</source>
        <translation>已添加快递公司 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="223"/>
        <source>Courier {code} saved</source>
        <translation>快递公司 {code} 已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="230"/>
        <source>Reactivate {code}</source>
        <translation>重新启用 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="230"/>
        <source>Retire {code}</source>
        <translation>停用 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="231"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="235"/>
        <source>Courier {code} is active again</source>
        <translation>快递公司 {code} 已重新启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="235"/>
        <source>Courier {code} retired</source>
        <translation>快递公司 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="248"/>
        <source>E-waybill account of {code} saved</source>
        <translation>{code} 的电子面单账号已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="261"/>
        <source>{code}: {added} numbers added, {duplicates} already known</source>
        <translation>{code}：新增 {added} 个单号，{duplicates} 个已存在</translation>
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
        <location filename="../../app/ui/desk/kit.py" line="141"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk/window.py" line="22"/>
        <source>Supervisor desk — {name}</source>
        <translation>主管工作台 — {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="33"/>
        <source>Command card (PDF)</source>
        <translation>指令条码卡 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="63"/>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="64"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="65"/>
        <source>Waybills</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="66"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="67"/>
        <source>Returns</source>
        <translation>退换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="68"/>
        <source>Pickups</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="69"/>
        <source>Stubs</source>
        <translation>底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="70"/>
        <source>Claims</source>
        <translation>索赔</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="71"/>
        <source>Supplies</source>
        <translation>耗材</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="72"/>
        <source>Couriers</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="73"/>
        <source>Courier rules</source>
        <translation>快递规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="74"/>
        <source>Courier bill</source>
        <translation>快递对账</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="75"/>
        <source>Figures</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="76"/>
        <source>Stations</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="77"/>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/kit.py" line="52"/>
        <source>The server does not answer: nothing was changed. Try again in a moment.</source>
        <translation>服务器无响应：没有做任何更改，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="179"/>
        <source>Saved {path}: print it at 100 % and pin it at the station</source>
        <translation>已保存 {path}：按 100% 比例打印，贴在工位上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="36"/>
        <source>Check the audit log</source>
        <translation>检查审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="78"/>
        <source>Shops</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="79"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="164"/>
        <source>Audit log intact: {rows} entries, none changed</source>
        <translation>审计日志完好：共 {rows} 条，没有被改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="166"/>
        <source>Audit log NOT protected: its write protection was removed. Tell IT at once.</source>
        <translation>审计日志没有保护：写保护被移除了。请立即通知网管。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="169"/>
        <source>Audit log ALTERED at entry {id}: tell IT at once.</source>
        <translation>审计日志在第 {id} 条被改动：请立即通知网管。</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../app/ui/messages.py" line="364"/>
        <source>the printer is offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="365"/>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="366"/>
        <source>paper running low</source>
        <translation>纸快用完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="367"/>
        <source>the cover is open</source>
        <translation>打印机盖没关好</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="368"/>
        <source>paper jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="369"/>
        <source>the ribbon is used up</source>
        <translation>碳带用完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="370"/>
        <source>the cutter is stuck</source>
        <translation>切刀卡住了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="371"/>
        <source>a mechanical fault in the printer</source>
        <translation>打印机机械故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="372"/>
        <source>the printer reports a fault</source>
        <translation>打印机报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="373"/>
        <source>the printer is paused</source>
        <translation>打印机已暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="374"/>
        <source>the label is wider than the printer&apos;s head (choose a narrower label size)</source>
        <translation>面单比打印头宽（请选更窄的面单尺寸）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="375"/>
        <source>the printer refused the connection</source>
        <translation>打印机拒绝连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="376"/>
        <source>the device does not answer</source>
        <translation>设备没有响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="377"/>
        <source>the device cannot be reached on the network</source>
        <translation>网络上连不到设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="378"/>
        <source>the connection was lost</source>
        <translation>连接断了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="379"/>
        <source>no permission to open the device (ask IT)</source>
        <translation>没有打开设备的权限（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="380"/>
        <source>the device is not plugged in</source>
        <translation>设备没有接上</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="381"/>
        <source>the device is busy</source>
        <translation>设备正忙</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="382"/>
        <source>wrong device settings (ask IT)</source>
        <translation>设备设置不对（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="383"/>
        <source>the printer does not report its status</source>
        <translation>打印机不报告状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="384"/>
        <source>the print queue is stopped</source>
        <translation>打印队列已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="385"/>
        <source>the print spooler refused the job</source>
        <translation>打印服务拒绝了任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="386"/>
        <source>the device address is wrong (ask IT)</source>
        <translation>设备地址不对（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="387"/>
        <source>the printer speaks another language than the labels (ask IT)</source>
        <translation>打印机的指令语言和面单不一致（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="388"/>
        <source>device error (details in the log)</source>
        <translation>设备故障（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="390"/>
        <source>beyond the scale&apos;s capacity</source>
        <translation>超过电子秤量程</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="391"/>
        <source>overloaded</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="392"/>
        <source>below zero: zero the scale</source>
        <translation>负数：请把电子秤归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="393"/>
        <source>below zero: empty the scale and zero it</source>
        <translation>负数：清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="394"/>
        <source>garbled data on the cable</source>
        <translation>线上数据出错</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="395"/>
        <location filename="../../app/ui/messages.py" line="396"/>
        <source>unreadable data from the scale</source>
        <translation>电子秤数据无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="397"/>
        <source>the scale sends no unit</source>
        <translation>电子秤没有发送单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="398"/>
        <source>the scale reports a fault</source>
        <translation>电子秤报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="399"/>
        <source>the scale does not understand the program (wrong protocol?)</source>
        <translation>电子秤不认识程序的指令（协议不对？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="400"/>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="401"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="402"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="403"/>
        <source>nothing comes from the device (cable? switched off?)</source>
        <translation>设备没有数据（线没接好？没开机？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="404"/>
        <source>the device sends data the program does not understand (ask IT)</source>
        <translation>设备发来的数据程序不认识（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="406"/>
        <source>the device is not plugged in (port not found)</source>
        <translation>设备没有接上（找不到端口）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="407"/>
        <source>the configured port is not a serial port (ask IT)</source>
        <translation>设置的端口不是串口（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="408"/>
        <source>no permission to open the port (ask IT)</source>
        <translation>没有打开端口的权限（请找网管）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="409"/>
        <source>another program is using the port</source>
        <translation>端口被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="410"/>
        <source>wrong line settings (baud, parity): ask IT</source>
        <translation>串口参数不对（波特率、校验）：请找网管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="411"/>
        <source>the cable was pulled</source>
        <translation>线被拔掉了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="412"/>
        <source>the port failed</source>
        <translation>端口故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="413"/>
        <source>the reader stopped and is starting again</source>
        <translation>读取中断，正在重新启动</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="414"/>
        <source>garbled data on the cable (check the line settings)</source>
        <translation>线上数据出错（请检查串口参数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="415"/>
        <source>the scanner is in keyboard mode: scan its USB HID-POS setup code</source>
        <translation>扫描枪是键盘模式：请扫它的 USB HID-POS 设置码</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="416"/>
        <source>this USB device is not a HID-POS scanner</source>
        <translation>这个 USB 设备不是 HID-POS 扫描枪</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="417"/>
        <source>a code too long to be a barcode was thrown away</source>
        <translation>收到过长的数据，不是条码，已丢弃</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="418"/>
        <source>a scanned code was lost: scan it again</source>
        <translation>一个扫码丢失了：请再扫一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="434"/>
        <source>OK: {weight} {unit}, {state}</source>
        <translation>正常：{weight} {unit}，{state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="436"/>
        <source>moving</source>
        <translation>读数跳动</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="437"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="438"/>
        <source>OK: the device answers (details in the tooltip)</source>
        <translation>正常：设备有响应（详情见提示）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="440"/>
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
        <location filename="../../app/ui/desk/exceptions_tab.py" line="25"/>
        <source>unknown SKU</source>
        <translation>未知商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="25"/>
        <source>oversold</source>
        <translation>超卖</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="26"/>
        <source>courier to decide</source>
        <translation>待定快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="29"/>
        <source>any flag</source>
        <translation>任意旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="30"/>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="30"/>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="31"/>
        <source>blue</source>
        <translation>蓝旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="31"/>
        <source>purple</source>
        <translation>紫旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="35"/>
        <source>courier code</source>
        <translation>快递代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="38"/>
        <source> h or older</source>
        <translation> 小时以上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="39"/>
        <source>show resolved</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="42"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="46"/>
        <source>Case</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="46"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="46"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="46"/>
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="47"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="47"/>
        <source>Age (h)</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="47"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="47"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="50"/>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="51"/>
        <source>Release hold…</source>
        <translation>解除暂停…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="52"/>
        <source>Clear intercept…</source>
        <translation>取消拦截…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="53"/>
        <source>Waiting lines…</source>
        <translation>待处理明细…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="54"/>
        <source>Decide courier…</source>
        <translation>决定快递…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="75"/>
        <source>Select a case first</source>
        <translation>请先选择一条异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="81"/>
        <source>Resolve case</source>
        <translation>处理异常</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="81"/>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="82"/>
        <source>Case resolved</source>
        <translation>异常已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="86"/>
        <source>Release hold</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="86"/>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="117"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="88"/>
        <source>Hold released</source>
        <translation>已解除暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="96"/>
        <source>Only an unknown-SKU case has waiting lines</source>
        <translation>只有“未知商品”事件才有待处理明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="109"/>
        <source>Only a courier case asks for a courier</source>
        <translation>只有待定快递的事件需要选择快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="117"/>
        <source>Clear intercept</source>
        <translation>取消拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/exceptions_tab.py" line="119"/>
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
        <location filename="../../app/ui/desk/figures_tab.py" line="28"/>
        <source>cost of errors (reships)</source>
        <translation>差错成本（补发）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="30"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="40"/>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="40"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="40"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="66"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="66"/>
        <source>Key</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="67"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="67"/>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="67"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="68"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="68"/>
        <source>Weight (g)</source>
        <translation>重量(g)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="69"/>
        <source>Average weight (g)</source>
        <translation>平均重量(g)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="69"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="70"/>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="70"/>
        <source>Reships</source>
        <translation>补发单数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="70"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="71"/>
        <source>packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="71"/>
        <source>courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="71"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="72"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/figures_tab.py" line="118"/>
        <source>Figures</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="239"/>
        <source>Set the flag</source>
        <translation>设置旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="241"/>
        <source>no flag</source>
        <translation>无旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="241"/>
        <source>bank transfer received</source>
        <translation>银行汇款已到账</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="242"/>
        <source>hold: do not ship yet</source>
        <translation>暂不发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="242"/>
        <source>exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="243"/>
        <source>return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="247"/>
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/desk/setup_forms.py" line="43"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="155"/>
        <source>Add a gift or insert</source>
        <translation>添加赠品或宣传单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="165"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="166"/>
        <source>Quantity (no charge)</source>
        <translation>数量（不收费）</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="39"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="42"/>
        <source>Shop of orders that name none:</source>
        <translation>未写店铺的订单归属：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="49"/>
        <source>Drop an order or products file here (CSV or XLSX), or Taobao&apos;s two files together (订单报表 + 宝贝报表). The exports of Taobao, Pinduoduo, Douyin and JD are recognised by their columns. A preview shows what will change; nothing is written until you press Import.</source>
        <translation>把订单或商品文件（CSV 或 XLSX）拖到这里，或把淘宝的两个文件（订单报表 + 宝贝报表）一起拖进来。淘宝、拼多多、抖店、京东导出的文件按列名自动识别。先预览会改变什么；按“导入”之前什么都不写入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="61"/>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="61"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="61"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="64"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="79"/>
        <source>as the file says</source>
        <translation>按文件所写</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="86"/>
        <source>Import orders or products</source>
        <translation>导入订单或商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="87"/>
        <source>Order or products file (*.csv *.xlsx)</source>
        <translation>订单或商品文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="112"/>
        <source>Drop one file, or Taobao&apos;s two files together — not {n}</source>
        <translation>请拖入一个文件，或淘宝的两个文件一起——不是 {n} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="117"/>
        <source>Files: {names}</source>
        <translation>文件：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="130"/>
        <source>Cancelled: nothing was written</source>
        <translation>已取消：什么都没有写入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="167"/>
        <source>Not imported, nothing was changed: the first {n} problems are shown, there are more</source>
        <translation>未导入，什么都没有改变：显示前 {n} 个问题，还有更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="168"/>
        <source>Not imported, nothing was changed: {n} problems</source>
        <translation>未导入，什么都没有改变：{n} 个问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="171"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="177"/>
        <source>{file} was already imported (the same file): nothing would change</source>
        <translation>{file} 已经导入过（同一文件）：不会有任何改变</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="182"/>
        <source>{file}: {added} new products, {updated} changed, {released} orders released</source>
        <translation>{file}：新商品 {added} 个，修改 {updated} 个，放行订单 {released} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="185"/>
        <source>{file}: {rows} rows — {added} new orders, {updated} changed, {skipped} unchanged, {held} held, {queued} queued for the supervisor, {ignored} not paid yet (ignored)</source>
        <translation>{file}：{rows} 行——新订单 {added} 个，修改 {updated} 个，未变 {skipped} 个，暂扣 {held} 个，转主管处理 {queued} 个，未付款（忽略）{ignored} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="190"/>
        <source>Preview, nothing written yet: Import writes it, Cancel writes nothing.</source>
        <translation>预览，尚未写入：按“导入”写入，按“取消”什么都不写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="193"/>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="194"/>
        <source>Imported {file}</source>
        <translation>已导入 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="200"/>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="200"/>
        <source>Held: a person decides</source>
        <translation>暂扣：需人工决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="201"/>
        <source>Queued for the supervisor (not changed)</source>
        <translation>转主管处理（未修改）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="202"/>
        <source>Intercepted: refund or closed</source>
        <translation>已拦截：退款或已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="206"/>
        <location filename="../../app/ui/desk/import_tab.py" line="208"/>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="208"/>
        <source>and {n} more</source>
        <translation>另有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="211"/>
        <source>Waits for a product</source>
        <translation>等待商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="212"/>
        <source>SKU {sku} is not in the product list: held until it is added</source>
        <translation>商家编码 {sku} 不在商品表中：暂扣，直到添加该商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="214"/>
        <source>Waits for a SKU</source>
        <translation>等待商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="214"/>
        <source>a line has no SKU (商家编码)</source>
        <translation>有一行没有商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="216"/>
        <source>shop {shop} is not set up (or retired): stopped at the scan until it is added</source>
        <translation>店铺 {shop} 未设置（或已停用）：扫描时拦下，直到添加该店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="218"/>
        <source>no shop named and no default shop: stopped at the scan</source>
        <translation>未写店铺且没有默认店铺：扫描时拦下</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="219"/>
        <source>Shop not set up</source>
        <translation>店铺未设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="221"/>
        <source>Oversold</source>
        <translation>超卖</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="221"/>
        <source>the stock does not cover it: held</source>
        <translation>库存不足：暂扣</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="225"/>
        <source>Goes with</source>
        <translation>走快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="225"/>
        <source>no courier yet</source>
        <translation>尚无快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="226"/>
        <source>{n} new orders</source>
        <translation>{n} 个新订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="228"/>
        <source>Courier to decide</source>
        <translation>快递待定</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="229"/>
        <source>the note asks for a courier the rules did not pick: a supervisor decides</source>
        <translation>备注要求的快递与规则选择不同：由主管决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="231"/>
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="231"/>
        <source>its products arrived</source>
        <translation>商品已到</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="238"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="238"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="238"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="242"/>
        <source>line {line} {sku}: {changes}</source>
        <translation>第 {line} 行 {sku}：{changes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="246"/>
        <source>line {line}: {old} → {new} × {qty}</source>
        <translation>第 {line} 行：{old} → {new} × {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="249"/>
        <source>new line {line}: {sku} × {qty}</source>
        <translation>新增第 {line} 行：{sku} × {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="251"/>
        <source>waits for products: {skus}</source>
        <translation>等待商品：{skus}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="252"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="256"/>
        <source>recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="256"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="257"/>
        <source>street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="257"/>
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="257"/>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="258"/>
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="258"/>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="258"/>
        <source>buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="259"/>
        <source>shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="259"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="259"/>
        <source>buyer&apos;s note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="260"/>
        <source>seller&apos;s note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="260"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="260"/>
        <source>paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="261"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="261"/>
        <source>refund requested</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="265"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="267"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="279"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="281"/>
        <source>column {column}</source>
        <translation>列 {column}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="282"/>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="288"/>
        <source>the quantity “{v}” is not a whole number from 1 to {max}</source>
        <translation>数量“{v}”不是 1 到 {max} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="289"/>
        <source>the quantity is empty</source>
        <translation>数量为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="290"/>
        <source>the order number is empty</source>
        <translation>订单编号为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="291"/>
        <source>the column {v} is missing</source>
        <translation>缺少列 {v}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="293"/>
        <source>order {v} is not in the 订单报表 {f}: export the two files together, for the same orders</source>
        <translation>订单 {v} 不在订单报表 {f} 中：请同时导出两个文件，订单要一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="296"/>
        <source>order {v} has no line in the 宝贝报表 {f}: export the two files together, for the same orders</source>
        <translation>订单 {v} 在宝贝报表 {f} 中没有宝贝：请同时导出两个文件，订单要一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="298"/>
        <source>order {v} appears twice in the 订单报表 (first at row {f}): one row per order</source>
        <translation>订单 {v} 在订单报表中出现两次（第一次在第 {f} 行）：每个订单只能一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="300"/>
        <source>this is one of Taobao&apos;s two order files: drop it together with the other one</source>
        <translation>这是淘宝两个订单文件之一：请和另一个一起拖入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="301"/>
        <source>both files are the same kind: drop a 订单报表 with its 宝贝报表</source>
        <translation>两个文件是同一种：请拖入订单报表和它的宝贝报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="302"/>
        <source>this is not an order or products file we know</source>
        <translation>无法识别的文件：不是已知的订单或商品文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/import_tab.py" line="303"/>
        <source>there is no shop {v}</source>
        <translation>没有店铺 {v}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>PackStation — {station}</source>
        <translation>打包工作站 — {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>Simulated scanner (type a code, Enter) · F1 demo barcodes · F5/F6/F7 parcel on/too heavy/off the scale:</source>
        <translation>模拟扫描枪（输入条码后按回车）· F1 演示条码 · F5/F6/F7 包裹放上秤/超重/拿下：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Not counted: no connection to the server ({code})</source>
        <translation>没有计数：连不上服务器（{code}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <location filename="../../app/ui/main_window.py" line="373"/>
        <source>No connection to the server: try again in a moment</source>
        <translation>连不上服务器：请稍后再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>Put order {no} back?</source>
        <translation>放回订单 {no}？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252"/>
        <source>The {n} scanned item(s) go back to the shelf and the counts are cleared.</source>
        <translation>已扫的 {n} 件商品放回货架，已扫数量清零。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>Put back</source>
        <translation>放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>Scanner connected</source>
        <translation>扫描枪已连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Scanner: {why}</source>
        <translation>扫描枪：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>Scanner not connected: {why}</source>
        <translation>扫描枪未连接：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>The {size} label is wider than the printer&apos;s head ({label} &gt; {head} dots): nothing will print. Ask IT to choose a label that fits: {fitting}</source>
        <translation>{size} 面单比打印头宽（{label} &gt; {head} 点）：打不出来。请网管改用合适的面单尺寸：{fitting}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Accept {w:.3f} kg for order {no} (expected {e:.3f} kg)</source>
        <translation>接受订单 {no} 的重量 {w:.3f} kg（应为 {e:.3f} kg）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>Shelf empty</source>
        <translation>货架缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>Item damaged</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>Wrong item on the shelf</source>
        <translation>货架上商品不对</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401"/>
        <source>Line short</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="401"/>
        <source>{sku} {name}: why is it short?</source>
        <translation>{sku} {name}：缺货原因？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="413"/>
        <source>Count {sku} ×{n} without scanning</source>
        <translation>不扫描直接计数 {sku} ×{n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="415"/>
        <source>Barcode unreadable</source>
        <translation>条码无法识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="415"/>
        <source>Barcode missing</source>
        <translation>没有条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="430"/>
        <source>Open the supervisor desk</source>
        <translation>打开主管工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="444"/>
        <source>Devices (admin)</source>
        <translation>设备设置（管理员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Sound on</source>
        <translation>声音已打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Sound off</source>
        <translation>声音已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="532"/>
        <source>Station {station} · signed out</source>
        <translation>工位 {station} · 未登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="533"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="542"/>
        <source>Printed on the BACKUP printer {url}: check the main printer</source>
        <translation>已在备用打印机 {url} 上打印：请检查主打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>Label paper running low: have a new roll ready</source>
        <translation>面单纸快用完了：请准备好新的一卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="547"/>
        <source>Station {station} · packer {name}</source>
        <translation>工位 {station} · 打包员 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="568"/>
        <source>Too many wrong tries: wait {seconds} s and try again</source>
        <translation>错误次数太多：请等 {seconds} 秒再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="570"/>
        <source>Unknown badge or operator code</source>
        <translation>工牌或工号不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="571"/>
        <source>Wrong operator code or PIN</source>
        <translation>工号或密码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Sign-on refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572"/>
        <source>This operator is disabled</source>
        <translation>该操作员已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="573"/>
        <source>Supervisors and admins sign on with badge or code and PIN: enter your PIN</source>
        <translation>主管和管理员登录需要工牌或工号加密码：请输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="574"/>
        <source>Your PIN is too short for your role: choose a new one</source>
        <translation>您的密码对您的角色来说太短：请设置新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="575"/>
        <source>Only a supervisor can do this</source>
        <translation>只有主管可以执行此操作</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="177"/>
        <source>Merge into one parcel</source>
        <translation>合并成一个包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="179"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="179"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="179"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="179"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="180"/>
        <source>{buyer} (another buyer)</source>
        <translation>{buyer}（其他买家）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="190"/>
        <source>Orders to the same address</source>
        <translation>同一地址的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="191"/>
        <source>Other buyers too (promotion items)</source>
        <translation>也合并其他买家的订单（促销商品）</translation>
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
        <source>Items not in the product list — do not pack</source>
        <translation>商品不在商品资料中 — 不要打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>OVERSOLD — not enough stock, do not pack</source>
        <translation>超卖 — 库存不足，不要打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>COURIER TO DECIDE — do not pack</source>
        <translation>快递待定——请勿打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>Already shipped</source>
        <translation>该订单已发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>Order cancelled — do not ship</source>
        <translation>订单已关闭 — 不要发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56"/>
        <source>Being packed at another station</source>
        <translation>该订单正在其他工位打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>NOT PAID YET — do not ship</source>
        <translation>未付款 — 不要发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>Merged into order {into}</source>
        <translation>已合并到订单 {into}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64"/>
        <source>The order names no shop — no label</source>
        <translation>订单没有所属店铺 — 不能打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>Shop {shop} is not set up — no label</source>
        <translation>店铺 {shop} 尚未设置 — 不能打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68"/>
        <source>Shop {shop} is retired — no label</source>
        <translation>店铺 {shop} 已停用 — 不能打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>Shop {shop} has no sender — no label</source>
        <translation>店铺 {shop} 没有发件人 — 不能打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71"/>
        <source>{scanned} already counted: a total must be more</source>
        <translation>已扫 {scanned} 件：总数必须更多</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <source>Order {open} is still open</source>
        <translation>订单 {open} 还没打完</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76"/>
        <source>Unknown command barcode</source>
        <translation>不认识的指令条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78"/>
        <source>That command does nothing now</source>
        <translation>现在不能用这个指令</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>Scan the label&apos;s waybill barcode, not an item</source>
        <translation>请扫面单上的运单号条码，不是商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82"/>
        <source>Scale not connected</source>
        <translation>电子秤未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85"/>
        <source>The scale is overloaded: no weight</source>
        <translation>电子秤超载：没有重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>The scale shows below zero: no weight</source>
        <translation>电子秤显示负数：没有重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>The scale is still moving</source>
        <translation>电子秤读数还在跳动</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>Label not printed</source>
        <translation>面单没有打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92"/>
        <source>No waybill numbers left</source>
        <translation>运单号已用完</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>{name} {variant} ({sku}) — put it back</source>
        <translation>{name} {variant}（{sku}）— 请放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>{code} is no product we know</source>
        <translation>{code} 不是已登记的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>Style {style}: take the item out and pick {wanted}</source>
        <translation>款号 {style}：取出该商品，改拿 {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>{sku}: take one out</source>
        <translation>{sku}：请取出一件</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110"/>
        <source>Scan barcodes, type only quantities</source>
        <translation>条码请扫描，数量框只输入数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="112"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="114"/>
        <source>Waiting for {skus}: put the order aside for the supervisor</source>
        <translation>等待商品 {skus}：把订单放一边交给主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117"/>
        <source>The stock of {skus} goes to orders paid earlier: put the order aside for the supervisor</source>
        <translation>{skus} 的库存先给更早付款的订单：把订单放一边交给主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121"/>
        <source>The note asks for {wanted}: put the order aside, the supervisor decides the courier</source>
        <translation>备注要求{wanted}：请把订单放一边，由主管决定快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123"/>
        <source>No courier can take this order: put it aside for the supervisor</source>
        <translation>没有快递可以承运此订单：请放一边交给主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125"/>
        <source>The buyer asked for a refund: put the order aside for the supervisor</source>
        <translation>买家已申请退款：把订单放一边，交给主管处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="127"/>
        <source>Waiting for the bank transfer: it ships when the supervisor flags it green</source>
        <translation>等待银行汇款：主管插绿旗后才发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129"/>
        <source>Its items ship in order {into}: scan that order&apos;s slip</source>
        <translation>商品随订单 {into} 发出：请扫该订单的拣货单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131"/>
        <source>Waybill {waybill} at {when}</source>
        <translation>运单号 {waybill}，发货时间 {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135"/>
        <source>Station {station}, {operator}, since {since}</source>
        <translation>工位 {station}，{operator}，自 {since} 起</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137"/>
        <source>Station {station}</source>
        <translation>工位 {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139"/>
        <source>A label needs the shop&apos;s sender name, phone and return address: put the order aside and ask the supervisor to set the shop up (desk, Shops)</source>
        <translation>面单需要店铺的发件人姓名、电话和退货地址：请把订单放到一边，请主管在工作台的“店铺”里设置好店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143"/>
        <source>{message} — fix the printer, then sign off again</source>
        <translation>{message} — 请检查打印机后重新签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>{sku}: the order has {qty}</source>
        <translation>{sku}：订单只有 {qty} 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149"/>
        <source>You scanned order {other}: finish order {open} or put it back (Esc) first</source>
        <translation>扫到了订单 {other}：请先打完订单 {open}，或先放回（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153"/>
        <source>{code} is on no command card: use a card printed here</source>
        <translation>{code} 不是本程序的指令条码：请用本程序打印的指令卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157"/>
        <source>Put the order back (Esc) before signing out</source>
        <translation>签退前请先放回订单（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="158"/>
        <source>No label is in doubt: nothing to print again</source>
        <translation>没有待确认的面单：不需要重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="160"/>
        <source>Waybill {waybill}: scan the label if it came out, or NOT PRINTED</source>
        <translation>运单 {waybill}：面单出来了就扫它，没出来就扫“面单没有出来，重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>The weight must be on the scale at sign-off: plug the scale in</source>
        <translation>签收时包裹必须在秤上：请接好电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <source>Wait until the weight settles, then sign off again</source>
        <translation>等读数稳定后再签收</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167"/>
        <source>Courier {courier}: ask the supervisor to load numbers or check the e-waybill account</source>
        <translation>快递 {courier}：请主管导入运单号或检查电子面单账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177"/>
        <source>That key did nothing: acknowledge the error first</source>
        <translation>按键无效：请先确认错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="178"/>
        <source>{code} did not count: acknowledge the error first</source>
        <translation>{code} 没有计数：请先确认错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="185"/>
        <source>The supervisor changed this order: check the lines again</source>
        <translation>主管修改了这个订单：请重新核对商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="187"/>
        <source>The server is back: the counts are as it has them — go on</source>
        <translation>服务器已恢复：以服务器上的数量为准，请继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="189"/>
        <source>A supervisor counted a line without scanning</source>
        <translation>主管已免扫计数一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="191"/>
        <source>The weight changed from {before} to {now}: weighed again</source>
        <translation>重量从 {before} 变成 {now}：已重新称重</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="196"/>
        <source>Cannot sign off yet: {left} item(s) still to scan</source>
        <translation>还不能签收：还有 {left} 件没扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="199"/>
        <source>Cannot sign off yet: put the parcel on the scale</source>
        <translation>还不能签收：请把包裹放上电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="201"/>
        <source>Cannot sign off: the weight is out of tolerance</source>
        <translation>不能签收：重量超出误差</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202"/>
        <source>Nothing to sign off: scan an order</source>
        <translation>没有可签收的订单：请扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="204"/>
        <source>Put back? The {units} scanned item(s) go back to the shelf and the counts are cleared: scan PUT BACK again to confirm</source>
        <translation>放回订单？已扫的 {units} 件商品放回货架，已扫数量清零：再扫一次“放回订单”确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="208"/>
        <source>Order {order} put back: its counts are cleared</source>
        <translation>订单 {order} 已放回：已扫数量已清零</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>Taken over from station {station} (not seen for a while): its counts came with it</source>
        <translation>已从工位 {station} 接手（该台已有一段时间无响应）：那边的计数一并带过来了</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="216"/>
        <source>Order {order} was taken over and is now at station {station}: nothing more counts here</source>
        <translation>订单 {order} 已被接手，现在在工位 {station}：本工位不再计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219"/>
        <source>A supervisor took order {order} off this station: nothing more counts here</source>
        <translation>主管已把订单 {order} 从本工位撤下：本工位不再计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223"/>
        <source>Nothing to put back now</source>
        <translation>现在没有可放回的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="225"/>
        <source>Close a parcel only while scanning, with items in it</source>
        <translation>只有在扫描商品且箱里有商品时才能封箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="227"/>
        <source>A quantity counts only while scanning items</source>
        <translation>只有在扫描商品时才能输入数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>Your account is disabled</source>
        <translation>您的账号已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="248"/>
        <source>Your role may not do this</source>
        <translation>您的角色不能做这个操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="253"/>
        <source>That value is not valid: check what you typed</source>
        <translation>输入的值无效：请检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="254"/>
        <source>Refused: {detail}</source>
        <translation>被拒绝：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="260"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="262"/>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="264"/>
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
    <name>OperatorsTab</name>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="18"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="78"/>
        <source>Code</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="18"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="79"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="104"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="18"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="80"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="106"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="18"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="81"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="107"/>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="18"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="22"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="24"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="26"/>
        <source>Reset PIN…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="28"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="66"/>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="30"/>
        <source>Badge cards (PDF)</source>
        <translation>打印工牌（PDF）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="48"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="48"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="66"/>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="74"/>
        <source>Add an operator</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="75"/>
        <source>Packers sign on with the badge alone; supervisors and admins with badge and PIN. PIN: packers 4 to 12 digits, supervisors and admins 6 to 12.</source>
        <translation>打包员只扫工牌登录；主管和管理员用工牌加密码。密码：打包员 4 到 12 位数字，主管和管理员 6 到 12 位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="77"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="82"/>
        <source>scan the badge card</source>
        <translation>扫描工牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="83"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="83"/>
        <source>PIN again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="87"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="130"/>
        <source>The two PINs differ: type them again</source>
        <translation>两次输入的密码不一样：请重新输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="97"/>
        <source>Operator {code} added</source>
        <translation>已添加人员 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="103"/>
        <source>Change operator {code}</source>
        <translation>修改人员 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="103"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="108"/>
        <source>no badge</source>
        <translation>无工牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="117"/>
        <source>Operator {code} changed</source>
        <translation>已修改人员 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="123"/>
        <source>New PIN for {name} ({code})</source>
        <translation>给 {name}（{code}）设新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="124"/>
        <source>Give the operator the new PIN in person.</source>
        <translation>请当面把新密码告诉本人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="124"/>
        <source>Set PIN</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="125"/>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="125"/>
        <source>New PIN again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="126"/>
        <location filename="../../app/ui/desk/operators_tab.py" line="152"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="137"/>
        <source>{name} has a new PIN</source>
        <translation>{name} 的密码已重置</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="144"/>
        <source>Disable {name} ({code})?</source>
        <translation>停用 {name}（{code}）？</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="145"/>
        <source>{name} will no longer sign on at any station. The records stay.</source>
        <translation>{name} 将无法在任何工位登录。以往的记录保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="146"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="146"/>
        <source>{name} is disabled</source>
        <translation>已停用 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="148"/>
        <source>Enable {name} ({code})?</source>
        <translation>启用 {name}（{code}）？</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="149"/>
        <source>{name} may sign on again.</source>
        <translation>{name} 可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="150"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/operators_tab.py" line="150"/>
        <source>{name} may sign on again</source>
        <translation>{name} 已启用，可以重新登录</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="261"/>
        <location filename="../../app/ui/desk/order_actions.py" line="308"/>
        <source>No order chosen</source>
        <translation>未选订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="268"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="268"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="268"/>
        <source>Colour / size</source>
        <translation>颜色 / 尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="268"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="269"/>
        <source>Counted</source>
        <translation>已扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="269"/>
        <source>Packed</source>
        <translation>已装</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="269"/>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="274"/>
        <source>Courier…</source>
        <translation>快递…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="274"/>
        <source>Size / colour…</source>
        <translation>尺码 / 颜色…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="275"/>
        <source>Recipient / address…</source>
        <translation>收货人 / 地址…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="275"/>
        <source>Add gift…</source>
        <translation>加赠品…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="276"/>
        <source>Flag…</source>
        <translation>旗帜…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="276"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="277"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="277"/>
        <source>Unmerge…</source>
        <translation>取消合并…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="277"/>
        <source>Split…</source>
        <translation>拆单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="278"/>
        <source>Reship (补发)…</source>
        <translation>补发…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="278"/>
        <source>Close the reship…</source>
        <translation>关闭补发…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="291"/>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="291"/>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="291"/>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="292"/>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="292"/>
        <source>Yunda Express</source>
        <translation>韵达速递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="292"/>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="293"/>
        <source>China Post EMS</source>
        <translation>中国邮政 EMS</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="311"/>
        <source>no courier yet</source>
        <translation>未定快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="312"/>
        <source>no flag</source>
        <translation>无旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="312"/>
        <source>flag {flag}</source>
        <translation>{flag}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="313"/>
        <source>Order {order_no}: {status}, {flag}, {courier}</source>
        <translation>订单 {order_no}：{status}，{flag}，{courier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="316"/>
        <source>merged into {into}</source>
        <translation>已合并到 {into}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="319"/>
        <source>gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="324"/>
        <source>merged in: {order_no}</source>
        <translation>已并入：{order_no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="325"/>
        <source>the rest ships as {order_no}</source>
        <translation>其余以 {order_no} 发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="326"/>
        <source>the rest of {order_no}</source>
        <translation>{order_no} 的其余商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="327"/>
        <source>reshipped as {order_no}</source>
        <translation>已补发：{order_no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="328"/>
        <source>reship of {order_no}</source>
        <translation>{order_no} 的补发单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="332"/>
        <source>reship not shipped yet</source>
        <translation>补发单还没发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="332"/>
        <source>reship shipped: close it</source>
        <translation>补发单已发货：请关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="333"/>
        <source>reship closed</source>
        <translation>补发已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="377"/>
        <source>Undo the merge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="380"/>
        <source>Close the reship: the buyer has the items</source>
        <translation>关闭补发：买家已收到商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="402"/>
        <source>Courier changed</source>
        <translation>快递已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="406"/>
        <source>Pick a line and the size or colour it becomes</source>
        <translation>请选一行和要换成的尺码或颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="409"/>
        <source>Line {line} is now {sku}</source>
        <translation>第 {line} 行已换成 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="413"/>
        <source>Recipient changed</source>
        <translation>收货信息已更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="416"/>
        <source>Order {order_no} cancelled</source>
        <translation>订单 {order_no} 已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="420"/>
        <source>Gift added</source>
        <translation>赠品已添加</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="424"/>
        <source>Merged into {order_no}: {orders}</source>
        <translation>已合并到 {order_no}：{orders}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="427"/>
        <source>Merge undone</source>
        <translation>已取消合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="430"/>
        <source>Reship {order_no} closed</source>
        <translation>补发单 {order_no} 已关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="434"/>
        <source>Split: the rest ships later as {order_no}</source>
        <translation>已拆单：其余商品以 {order_no} 稍后发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="440"/>
        <source>The cost {cost} is not an amount of money</source>
        <translation>费用 {cost} 不是金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="443"/>
        <source>Reship {order_no} made: pack it like any order</source>
        <translation>补发单 {order_no} 已生成：像普通订单一样打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="447"/>
        <source>Flag set</source>
        <translation>旗帜已设置</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="125"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="216"/>
        <source>Flag</source>
        <translation>旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="125"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="201"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="125"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="125"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="201"/>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="125"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="126"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="146"/>
        <source>Order no., buyer ID, name, phone&apos;s last 4, waybill or SKU</source>
        <translation>订单号、买家账号、收件人、手机后四位、运单号或 SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="150"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="153"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="172"/>
        <source>notes or not</source>
        <translation>有无备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="173"/>
        <source>with a note</source>
        <translation>有备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="174"/>
        <source>without a note</source>
        <translation>无备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="175"/>
        <source>any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="175"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="294"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="176"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="294"/>
        <source>paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="176"/>
        <source>shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="195"/>
        <source>Open an order: double-click it, press Enter or scan its number</source>
        <translation>打开订单：双击、按 Enter 或扫描订单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="199"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="199"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="199"/>
        <source>Style</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="199"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="199"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="200"/>
        <source>Ordered</source>
        <translation>订购数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="200"/>
        <source>Packed</source>
        <translation>已装</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="201"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="202"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="202"/>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="202"/>
        <source>Voided</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="202"/>
        <source>Picked up</source>
        <translation>揽收时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="203"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="203"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="203"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="203"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="204"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="206"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="207"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="208"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="217"/>
        <source>Reason / note</source>
        <translation>原因 / 备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="221"/>
        <source>Set flag</source>
        <translation>设置旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="224"/>
        <source>Intercept (refund)</source>
        <translation>拦截（退款）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="226"/>
        <source>Re-pack</source>
        <translation>重新打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="228"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="229"/>
        <source>Packing slip (PDF)</source>
        <translation>发货单 (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="231"/>
        <source>Done: {what}</source>
        <translation>完成：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="243"/>
        <source>New quantity (0 removes)</source>
        <translation>新数量（0 为删除）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="249"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="536"/>
        <source>Order changed</source>
        <translation>订单已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="252"/>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="247"/>
        <source>Change address</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="124"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="124"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="124"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="124"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="124"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="201"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="239"/>
        <source>Change quantity of the selected line</source>
        <translation>修改所选行的数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="265"/>
        <source>Change the order</source>
        <translation>改单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="276"/>
        <source>Order {order}: receive the exchange here</source>
        <translation>订单 {order}：在这里收换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="277"/>
        <source>Order {order}: receive the return here</source>
        <translation>订单 {order}：在这里收退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="289"/>
        <source>order scanned</source>
        <translation>扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="289"/>
        <source>item scanned</source>
        <translation>扫描商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="290"/>
        <source>weight read</source>
        <translation>读取重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="290"/>
        <source>label checked</source>
        <translation>核对面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="291"/>
        <source>command scanned</source>
        <translation>扫描指令</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="291"/>
        <source>items put back</source>
        <translation>商品放回</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="292"/>
        <source>order taken at a station</source>
        <translation>工位领取订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="294"/>
        <source>weighed</source>
        <translation>称重</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="295"/>
        <source>weight accepted by a supervisor</source>
        <translation>主管接受重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="295"/>
        <source>waybill allotted</source>
        <translation>分配运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="296"/>
        <source>label printed</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="296"/>
        <source>label sent to the printer</source>
        <translation>面单发送到打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="297"/>
        <source>waybill voided</source>
        <translation>运单作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="297"/>
        <source>scanned at the dock</source>
        <translation>交接扫描</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="298"/>
        <source>handed to the courier</source>
        <translation>已交快递揽收</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="298"/>
        <source>exception opened</source>
        <translation>异常登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="299"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="308"/>
        <source>exception resolved</source>
        <translation>异常处理完毕</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="299"/>
        <source>stock moved</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="300"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="306"/>
        <source>return received</source>
        <translation>收到退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="300"/>
        <source>flag set</source>
        <translation>设置旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="300"/>
        <source>note added</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="301"/>
        <source>intercepted (refund)</source>
        <translation>拦截（退款）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="301"/>
        <source>interception cleared</source>
        <translation>取消拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="302"/>
        <source>line reported short</source>
        <translation>报缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="302"/>
        <source>sent back to be packed again</source>
        <translation>退回重新打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="303"/>
        <source>order changed</source>
        <translation>订单已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="303"/>
        <source>label reprinted</source>
        <translation>补打面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="304"/>
        <source>waybill voided by a supervisor</source>
        <translation>主管作废运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="305"/>
        <source>weight out of tolerance accepted</source>
        <translation>接受超差重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="306"/>
        <source>line counted without scanning</source>
        <translation>免扫描计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="307"/>
        <source>taken off a station</source>
        <translation>从工位收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="307"/>
        <source>station gave the order up</source>
        <translation>工位释放订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="310"/>
        <source>courier changed</source>
        <translation>改快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="310"/>
        <source>size or colour swapped</source>
        <translation>换尺码或颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="311"/>
        <source>order cancelled</source>
        <translation>订单取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="311"/>
        <source>gift line added</source>
        <translation>加赠品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="312"/>
        <source>merged into another order</source>
        <translation>合并到另一订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="312"/>
        <source>orders merged into it</source>
        <translation>其他订单并入本单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="313"/>
        <source>taken out of a merge</source>
        <translation>从合并中拆出</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="313"/>
        <source>merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="314"/>
        <source>split: the rest ships later</source>
        <translation>拆单：其余稍后发</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="314"/>
        <source>split off an order</source>
        <translation>拆出的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="315"/>
        <source>reship created</source>
        <translation>已建补发单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="315"/>
        <source>reship (补发) of an order</source>
        <translation>订单的补发单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="316"/>
        <source>reship closed</source>
        <translation>补发完结</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="316"/>
        <source>waiting lines got their products</source>
        <translation>待处理明细已匹配商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="317"/>
        <source>a waiting line given its product</source>
        <translation>待处理明细已指定商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="318"/>
        <source>a waiting line dropped</source>
        <translation>已删除待处理明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="321"/>
        <source>scanned</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="322"/>
        <source>recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="328"/>
        <location filename="../../app/ui/desk/orders_tab.py" line="335"/>
        <source>{g} g</source>
        <translation>{g} 克</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="356"/>
        <source>out of tolerance</source>
        <translation>超出误差</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="357"/>
        <source>the order had changed: scanned again</source>
        <translation>订单已修改：需重新扫描</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="358"/>
        <source>taken by another station</source>
        <translation>被其他工位取走</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="358"/>
        <source>reported not printed</source>
        <translation>报告未打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="359"/>
        <source>wrong colour or size</source>
        <translation>颜色或尺码错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="359"/>
        <source>one too many</source>
        <translation>多了一件</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="360"/>
        <source>not a quantity</source>
        <translation>不是数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="360"/>
        <source>more than is left to scan</source>
        <translation>超过剩余待扫数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="361"/>
        <source>not more than already counted</source>
        <translation>不多于已计数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="362"/>
        <source>no such order</source>
        <translation>没有这个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="362"/>
        <source>another order was open</source>
        <translation>另一个订单未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="368"/>
        <source>refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="380"/>
        <source>any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="381"/>
        <source>any flag</source>
        <translation>全部旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="381"/>
        <source>no flag</source>
        <translation>无旗帜</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="383"/>
        <source>any shop</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="384"/>
        <source>any courier</source>
        <translation>全部快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="385"/>
        <source>any packer</source>
        <translation>全部打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="386"/>
        <source>any held reason</source>
        <translation>全部暂停原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="422"/>
        <source>{n}+ orders</source>
        <translation>{n}+ 个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="423"/>
        <source>{n} order(s)</source>
        <translation>{n} 个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="445"/>
        <source>refund asked</source>
        <translation>买家申请退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="449"/>
        <source>Why this courier: {why}</source>
        <translation>快递选择原因：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="452"/>
        <source>Buyer&apos;s note: {note}</source>
        <translation>买家留言：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="454"/>
        <source>Shop&apos;s note: {note}</source>
        <translation>卖家备注：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="456"/>
        <source>Order {no} · {status}</source>
        <translation>订单 {no} · {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="460"/>
        <source>Courier {code}</source>
        <translation>快递 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="461"/>
        <source>Packer {name}</source>
        <translation>打包员 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="462"/>
        <source>Imported {t}</source>
        <translation>导入 {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="463"/>
        <source>Shipped {t}</source>
        <translation>发货 {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="491"/>
        <source>{to_pack} to pack · {on_hold} on hold · {packed} packed · {picked_up} picked up</source>
        <translation>待打包 {to_pack} · 暂停 {on_hold} · 已打包 {packed} · 已揽收 {picked_up}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="494"/>
        <source>no courier yet</source>
        <translation>未定快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="494"/>
        <source>no shop</source>
        <translation>无店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="500"/>
        <source>Today: {counts}</source>
        <translation>今天：{counts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="501"/>
        <source>Per courier (to pack/on hold/packed/picked up): {list}</source>
        <translation>按快递（待打包/暂停/已打包/已揽收）：{list}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="502"/>
        <source>Per shop: {list}</source>
        <translation>按店铺：{list}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="519"/>
        <source>Open an order first</source>
        <translation>请先打开一个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="532"/>
        <source>Pick a line in the order&apos;s lines first</source>
        <translation>请先在订单明细中选一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="543"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/orders_tab.py" line="551"/>
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
        <location filename="../../app/ui/pack_page.py" line="230"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="230"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="230"/>
        <source>Style / colour / size</source>
        <translation>型号/颜色/尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="230"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="230"/>
        <source>Scanned</source>
        <translation>已扫</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="233"/>
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="234"/>
        <source>Expected</source>
        <translation>应重</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="235"/>
        <source>Last label</source>
        <translation>最近面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="231"/>
        <source>Line total (F2):</source>
        <translation>本行总数 (F2)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="232"/>
        <source>in all, Enter</source>
        <translation>总数，回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="260"/>
        <source>{courier}: {ready} waybill numbers left</source>
        <translation>{courier}：剩余 {ready} 个单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="262"/>
        <source>{courier}: {ready} e-waybill numbers ready</source>
        <translation>{courier}：已预取 {ready} 个电子面单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="267"/>
        <source>running low, tell the supervisor</source>
        <translation>单号即将用完，请告知主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="273"/>
        <source>NO CONNECTION TO THE SERVER — scans are not counted and nothing prints. What was counted before is kept. Retrying…</source>
        <translation>连不上服务器——现在扫描不计数，也不打印。之前已计数的都保留。正在重试…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="288"/>
        <source>Last order: {no}</source>
        <translation>上一单：{no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="289"/>
        <source>No order open</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="292"/>
        <source>Waybill {no}</source>
        <translation>运单号 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="294"/>
        <source>Order {no}</source>
        <translation>订单 {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="295"/>
        <source>GREEN: paid by transfer</source>
        <translation>绿旗：已汇款</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="295"/>
        <source>YELLOW: hold</source>
        <translation>黄旗：暂不发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="296"/>
        <source>BLUE: exchange</source>
        <translation>蓝旗：换货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="296"/>
        <source>PURPLE: return</source>
        <translation>紫旗：退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="339"/>
        <source>Buyer: {note}</source>
        <translation>买家留言：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="341"/>
        <source>Shop: {note}</source>
        <translation>卖家备注：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="351"/>
        <source>NO SCALE</source>
        <translation>秤未连接</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="355"/>
        <source>OVERLOAD</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="357"/>
        <source>beyond the scale&apos;s capacity</source>
        <translation>超过电子秤量程</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="359"/>
        <source>BELOW ZERO</source>
        <translation>负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="361"/>
        <source>empty the scale and zero it</source>
        <translation>清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="363"/>
        <source>SCALE ERROR</source>
        <translation>电子秤故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="365"/>
        <source>the scale reports an error</source>
        <translation>电子秤报告故障</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="373"/>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="373"/>
        <source>moving…</source>
        <translation>读数跳动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="378"/>
        <source>as {n} earlier parcels of these items weighed (±{sd} g); the SKU weights say {sku}</source>
        <translation>按之前 {n} 个同样商品的包裹（±{sd} 克）；按商品重量应为 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="382"/>
        <source>from the SKU weights and the carton</source>
        <translation>按商品重量加包装计算</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="386"/>
        <source>Carton: {name}</source>
        <translation>包装：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="391"/>
        <source>Acknowledge the error first: Space, or scan ACKNOWLEDGE</source>
        <translation>请先确认错误：按空格键，或扫“确认错误”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="393"/>
        <source>Scan an order</source>
        <translation>请扫描订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="395"/>
        <source>Parcel {n} printed ({waybill}) — scan the items of the next parcel</source>
        <translation>第 {n} 个包裹已打印（{waybill}）— 请扫描下一个包裹的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="398"/>
        <source>Scan the items</source>
        <translation>请扫描商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="400"/>
        <source>Check, then press Space or scan CHECK DONE</source>
        <translation>核对后按空格键，或扫“人工核对完成”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="415"/>
        <source>Weight {w} is {d:+d} g off — check for a missing or extra item; take it out or lift and re-weigh, or F9 supervisor</source>
        <translation>重量 {w}，差 {d:+d} 克——检查是否少放或多放；取出或拿起重称，或按 F9 找主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="419"/>
        <source>Weight accepted by the supervisor — F12 or scan your badge to sign off and print</source>
        <translation>主管已接受此重量——按 F12 或扫本人工牌签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="438"/>
        <source>Press Space or scan ACKNOWLEDGE</source>
        <translation>按空格键或扫“确认错误”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="442"/>
        <source>CHECK: {what}</source>
        <translation>核对：{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="444"/>
        <source>Then press Space or scan CHECK DONE</source>
        <translation>然后按空格键，或扫“人工核对完成”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="446"/>
        <source>A label may have come out</source>
        <translation>面单可能已经打出来了</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="447"/>
        <source>The printer failed while the label {waybill} was printing.</source>
        <translation>打印面单 {waybill} 时打印机出了故障。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="449"/>
        <source>If it came out, scan its waybill barcode. If not: Ctrl+P or scan NOT PRINTED.</source>
        <translation>出来了就扫面单上的运单号条码；没出来就按 Ctrl+P 或扫“面单没有出来，重打”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="476"/>
        <source>Space: acknowledge</source>
        <translation>空格：确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="478"/>
        <source>F2: line total</source>
        <translation>F2：本行总数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="478"/>
        <source>F4: close parcel (multi-parcel)</source>
        <translation>F4：封箱（子母件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="478"/>
        <source>F8: line short</source>
        <translation>F8：缺货</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="479"/>
        <source>F10: count without scan</source>
        <translation>F10：免扫计数</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="479"/>
        <location filename="../../app/ui/pack_page.py" line="481"/>
        <location filename="../../app/ui/pack_page.py" line="483"/>
        <location filename="../../app/ui/pack_page.py" line="485"/>
        <location filename="../../app/ui/pack_page.py" line="487"/>
        <source>Esc: put order back</source>
        <translation>Esc：放回订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="481"/>
        <source>Space: check done</source>
        <translation>空格：核对完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="485"/>
        <source>F9: supervisor accepts the weight</source>
        <translation>F9：主管接受重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="487"/>
        <source>F12 / own badge: sign off and print</source>
        <translation>F12 / 本人工牌：签收打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="489"/>
        <source>Ctrl+P: not printed, print again</source>
        <translation>Ctrl+P：没打出来，重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="490"/>
        <source>F11: supervisor desk</source>
        <translation>F11：主管工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="490"/>
        <source>Ctrl+M: sound</source>
        <translation>Ctrl+M：声音</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="490"/>
        <source>Ctrl+Q: sign out</source>
        <translation>Ctrl+Q：签退</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="403"/>
        <source>Scale not connected — check the cable</source>
        <translation>电子秤未连接 — 请检查连线</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="405"/>
        <source>The scale shows no usable weight — empty it and zero it</source>
        <translation>电子秤读数不可用——清空秤台后归零</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="407"/>
        <source>Clear the scale first (last parcel still on it?)</source>
        <translation>请先清空秤台（上一个包裹还在秤上？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="409"/>
        <source>Parcel {n} closed — put it on the scale</source>
        <translation>第 {n} 个包裹已封 — 请放上秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="411"/>
        <source>All verified — put the parcel on the scale</source>
        <translation>验货完成 — 请把包裹放上秤</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="421"/>
        <source>Weight OK — F12 or scan your badge to sign off and print</source>
        <translation>重量正确 — 按 F12 或扫本人工牌签收并打印面单</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="423"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="425"/>
        <source>Did a label come out? Scan it — or Ctrl+P / NOT PRINTED to print it again</source>
        <translation>面单出来了吗？出来了就扫它——没出来按 Ctrl+P 或扫“面单没有出来，重打”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pack_page.py" line="427"/>
        <source>Printed {waybill} — scan the next order</source>
        <translation>已打印 {waybill} — 请扫描下一单</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="16"/>
        <source>Order {order}: lines waiting for a product</source>
        <translation>订单 {order}：等待商品资料的明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="18"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="18"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="18"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="18"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="18"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="21"/>
        <source>SKU or barcode (scan the item):</source>
        <translation>商家编码或条码（扫描商品）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="25"/>
        <source>Give the line this product</source>
        <translation>把该行指定为此商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="30"/>
        <source>Drop the line (no item to pack)…</source>
        <translation>删除该行（无需打包的商品）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="34"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="43"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="48"/>
        <source>Order {order} no longer waits: it can be packed</source>
        <translation>订单 {order} 不再等待：可以打包了</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="55"/>
        <source>Select a line first</source>
        <translation>请先选择一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="62"/>
        <source>Give the line a product</source>
        <translation>为该行指定商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="62"/>
        <location filename="../../app/ui/desk/pending_dialog.py" line="72"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="64"/>
        <source>Line {sku} is now {code}</source>
        <translation>明细 {sku} 已指定为 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="72"/>
        <source>Drop the line</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/pending_dialog.py" line="74"/>
        <source>Line dropped</source>
        <translation>已删除该行</translation>
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
    <name>PlacesDialog</name>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="91"/>
        <source>{courier}: places and note words</source>
        <translation>{courier}：不送达地区和备注叫法</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="94"/>
        <source>e.g. 西藏、新疆 (blank: delivers everywhere)</source>
        <translation>例如 西藏、新疆（留空：全国送达）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="96"/>
        <source>more words buyers use for it, e.g. 小中</source>
        <translation>买家的其他叫法，例如 小中</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="97"/>
        <source>Does not deliver to</source>
        <translation>不送达</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="98"/>
        <source>Also named in notes as</source>
        <translation>备注中也叫作</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="99"/>
        <source>Always read as</source>
        <translation>总是识别为</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="28"/>
        <source>SKU, name, style or barcode</source>
        <translation>商家编码、名称、款号或条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="30"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="35"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="35"/>
        <location filename="../../app/ui/desk/products_tab.py" line="87"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="35"/>
        <location filename="../../app/ui/desk/products_tab.py" line="88"/>
        <source>Style</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="35"/>
        <location filename="../../app/ui/desk/products_tab.py" line="89"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="35"/>
        <location filename="../../app/ui/desk/products_tab.py" line="90"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="36"/>
        <location filename="../../app/ui/desk/products_tab.py" line="91"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="36"/>
        <location filename="../../app/ui/desk/products_tab.py" line="97"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="36"/>
        <location filename="../../app/ui/desk/products_tab.py" line="95"/>
        <source>Check by hand</source>
        <translation>人工核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="36"/>
        <location filename="../../app/ui/desk/products_tab.py" line="98"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="42"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="44"/>
        <source>Import a products list (CSV/XLSX)…</source>
        <translation>导入商品表（CSV/XLSX）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="58"/>
        <source>sold</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="58"/>
        <source>not sold</source>
        <translation>停售</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="84"/>
        <source>Change product {sku}</source>
        <translation>修改商品 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="85"/>
        <source>Barcodes: every code that scans as this product, separated by spaces.</source>
        <translation>条码：扫到即算这个商品的所有条码，用空格分开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="86"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="96"/>
        <source>e.g. measure the waist (empty: nothing to check)</source>
        <translation>例如：量腰围（空着：不需要核对）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="98"/>
        <source>sold (scanned at the stations)</source>
        <translation>在售（工位可以扫描）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="100"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="113"/>
        <source>Product {sku} changed</source>
        <translation>已修改商品 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="116"/>
        <source>Import a products list</source>
        <translation>导入商品表</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="117"/>
        <source>Products list (*.csv *.xlsx)</source>
        <translation>商品表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="139"/>
        <source>{file} was already imported: nothing changed</source>
        <translation>{file} 已经导入过：没有任何改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="141"/>
        <source>{file}: {added} new products, {updated} changed</source>
        <translation>{file}：新增 {added} 个商品，修改 {updated} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="149"/>
        <source>{file} was not imported (nothing was changed): {n} problems</source>
        <translation>{file} 没有导入（什么都没有改）：{n} 处问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="155"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/products_tab.py" line="157"/>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="121"/>
        <source>Load waybill numbers for {courier}</source>
        <translation>为 {courier} 导入号段</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="124"/>
        <source>e.g. 7731</source>
        <translation>例如 7731</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="126"/>
        <source>e.g. 100000001</source>
        <translation>例如 100000001</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="133"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="134"/>
        <source>First number</source>
        <translation>起始号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="135"/>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="136"/>
        <source>Digits after the prefix</source>
        <translation>前缀后的位数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="138"/>
        <source>Load</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/couriers_tab.py" line="139"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="128"/>
        <source>Change the recipient or address</source>
        <translation>更改收货人或地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="132"/>
        <source>{phone} (unchanged when empty)</source>
        <translation>{phone}（留空则不变）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="134"/>
        <source>Street and number (unchanged when empty)</source>
        <translation>街道门牌（留空则不变）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="135"/>
        <source>Recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="136"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="137"/>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
</context>
<context>
    <name>ReshipDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="222"/>
        <source>Reship missing or wrong items</source>
        <translation>补发漏发或错发的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="223"/>
        <source>Reship</source>
        <translation>补发</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="225"/>
        <source>packing (charged to the packer)</source>
        <translation>打包（记到打包员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="225"/>
        <source>courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="226"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="226"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="230"/>
        <source>empty: what the items sold for</source>
        <translation>留空：按商品售价</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="231"/>
        <source>Cause</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="232"/>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
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
    <name>RuleDialog</name>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="32"/>
        <source>Add a rule by place</source>
        <translation>按地区添加规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="32"/>
        <source>Edit a rule by place</source>
        <translation>编辑按地区的规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="33"/>
        <source>Add a rule by weight</source>
        <translation>按重量添加规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="33"/>
        <source>Edit a rule by weight</source>
        <translation>编辑按重量的规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="40"/>
        <source>every shop</source>
        <translation>所有店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="44"/>
        <source>e.g. 新疆、西藏、青海 (provinces, cities or districts)</source>
        <translation>例如 新疆、西藏、青海（省、市或区县）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="45"/>
        <source>Remote areas (偏远地区)</source>
        <translation>偏远地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="48"/>
        <source>grams, blank = no lower limit</source>
        <translation>克，留空 = 无下限</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="50"/>
        <source>grams, blank = no upper limit</source>
        <translation>克，留空 = 无上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="52"/>
        <source>what the rule is for, e.g. 偏远地区走邮政</source>
        <translation>规则用途，例如 偏远地区走邮政</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="53"/>
        <source>in use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="59"/>
        <source>Orders to</source>
        <translation>发往</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="61"/>
        <source>From (g)</source>
        <translation>从（克）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="62"/>
        <source>Up to, not including (g)</source>
        <translation>到（克，不含）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="63"/>
        <source>Go with</source>
        <translation>走</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="64"/>
        <source>For</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/courier_rules_tab.py" line="65"/>
        <source>Note</source>
        <translation>说明</translation>
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
        <source>a carton&apos;s tare weight is a whole number of grams from 0 to {max}, not &apos;{weight}&apos;</source>
        <translation>包装皮重是 0 到 {max} 的整数克，不能是“{weight}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="41"/>
        <source>a carton needs a name of at most {n} characters</source>
        <translation>包装需要名称，最多 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="42"/>
        <source>no carton {code}</source>
        <translation>没有包装 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="43"/>
        <source>a carton code is at most 32 characters</source>
        <translation>包装编码最多 32 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="44"/>
        <source>carton code {code} is taken</source>
        <translation>包装编码 {code} 已被使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="45"/>
        <source>{code} is a product&apos;s barcode: a carton needs a code of its own</source>
        <translation>{code} 是商品条码：包装需要自己的编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="46"/>
        <source>{code} is an operator&apos;s badge or code: a carton needs a code of its own</source>
        <translation>{code} 是人员的工牌或工号：包装需要自己的编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="48"/>
        <source>carton {code} is already retired</source>
        <translation>包装 {code} 已经停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="49"/>
        <source>carton {code} is in use, not retired</source>
        <translation>包装 {code} 在用，没有停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="50"/>
        <source>carton {code} is retired: it cannot be the default</source>
        <translation>包装 {code} 已停用：不能设为默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="51"/>
        <source>carton {code} is already the default</source>
        <translation>包装 {code} 已经是默认包装</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="52"/>
        <source>{what} cannot be negative</source>
        <translation>{what}不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="53"/>
        <source>waybill {waybill_no} was never handed to the courier ({status})</source>
        <translation>运单 {waybill_no} 从没交给快递（{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="54"/>
        <source>waybill {waybill_no} already has claim {claim} ({status})</source>
        <translation>运单 {waybill_no} 已有理赔 {claim}（{status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="55"/>
        <source>no parcel with waybill {waybill_no}</source>
        <translation>没有运单号为 {waybill_no} 的包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="56"/>
        <source>{what}: &apos;{value}&apos; is not an amount</source>
        <translation>{what}：“{value}”不是金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="57"/>
        <source>a claim is for a parcel lost, damaged or undeliverable</source>
        <translation>理赔只针对丢件、破损或无法派送的包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="58"/>
        <source>no claim {claim_id}</source>
        <translation>没有理赔 {claim_id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="59"/>
        <source>claim {claim} is closed</source>
        <translation>理赔 {claim} 已结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="60"/>
        <source>more recovered than claimed: correct the amount claimed first</source>
        <translation>追回金额多于索赔金额：请先改正索赔金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="47"/>
        <source>nothing to change</source>
        <translation>没有要修改的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="61"/>
        <source>unknown claim status &apos;{status}&apos;</source>
        <translation>不认识的理赔状态“{status}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="62"/>
        <source>no courier can take this order: a supervisor chooses one</source>
        <translation>没有快递可以承运此订单：由主管选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="63"/>
        <source>the note asks for {wanted}: a supervisor chooses the courier</source>
        <translation>备注要求{wanted}：由主管选择快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="64"/>
        <source>the note asks for {wanted}, the rules chose {picked}: a supervisor decides</source>
        <translation>备注要求{wanted}，规则选了{picked}：由主管决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="65"/>
        <source>at most {n} places</source>
        <translation>最多 {n} 个地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="66"/>
        <source>the weight is between 0 and {max} g</source>
        <translation>重量须在 0 到 {max} 克之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="67"/>
        <source>a rule is by place or by weight</source>
        <translation>规则只能按地区或按重量</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="69"/>
        <source>there is no shop “{shop}”</source>
        <translation>没有店铺“{shop}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="70"/>
        <source>there is no courier rule {id}</source>
        <translation>没有快递规则 {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="71"/>
        <source>“{place}” is not a place name (a province, city or district, up to 32 characters)</source>
        <translation>“{place}”不是地区名（省、市或区县，最多 32 个字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="72"/>
        <source>the weight is grams, a whole number: not “{value}”</source>
        <translation>重量以克为单位，须为整数：不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="73"/>
        <source>name at least one place (a province, city or district)</source>
        <translation>请至少填写一个地区（省、市或区县）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="74"/>
        <source>give the band&apos;s lower or upper weight</source>
        <translation>请填写重量区间的下限或上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="75"/>
        <source>the band&apos;s lower weight ({min} g) must be below its upper weight ({max} g)</source>
        <translation>区间下限（{min} 克）须小于上限（{max} 克）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="76"/>
        <source>“{word}” is too short to find in a note (two characters or more)</source>
        <translation>“{word}”太短，无法在备注中识别（至少两个字）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="78"/>
        <source>a courier code is 2 to 16 letters or digits: &apos;{code}&apos;</source>
        <translation>快递公司代码为 2 到 16 位字母或数字：“{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="79"/>
        <source>a courier needs a name of 1 to 64 characters</source>
        <translation>快递公司名称须为 1 到 64 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="80"/>
        <source>no label layout &apos;{layout}&apos;; there are: {layouts}</source>
        <translation>没有面单模板“{layout}”；现有：{layouts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="81"/>
        <source>at most 10 service types of up to 16 characters each</source>
        <translation>服务类型最多 10 个，每个最多 16 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="82"/>
        <source>the waybill source is &apos;range&apos; (号段) or &apos;kuaidi100&apos; (电子面单), not &apos;{source}&apos;</source>
        <translation>单号来源只能是号段或电子面单（快递100），不能是“{source}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="83"/>
        <source>the warning level is 0 to 1,000,000 numbers</source>
        <translation>提醒阈值为 0 到 1,000,000 个单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="84"/>
        <source>courier {code} exists already</source>
        <translation>快递公司 {code} 已存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="85"/>
        <source>a courier has no field {fields}</source>
        <translation>快递公司没有此项：{fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="86"/>
        <source>say why (a reason is kept with the change)</source>
        <translation>请说明原因（原因会随修改一起记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="87"/>
        <source>an e-waybill account has no field {fields}</source>
        <translation>电子面单账号没有此项：{fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="88"/>
        <source>a shop name has at most 64 characters</source>
        <translation>店铺名称最多 64 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="89"/>
        <source>the 快递100 company code (kuaidicom) of {code} is needed, e.g. zhongtong</source>
        <translation>需要填写 {code} 的快递100 快递公司编码，例如 zhongtong</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="90"/>
        <source>the warning level is a whole number of waybill numbers</source>
        <translation>提醒阈值须为整数个单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="91"/>
        <source>{code} is the default courier: choose another default before retiring it</source>
        <translation>{code} 是默认快递公司：请先改选其他默认快递公司再停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="92"/>
        <source>a number has 1 to 30 digits after its prefix</source>
        <translation>单号前缀后为 1 到 30 位数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="93"/>
        <source>numbers kept ready is a whole number from 0 to 500</source>
        <translation>预取单号数须为 0 到 500 的整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="94"/>
        <source>the e-waybill address is an http(s) URL: &apos;{url}&apos;</source>
        <translation>电子面单接口地址须为 http(s) 网址：“{url}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="95"/>
        <source>{field} is too long (at most 200 characters)</source>
        <translation>{field} 太长（最多 200 个字符）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="96"/>
        <source>first number, count and digits are whole numbers</source>
        <translation>起始号、数量和位数须为整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="77"/>
        <source>no order {order_no}</source>
        <translation>没有订单 {order_no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="97"/>
        <source>快递100 failed for {courier} (code {code}): {message}</source>
        <translation>快递100 为 {courier} 取号失败（返回码 {code}）：{message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="98"/>
        <source>快递100 refused the signature of the {courier} account: check its key and secret</source>
        <translation>快递100 签名验证失败（{courier} 账号）：请检查授权码和密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="99"/>
        <source>快递100 does not know the key of the {courier} account: check it</source>
        <translation>快递100 不认识 {courier} 账号的授权码：请检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="100"/>
        <source>the {courier} e-waybill account has no numbers left (单量不足): top it up</source>
        <translation>{courier} 电子面单账号单量不足：请充值</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="101"/>
        <source>{courier} is not opened on this e-waybill account: {message}</source>
        <translation>此电子面单账号未开通 {courier}：{message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="102"/>
        <source>the courier cannot place the address of order {order_no}: {message}</source>
        <translation>快递公司无法识别订单 {order_no} 的收件地址：{message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="103"/>
        <source>快递100 knows no waybill {number} on the {courier} account</source>
        <translation>快递100 在 {courier} 账号下查无此单 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="104"/>
        <source>快递100 refused the request for {courier}: {message}</source>
        <translation>快递100 拒绝了 {courier} 的请求：{message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="105"/>
        <source>快递100 answered {courier} without a waybill number</source>
        <translation>快递100 给 {courier} 的回复中没有单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="106"/>
        <source>the {courier} e-waybill account has no 快递100 key and secret yet</source>
        <translation>{courier} 电子面单账号还没有填写快递100 授权码和密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="107"/>
        <source>快递100 answered something that is not its JSON answer</source>
        <translation>快递100 的回复无法识别</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="108"/>
        <source>快递100 answered HTTP {status} for {courier}</source>
        <translation>快递100 为 {courier} 返回了错误 {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="109"/>
        <source>快递100 did not answer within {seconds} s</source>
        <translation>快递100 在 {seconds} 秒内没有回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="110"/>
        <source>快递100 could not be reached: {reason}</source>
        <translation>无法连接快递100：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="111"/>
        <source>{courier} has no e-waybill account yet</source>
        <translation>{courier} 还没有电子面单账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="112"/>
        <source>{courier} has no e-waybill account for shop &apos;{shop}&apos;</source>
        <translation>{courier} 没有店铺“{shop}”可用的电子面单账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="113"/>
        <source>a period is one of {periods}</source>
        <translation>统计周期只能是 {periods}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="114"/>
        <source>export as xlsx or csv</source>
        <translation>请导出为 xlsx 或 csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="115"/>
        <source>the range ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="116"/>
        <source>ten years at most</source>
        <translation>最多十年</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="117"/>
        <source>figures are split by {dims} or complexity</source>
        <translation>数据只能按 {dims} 或复杂度分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="118"/>
        <source>step times are split by packer, courier, complexity, shop, channel or province</source>
        <translation>各环节用时只能按打包员、快递、复杂度、店铺、渠道或省份分组</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="119"/>
        <source>closed on the platform ({file} row {row}); the order is {status}: intercept it</source>
        <translation>平台上已关闭（{file} 第 {row} 行）；订单{status}：请拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="120"/>
        <source>refund requested ({file} row {row}); the order is {status}: intercept it</source>
        <translation>买家申请退款（{file} 第 {row} 行）；订单{status}：请拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="121"/>
        <source>change in {file} row {row} not applied; the order is {status} and held: {changes}</source>
        <translation>{file} 第 {row} 行的变更未应用；订单{status}，已暂停：{changes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="122"/>
        <source>change in {file} row {row} not applied; the order is {status}: {changes}</source>
        <translation>{file} 第 {row} 行的变更未应用；订单{status}：{changes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="123"/>
        <source>an operator needs a name</source>
        <translation>人员需要姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="124"/>
        <source>a name is at most {n} characters</source>
        <translation>姓名最多 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="125"/>
        <source>an operator code is 1 to 32 letters, digits or signs, without spaces: &apos;{code}&apos;</source>
        <translation>工号是 1 到 32 个字母、数字或符号，不含空格：“{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="126"/>
        <source>a badge is 1 to 64 letters, digits or signs a scanner sends, without spaces: &apos;{badge}&apos;</source>
        <translation>工牌是 1 到 64 个扫码枪能发送的字母、数字或符号，不含空格：“{badge}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="127"/>
        <source>badge {badge} is already {code}&apos;s</source>
        <translation>工牌 {badge} 已经属于 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="128"/>
        <source>no operator {code}</source>
        <translation>没有人员 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="129"/>
        <source>you cannot disable yourself or take away your own role</source>
        <translation>不能停用自己，也不能改自己的角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="131"/>
        <source>the role is packer, supervisor or admin, not &apos;{role}&apos;</source>
        <translation>角色只能是打包员、主管或管理员，不能是“{role}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="132"/>
        <source>{code} is the last active admin: make another admin first</source>
        <translation>{code} 是最后一个在用的管理员：请先设另一位管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="133"/>
        <source>operator code {code} is taken</source>
        <translation>工号 {code} 已被使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="134"/>
        <source>{code} is already enabled</source>
        <translation>{code} 已经是启用状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="135"/>
        <source>{code} is already disabled</source>
        <translation>{code} 已经停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="136"/>
        <source>{codes} have no badge: give them one first</source>
        <translation>{codes} 没有工牌：请先给他们配工牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="137"/>
        <source>no operator has a badge yet</source>
        <translation>还没有人配工牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="138"/>
        <source>no operator {codes}</source>
        <translation>没有人员 {codes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="139"/>
        <source>order {order_no} is shipped: it cannot be changed — intercept it or reship</source>
        <translation>订单 {order_no} 已发货：不能再改 — 请拦截或补发</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="140"/>
        <source>order {order_no} is cancelled: it cannot be changed</source>
        <translation>订单 {order_no} 已取消：不能再改</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="141"/>
        <source>order {order_no} is merged into {into}: change that order, or unmerge first</source>
        <translation>订单 {order_no} 已合并到 {into}：请改那个订单，或先取消合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="144"/>
        <source>SKU {sku} is no longer sold</source>
        <translation>SKU {sku} 已停售</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="145"/>
        <source>choose at least one line</source>
        <translation>请至少选一行</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="146"/>
        <source>line {line_no} of order {order_no} is already in a printed parcel</source>
        <translation>订单 {order_no} 第 {line_no} 行已在打印过面单的包裹里</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="147"/>
        <source>line {line_no}: a {what} takes 1 to {most} units, not {qty}</source>
        <translation>第 {line_no} 行：{what}数量为 1 到 {most} 件，不能是 {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="68"/>
        <source>no courier {courier}</source>
        <translation>没有快递 {courier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="166"/>
        <source>order {order_no} already goes with {courier}</source>
        <translation>订单 {order_no} 已经是 {courier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="148"/>
        <source>line {line_no} is already {sku}</source>
        <translation>第 {line_no} 行已经是 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="149"/>
        <source>{sku} is style {style}, not {wanted}: only another size or colour of the same style</source>
        <translation>{sku} 是款号 {style}，不是 {wanted}：只能换同款的其他尺码或颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="150"/>
        <source>a recipient, phone or address cannot be empty</source>
        <translation>收货人、电话和地址不能为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="151"/>
        <source>the phone {phone} has no digits</source>
        <translation>电话 {phone} 里没有数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="152"/>
        <source>order {order_no} is shipped: it cannot be cancelled — intercept it at the courier or take the return</source>
        <translation>订单 {order_no} 已发货：不能取消 — 请在快递拦截或办理退货</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="153"/>
        <source>order {order_no} is already cancelled</source>
        <translation>订单 {order_no} 已经取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="154"/>
        <source>order {order_no} carries merged orders {orders}: unmerge first</source>
        <translation>订单 {order_no} 合并了订单 {orders}：请先取消合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="155"/>
        <source>a gift is 1 to {most} units, not {qty}</source>
        <translation>赠品数量为 1 到 {most} 件，不能是 {qty}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="156"/>
        <source>choose the orders to merge</source>
        <translation>请选要合并的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="157"/>
        <source>an order is named twice</source>
        <translation>有订单重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="158"/>
        <source>order {order_no} is {status}: a merge is undone only before packing</source>
        <translation>订单 {order_no} {status}：只能在打包前取消合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="159"/>
        <source>order {order_no} has no merged orders</source>
        <translation>订单 {order_no} 没有合并的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="160"/>
        <source>a split leaves something to ship now: not every unit can go later</source>
        <translation>拆单要留一部分现在发：不能全部稍后发</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="161"/>
        <source>order {order_no} is {status}: only a shipped order is reshipped</source>
        <translation>订单 {order_no} {status}：只有已发货的订单才能补发</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="162"/>
        <source>a cost cannot be negative</source>
        <translation>费用不能为负</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="163"/>
        <source>order {order_no} is no reship</source>
        <translation>订单 {order_no} 不是补发单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="164"/>
        <source>reship {order_no} is already closed</source>
        <translation>补发单 {order_no} 已经关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="165"/>
        <source>reship {order_no} has not shipped yet</source>
        <translation>补发单 {order_no} 还没发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="167"/>
        <source>waybill {waybill_no} was handed to the courier (pickup {pickup}): it cannot change courier</source>
        <translation>运单 {waybill_no} 已交给快递（交接 {pickup}）：不能再换快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="168"/>
        <source>part of order {order_no} has shipped (waybill {waybill_no}): intercept it</source>
        <translation>订单 {order_no} 已部分发货（运单 {waybill_no}）：请拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="169"/>
        <source>order {order_no} is {status}: only orders waiting to be packed are merged</source>
        <translation>订单 {order_no} {status}：只能合并待打包的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="170"/>
        <source>order {order_no} is on hold or has a refund request: it is not merged</source>
        <translation>订单 {order_no} 暂停发货或有退款申请：不能合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="171"/>
        <source>order {order_no} goes to another recipient or address: only orders to one address are merged</source>
        <translation>订单 {order_no} 的收货人或地址不同：只能合并同一地址的订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="172"/>
        <source>the cause is packing, courier, stock or other, not {cause}</source>
        <translation>原因类别只能是打包、快递、库存或其他，不能是 {cause}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="173"/>
        <source>order {order_no} is of buyer {buyer}, not {wanted}: orders of other buyers are merged only with the promotion override</source>
        <translation>订单 {order_no} 的买家是 {buyer}，不是 {wanted}：其他买家的订单只能在勾选促销例外时合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="174"/>
        <source>a search is at most {n} characters, not {length}</source>
        <translation>查找内容最多 {n} 个字符，不是 {length} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="175"/>
        <source>no such status: {value}</source>
        <translation>没有这个订单状态：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="176"/>
        <source>no such flag: {value}</source>
        <translation>没有这个旗帜：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="177"/>
        <source>a page is 1 to {max} rows, not {limit}</source>
        <translation>每页 1 到 {max} 行，不是 {limit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="178"/>
        <source>a page cannot start before the first row ({offset})</source>
        <translation>页面不能从第一行之前开始（{offset}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="180"/>
        <source>no such date field: {value} (imported, paid or shipped)</source>
        <translation>没有这个日期类型：{value}（导入、付款或发货）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="181"/>
        <source>the date range ends ({last}) before it starts ({first})</source>
        <translation>日期范围的结束（{last}）早于开始（{first}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="182"/>
        <source>SKU {skus} not in the product list and {blank} line(s) without SKU (商家编码) ({file} row {row}): the order waits</source>
        <translation>商家编码 {skus} 不在商品资料中，另有 {blank} 行没有商家编码（{file} 第 {row} 行）：订单等待处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="183"/>
        <source>SKU {skus} not in the product list ({file} row {row}): the order waits until the products are added</source>
        <translation>商家编码 {skus} 不在商品资料中（{file} 第 {row} 行）：订单等商品资料添加后再打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="184"/>
        <source>{blank} line(s) without SKU (商家编码) ({file} row {row}): give the item its SKU or drop the line, then the order can be packed</source>
        <translation>{blank} 行没有商家编码（{file} 第 {row} 行）：为该商品指定商家编码或删除该行，之后订单才能打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="185"/>
        <source>no waiting line {id}</source>
        <translation>没有待处理的明细 {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="186"/>
        <source>order {order} is no longer waiting to be packed: its lines cannot change now</source>
        <translation>订单 {order} 已不在待打包状态：现在不能修改明细</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="188"/>
        <source>no pickup {pickup_id}</source>
        <translation>没有揽收批次 {pickup_id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="189"/>
        <source>the pickup is closed: its manifest is signed</source>
        <translation>揽收已结束：交接单已签</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="190"/>
        <source>waybill {waybill_no} is not in this pickup</source>
        <translation>运单 {waybill_no} 不在本次揽收里</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="191"/>
        <source>the pickup is already closed</source>
        <translation>揽收已经结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="192"/>
        <source>no parcel was scanned into this pickup</source>
        <translation>本次揽收没有扫描任何包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="193"/>
        <source>keep personal data 1 to 3650 days</source>
        <translation>个人信息保留 1 到 3650 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="194"/>
        <source>keep personal data at least one day</source>
        <translation>个人信息至少保留一天</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="130"/>
        <source>a reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="195"/>
        <source>{code} has characters a scanner cannot send (letters, digits and - _ . : / + only, at most 64)</source>
        <translation>{code} 含有扫码枪发不出的字符（只能用字母、数字和 - _ . : / +，最多 64 个）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="196"/>
        <source>style, colour and size are at most {n} characters each</source>
        <translation>款号、颜色、尺码各最多 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="197"/>
        <source>the barcode is empty</source>
        <translation>条码是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="198"/>
        <source>{code} looks like a long number Excel rounded: type it as text</source>
        <translation>{code} 像是被 Excel 四舍五入的长数字：请按文本输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="199"/>
        <source>{code} is not a valid EAN-13 (wrong check digit)</source>
        <translation>{code} 不是有效的 EAN-13 条码（校验位不对）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="200"/>
        <source>the barcode {code} already belongs to SKU {owner}</source>
        <translation>条码 {code} 已经属于商家编码 {owner}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="201"/>
        <source>{code} is a carton&apos;s code, not a product barcode</source>
        <translation>{code} 是包装编码，不是商品条码</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="202"/>
        <source>a product name is at most {n} characters</source>
        <translation>商品名称最多 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="203"/>
        <source>the manual check is at most {n} characters</source>
        <translation>人工核对说明最多 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="204"/>
        <source>a product needs a name</source>
        <translation>商品需要名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="205"/>
        <source>a weight is a whole number of grams from 0 to {max}, not &apos;{weight}&apos;</source>
        <translation>重量是 0 到 {max} 的整数克，不能是“{weight}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="206"/>
        <source>{sku} has no barcode {code}</source>
        <translation>{sku} 没有条码 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="207"/>
        <source>a month is written YYYY-MM, not &apos;{month}&apos;</source>
        <translation>月份格式是 YYYY-MM，不是“{month}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="209"/>
        <source>{key} takes {fields}</source>
        <translation>{key} 需要这些项：{fields}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="210"/>
        <source>the weight tolerance in grams is a whole number from 0 to {max}</source>
        <translation>重量误差（克）是 0 到 {max} 的整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="211"/>
        <source>the weight tolerance in percent is a number from 0 to 100</source>
        <translation>重量误差（百分比）是 0 到 100 的数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="179"/>
        <source>no courier {code}</source>
        <translation>没有快递 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="212"/>
        <source>courier {code} is retired: it cannot be the default</source>
        <translation>快递 {code} 已停用：不能设为默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="213"/>
        <source>{key}: the value is not valid JSON</source>
        <translation>{key}：值不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="239"/>
        <source>refund requested: stopped at the scan</source>
        <translation>买家申请退款：扫描时已拦下</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="240"/>
        <source>an override needs a reason</source>
        <translation>接受重量必须填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="241"/>
        <source>refund requested: stopped at sign-off, nothing printed</source>
        <translation>买家申请退款：签收时已拦下，没有打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="242"/>
        <source>order {order_no} is not open on a station</source>
        <translation>订单 {order_no} 没有在任何工位打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="243"/>
        <source>a label of order {order_no} may be coming out: settle it at the station first</source>
        <translation>订单 {order_no} 的面单可能正在打出：请先在该工位处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="249"/>
        <source>name the box the stubs go into</source>
        <translation>请填写底单存放的箱号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="250"/>
        <source>stubs of {day} are kept {days} days before they are archived</source>
        <translation>{day} 的底单要保存 {days} 天后才能归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="251"/>
        <source>no stub of {code} for {day} waits for archive</source>
        <translation>{code} 在 {day} 没有待归档的底单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="252"/>
        <source>no stub {waybill_no} of {code} was received</source>
        <translation>没有收到 {code} 的底单 {waybill_no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="253"/>
        <source>kind is missing or unknown; outcome is open, found, denied or lost</source>
        <translation>类型缺失或未知；结果只能是 待处理、已找到、快递否认 或 丢失</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="254"/>
        <source>{waybill_no} is not a parcel of {code}</source>
        <translation>{waybill_no} 不是 {code} 的包裹</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="255"/>
        <source>purpose is claim, deduction or none</source>
        <translation>用途只能是 理赔、扣款 或 无</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="258"/>
        <source>no such order line</source>
        <translation>没有这个订单行</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="259"/>
        <source>order {order_no} is already shipped</source>
        <translation>订单 {order_no} 已经发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="246"/>
        <source>a count cannot be negative</source>
        <translation>盘点数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="187"/>
        <source>no product with SKU or barcode {sku}</source>
        <translation>没有商家编码或条码为 {sku} 的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="245"/>
        <source>a low-stock level is a whole number from 0 to {max}</source>
        <translation>低库存预警值须为 0 到 {max} 的整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="247"/>
        <source>{code} is no product we know</source>
        <translation>{code} 不是已知商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="248"/>
        <source>nothing was counted</source>
        <translation>还没有盘点任何商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="143"/>
        <source>no SKU {sku}</source>
        <translation>没有商家编码 {sku}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="244"/>
        <source>oversold: the stock of {skus} does not cover this order after the orders paid before it</source>
        <translation>超卖：{skus} 的库存在满足更早付款的订单后，不够这个订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="260"/>
        <source>waybill {waybill_no} is {status}: only a printed label is reprinted</source>
        <translation>运单 {waybill_no} 状态为{status}：只有已打印的面单才能重打</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="261"/>
        <source>waybill {waybill_no} was reprinted {reprints} times (limit {limit})</source>
        <translation>运单 {waybill_no} 已重打 {reprints} 次（上限 {limit} 次）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="256"/>
        <source>waybill {waybill_no} is already void</source>
        <translation>运单 {waybill_no} 已经作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="262"/>
        <source>order {order_no} is shipped: void its waybill first</source>
        <translation>订单 {order_no} 已发货：请先作废它的运单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="263"/>
        <source>order {order_no} is {status}: it can only be intercepted</source>
        <translation>订单 {order_no} 状态为{status}：只能拦截</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="257"/>
        <source>an order needs at least one line: cancel it instead</source>
        <translation>订单至少要有一行：要全部删除请取消订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="265"/>
        <source>condition is intact, opened or damaged</source>
        <translation>状况只能是 完好、已拆封 或 破损</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="266"/>
        <source>fault is none, buyer, courier or packing</source>
        <translation>责任只能是 无、买家、快递 或 打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="267"/>
        <source>no parcel or order {code}</source>
        <translation>没有包裹或订单 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="268"/>
        <source>exchange item {sku} ×{qty} is not a known SKU</source>
        <translation>换货商品 {sku} ×{qty} 不是已知的商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="269"/>
        <source>no case {case_id}</source>
        <translation>没有异常单 {case_id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="270"/>
        <source>case {case_id} is already resolved</source>
        <translation>异常单 {case_id} 已经处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="208"/>
        <source>unknown setting &apos;{key}&apos; (known: {known})</source>
        <translation>不认识的设置“{key}”（可用：{known}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="264"/>
        <source>a quantity cannot be negative</source>
        <translation>数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="271"/>
        <source>{sku} ×{qty} was not in order {order_no}</source>
        <translation>{sku} ×{qty} 不在订单 {order_no} 里</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="142"/>
        <source>order {order_no} has no line {line_no}</source>
        <translation>订单 {order_no} 没有第 {line_no} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="214"/>
        <source>no shop {shop}</source>
        <translation>没有店铺 {shop}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="215"/>
        <source>the range ends ({last}) before it starts ({first})</source>
        <translation>结束日期（{last}）早于开始日期（{first}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="216"/>
        <source>export at most 93 days at once</source>
        <translation>一次最多导出 93 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="217"/>
        <source>the file must end in .csv or .xlsx, not “{name}”</source>
        <translation>文件必须是 .csv 或 .xlsx，不能是“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="218"/>
        <source>no folder {folder}</source>
        <translation>没有文件夹 {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="219"/>
        <source>shop {shop} is not set up: add it with its sender (Shops)</source>
        <translation>店铺 {shop} 尚未设置：请在“店铺”里添加它和它的发件人</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="220"/>
        <source>shop {shop} is retired: bring it back (Shops) to ship its orders</source>
        <translation>店铺 {shop} 已停用：要发它的订单，请先在“店铺”里恢复它</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="221"/>
        <source>shop {shop} has no sender: set its sender name, phone and return address (Shops)</source>
        <translation>店铺 {shop} 没有发件人：请在“店铺”里设置发件人姓名、电话和退货地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="222"/>
        <source>the {what} has a control character in it</source>
        <translation>{what}里有控制字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="223"/>
        <source>the {what} is longer than {limit} characters</source>
        <translation>{what}超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="224"/>
        <source>the sender&apos;s phone “{phone}” is not a phone number: a mobile 1xxxxxxxxxx, a landline 0xxx-xxxxxxxx or a 400 number</source>
        <translation>发件人电话“{phone}”不是电话号码：应为手机号 1xxxxxxxxxx、座机 0xxx-xxxxxxxx 或 400 号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="225"/>
        <source>the shop code “{code}” must be 1 to 32 letters, digits, - or _</source>
        <translation>店铺编码“{code}”只能是 1 到 32 个字母、数字、- 或 _</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="226"/>
        <source>the shop needs a name (as the orders name it: 店铺名称)</source>
        <translation>店铺需要名称（与订单里的“店铺名称”一致）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="227"/>
        <source>unknown platform “{platform}” (one of {known})</source>
        <translation>未知平台“{platform}”（可选：{known}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="228"/>
        <source>a sender needs its name, phone and return address together: the {missing} is empty</source>
        <translation>发件人的姓名、电话和退货地址要一起填写：{missing}是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="229"/>
        <source>“{province}” is not a province (省, 自治区 or a city like 上海市)</source>
        <translation>“{province}”不是省份（应为省、自治区或上海市这样的直辖市）</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="230"/>
        <source>the return address “{address}” is too short to find: give the street and number</source>
        <translation>退货地址“{address}”太短，找不到：请写上街道和门牌号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="231"/>
        <source>the packing-slip header is at most {lines} lines and {limit} characters</source>
        <translation>发货单抬头最多 {lines} 行、{limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="232"/>
        <source>no shop {code}</source>
        <translation>没有店铺 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="233"/>
        <source>there is a shop with the code {code} already</source>
        <translation>已经有编码为 {code} 的店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="234"/>
        <source>shop {other} already has the name “{value}”</source>
        <translation>店铺 {other} 已经用了名称“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="235"/>
        <source>the order names no shop and no shop is the default: set its shop, or make one shop the default (Shops)</source>
        <translation>订单没有所属店铺，也没有默认店铺：请设置订单的店铺，或在“店铺”里把一个店铺设为默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="236"/>
        <source>a retired shop cannot be the default: bring it back first</source>
        <translation>已停用的店铺不能设为默认：请先恢复它</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="237"/>
        <source>shop {code} is already retired</source>
        <translation>店铺 {code} 已经停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="238"/>
        <source>shop {code} is not retired</source>
        <translation>店铺 {code} 没有停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="272"/>
        <source>consumed_by is label, parcel, manual or carton:&lt;CODE&gt;</source>
        <translation>消耗方式只能是 label、parcel、manual 或 carton:&lt;编码&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="273"/>
        <source>no supply &apos;{code}&apos;</source>
        <translation>没有耗材“{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="274"/>
        <source>a roll or pack holds at least one; the warning threshold cannot be negative</source>
        <translation>每卷或每包至少一个；预警数量不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="275"/>
        <source>a supply needs a code and a name</source>
        <translation>耗材需要编码和名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="276"/>
        <source>a delivery brings at least one</source>
        <translation>到货数量至少为一</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="277"/>
        <source>book at least one</source>
        <translation>至少登记一个</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="278"/>
        <source>could not take a waybill number: too much contention</source>
        <translation>取不到运单号：同时取号的工位太多，请重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="279"/>
        <source>no free waybill numbers left for courier {courier}</source>
        <translation>快递 {courier} 没有可用的运单号了</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="280"/>
        <source>a range holds 1 to 1,000,000 numbers</source>
        <translation>一个号段有 1 到 1,000,000 个单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="281"/>
        <source>numbers from {first} do not fit in {width} digits</source>
        <translation>从 {first} 开始的单号超过 {width} 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_messages.py" line="282"/>
        <source>not a waybill number: &apos;{number}&apos; (6–40 letters and digits)</source>
        <translation>不是运单号：“{number}”（6 到 40 位字母和数字）</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="39"/>
        <source>Only an administrator changes these settings.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="43"/>
        <source>Weight tolerance</source>
        <translation>重量误差</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="55"/>
        <source>Grams either way</source>
        <translation>上下各允许（克）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="56"/>
        <source>or percent of the expected weight</source>
        <translation>或预计重量的百分比</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="58"/>
        <source>Save the tolerance…</source>
        <translation>保存重量误差…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="63"/>
        <source>Default courier</source>
        <translation>默认快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="66"/>
        <source>Orders that name no courier go with</source>
        <translation>未指定快递的订单发</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="68"/>
        <source>Save the default courier…</source>
        <translation>保存默认快递…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="73"/>
        <source>The sender on each label is its shop&apos;s: set it on the Shops tab.</source>
        <translation>每张面单上的寄件人是其店铺的：请在“店铺”页设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="88"/>
        <source>the first courier that has waybill numbers</source>
        <translation>第一个还有面单号的快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="95"/>
        <source>Set for every station.</source>
        <translation>已为所有工位设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="96"/>
        <source>Not set yet: what is shown applies.</source>
        <translation>尚未设置：按显示的值执行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="99"/>
        <source>Change a setting</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="99"/>
        <source>Reason for the change:</source>
        <translation>修改原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="101"/>
        <source>Not changed: a reason is needed</source>
        <translation>没有修改：需要填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="108"/>
        <source>Weight tolerance saved: every station uses it from the next parcel</source>
        <translation>重量误差已保存：所有工位从下一个包裹起使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="113"/>
        <source>Choose a courier</source>
        <translation>请选择快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/settings_tab.py" line="115"/>
        <source>Default courier saved</source>
        <translation>默认快递已保存</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <location filename="../../app/ui/desk/setup_tab.py" line="20"/>
        <source>Operators</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/setup_tab.py" line="21"/>
        <source>Cartons</source>
        <translation>包装</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/setup_tab.py" line="22"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/setup_tab.py" line="23"/>
        <source>Settings</source>
        <translation>共享设置</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="38"/>
        <source>Edit shop {code}</source>
        <translation>编辑店铺 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="38"/>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="51"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="51"/>
        <source>e.g. CG-TM</source>
        <translation>例如 CG-TM</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="52"/>
        <source>Shop name (as the orders give it)</source>
        <translation>店铺名称（与订单里的一致）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="57"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="59"/>
        <source>Sender&apos;s name</source>
        <translation>发件人姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="60"/>
        <source>Sender&apos;s phone</source>
        <translation>发件人电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="61"/>
        <source>Return address: province</source>
        <translation>退货地址：省</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="62"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="63"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="64"/>
        <source>Street and number</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="66"/>
        <source>The packing slip&apos;s heading, up to 3 lines (blank: the shop&apos;s name)</source>
        <translation>发货单抬头，最多 3 行（空着就用店铺名称）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="69"/>
        <source>Packing-slip header</source>
        <translation>发货单抬头</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="71"/>
        <source>Default courier (code)</source>
        <translation>默认快递（编码）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="72"/>
        <source>Orders that name no shop are this shop&apos;s</source>
        <translation>没写店铺的订单归这个店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="80"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="104"/>
        <source>The server does not answer: nothing was changed. Try again in a moment.</source>
        <translation>服务器没有响应：什么都没有改。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>Shops</name>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="24"/>
        <source>Taobao / Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="25"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="26"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="27"/>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="28"/>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
</context>
<context>
    <name>ShopsTab</name>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="113"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="113"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="113"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="113"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="114"/>
        <source>Open orders</source>
        <translation>待发订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="114"/>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="114"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="114"/>
        <source>Return address</source>
        <translation>退货地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="115"/>
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="115"/>
        <source>Slip header</source>
        <translation>发货单抬头</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="123"/>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="125"/>
        <source>Set up the shop the orders name…</source>
        <translation>设置订单里的店铺…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="127"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="129"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="131"/>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="139"/>
        <source>Shipped orders of the selected shop, for its platform&apos;s batch-shipping upload:</source>
        <translation>所选店铺的已发货订单，用于平台批量发货上传：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="143"/>
        <source>Export shipments (CSV)</source>
        <translation>导出发货回传（CSV）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="145"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="145"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="158"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="158"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="159"/>
        <source>no sender: its orders stop at the scan</source>
        <translation>没有发件人：它的订单扫描时会被拦下</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="161"/>
        <location filename="../../app/ui/desk/shops_tab.py" line="167"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="161"/>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="166"/>
        <source>Orders name shops that are not set up (they stop at the scan): {shops}</source>
        <translation>有订单写了尚未设置的店铺（扫描时会被拦下）：{shops}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="167"/>
        <source>{name} ({n} orders)</source>
        <translation>{name}（{n} 单）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="175"/>
        <source>Select a shop first</source>
        <translation>请先选择一个店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="186"/>
        <source>Shop {code} added</source>
        <translation>已添加店铺 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="197"/>
        <source>Shop {code} saved</source>
        <translation>已保存店铺 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="205"/>
        <source>Retire shop {name}</source>
        <translation>停用店铺 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="205"/>
        <location filename="../../app/ui/desk/shops_tab.py" line="214"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="207"/>
        <source>Shop {code} retired</source>
        <translation>店铺 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="214"/>
        <source>Bring back shop {name}</source>
        <translation>恢复店铺 {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="216"/>
        <source>Shop {code} is active again</source>
        <translation>店铺 {code} 已恢复使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="233"/>
        <source>Nothing new to export for {shop} ({already} exported before)</source>
        <translation>{shop} 没有新的可导出（{already} 单以前已导出）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="237"/>
        <source>Saved {path}: {n} orders, {changes} changed waybills</source>
        <translation>已保存 {path}：{n} 单，其中 {changes} 单换了运单号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/shops_tab.py" line="241"/>
        <source>{n} orders shipped before {day} were never exported: export from an earlier day</source>
        <translation>{day} 之前发货的 {n} 单从未导出：请从更早的日期导出</translation>
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
    <name>SplitDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="211"/>
        <source>Split: ship part now, the rest later</source>
        <translation>拆单：部分先发，其余稍后</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="212"/>
        <source>Later</source>
        <translation>稍后发</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="213"/>
        <source>Hold the rest until the stock comes</source>
        <translation>其余商品暂停，等到货再发</translation>
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
        <location filename="../../app/ui/desk/stock_tab.py" line="39"/>
        <source>SKU, name or style</source>
        <translation>商家编码、名称或款号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="42"/>
        <source>all SKUs</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="42"/>
        <source>low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="43"/>
        <source>not enough for the open orders</source>
        <translation>库存不够待发订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="43"/>
        <source>to count</source>
        <translation>待盘点</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="49"/>
        <location filename="../../app/ui/desk/stock_tab.py" line="86"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="49"/>
        <source>Colour/size</source>
        <translation>颜色/尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="50"/>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="50"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="50"/>
        <source>Low at</source>
        <translation>预警值</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="53"/>
        <source>Low-stock level of the selected SKU:</source>
        <translation>所选商品的低库存预警值：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="58"/>
        <source>Set level…</source>
        <translation>设置预警值…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="66"/>
        <source>Stock count (scan every unit)</source>
        <translation>盘点（每件扫描）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="69"/>
        <source>only the SKUs scanned (a shelf)</source>
        <translation>只盘扫到的商品（一个货架）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="70"/>
        <source>the whole stock (SKUs not scanned count 0)</source>
        <translation>全部库存（没扫到的商品记为 0）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="75"/>
        <source>scan a unit (or type a SKU)</source>
        <translation>扫描一件（或输入商家编码）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="86"/>
        <source>Counted</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="86"/>
        <source>Books</source>
        <translation>账面</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="87"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="90"/>
        <source>Apply the differences…</source>
        <translation>确认差异…</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="92"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="112"/>
        <source>oversold by {n}</source>
        <translation>超卖 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="114"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="116"/>
        <source>count it: shipped with the books short</source>
        <translation>请盘点：发货时账面不足</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="122"/>
        <source>Select a SKU first</source>
        <translation>请先选择商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="125"/>
        <source>Low-stock level</source>
        <translation>低库存预警值</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="125"/>
        <location filename="../../app/ui/desk/stock_tab.py" line="169"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="127"/>
        <source>{sku}: low at {n}</source>
        <translation>{sku}：低于 {n} 预警</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="148"/>
        <source>{sku} {name}: +{n}, {total} counted</source>
        <translation>{sku} {name}：+{n}，已盘 {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="167"/>
        <source>Scan what you count first</source>
        <translation>请先扫描要盘点的商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="169"/>
        <source>Apply the count</source>
        <translation>确认盘点</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="172"/>
        <source>Count applied</source>
        <translation>盘点已确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="173"/>
        <source>Count applied: {n} SKU(s) corrected</source>
        <translation>盘点已确认：调整了 {n} 个商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="49"/>
        <location filename="../../app/ui/desk/stock_tab.py" line="86"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/stock_tab.py" line="49"/>
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
    <name>SwapDialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="98"/>
        <source>Another size or colour</source>
        <translation>换尺码或颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="102"/>
        <source>Same style</source>
        <translation>同款</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="113"/>
        <source>{variant} ({sku}), {stock} in stock</source>
        <translation>{variant}（{sku}），库存 {stock}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../app/ui/messages.py" line="290"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="297"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="298"/>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="299"/>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="300"/>
        <source>blue</source>
        <translation>蓝旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="301"/>
        <source>purple</source>
        <translation>紫旗</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="302"/>
        <source>open</source>
        <translation>待打包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="303"/>
        <source>being packed</source>
        <translation>打包中</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="304"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="305"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="306"/>
        <source>waiting for payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="307"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="308"/>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="309"/>
        <source>split</source>
        <translation>拆单</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="310"/>
        <source>reship</source>
        <translation>补发</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="311"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="312"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="313"/>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="314"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="315"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="316"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="317"/>
        <source>opened</source>
        <translation>已拆封</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="318"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="319"/>
        <source>buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="320"/>
        <source>courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="321"/>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="322"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="323"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="325"/>
        <source>rolls</source>
        <translation>卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="326"/>
        <source>packs</source>
        <translation>包</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="327"/>
        <source>boxes</source>
        <translation>箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="329"/>
        <source>recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="330"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="331"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="332"/>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="333"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="334"/>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="335"/>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="336"/>
        <source>buyer ID</source>
        <translation>买家账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="337"/>
        <source>shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="338"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="339"/>
        <source>buyer&apos;s note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="340"/>
        <source>shop&apos;s note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="341"/>
        <source>amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="342"/>
        <source>payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="343"/>
        <source>an order line</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="344"/>
        <source>size or colour</source>
        <translation>尺码或颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="345"/>
        <source>a new line</source>
        <translation>新增商品行</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="346"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="347"/>
        <source>order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="349"/>
        <source>shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="350"/>
        <source>sender&apos;s name</source>
        <translation>发件人姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="351"/>
        <source>sender&apos;s phone</source>
        <translation>发件人电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="352"/>
        <source>return address</source>
        <translation>退货地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="353"/>
        <source>packing-slip header</source>
        <translation>发货单抬头</translation>
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
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="41"/>
        <source>Why (the buyer asked, out of stock …)</source>
        <translation>原因（买家要求、缺货 …）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="43"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="44"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="49"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="55"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="55"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="55"/>
        <source>Colour / size</source>
        <translation>颜色 / 尺码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/order_actions.py" line="55"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
</context>
</TS>
