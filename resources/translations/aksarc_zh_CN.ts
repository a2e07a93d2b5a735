<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Adding</name>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="40"/>
        <source>Add the service to which cluster?</source>
        <translation>将服务添加到哪个群集？</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="41"/>
        <source>Add the node pool to which cluster?</source>
        <translation>将节点池添加到哪个群集？</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="42"/>
        <source>Choose a cluster</source>
        <translation>选择群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="53"/>
        <source>Add service to {cluster}</source>
        <translation>向 {cluster} 添加服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="54"/>
        <source>Add node pool to {cluster}</source>
        <translation>向 {cluster} 添加节点池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="56"/>
        <source>Add logical network</source>
        <translation>添加逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="57"/>
        <source>Add cluster</source>
        <translation>添加群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="58"/>
        <source>Add reservation</source>
        <translation>添加预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="59"/>
        <source>Add item</source>
        <translation>添加项</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="66"/>
        <source>Remove {item}</source>
        <translation>删除 {item}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/adding.py" line="73"/>
        <source>Duplicate {item}</source>
        <translation>复制 {item}</translation>
    </message>
</context>
<context>
    <name>Allocate</name>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="116"/>
        <source>note: {message}</source>
        <translation>注意：{message}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="118"/>
        <source>error: no layout fits: {reason}</source>
        <translation>错误：没有可行的布局：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="123"/>
        <source>Nothing to allocate: every pool, control plane IP and load balancer range is set.</source>
        <translation>无需分配：每个 IP 池、控制平面 IP 和负载均衡器地址范围都已设置。</translation>
    </message>
    <message>
        <source>error: cannot write {path}: {reason}</source>
        <translation type="vanished">错误：无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="132"/>
        <source>The completed plan still has {count} error(s); run aksarc-plan check to see them.</source>
        <translation>补全后的规划仍有 {count} 个错误；运行 aksarc-plan check 查看。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="65"/>
        <source>{path}: {old} -&gt; {new}</source>
        <translation>{path}：{old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="65"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="210"/>
        <source>IP pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="212"/>
        <source>control plane IPs</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="213"/>
        <source>load balancer range of {cluster}</source>
        <translation>群集 {cluster} 的负载均衡器地址范围</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="228"/>
        <source>{network} ({prefix}): the layout needs {needed} addresses but only {free} are free: it needs {missing} more addresses.</source>
        <translation>{network}（{prefix}）：此布局需要 {needed} 个地址，但只有 {free} 个空闲：还需要 {missing} 个地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="232"/>
        <source>{network} ({prefix}): {free} addresses are free, but in ranges too short: the {piece} needs {size} addresses in a row and the longest free range has {longest}.</source>
        <translation>{network}（{prefix}）：有 {free} 个地址空闲，但所在范围太短：{piece} 需要 {size} 个连续地址，而最长的空闲范围只有 {longest} 个。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="239"/>
        <source>The longest free range can hold a pool for {fit} node VMs; the clusters have {have}.</source>
        <translation>最长的空闲范围可容纳供 {fit} 个节点 VM 使用的 IP 池；这些群集有 {have} 个节点 VM。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="243"/>
        <source>It fits with a headroom of {pct}% (asked: {asked}%).</source>
        <translation>预留 {pct}% 的余量时可以容纳（要求：{asked}%）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="244"/>
        <source>It fits without headroom.</source>
        <translation>不留余量时可以容纳。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="247"/>
        <source>A /{bits} ({network}) would fit.</source>
        <translation>/{bits}（{network}）可以容纳。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="308"/>
        <source>{cluster}: its logical network &quot;{network}&quot; is not in the plan; nothing was allocated for it.</source>
        <translation>{cluster}：它的逻辑网络“{network}”不在规划中；没有为它分配任何地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="311"/>
        <source>{cluster}: it has services but no load balancer; add one (MetalLB or your own) and allocate again to get its addresses.</source>
        <translation>{cluster}：它有服务但没有负载均衡器；请添加一个（MetalLB 或自带负载均衡器），然后再次分配以获得其地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/allocate.py" line="375"/>
        <source>Management network ({prefix}): the infrastructure IP pool was left empty: it needs {size} contiguous free addresses and the longest free range has {longest}.</source>
        <translation>管理网络（{prefix}）：基础结构 IP 池保持为空：它需要 {size} 个连续的空闲地址，而最长的空闲范围只有 {longest} 个。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../aksarc_gui/app.py" line="39"/>
        <source>AKS Arc Network Planner: plan the IP addresses AKS enabled by Azure Arc needs.</source>
        <translation>AKS Arc Network Planner：规划由 Azure Arc 启用的 AKS 所需的 IP 地址。</translation>
    </message>
    <message>
        <source>the plan file (.aksplan) to open; the sample plan when omitted</source>
        <translation type="vanished">要打开的规划文件（.aksplan）；省略时打开示例规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/app.py" line="33"/>
        <source>{size}: give the size as WIDTHxHEIGHT, e.g. 1280x720</source>
        <translation>{size}：请以 宽x高 的形式给出尺寸，例如 1280x720</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/app.py" line="41"/>
        <source>the plan file (.aksplan) to open; when omitted, the plan open when the planner last closed</source>
        <translation>要打开的规划文件（.aksplan）；省略时打开规划器上次关闭时打开的规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/app.py" line="43"/>
        <source>render the window offscreen at 1440x900 into PNG and exit</source>
        <translation>在屏幕外以 1440x900 渲染窗口并保存为 PNG，然后退出</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/app.py" line="45"/>
        <source>the screen size --screenshot renders for, e.g. 1280x720 (default 1440x900)</source>
        <translation>--screenshot 所模拟的屏幕尺寸，例如 1280x720（默认 1440x900）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/app.py" line="47"/>
        <source>interface language (default: the one chosen in View &gt; Language, else the system&apos;s)</source>
        <translation>界面语言（默认：在“视图 &gt; 语言”中选择的语言，否则为系统语言）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/app.py" line="156"/>
        <source>aksarc-planner: {message}</source>
        <translation>aksarc-planner：{message}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/app.py" line="226"/>
        <source>aksarc-planner: cannot write {file}</source>
        <translation>aksarc-planner：无法写入 {file}</translation>
    </message>
</context>
<context>
    <name>AzureDialogs</name>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="40"/>
        <source>Choose az output files (JSON)</source>
        <translation>选择 az 输出文件（JSON）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="41"/>
        <source>az JSON output (*.json *.txt);;All files (*)</source>
        <translation>az JSON 输出 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="49"/>
        <source>The az output cannot be read</source>
        <translation>无法读取 az 输出</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="54"/>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="94"/>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="99"/>
        <source>Import from Azure</source>
        <translation>从 Azure 导入</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="55"/>
        <source>Merge what Azure has into the open plan, or start a new plan with it?</source>
        <translation>将 Azure 中已有的对象合并到当前规划，还是用它们新建规划？</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="57"/>
        <source>Merge into This Plan</source>
        <translation>合并到此规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="58"/>
        <source>New Plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="83"/>
        <source>Imported from Azure</source>
        <translation>从 Azure 导入</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="95"/>
        <source>Imported {added} new and {updated} updated object(s), marked deployed.</source>
        <translation>已导入 {added} 个新对象，更新 {updated} 个对象，均标记为已部署。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="124"/>
        <source>Compare with Azure</source>
        <translation>与 Azure 比较</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="134"/>
        <source>No drift: the plan&apos;s deployed objects match Azure.</source>
        <translation>没有偏差：规划中已部署的对象与 Azure 一致。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="135"/>
        <source>{count} difference(s) between the plan and Azure.</source>
        <translation>规划与 Azure 之间有 {count} 处差异。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="138"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="138"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="138"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="138"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="138"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="141"/>
        <source>Double-click a row to show the object in the plan.</source>
        <translation>双击某行可在规划中显示该对象。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="144"/>
        <source>Drift</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="150"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="150"/>
        <source>Pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="150"/>
        <source>In use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="150"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="150"/>
        <source>More node VMs</source>
        <translation>可再加节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="150"/>
        <source>More clusters</source>
        <translation>可再加群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="151"/>
        <source>Upgrades at once</source>
        <translation>可同时升级</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="151"/>
        <source>Free outside pool</source>
        <translation>IP 池外空闲</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="156"/>
        <source>Every planned addition fits.</source>
        <translation>所有计划新增的对象都放得下。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/azure_dialogs.py" line="160"/>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
</context>
<context>
    <name>AzureDiff</name>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="31"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="32"/>
        <source>extra</source>
        <translation>多出</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="33"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="52"/>
        <source>{what}: deployed in the plan, not in Azure</source>
        <translation>{what}：规划中标记为已部署，Azure 中没有</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="54"/>
        <source>{what}: in Azure, not deployed in the plan</source>
        <translation>{what}：Azure 中存在，规划中未标记为已部署</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="55"/>
        <source>{what}: {field} is {plan} in the plan, {azure} in Azure</source>
        <translation>{what}：{field} 在规划中为 {plan}，在 Azure 中为 {azure}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="61"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="111"/>
        <source>other IP pools</source>
        <translation>其他 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="140"/>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="154"/>
        <source>node pool {pool} of cluster {cluster}</source>
        <translation>群集 {cluster} 的节点池 {pool}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="188"/>
        <source>load balancer {name} of cluster {cluster}</source>
        <translation>群集 {cluster} 的负载均衡器 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="213"/>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="223"/>
        <source>reservation for network interface {nic}</source>
        <translation>网络接口 {nic} 的预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="219"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="248"/>
        <source>No drift: the plan&apos;s deployed objects match Azure.</source>
        <translation>没有偏差：规划中已部署的对象与 Azure 一致。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="252"/>
        <source>{count} difference(s).</source>
        <translation>{count} 处差异。</translation>
    </message>
</context>
<context>
    <name>AzureHeadroom</name>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="114"/>
        <source>adding {cluster}</source>
        <translation>添加 {cluster}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="119"/>
        <source>adding node pool {pool} to {cluster}</source>
        <translation>向 {cluster} 添加节点池 {pool}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="126"/>
        <source>{action} uses the last {free} pool addresses: its first upgrade fails</source>
        <translation>{action} 会用掉 IP 池最后的 {free} 个地址：它的第一次升级将失败</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="129"/>
        <source>{action} uses the last {free} pool addresses and the one kept for upgrades: the next upgrade of {cluster} fails</source>
        <translation>{action} 会用掉 IP 池最后的 {free} 个地址以及为升级保留的地址：{cluster} 的下一次升级将失败</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="131"/>
        <source>{action} needs {need} pool addresses, {free} are left: its node VMs do not all get an address</source>
        <translation>{action} 需要 {need} 个 IP 池地址，只剩 {free} 个：它的节点 VM 无法全部获得地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="154"/>
        <source>what is deployed</source>
        <translation>已部署的对象</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="155"/>
        <source>the deployed clusters already need {need} pool addresses, the pool has {size}</source>
        <translation>已部署的群集已需要 {need} 个 IP 池地址，而 IP 池只有 {size} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="176"/>
        <source>No deployed logical network in the plan; import one with aksarc-plan import.</source>
        <translation>规划中没有已部署的逻辑网络；请用 aksarc-plan import 导入。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="177"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="177"/>
        <source>Pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="178"/>
        <source>In use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="178"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="179"/>
        <source>More node VMs</source>
        <translation>可再加节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="179"/>
        <source>More clusters</source>
        <translation>可再加群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="180"/>
        <source>Upgrades at once</source>
        <translation>可同时升级</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="180"/>
        <source>Free outside pool</source>
        <translation>IP 池外空闲</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="189"/>
        <source>{network}: {message}</source>
        <translation>{network}：{message}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/headroom.py" line="191"/>
        <source>{network}: the {count} planned addition(s) fit; {free} pool addresses stay free</source>
        <translation>{network}：计划新增的 {count} 项都放得下；IP 池仍空闲 {free} 个地址</translation>
    </message>
</context>
<context>
    <name>AzureImport</name>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="86"/>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="107"/>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="110"/>
        <source>logical network {name}</source>
        <translation>逻辑网络 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/diff.py" line="118"/>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="149"/>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="151"/>
        <source>cluster {name}</source>
        <translation>群集 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="46"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="48"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="50"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="51"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="73"/>
        <source>expected an object, found {kind}</source>
        <translation>应为对象，实际为{kind}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="81"/>
        <source>expected a list, found {kind}</source>
        <translation>应为列表，实际为{kind}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="93"/>
        <source>required field is missing</source>
        <translation>缺少必需字段</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="106"/>
        <source>expected a string, found {kind}</source>
        <translation>应为字符串，实际为{kind}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="121"/>
        <source>expected a whole number, found {value}</source>
        <translation>应为整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="134"/>
        <source>expected true or false, found {value}</source>
        <translation>应为 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="145"/>
        <source>unknown field, not imported</source>
        <translation>未知字段，未导入</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="152"/>
        <source>not JSON (line {line}, column {column}: {reason}); run the az command with -o json</source>
        <translation>不是 JSON（第 {line} 行第 {column} 列：{reason}）；请用 -o json 运行 az 命令</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="157"/>
        <source>not az output: a number too long or nesting too deep</source>
        <translation>不是 az 输出：数字过长或嵌套过深</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="165"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="169"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="172"/>
        <source>the file is too large to be az output</source>
        <translation>文件太大，不可能是 az 输出</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/jsondoc.py" line="178"/>
        <source>the file is not UTF-8 or UTF-16 text</source>
        <translation>文件不是 UTF-8 或 UTF-16 文本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="64"/>
        <source>in use by VM {vm} (network interface {nic})</source>
        <translation>由 VM {vm} 使用（网络接口 {nic}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="65"/>
        <source>in use by network interface {nic}</source>
        <translation>由网络接口 {nic} 使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="114"/>
        <source>IP pool ({kind}) of logical network {network} in Azure; the plan keeps one pool per network</source>
        <translation>Azure 中逻辑网络 {network} 的 IP 池（{kind}）；规划中每个网络只保留一个 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="159"/>
        <source>cluster {name}: Azure names no logical network for it (cloudProviderProfile.infraNetworkProfile.vnetSubnetIds is empty)</source>
        <translation>群集 {name}：Azure 没有给出它的逻辑网络（cloudProviderProfile.infraNetworkProfile.vnetSubnetIds 为空）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="162"/>
        <source>cluster {name}: its logical network {network} is in no file read; add the output of az stack-hci-vm network lnet show for it</source>
        <translation>群集 {name}：读取的文件中没有它的逻辑网络 {network}；请加上该网络的 az stack-hci-vm network lnet show 输出</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="174"/>
        <source>node pool {pool}: its cluster {cluster} is neither in the files nor in the plan; it was not imported</source>
        <translation>节点池 {pool}：它的群集 {cluster} 既不在文件中也不在规划中；未导入</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="181"/>
        <source>load balancer {name}: its cluster {cluster} is neither in the files nor in the plan; it was not imported</source>
        <translation>负载均衡器 {name}：它的群集 {cluster} 既不在文件中也不在规划中；未导入</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/merge.py" line="188"/>
        <source>cluster {cluster}: the planned load balancer {old} was replaced by {name}, which Azure has (one MetalLB load balancer per cluster)</source>
        <translation>群集 {cluster}：计划的负载均衡器 {old} 已替换为 Azure 中已有的 {name}（每个群集一个 MetalLB 负载均衡器）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="58"/>
        <source>{value} is not an IPv4 {kind}</source>
        <translation>{value} 不是有效的 IPv4 {kind}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="63"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="67"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="94"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是以下值之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="132"/>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="143"/>
        <source>a logical network without a subnet has no address prefix</source>
        <translation>没有子网的逻辑网络没有地址前缀</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="134"/>
        <source>only the first subnet is imported: a logical network made by az has one</source>
        <translation>只导入第一个子网：用 az 创建的逻辑网络只有一个子网</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="151"/>
        <source>VLAN {vlan} is not between 0 and 4094</source>
        <translation>VLAN {vlan} 不在 0 到 4094 之间</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="207"/>
        <source>the cluster&apos;s name cannot be read: the id names no connectedClusters resource</source>
        <translation>无法读取群集名称：id 中没有 connectedClusters 资源</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="219"/>
        <source>the autoscaler is on (enableAutoScaling) but {field} is missing</source>
        <translation>自动缩放器已开启（enableAutoScaling），但缺少 {field}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="257"/>
        <source>the node pool&apos;s cluster cannot be read: the id names no connectedClusters resource</source>
        <translation>无法读取节点池所属的群集：id 中没有 connectedClusters 资源</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="275"/>
        <source>the load balancer&apos;s cluster cannot be read: the id names no connectedClusters resource</source>
        <translation>无法读取负载均衡器所属的群集：id 中没有 connectedClusters 资源</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="279"/>
        <source>address, range or network</source>
        <translation>地址、范围或网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="317"/>
        <source>{what} {name} is also in {other} with different values; read one az output per resource</source>
        <translation>{what} {name} 也出现在 {other} 中，但值不同；每个资源只读取一份 az 输出</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="345"/>
        <source>logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="348"/>
        <source>network interface</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="350"/>
        <source>cluster</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="352"/>
        <source>node pool</source>
        <translation>节点池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="354"/>
        <source>load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="356"/>
        <source>not a resource az prints for logical networks, NICs, clusters, node pools or load balancers</source>
        <translation>不是 az 为逻辑网络、网络接口、群集、节点池或负载均衡器输出的资源</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/azure_import/readers.py" line="359"/>
        <source>resource type {type} is not one the planner imports</source>
        <translation>规划器不导入资源类型 {type}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="37"/>
        <source>{note} (--strict)</source>
        <translation>{note}（因使用 --strict 而视为错误）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="68"/>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="70"/>
        <source>added {what} (deployed)</source>
        <translation>已添加{what}（已部署）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="72"/>
        <source>updated {what} from Azure (deployed)</source>
        <translation>已按 Azure 更新{what}（已部署）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="74"/>
        <source>The files hold no logical network, cluster, node pool, NIC or load balancer.</source>
        <translation>这些文件中没有逻辑网络、群集、节点池、网络接口或负载均衡器。</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="38"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="125"/>
        <source>Requirement</source>
        <translation>IP 地址要求</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="38"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="125"/>
        <source>IPs</source>
        <translation>IP 地址数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="38"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="126"/>
        <source>Where it is reserved</source>
        <translation>在哪里进行此预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="39"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="34"/>
        <source>AKS Arc node VMs</source>
        <translation>AKS Arc 节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="39"/>
        <location filename="../../aksarc_gui/cli.py" line="40"/>
        <location filename="../../aksarc_gui/cli.py" line="42"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="34"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="35"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="39"/>
        <source>logical network IP pool</source>
        <translation>逻辑网络的 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="40"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="35"/>
        <source>Kubernetes upgrade</source>
        <translation>Kubernetes 版本升级</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="41"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="38"/>
        <source>Control plane (automatic)</source>
        <translation>控制平面（自动）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="43"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="41"/>
        <source>Control plane IPs</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="43"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="42"/>
        <source>same subnet, outside the IP pool</source>
        <translation>同一子网中，IP 池之外</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="44"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="43"/>
        <source>Load balancer IPs</source>
        <translation>负载均衡器 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="45"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="44"/>
        <source>same subnet outside the IP pool, or another network</source>
        <translation>同一子网中 IP 池之外，或其他网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="46"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="134"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="54"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="61"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="77"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="140"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="329"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="54"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="141"/>
        <source>Pool size</source>
        <translation>IP 池大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="54"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="142"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="330"/>
        <source>Required</source>
        <translation>所需</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="55"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="142"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="330"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="193"/>
        <source>{required} of {size}</source>
        <translation>{required} / {size}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="199"/>
        <source>The pool is {missing} address(es) short.</source>
        <translation>IP 池还缺 {missing} 个地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="200"/>
        <source>{free} address(es) of the pool are free.</source>
        <translation>IP 池中有 {free} 个地址空闲。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="206"/>
        <source>Network / cluster</source>
        <translation>网络 / 群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="206"/>
        <source>More nodes</source>
        <translation>可增加节点</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="207"/>
        <source>More LB instances</source>
        <translation>可增加负载均衡器实例</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="207"/>
        <source>On a new port</source>
        <translation>使用新端口时</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="223"/>
        <source>The IP pool of {network} is {missing} address(es) short (POOL-3).</source>
        <translation>{network} 的 IP 池缺少 {missing} 个地址（POOL-3）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="225"/>
        <source>{more} more node VM(s) fit in the IP pool of {network} before POOL-3 breaks; the clusters on it share them.</source>
        <translation>在违反 POOL-3 之前，{network} 的 IP 池还能再容纳 {more} 个节点 VM；其上的群集共用这些地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="231"/>
        <source>{cluster}: limited by the 200 nodes a cluster may have.</source>
        <translation>{cluster}：受每个群集最多 200 个节点的限制。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="234"/>
        <source>{cluster}: its logical network is not in the plan.</source>
        <translation>{cluster}：其逻辑网络不在规划中。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="237"/>
        <source>{cluster}: limited by the IP pool of {network}, shared with the other clusters on it.</source>
        <translation>{cluster}：受 {network} 的 IP 池限制，该 IP 池与其上的其他群集共用。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="241"/>
        <source>Its {addresses} load balancer address(es) carry {more} more service instance(s) on the busiest port before LB-4 breaks, {new} on a port nobody uses yet.</source>
        <translation>在违反 LB-4 之前，其 {addresses} 个负载均衡器地址在最繁忙的端口上还能再承载 {more} 个服务实例，在尚未使用的端口上可承载 {new} 个。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="305"/>
        <source>IP budget</source>
        <translation>IP 地址预算</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="313"/>
        <source>IP pools per logical network</source>
        <translation>各逻辑网络的 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="317"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="326"/>
        <source>Room to grow</source>
        <translation>增长空间</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="319"/>
        <source>Node VMs that still fit in the IP pool before POOL-3 breaks (the pool is shared: each cluster can add that many, not all of them at once), and load balancer service instances that still fit before LB-4 breaks, on the busiest port and on a port nobody uses yet.</source>
        <translation>在违反 POOL-3 之前 IP 池还能容纳的节点 VM 数（IP 池是共用的：每个群集都可以增加这么多，但不能同时增加），以及在违反 LB-4 之前还能容纳的负载均衡器服务实例数（分别按最繁忙的端口和尚未使用的端口计算）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="329"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="330"/>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="373"/>
        <source>IP pool usage:</source>
        <translation>IP 池使用情况：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="376"/>
        <source>Clusters on this network</source>
        <translation>此网络上的群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="428"/>
        <source>No logical network selected</source>
        <translation>未选择逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="435"/>
        <source>Logical network {name}</source>
        <translation>逻辑网络 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="436"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="483"/>
        <source>(none yet)</source>
        <translation>（还没有）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="438"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="478"/>
        <source>Address prefix:</source>
        <translation>地址前缀：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="439"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="479"/>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="439"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="441"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="442"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="479"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="480"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="440"/>
        <source>DNS servers:</source>
        <translation>DNS 服务器：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="442"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="480"/>
        <source>VLAN:</source>
        <translation>VLAN：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="443"/>
        <source>IP pool:</source>
        <translation>IP 池：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="77"/>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="449"/>
        <source>Cluster</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="449"/>
        <source>Node VMs</source>
        <translation>节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="449"/>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="450"/>
        <source>Pool IPs</source>
        <translation>IP 池地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="450"/>
        <source>Control plane IP</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="451"/>
        <source>LB IPs needed</source>
        <translation>所需负载均衡器 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="451"/>
        <source>LB addresses</source>
        <translation>负载均衡器地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="459"/>
        <source>automatic (from the pool)</source>
        <translation>自动（来自 IP 池）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="460"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="468"/>
        <source>Management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="472"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="472"/>
        <source>not described in this plan</source>
        <translation>此规划中未描述</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="481"/>
        <source>Infrastructure pool:</source>
        <translation>基础结构 IP 池：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="482"/>
        <source>{start} - {end} ({size} addresses, at least 6 needed)</source>
        <translation>{start} - {end}（{size} 个地址，至少需要 6 个）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="485"/>
        <source>Physical host</source>
        <translation>物理服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/budget.py" line="485"/>
        <source>Management IP</source>
        <translation>管理 IP</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="51"/>
        <source>Plan: {name}</source>
        <translation>规划：{name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="51"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="60"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="60"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="61"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="70"/>
        <source>No errors.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="70"/>
        <source>{count} error(s).</source>
        <translation>{count} 个错误。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="78"/>
        <location filename="../../aksarc_gui/cli_azure.py" line="26"/>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="101"/>
        <source>expected a whole number &gt;= 0, got {value!r}</source>
        <translation>应为 &gt;= 0 的整数，实际值为 {value!r}</translation>
    </message>
    <message>
        <source>error: cannot write {path}: {reason}</source>
        <translation type="vanished">错误：无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="128"/>
        <location filename="../../aksarc_gui/cli.py" line="165"/>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="171"/>
        <source>Check AKS Arc IP address plans against Microsoft&apos;s network requirements.</source>
        <translation>根据 Microsoft 的网络要求检查 AKS Arc IP 地址规划。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="173"/>
        <source>language of the report and messages (default: en, so scripts see stable output)</source>
        <translation>报告和消息的语言（默认：en，使脚本得到稳定的输出）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="176"/>
        <source>load a plan, print its IP budget and problems</source>
        <translation>加载规划，打印其 IP 地址预算和问题</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="177"/>
        <location filename="../../aksarc_gui/cli.py" line="181"/>
        <location filename="../../aksarc_gui/cli.py" line="190"/>
        <location filename="../../aksarc_gui/cli_azure.py" line="140"/>
        <location filename="../../aksarc_gui/cli_azure.py" line="146"/>
        <source>the plan file (.aksplan)</source>
        <translation>规划文件（.aksplan）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="180"/>
        <source>fill in empty IP pools, control plane IPs and load balancer ranges</source>
        <translation>填写空缺的 IP 池、控制平面 IP 和负载均衡器地址范围</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="183"/>
        <source>spare room added to each pool and load balancer range, in percent (default 20)</source>
        <translation>为每个 IP 池和负载均衡器地址范围增加的余量，以百分比表示（默认 20）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="185"/>
        <source>pool room for N more nodes on top of the headroom</source>
        <translation>在余量之外，IP 池再为 N 个节点留出空间</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="187"/>
        <source>write the completed plan here (default or -: standard output)</source>
        <translation>将补全后的规划写入此文件（默认或 -：标准输出）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="194"/>
        <source>the file to write (replaced atomically; -: standard output)</source>
        <translation>要写入的文件（以原子方式替换；-：标准输出）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="243"/>
        <source>internal error (please report it): {detail}</source>
        <translation>内部错误（请报告此问题）：{detail}</translation>
    </message>
    <message>
        <source>write the completed plan here (default: standard output)</source>
        <translation type="vanished">将补全后的规划写入此处（默认：标准输出）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="189"/>
        <source>write the plan as an Excel workbook or an az command script</source>
        <translation>将规划写成 Excel 工作簿或 az 命令脚本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="192"/>
        <source>xlsx: workbook for the network team; bash or powershell: az commands</source>
        <translation>xlsx：供网络团队使用的工作簿；bash 或 powershell：az 命令</translation>
    </message>
    <message>
        <source>the file to write (replaced atomically)</source>
        <translation type="vanished">要写入的文件（以原子方式替换）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="79"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="121"/>
        <source>JSON printed by az stack-hci-vm network lnet|nic list/show, az aksarc list/show, az aksarc nodepool list or az k8s-runtime load-balancer list (any order and mix)</source>
        <translation>az stack-hci-vm network lnet|nic list/show、az aksarc list/show、az aksarc nodepool list 或 az k8s-runtime load-balancer list 输出的 JSON（顺序和组合不限）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="125"/>
        <source>treat fields the planner does not know as errors</source>
        <translation>将规划器不认识的字段视为错误</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="130"/>
        <source>make a plan (or extend one) from what az says is deployed</source>
        <translation>根据 az 报告的已部署对象创建（或扩展）规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="133"/>
        <source>the plan file to write (replaced atomically)</source>
        <translation>要写入的规划文件（以原子方式替换）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="134"/>
        <source>merge into this plan instead of starting a new one</source>
        <translation>合并到此规划，而不是新建规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="135"/>
        <source>name of the new plan</source>
        <translation>新规划的名称</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="137"/>
        <source>Azure Local release of the new plan (az output does not say it)</source>
        <translation>新规划的 Azure Local 版本（az 输出中没有）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="139"/>
        <source>list where the plan and Azure differ (exit 0 same, 1 differs)</source>
        <translation>列出规划与 Azure 的差异（退出码 0 相同，1 有差异）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli_azure.py" line="144"/>
        <source>how many more node VMs, clusters and upgrades each deployed logical network can take</source>
        <translation>每个已部署的逻辑网络还能容纳多少节点 VM、群集和升级</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="236"/>
        <source>Clusters</source>
        <translation>群集</translation>
    </message>
    <message>
        <source>Each AKS Arc cluster with its control plane nodes and worker node pools. Write several node pools as node counts separated by commas (3, 2).</source>
        <translation type="vanished">每个 AKS Arc 群集及其控制平面节点和工作器节点池。多个节点池请写成以逗号分隔的节点数（3, 2）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="237"/>
        <source>Each AKS Arc cluster with its control plane nodes and worker node pools. Write several node pools as node counts separated by commas (3, 2), and a pool the cluster autoscaler sizes as a range (2-6: it starts with 2).</source>
        <translation>每个 AKS Arc 群集及其控制平面节点和工作器节点池。多个节点池写成以逗号分隔的节点数（3, 2）；由群集自动缩放程序调整大小的节点池写成范围（2-6：从 2 个节点开始）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="240"/>
        <source>Cluster</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="240"/>
        <source>Control plane nodes</source>
        <translation>控制平面节点</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="240"/>
        <source>Worker nodes per node pool</source>
        <translation>每个节点池的工作器节点数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="241"/>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="241"/>
        <source>Add cluster</source>
        <translation>添加群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="241"/>
        <source>Remove cluster</source>
        <translation>删除群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="266"/>
        <source>MetalLB (Arc extension)</source>
        <translation>MetalLB（Arc 扩展）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="266"/>
        <source>Your own</source>
        <translation>自带</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="267"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="295"/>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Row {row}: give the cluster a name.</source>
        <translation type="vanished">第 {row} 行：请为群集命名。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="298"/>
        <source>Two clusters are called {name}; names must be unique.</source>
        <translation>有两个群集都名为 {name}；名称必须唯一。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="303"/>
        <source>{cluster}: {problem}</source>
        <translation>{cluster}：{problem}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="309"/>
        <source>Add at least one cluster.</source>
        <translation>请至少添加一个群集。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="63"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="64"/>
        <source>Copy this step&apos;s commands</source>
        <translation>复制此步骤的命令</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="84"/>
        <source>Copy {step}</source>
        <translation>复制 {step}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="97"/>
        <source>&amp;Bash</source>
        <translation>&amp;Bash</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="98"/>
        <source>&amp;PowerShell</source>
        <translation>&amp;PowerShell</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="103"/>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="104"/>
        <source>Save as Script...</source>
        <translation>另存为脚本...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="108"/>
        <source>Shell:</source>
        <translation>Shell：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/commands.py" line="149"/>
        <source>The command export is not part of this build.</source>
        <translation>此版本不包含命令导出功能。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../aksarc_gui/ui/dialogs.py" line="18"/>
        <source>AKS Arc plans (*.aksplan *.json);;All files (*)</source>
        <translation>AKS Arc 规划 (*.aksplan *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/dialogs.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/dialogs.py" line="28"/>
        <source>The plan “{name}” has unsaved changes. Save them first?</source>
        <translation>规划“{name}”有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/dialogs.py" line="41"/>
        <source>File changed by another program</source>
        <translation>文件已被其他程序更改</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/dialogs.py" line="42"/>
        <source>“{name}” was changed by another program after the planner opened or last saved it. Replace it with this plan? Its changes will be lost.

Choose No to keep that file: then save this plan under another name (File &gt; Save As).</source>
        <translation>“{name}”在规划器打开或上次保存之后已被其他程序更改。要用此规划替换它吗？那些更改将会丢失。

选择“否”可保留该文件：然后以其他名称保存此规划（文件 &gt; 另存为）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/dialogs.py" line="50"/>
        <source>Open plan</source>
        <translation>打开规划</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../aksarc_gui/ui/editors/base.py" line="40"/>
        <source>Change {field}</source>
        <translation>更改“{field}”</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/base.py" line="149"/>
        <source>Remove from {field}</source>
        <extracomment>The user asked to open another item (a node pool from the cluster&apos;s list): its JSON path. An edit was refused because the plan could not hold it: the message.</extracomment>
        <translation>从“{field}”中删除</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="46"/>
        <source>{size} ({cpu} vCPU, {memory} GiB)</source>
        <translation>{size}（{cpu} 个 vCPU，{memory} GiB）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="60"/>
        <source>Plan and Azure context</source>
        <translation>规划和 Azure 上下文</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="62"/>
        <source>Plan name:</source>
        <translation>规划名称：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="63"/>
        <source>Azure Local release (YYMM):</source>
        <translation>Azure Local 版本 (YYMM)：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="65"/>
        <source>Azure context (used by the generated commands)</source>
        <translation>Azure 上下文（供生成的命令使用）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="66"/>
        <source>Subscription ID:</source>
        <translation>订阅 ID：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="68"/>
        <source>Resource group:</source>
        <translation>资源组：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="70"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="72"/>
        <source>Custom location ID:</source>
        <translation>自定义位置 ID：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="74"/>
        <source>(empty: the commands use a shell variable)</source>
        <translation>（为空：命令使用 shell 变量）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="82"/>
        <source>Azure Local outbound connectivity (set at deployment)</source>
        <translation>Azure Local 出站连接（部署时设置）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="83"/>
        <source>Arc gateway:</source>
        <translation>Arc 网关：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="84"/>
        <source>Azure Local uses the Arc gateway</source>
        <translation>Azure Local 使用 Arc 网关</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="85"/>
        <source>Azure Local uses a proxy server</source>
        <translation>Azure Local 使用代理服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="86"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="87"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="89"/>
        <source>HTTP proxy:</source>
        <translation>HTTP 代理：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="90"/>
        <source>HTTPS proxy:</source>
        <translation>HTTPS 代理：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="94"/>
        <source>Bypass list (NO_PROXY):</source>
        <translation>绕过列表 (NO_PROXY)：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="96"/>
        <source>comma separated, e.g. localhost,.svc,10.0.0.0/8</source>
        <translation>以逗号分隔，例如 localhost,.svc,10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="97"/>
        <source>Add what AKS Arc needs</source>
        <translation>添加 AKS Arc 所需的条目</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="98"/>
        <source>Complete the bypass list with the names and subnets AKS Arc needs for this plan (rule PROXY-2)</source>
        <translation>用此规划中 AKS Arc 所需的名称和子网补全绕过列表（规则 PROXY-2）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="117"/>
        <source>Add proxy settings</source>
        <translation>添加代理设置</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="117"/>
        <source>Remove proxy settings</source>
        <translation>删除代理设置</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="124"/>
        <source>Complete the proxy bypass list</source>
        <translation>补全代理绕过列表</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="185"/>
        <source>Management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="186"/>
        <source>The plan describes the management network</source>
        <translation>规划中描述管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="187"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="218"/>
        <source>Address prefix:</source>
        <translation>地址前缀：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="188"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="219"/>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="192"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="228"/>
        <source>VLAN:</source>
        <translation>VLAN：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="193"/>
        <source>Physical host IPs:</source>
        <translation>物理服务器 IP：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="194"/>
        <source>Add host IP</source>
        <translation>添加服务器 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="196"/>
        <source>Infrastructure pool start:</source>
        <translation>基础结构 IP 池起始地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="197"/>
        <source>Infrastructure pool end:</source>
        <translation>基础结构 IP 池结束地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="204"/>
        <source>Describe the management network</source>
        <translation>描述管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="205"/>
        <source>Remove the management network</source>
        <translation>删除管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="215"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="217"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="240"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="283"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="329"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="353"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="367"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="190"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="221"/>
        <source>DNS servers:</source>
        <translation>DNS 服务器：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="146"/>
        <source>Enter both the start and the end of the pool.</source>
        <translation>请同时输入 IP 池的起始地址和结束地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="191"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="222"/>
        <source>Add DNS server</source>
        <translation>添加 DNS 服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="223"/>
        <source>IP allocation method:</source>
        <translation>IP 地址分配方法：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="225"/>
        <source>IP pool start:</source>
        <translation>IP 池起始地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="226"/>
        <source>IP pool end:</source>
        <translation>IP 池结束地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="227"/>
        <source>VM switch name:</source>
        <translation>VM 交换机名称：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="232"/>
        <source>Rename logical network</source>
        <translation>重命名逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="238"/>
        <source>Cluster</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="241"/>
        <source>Logical network:</source>
        <translation>逻辑网络：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="242"/>
        <source>Kubernetes version:</source>
        <translation>Kubernetes 版本：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="243"/>
        <source>(empty: the release&apos;s default)</source>
        <translation>（为空：使用该版本的默认值）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="244"/>
        <source>Pod CIDR:</source>
        <translation>Pod CIDR：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="245"/>
        <source>Control plane</source>
        <translation>控制平面</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="246"/>
        <source>Control plane nodes:</source>
        <translation>控制平面节点数：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="248"/>
        <source>Control plane VM size:</source>
        <translation>控制平面 VM 大小：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="250"/>
        <source>Control plane IP:</source>
        <translation>控制平面 IP：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="252"/>
        <source>Node pools and services</source>
        <translation>节点池和服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="255"/>
        <source>Node pools:</source>
        <translation>节点池：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="256"/>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="271"/>
        <source>{name}: {count} × {size} ({os})</source>
        <translation>{name}：{count} × {size}（{os}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="274"/>
        <source>{name}: {instances} instance(s), ports {ports}</source>
        <translation>{name}：{instances} 个实例，端口 {ports}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="281"/>
        <source>Node pool</source>
        <translation>节点池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="284"/>
        <source>Nodes:</source>
        <translation>节点数：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="285"/>
        <source>VM size:</source>
        <translation>VM 大小：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="287"/>
        <source>OS type:</source>
        <translation>操作系统类型：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="288"/>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="290"/>
        <source>Cluster autoscaler</source>
        <translation>群集自动缩放程序</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="289"/>
        <source>The autoscaler sizes this pool</source>
        <translation>由自动缩放程序调整此节点池的大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="293"/>
        <source>Minimum nodes:</source>
        <translation>最少节点数：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="295"/>
        <source>Maximum nodes:</source>
        <translation>最多节点数：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="316"/>
        <source>Turn the autoscaler on</source>
        <translation>启用自动缩放程序</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="316"/>
        <source>Turn the autoscaler off</source>
        <translation>禁用自动缩放程序</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="324"/>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="325"/>
        <source>The cluster has a load balancer for its services</source>
        <translation>群集有供其服务使用的负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="326"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="327"/>
        <source>MetalLB (Arc extension)</source>
        <translation>MetalLB（Arc 扩展）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="328"/>
        <source>External (bring your own)</source>
        <translation>外部（自带负载均衡器）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="330"/>
        <source>Advertise mode:</source>
        <translation>通告模式：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="332"/>
        <source>Addresses:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="333"/>
        <source>Add addresses</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="342"/>
        <source>Add load balancer</source>
        <translation>添加负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="342"/>
        <source>Remove load balancer</source>
        <translation>删除负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="351"/>
        <source>Service (type LoadBalancer)</source>
        <translation>服务（LoadBalancer 类型）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="354"/>
        <source>Instances:</source>
        <translation>实例数：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="355"/>
        <source>Ports:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="357"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="358"/>
        <source>may share with other services (allow-shared-ip)</source>
        <translation>可与其他服务共享（allow-shared-ip）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="359"/>
        <source>its own addresses only</source>
        <translation>仅使用自己的地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="365"/>
        <source>Reservation</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="368"/>
        <source>First address:</source>
        <translation>第一个地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="369"/>
        <source>Last address:</source>
        <translation>最后一个地址：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="370"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="387"/>
        <source>Logical networks</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="388"/>
        <source>Clusters</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/forms.py" line="389"/>
        <source>Reservations</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/deployed.py" line="31"/>
        <source>Deployed in Azure: a logical network&apos;s name, prefix, gateway, IP pool, VLAN and vSwitch cannot change after it is created.</source>
        <translation>已在 Azure 中部署：逻辑网络创建后，其名称、地址前缀、网关、IP 池、VLAN 和虚拟交换机都不能更改。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/deployed.py" line="34"/>
        <source>Deployed in Azure: a cluster&apos;s name, logical network, control plane IP and pod CIDR cannot change after it is created.</source>
        <translation>已在 Azure 中部署：群集创建后，其名称、逻辑网络、控制平面 IP 和 Pod CIDR 都不能更改。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/deployed.py" line="37"/>
        <source>Deployed in Azure: a node pool&apos;s name, VM size and OS type cannot change after it is created.</source>
        <translation>已在 Azure 中部署：节点池创建后，其名称、VM 大小和操作系统类型都不能更改。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/deployed.py" line="39"/>
        <source>Imported from Azure: the address is in use there (a VM&apos;s network interface or another IP pool). Import again to refresh it.</source>
        <translation>从 Azure 导入：该地址在 Azure 中已被使用（VM 的网络接口或另一个 IP 池）。重新导入即可刷新。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/deployed.py" line="41"/>
        <source>Deployed in Azure: a load balancer&apos;s name and kind cannot change after it is created.</source>
        <translation>已在 Azure 中部署：负载均衡器创建后，其名称和类型都不能更改。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/deployed.py" line="45"/>
        <source>Deployed in Azure (imported). Greyed fields were fixed when it was created.</source>
        <translation>已在 Azure 中部署（已导入）。灰色字段在创建时已固定。</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="23"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="24"/>
        <source>address prefix</source>
        <translation>地址前缀</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="25"/>
        <source>gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="26"/>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="27"/>
        <source>IP allocation method</source>
        <translation>IP 地址分配方法</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="28"/>
        <source>IP pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="29"/>
        <source>IP pool start</source>
        <translation>IP 池起始地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="30"/>
        <source>IP pool end</source>
        <translation>IP 池结束地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="31"/>
        <source>VM switch name</source>
        <translation>VM 交换机名称</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="32"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="33"/>
        <source>physical host IPs</source>
        <translation>物理服务器 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="34"/>
        <source>infrastructure pool</source>
        <translation>基础结构 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="35"/>
        <source>infrastructure pool start</source>
        <translation>基础结构 IP 池起始地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="36"/>
        <source>infrastructure pool end</source>
        <translation>基础结构 IP 池结束地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="37"/>
        <source>logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="38"/>
        <source>Kubernetes version</source>
        <translation>Kubernetes 版本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="39"/>
        <source>pod CIDR</source>
        <translation>Pod CIDR 地址范围</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="40"/>
        <source>control plane</source>
        <translation>控制平面</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="41"/>
        <source>control plane nodes</source>
        <translation>控制平面节点数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="42"/>
        <source>control plane VM size</source>
        <translation>控制平面 VM 大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="43"/>
        <source>control plane IP</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="44"/>
        <source>node pools</source>
        <translation>节点池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="45"/>
        <source>services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="46"/>
        <source>nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="47"/>
        <source>VM size</source>
        <translation>VM 大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="48"/>
        <source>OS type</source>
        <translation>操作系统类型</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="49"/>
        <source>cluster autoscaler</source>
        <translation>群集自动缩放程序</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="50"/>
        <source>autoscaler minimum nodes</source>
        <translation>自动缩放最少节点数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="51"/>
        <source>autoscaler maximum nodes</source>
        <translation>自动缩放最多节点数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="52"/>
        <source>load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="53"/>
        <source>load balancer name</source>
        <translation>负载均衡器名称</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="54"/>
        <source>load balancer kind</source>
        <translation>负载均衡器类型</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="55"/>
        <source>advertise mode</source>
        <translation>通告模式</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="56"/>
        <source>load balancer addresses</source>
        <translation>负载均衡器地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="57"/>
        <source>instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="58"/>
        <source>ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="59"/>
        <source>address sharing</source>
        <translation>地址共享</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="60"/>
        <source>first address</source>
        <translation>第一个地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="61"/>
        <source>last address</source>
        <translation>最后一个地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="62"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="63"/>
        <source>Azure Local release</source>
        <translation>Azure Local 版本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="64"/>
        <source>Arc gateway</source>
        <translation>Arc 网关</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="65"/>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="66"/>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="67"/>
        <source>HTTPS proxy</source>
        <translation>HTTPS 代理</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="68"/>
        <source>bypass list (NO_PROXY)</source>
        <translation>绕过列表 (NO_PROXY)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="69"/>
        <source>subscription ID</source>
        <translation>订阅 ID</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="70"/>
        <source>resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="71"/>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="72"/>
        <source>custom location ID</source>
        <translation>自定义位置 ID</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="77"/>
        <source>management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="78"/>
        <source>logical networks</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="79"/>
        <source>clusters</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="80"/>
        <source>reservations</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="81"/>
        <source>Azure Local</source>
        <translation>Azure Local 平台</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="82"/>
        <source>Azure context</source>
        <translation>Azure 上下文</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="110"/>
        <source>node pool {name}</source>
        <translation>节点池 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="112"/>
        <source>service {name}</source>
        <translation>服务 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="114"/>
        <source>reservation {name}</source>
        <translation>预留 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="118"/>
        <source>logical network {number}</source>
        <translation>逻辑网络 {number}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="119"/>
        <source>cluster {number}</source>
        <translation>群集 {number}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="120"/>
        <source>node pool {number}</source>
        <translation>节点池 {number}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="121"/>
        <source>service {number}</source>
        <translation>服务 {number}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="122"/>
        <source>reservation {number}</source>
        <translation>预留 {number}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="123"/>
        <source>port {number}</source>
        <translation>端口 {number}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="124"/>
        <source>entry {number}</source>
        <translation>条目 {number}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="135"/>
        <source>the plan as a whole</source>
        <translation>整个规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="137"/>
        <source>plan name</source>
        <translation>规划名称</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/field_names.py" line="159"/>
        <source>{list} {number}</source>
        <translation>{list} {number}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="80"/>
        <source>Not a valid IPv4 address (for example 10.220.32.40).</source>
        <translation>不是有效的 IPv4 地址（例如 10.220.32.40）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="82"/>
        <source>Not a valid IPv4 network (for example 10.220.32.0/24).</source>
        <translation>不是有效的 IPv4 网络（例如 10.220.32.0/24）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="84"/>
        <source>Not a valid IPv4 address, range or network (10.0.0.5, 10.0.0.5-10.0.0.9 or 10.0.0.8/29).</source>
        <translation>不是有效的 IPv4 地址、地址范围或网络（10.0.0.5、10.0.0.5-10.0.0.9 或 10.0.0.8/29）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="157"/>
        <location filename="../../aksarc_gui/ui/fields.py" line="273"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="164"/>
        <source>The plan keeps {value}; Esc puts it back.</source>
        <translation>规划中仍保存 {value}；按 Esc 可恢复。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="294"/>
        <source>Required: enter an address.</source>
        <translation>必填：请输入地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="393"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="529"/>
        <source>Remove this entry</source>
        <translation>删除此项</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/fields.py" line="530"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FileSync</name>
    <message>
        <location filename="../../aksarc_gui/ui/file_sync.py" line="61"/>
        <source>{file} was changed by another program; saving will ask before replacing it</source>
        <translation>{file} 已被其他程序更改；保存时会先询问是否替换</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/file_sync.py" line="67"/>
        <source>{file} was changed by another program and does not load; the plan shown is the one read before ({reason})</source>
        <translation>{file} 已被其他程序更改且无法加载；显示的是之前读取的规划（{reason}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/file_sync.py" line="70"/>
        <source>Read {file} again: another program changed it</source>
        <translation>已重新读取 {file}：它已被其他程序更改</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="20"/>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="34"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="20"/>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="33"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="20"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="21"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="21"/>
        <source>From</source>
        <translation>源</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="21"/>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="22"/>
        <source>Why</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="33"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="33"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="34"/>
        <source>Purpose</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="54"/>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="92"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="55"/>
        <source>Copy the selected rows, or all rows when none is selected</source>
        <translation>复制所选行；未选择任何行时复制所有行</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="91"/>
        <source>Proxy bypass list</source>
        <translation>代理绕过列表</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="93"/>
        <source>Copy the bypass list, to paste as NO_PROXY</source>
        <translation>复制绕过列表，以粘贴为 NO_PROXY</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="107"/>
        <source>The plan has no proxy. If Azure Local is deployed with one, its NO_PROXY list needs at least this (rule PROXY-2):</source>
        <translation>规划中没有代理。如果部署 Azure Local 时使用代理，其 NO_PROXY 列表至少需要以下条目（规则 PROXY-2）：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="110"/>
        <source>The complete NO_PROXY list for this plan: its entries and what AKS Arc needs (rules PROXY-2, PROXY-3). It cannot be changed after deployment.</source>
        <translation>此规划的完整 NO_PROXY 列表：规划中的条目和 AKS Arc 所需的条目（规则 PROXY-2、PROXY-3）。部署后无法更改。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="123"/>
        <source>Cross-VLAN flows (PORT-1..5)</source>
        <translation>跨 VLAN 流量 (PORT-1..5)</translation>
    </message>
    <message>
        <source>Cross-VLAN flows (PORT-1..4)</source>
        <translation type="vanished">跨 VLAN 流量（PORT-1..4）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="124"/>
        <source>Outbound URL allow list</source>
        <translation>出站 URL 允许列表</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="125"/>
        <source>Cross-VLAN &amp;flows</source>
        <translation>跨 VLAN 流量(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="126"/>
        <source>Outbound &amp;URLs</source>
        <translation>出站 URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="128"/>
        <source>Proxy &amp;bypass</source>
        <translation>代理绕过(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="144"/>
        <source>The firewall lists are not part of this build.</source>
        <translation>此版本不包含防火墙列表。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="147"/>
        <source>No cross-VLAN flows: the management network and the logical networks share a VLAN (or the plan does not say).</source>
        <translation>没有跨 VLAN 流量：管理网络和逻辑网络位于同一 VLAN 上（或规划中未说明）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/firewall.py" line="151"/>
        <source>Release {release}</source>
        <translation>版本 {release}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="51"/>
        <source>log collection for troubleshooting</source>
        <translation>收集日志以进行故障排除</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="52"/>
        <source>Kubernetes API</source>
        <translation>与 Kubernetes API 通信</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="53"/>
        <source>cloud agent gRPC server</source>
        <translation>云代理 gRPC 服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="54"/>
        <source>cloud agent gRPC authentication</source>
        <translation>云代理 gRPC 身份验证</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="66"/>
        <source>management network IPs (the plan has no management network)</source>
        <translation>管理网络中的 IP 地址（规划中没有管理网络）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="126"/>
        <source>Arc gateway: AKS Arc VMs and the Azure Local cluster IP</source>
        <translation>Arc 网关：AKS Arc VM 与 Azure Local 群集 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="132"/>
        <source>AKS Arc</source>
        <translation>AKS Arc</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="133"/>
        <source>Azure Arc-enabled Kubernetes</source>
        <translation>已启用 Azure Arc 的 Kubernetes</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="138"/>
        <source>official Microsoft artifacts such as container images</source>
        <translation>官方 Microsoft 项目，例如容器映像</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="140"/>
        <source>official Kubernetes artifacts such as container base images</source>
        <translation>Kubernetes 官方项目，例如容器基础映像</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="142"/>
        <source>AKSHCI static website in Azure Storage</source>
        <translation>Azure 存储中托管的 AKSHCI 静态网站</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="144"/>
        <location filename="../../aksarc_gui/planning/firewall.py" line="146"/>
        <source>AKS Arc VHD image download and update</source>
        <translation>AKS Arc VHD 映像下载和更新</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="147"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="148"/>
        <source>fetch and refresh Azure Resource Manager tokens for Azure sign-in</source>
        <translation>提取和更新用于登录到 Azure 的 Azure 资源管理器令牌</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="150"/>
        <source>Arc agent identity and access control</source>
        <translation>Arc 代理标识和访问控制</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="152"/>
        <source>Azure Arc configuration</source>
        <translation>Azure Arc 配置</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="154"/>
        <source>secure connection to Arc-enabled clusters without inbound firewall ports</source>
        <translation>安全地连接到已启用 Azure Arc 的群集，而无需在防火墙上打开任何入站端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="156"/>
        <source>guest notification operations</source>
        <translation>来宾通知操作</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="158"/>
        <source>cluster connect and custom-location scenarios</source>
        <translation>群集连接和基于自定义位置的方案</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="159"/>
        <source>Arc resource bridge</source>
        <translation>Arc 资源桥</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="160"/>
        <source>data plane operations of the resource bridge (appliance)</source>
        <translation>资源桥（设备）的数据平面操作</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="164"/>
        <source>metrics and health monitoring</source>
        <translation>指标和运行状况监视</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="165"/>
        <source>metrics and monitoring telemetry</source>
        <translation>指标和监视遥测流量</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="166"/>
        <source>the Python Package Index: its main host, its subdomains and its file host (host names: Microsoft&apos;s &quot;Azure Local firewall requirements&quot; page)</source>
        <translation>Python 包索引：其主主机、子域和文件主机（主机名见 Microsoft 的“Azure Local 防火墙要求”页面）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="168"/>
        <source>Az CLI</source>
        <translation>Az CLI</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="169"/>
        <source>download of the Az CLI and its extensions</source>
        <translation>下载 Az CLI 和 Az CLI 扩展</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="170"/>
        <source>Azure Stack HCI</source>
        <translation>Azure Stack HCI</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="171"/>
        <source>Azure Stack HCI downloads</source>
        <translation>Azure Stack HCI 相关下载</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="172"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="173"/>
        <source>GitHub content</source>
        <translation>GitHub 内容</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="174"/>
        <location filename="../../aksarc_gui/planning/firewall.py" line="175"/>
        <source>Microsoft website</source>
        <translation>Microsoft 官方网站</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/firewall.py" line="178"/>
        <source>releases 2402 and earlier only (removed from later AKS Arc releases)</source>
        <translation>仅限 2402 及更早版本（已从较新的 AKS Arc 版本中删除）</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../aksarc_gui/ui/editors/item_list.py" line="29"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/item_list.py" line="30"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/item_list.py" line="31"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="vanished">添加项</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation type="vanished">复制项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="vanished">删除项</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../aksarc_gui/ui/language.py" line="157"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Load</name>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="41"/>
        <source>(and {count} more problems)</source>
        <translation>（另有 {count} 个问题）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="18"/>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="19"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="20"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="21"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="22"/>
        <location filename="../../aksarc_gui/domain/error_text.py" line="23"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="24"/>
        <source>expected one of {choices}</source>
        <translation>应为以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="26"/>
        <source>must be at least {limit}</source>
        <translation>不能小于 {limit}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="27"/>
        <source>must be at most {limit}</source>
        <translation>不能大于 {limit}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="28"/>
        <source>must be more than {limit}</source>
        <translation>必须大于 {limit}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="29"/>
        <source>must be less than {limit}</source>
        <translation>必须小于 {limit}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="34"/>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="35"/>
        <source>unknown field (misspelt, or from another program?)</source>
        <translation>未知字段（拼写错误，或来自其他程序？）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="36"/>
        <source>{count} items; at most {limit} are allowed</source>
        <translation>有 {count} 项；最多允许 {limit} 项</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="38"/>
        <source>{count} items; at least {limit} are needed</source>
        <translation>有 {count} 项；至少需要 {limit} 项</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="42"/>
        <source>{value} is not an IPv4 address</source>
        <translation>{value} 不是 IPv4 地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="43"/>
        <source>{value} is not an IPv4 network</source>
        <translation>{value} 不是 IPv4 网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="44"/>
        <source>{value} is not an IPv4 address, range or network</source>
        <translation>{value} 不是 IPv4 地址、地址范围或网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="46"/>
        <source>{instances} instances x {ports} ports make {rows} (instance, port) pairs; a service may have at most {limit}</source>
        <translation>{instances} 个实例 × {ports} 个端口 = {rows} 个（实例, 端口）组合；一个服务最多可有 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="49"/>
        <source>the clusters have {count} node pools in all; a plan may have at most {limit}</source>
        <translation>所有群集共有 {count} 个节点池；一个规划最多可有 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="51"/>
        <source>the plan lists {count} addresses, ranges and networks in all; a plan may have at most {limit}</source>
        <translation>规划中共列出 {count} 个地址、地址范围和网络；一个规划最多可有 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="54"/>
        <source>the services have {count} (instance, port) pairs in all; a plan may have at most {limit}</source>
        <translation>所有服务共有 {count} 个（实例, 端口）组合；一个规划最多可有 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/error_text.py" line="88"/>
        <source>{problem}, got {value}</source>
        <translation>{problem}，实际值为 {value}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="67"/>
        <source>expected an integer version, got {value}</source>
        <translation>版本应为整数，实际值为 {value}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="69"/>
        <source>the file is format version {version}; this planner reads versions up to {known}. Open it with a newer planner.</source>
        <translation>该文件的格式版本为 {version}；此规划器最高只能读取版本 {known}。请使用较新的规划器打开它。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="72"/>
        <source>unknown format version {version}</source>
        <translation>未知的格式版本 {version}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="76"/>
        <source>no migration from format version {version}</source>
        <translation>没有从格式版本 {version} 迁移的方法</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="126"/>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="128"/>
        <source>not valid JSON (nested too deeply)</source>
        <translation>不是有效的 JSON（嵌套层次太深）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="156"/>
        <source>the key {key} appears twice in one object; keep one</source>
        <translation>键 {key} 在同一个对象中出现了两次；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="130"/>
        <source>a number has {digits} digits, too many to be a plan value</source>
        <translation>某个数字有 {digits} 位，位数太多，不可能是规划中的值</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="132"/>
        <source>not valid JSON ({name} is not a JSON value)</source>
        <translation>不是有效的 JSON（{name} 不是 JSON 值）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="169"/>
        <source>the text holds a lone surrogate (an unpaired \uD800-\uDFFF escape), which is not valid Unicode</source>
        <translation>该文本包含孤立的代理项（未配对的 \uD800-\uDFFF 转义），不是有效的 Unicode</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="176"/>
        <source>not a plan file (expected a JSON object)</source>
        <translation>不是规划文件（应为 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="179"/>
        <source>expected &quot;{expected}&quot;, got {value}: not a plan file</source>
        <translation>应为“{expected}”，实际值为 {value}：不是规划文件</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="198"/>
        <location filename="../../aksarc_gui/domain/io.py" line="202"/>
        <source>not a regular file (a folder, pipe or device); a plan is a file</source>
        <translation>不是普通文件（而是文件夹、管道或设备）；规划应为文件</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="206"/>
        <source>the file is larger than {size} bytes, too large to be a plan</source>
        <translation>该文件大于 {size} 字节，作为规划文件太大</translation>
    </message>
    <message>
        <source>the file is {size} bytes, too large to be a plan</source>
        <translation type="vanished">该文件有 {size} 字节，作为规划文件太大</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="223"/>
        <location filename="../../aksarc_gui/domain/io.py" line="225"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取该文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="229"/>
        <source>not UTF-8 text (byte {offset})</source>
        <translation>不是 UTF-8 文本（第 {offset} 字节）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aksarc_gui/app.py" line="189"/>
        <location filename="../../aksarc_gui/ui/main_window.py" line="663"/>
        <source>The plan does not load</source>
        <translation>无法加载规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="191"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="201"/>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="205"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="208"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="211"/>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="215"/>
        <source>IP budget</source>
        <translation>IP 地址预算</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="240"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="241"/>
        <source>New from &amp;Wizard...</source>
        <translation>使用向导新建(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="242"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="243"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="244"/>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="246"/>
        <source>Export S&amp;cript...</source>
        <translation>导出脚本(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="249"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="252"/>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="254"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="256"/>
        <source>Add &amp;Logical Network</source>
        <translation>添加逻辑网络(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="257"/>
        <source>Add &amp;Cluster</source>
        <translation>添加群集(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="258"/>
        <source>Add &amp;Node Pool</source>
        <translation>添加节点池(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="259"/>
        <source>Add &amp;Service</source>
        <translation>添加服务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="261"/>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="262"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="266"/>
        <source>Go to Next &amp;Problem</source>
        <translation>转到下一个问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="245"/>
        <source>Export Wor&amp;kbook...</source>
        <translation>导出工作簿(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="157"/>
        <source>Unsaved changes not kept for recovery: {reason}</source>
        <extracomment>The network the user is looking at changed: its name (&quot;&quot; = the management network). The user selected an item (tree or editor): its JSON path (&quot;&quot; = the plan). Budget, problems and marks now match the plan (after every change).</extracomment>
        <translation>未能保存未保存更改的恢复副本：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="247"/>
        <source>Export Map as &amp;PNG...</source>
        <translation>将地址占用图导出为 PNG(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="248"/>
        <source>Export Map as SV&amp;G...</source>
        <translation>将地址占用图导出为 SVG(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="250"/>
        <source>&amp;Import from Azure...</source>
        <translation>从 Azure 导入(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="251"/>
        <source>Compare with A&amp;zure...</source>
        <translation>与 Azure 比较(&amp;Z)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="260"/>
        <source>Add Reser&amp;vation</source>
        <translation>添加预留(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="265"/>
        <source>Ren&amp;ame</source>
        <translation>重命名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="267"/>
        <source>Su&amp;ggest Addresses...</source>
        <translation>建议地址(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="268"/>
        <source>Fill in empty IP pools, control plane IPs and load balancer ranges</source>
        <translation>填写空缺的 IP 池、控制平面 IP 和负载均衡器地址范围</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="270"/>
        <source>&amp;Go to Plan Items</source>
        <translation>转到规划项(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="272"/>
        <source>Go to E&amp;ditor</source>
        <translation>转到编辑器(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="273"/>
        <source>Go to Problem&amp;s</source>
        <translation>转到问题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="276"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="277"/>
        <source>AKS Arc &amp;Network Requirements (Microsoft Learn)</source>
        <translation>AKS Arc 网络要求(&amp;N)（Microsoft Learn）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="284"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="288"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="303"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="317"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="321"/>
        <source>&amp;Plan Items</source>
        <translation>规划项(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="321"/>
        <source>&amp;Editor</source>
        <translation>编辑器(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="322"/>
        <source>IP &amp;Budget</source>
        <translation>IP 地址预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="322"/>
        <source>P&amp;roblems</source>
        <translation>问题(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="323"/>
        <source>&amp;Commands</source>
        <translation>命令(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="323"/>
        <source>&amp;Firewall</source>
        <translation>防火墙(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="324"/>
        <source>&amp;Network Summary</source>
        <translation>网络摘要(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="330"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="358"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="507"/>
        <source>{errors} error(s), {warnings} warning(s), {infos} note(s)</source>
        <translation>{errors} 个错误，{warnings} 个警告，{infos} 条信息</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="vanished">添加项</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="575"/>
        <source>Add a cluster first.</source>
        <translation>请先添加群集。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">复制</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">删除</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="618"/>
        <source>{file} (sample)</source>
        <translation>{file}（示例）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="619"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="626"/>
        <source>{file}[*] — {app}</source>
        <translation>{file}[*] — {app}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="640"/>
        <source>New plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="675"/>
        <source>Save plan as</source>
        <translation>规划另存为</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="688"/>
        <source>Not saved: {file} was changed by another program</source>
        <translation>未保存：{file} 已被其他程序更改</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="693"/>
        <source>The plan was not saved</source>
        <translation>规划未保存</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="vanished">{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="696"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="700"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="702"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="713"/>
        <source>The workbook was not written</source>
        <translation>未写入工作簿</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="715"/>
        <location filename="../../aksarc_gui/ui/main_window.py" line="738"/>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="718"/>
        <source>Bash scripts (*.sh)</source>
        <translation>Bash 脚本 (*.sh)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="718"/>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell 脚本 (*.ps1)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="722"/>
        <source>Export script</source>
        <translation>导出脚本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="736"/>
        <source>The script was not written</source>
        <translation>未写入脚本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="834"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/main_window.py" line="838"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Plans the IP addresses that AKS enabled by Azure Arc needs on Azure Local / Azure Stack HCI 23H2, checked against Microsoft&apos;s network requirements.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Microsoft&apos;s documentation:&lt;br&gt;&lt;a href=&quot;{docs}&quot;&gt;AKS Arc network requirements&lt;/a&gt;&lt;br&gt;&lt;a href=&quot;{overview}&quot;&gt;AKS enabled by Azure Arc overview&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;规划由 Azure Arc 启用的 AKS 在 Azure Local / Azure Stack HCI 23H2 上所需的 IP 地址，并根据 Microsoft 的网络要求进行检查。&lt;/p&gt;&lt;p&gt;许可证：MIT。&lt;/p&gt;&lt;p&gt;Microsoft 文档：&lt;br&gt;&lt;a href=&quot;{docs}&quot;&gt;AKS Arc 网络要求&lt;/a&gt;&lt;br&gt;&lt;a href=&quot;{overview}&quot;&gt;由 Azure Arc 启用的 AKS 概述&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManagementPage</name>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="29"/>
        <source>Management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="30"/>
        <source>The network Azure Local was deployed on, as in the deployment. Leave the prefix empty if it is not known yet.</source>
        <translation>部署 Azure Local 时使用的网络，与部署时一致。如果尚不清楚，请将地址前缀留空。</translation>
    </message>
    <message>
        <source>first address of the prefix</source>
        <translation type="vanished">地址前缀的第一个地址</translation>
    </message>
    <message>
        <source>addresses separated by spaces or commas</source>
        <translation type="vanished">以空格或逗号分隔的地址</translation>
    </message>
    <message>
        <source>none (untagged)</source>
        <translation type="vanished">无（不带标记）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="36"/>
        <source>the physical servers&apos; management IPs</source>
        <translation>物理服务器的管理 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="38"/>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="100"/>
        <source>start - end, six addresses</source>
        <translation>起始 - 结束，六个地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="39"/>
        <source>The deployment takes six contiguous free addresses for the Arc resource bridge and its services (MGMT-1). The planner proposes the six after the last server; type the ones the deployment used if it is done.</source>
        <translation>部署会为 Arc 资源桥及其服务占用六个连续的空闲地址（MGMT-1）。规划器建议使用最后一台服务器之后的六个地址；如果已经部署，请输入部署实际使用的地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="43"/>
        <source>Azure Local sends its outbound traffic through the Arc gateway</source>
        <translation>Azure Local 通过 Arc 网关发送出站流量</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="47"/>
        <source>empty: no proxy; else http://proxy.contoso.com:8080</source>
        <translation>留空：无代理；否则如 http://proxy.contoso.com:8080</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="49"/>
        <source>your own entries, e.g. .contoso.com</source>
        <translation>你自己的条目，例如 .contoso.com</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="50"/>
        <source>Every AKS Arc cluster inherits the proxy Azure Local was deployed with. The planner completes the bypass list with what AKS Arc needs (PROXY-2).</source>
        <translation>每个 AKS Arc 群集都继承部署 Azure Local 时使用的代理。规划器会在代理绕过列表中补全 AKS Arc 所需的条目（PROXY-2）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="56"/>
        <source>Address prefix:</source>
        <translation>地址前缀：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="57"/>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="58"/>
        <source>DNS servers:</source>
        <translation>DNS 服务器：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="59"/>
        <source>VLAN:</source>
        <translation>VLAN：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="60"/>
        <source>Server IPs:</source>
        <translation>服务器 IP：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="61"/>
        <source>Infrastructure pool:</source>
        <translation>基础结构 IP 池：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="63"/>
        <source>Arc gateway:</source>
        <translation>Arc 网关：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="64"/>
        <source>HTTP proxy:</source>
        <translation>HTTP 代理：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="65"/>
        <source>HTTPS proxy:</source>
        <translation>HTTPS 代理：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/management_page.py" line="66"/>
        <source>Proxy bypass list:</source>
        <translation>代理绕过列表：</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="27"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="28"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="66"/>
        <source>Export map as PNG</source>
        <translation>将地址占用图导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="67"/>
        <source>Export map as SVG</source>
        <translation>将地址占用图导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="75"/>
        <source>the map could not be drawn into the file</source>
        <translation>无法将地址占用图绘制到该文件中</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="79"/>
        <source>The map was not exported</source>
        <translation>未导出地址占用图</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="80"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/map_export.py" line="82"/>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="55"/>
        <source>{label} (deployed)</source>
        <translation>{label}（已部署）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="85"/>
        <source>(unnamed plan)</source>
        <translation>（未命名规划）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="86"/>
        <source>Management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="87"/>
        <source>Logical networks</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="90"/>
        <source>Clusters</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="65"/>
        <source>Node pool {name}</source>
        <translation>节点池 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="67"/>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="68"/>
        <source>Load balancer (none)</source>
        <translation>负载均衡器（无）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="71"/>
        <source>Service {name}</source>
        <translation>服务 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="93"/>
        <source>Reservations</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/navigation.py" line="112"/>
        <source>Plan items</source>
        <extracomment>The user selected an item: its JSON path (&quot;&quot; = the plan itself).</extracomment>
        <translation>规划项</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="156"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="157"/>
        <source>The subnet the AKS Arc node VMs live on. The planner places the IP pool, the control plane IPs and the load balancer ranges inside it.</source>
        <translation>AKS Arc 节点 VM 所在的子网。规划器会将 IP 池、控制平面 IP 和负载均衡器地址范围放在此子网中。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="160"/>
        <source>e.g. Production AKS</source>
        <translation>例如 Production AKS</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="141"/>
        <source>first address of the prefix</source>
        <translation>地址前缀的第一个地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="143"/>
        <source>addresses separated by spaces or commas</source>
        <translation>以空格或逗号分隔的地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="147"/>
        <source>none (untagged)</source>
        <translation>无（不带标记）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="176"/>
        <source>Plan name:</source>
        <translation>规划名称：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="177"/>
        <source>Logical network name:</source>
        <translation>逻辑网络名称：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="178"/>
        <source>Address prefix:</source>
        <translation>地址前缀：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="179"/>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="180"/>
        <source>DNS servers:</source>
        <translation>DNS 服务器：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="181"/>
        <source>VLAN:</source>
        <translation>VLAN：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="182"/>
        <source>Virtual switch:</source>
        <translation>虚拟交换机：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="183"/>
        <source>Azure Local release:</source>
        <translation>Azure Local 版本：</translation>
    </message>
    <message>
        <source>Give the logical network a name.</source>
        <translation type="vanished">请为逻辑网络命名。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="218"/>
        <source>The gateway must lie inside the address prefix {prefix}.</source>
        <translation>网关必须位于地址前缀 {prefix} 的范围内。</translation>
    </message>
</context>
<context>
    <name>NewPlanWizard</name>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/wizard.py" line="25"/>
        <location filename="../../aksarc_gui/ui/wizard/wizard.py" line="65"/>
        <source>New plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/wizard.py" line="65"/>
        <source>Discard what you entered in the New Plan wizard?</source>
        <translation>放弃在新建规划向导中输入的内容？</translation>
    </message>
</context>
<context>
    <name>OccupancyMap</name>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/render.py" line="546"/>
        <source>Legend: addresses per use</source>
        <translation>图例：按用途划分的地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/render.py" line="566"/>
        <source>conflict (two uses of one address)</source>
        <translation>冲突（一个地址有两种用途）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/render.py" line="593"/>
        <source>IP pool: {need} of {size} needed by clusters</source>
        <translation>IP 池：共 {size} 个，群集需要 {need} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/render.py" line="596"/>
        <source>Load balancer: {need} of {size} used</source>
        <translation>负载均衡器：共 {size} 个，已使用 {need} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="41"/>
        <source>Management network {prefix}</source>
        <translation>管理网络 {prefix}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="42"/>
        <source>Logical network {name}  {prefix}</source>
        <translation>逻辑网络 {name}  {prefix}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="50"/>
        <source>{used} of {usable} usable addresses planned</source>
        <translation>{usable} 个可用地址中已规划 {used} 个</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="54"/>
        <source>{summary}  ·  {n} in conflict</source>
        <translation>{summary}  ·  {n} 个冲突</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="61"/>
        <source>Open a plan to see its address map.</source>
        <translation>打开规划以查看其地址占用图。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="63"/>
        <source>This plan has no management network yet.</source>
        <translation>此规划还没有管理网络。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="64"/>
        <source>This plan has no logical network named &quot;{name}&quot;.</source>
        <translation>此规划中没有名为“{name}”的逻辑网络。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="71"/>
        <source>Each cell is one address; the label is its last octet. Hover for details, click to select.</source>
        <translation>每个单元格代表一个地址；标签是其最后一个八位字节。悬停可查看详细信息，单击可选择。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="75"/>
        <source>Each cell is a /{len} block of {n} addresses (&quot;{label}&quot; = {example}), coloured by its main use (pale when mostly free); the strip shows the shares.</source>
        <translation>每个单元格是一个包含 {n} 个地址的 /{len} 块（“{label}”= {example}），按其主要用途着色（大部分空闲时颜色较浅）；色条显示各用途所占比例。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="81"/>
        <source>Double-click a block or scroll up to zoom in; scroll down or click the path above to go back.</source>
        <translation>双击某个块或向上滚动可放大；向下滚动或单击上方的路径可返回。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="85"/>
        <source>Scroll down, press Backspace or click the path above to zoom out.</source>
        <translation>向下滚动、按 Backspace 键或单击上方的路径可缩小。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="88"/>
        <source>Hatched cells with a strong outline are conflicts: two uses of one address.</source>
        <translation>带阴影线和粗边框的单元格表示冲突：一个地址有两种用途。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="91"/>
        <source>No conflicts: no address has two uses that exclude each other.</source>
        <translation>没有冲突：没有地址同时具有两种相互排斥的用途。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="98"/>
        <source>{role}: {owner}</source>
        <translation>{role}：{owner}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="107"/>
        <source>Conflict: {a} and {b} on one address (rule {rule})</source>
        <translation>冲突：{a} 和 {b} 使用同一地址（规则 {rule}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="111"/>
        <source>Conflict: {a} and {b} on one address</source>
        <translation>冲突：{a} 和 {b} 使用同一地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="127"/>
        <source>{cidr}: {first} to {last}</source>
        <translation>{cidr}：{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="129"/>
        <source>{used} of {size} addresses in use</source>
        <translation>{size} 个地址中有 {used} 个正在使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="132"/>
        <source>  {role}: {n}</source>
        <translation>  {role}：{n}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="139"/>
        <source>Conflicts: {n} addresses (rules: {rules})</source>
        <translation>冲突：{n} 个地址（规则：{rules}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="141"/>
        <source>Double-click to zoom in.</source>
        <translation>双击可放大。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="150"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="153"/>
        <source>{where}: {what}</source>
        <translation>{where}：{what}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="165"/>
        <source>... and {n} more</source>
        <translation>……还有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/texts.py" line="167"/>
        <source>Click to show these addresses in the grid.</source>
        <translation>单击可在网格中显示这些地址。</translation>
    </message>
</context>
<context>
    <name>OccupancyMapWidget</name>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/widget.py" line="54"/>
        <location filename="../../aksarc_gui/ui/occupancy_map/widget.py" line="163"/>
        <source>Address occupancy map</source>
        <translation>地址占用图</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/widget.py" line="130"/>
        <source>Zoom back out to this prefix</source>
        <translation>缩小回到此地址前缀</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/occupancy_map/widget.py" line="164"/>
        <source>Address occupancy map made by the AKS Arc Network Planner</source>
        <translation>由 AKS Arc Network Planner 生成的地址占用图</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../../aksarc_gui/domain/output.py" line="44"/>
        <source>the file is read-only, so it was not replaced; make it writable or choose another name</source>
        <translation>该文件为只读，因此未被替换；请将其设为可写，或另选文件名</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/output.py" line="56"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/output.py" line="178"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
</context>
<context>
    <name>Ports</name>
    <message>
        <location filename="../../aksarc_gui/ui/editors/ports.py" line="56"/>
        <source>Add port</source>
        <translation>添加端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/ports.py" line="78"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/ports.py" line="81"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/editors/ports.py" line="84"/>
        <source>Remove this port</source>
        <translation>删除此端口</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="424"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The IP budget of the article&apos;s planning table and the addresses the planner suggests. Headroom leaves spare room in the pool and the load balancer ranges for growth: pools cannot be changed after the logical network is created.</source>
        <translation type="vanished">按文章中规划表计算的 IP 地址预算，以及规划器建议的地址。余量会在 IP 池和负载均衡器地址范围中为增长留出空间：逻辑网络创建后无法更改 IP 池。</translation>
    </message>
    <message>
        <source>Headroom:</source>
        <translation type="vanished">余量：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="425"/>
        <source>The IP budget of the article&apos;s planning table and the addresses the planner suggests. The IP pool cannot be changed after the logical network is created: say now how many more node VMs it must hold.</source>
        <translation>文章规划表中的 IP 地址预算，以及规划器建议的地址。创建逻辑网络后无法再更改 IP 池：请现在说明它还需要容纳多少个节点 VM。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="439"/>
        <source>Fair share</source>
        <translation>公平份额</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="440"/>
        <source>Back to the proposed room: a fair share of the free addresses.</source>
        <translation>恢复建议的容量：空闲地址的公平份额。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="461"/>
        <source>IP pool: room for</source>
        <translation>IP 池：还可容纳</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="463"/>
        <source>more node VMs</source>
        <translation>个节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="466"/>
        <source>Load balancer headroom:</source>
        <translation>负载均衡器余量：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="500"/>
        <source>{count} node VMs</source>
        <translation>{count} 个节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="501"/>
        <source>{count} upgrade IPs</source>
        <translation>{count} 个升级 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="503"/>
        <source>{count} automatic control plane IPs</source>
        <translation>{count} 个自动控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="504"/>
        <source>room for {count} more node VMs</source>
        <translation>还可容纳 {count} 个节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="505"/>
        <source>IP pool: {parts} = {size} addresses.</source>
        <translation>IP 池：{parts} = {size} 个地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="506"/>
        <source>Proposed: {room} more, a fair share of the free addresses (the free addresses, once today&apos;s needs are placed, divided among the IP pool, each load balancer and a share kept free).</source>
        <translation>建议：再容纳 {room} 个，即空闲地址的公平份额（放置当前所需的地址后剩余的空闲地址，平分给 IP 池、每个负载均衡器以及保留空闲的一份）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="532"/>
        <source>No layout fits:
{reason}</source>
        <translation>没有可行的布局：
{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="548"/>
        <source>IP pool of {network}: {start} - {end} ({size} addresses)</source>
        <translation>{network} 的 IP 池：{start} - {end}（{size} 个地址）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="552"/>
        <source>Control plane IP of {cluster}: {ip}</source>
        <translation>{cluster} 的控制平面 IP：{ip}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="553"/>
        <source>picked by the platform from the pool</source>
        <translation>由平台从 IP 池中选取</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="555"/>
        <source>Load balancer of {cluster}: {addresses}</source>
        <translation>{cluster} 的负载均衡器：{addresses}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="42"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="43"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="44"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="110"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="110"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="111"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="112"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="159"/>
        <source>Problems</source>
        <extracomment>The user asked to go to the field of a problem: its JSON path.</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="211"/>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/panels/problems.py" line="216"/>
        <source>{severity} {rule} — {field}
{message}</source>
        <translation>{severity} {rule} — {field}
{message}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="81"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="89"/>
        <source>too large to be a recovery file</source>
        <translation>文件太大，不是恢复文件</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="92"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取该文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="95"/>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="99"/>
        <source>not valid JSON (written only in part?)</source>
        <translation>不是有效的 JSON（可能只写入了一部分？）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="101"/>
        <source>not a recovery file</source>
        <translation>不是恢复文件</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="103"/>
        <source>recovery format version {version} is not known to this planner</source>
        <translation>此规划器不认识恢复文件格式版本 {version}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="107"/>
        <source>the fields “path” or “sample” are damaged</source>
        <translation>字段“path”或“sample”已损坏</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/recovery.py" line="111"/>
        <source>the time of the edit is damaged</source>
        <translation>编辑时间已损坏</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="34"/>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="36"/>
        <source>The planner did not close normally last time. These changes were not saved:</source>
        <translation>规划器上次没有正常关闭。以下更改尚未保存：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="48"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="49"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="50"/>
        <source>Ask &amp;Later</source>
        <translation>以后再问(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="67"/>
        <source>{file} (damaged: cannot be restored)</source>
        <translation>{file}（已损坏：无法恢复）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="69"/>
        <source>the sample plan</source>
        <translation>示例规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="73"/>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="74"/>
        <source>{plan} ({where}): changes made {time}</source>
        <translation>{plan}（{where}）：更改于 {time}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/recovery_dialog.py" line="75"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="40"/>
        <source>network address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="41"/>
        <source>broadcast address</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="42"/>
        <source>gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="43"/>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="44"/>
        <source>node VM IP pool</source>
        <translation>节点 VM 的 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="45"/>
        <source>node VMs</source>
        <translation>节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="46"/>
        <source>upgrade spare</source>
        <translation>升级预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="47"/>
        <source>control plane IP (automatic)</source>
        <translation>控制平面 IP（自动）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="48"/>
        <source>pool, unused</source>
        <translation>IP 池，未使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="49"/>
        <source>control plane IP</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="50"/>
        <source>load balancer pool</source>
        <translation>负载均衡器地址池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="51"/>
        <source>load balancer, used by services</source>
        <translation>负载均衡器，已由服务使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="52"/>
        <source>load balancer, unused</source>
        <translation>负载均衡器，未使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="53"/>
        <source>infrastructure pool</source>
        <translation>基础结构 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="54"/>
        <source>physical host</source>
        <translation>物理服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="55"/>
        <source>reservation</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="56"/>
        <source>free</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>RuleTitles</name>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="46"/>
        <source>Exactly one address prefix per logical network (the plan format holds one)</source>
        <translation>每个逻辑网络只有一个地址前缀（规划格式只存放一个）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="48"/>
        <source>The gateway lies inside the address prefix</source>
        <translation>网关位于地址前缀的范围内</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="50"/>
        <source>The IP allocation method is Static</source>
        <translation>IP 地址分配方法为 Static（静态）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="52"/>
        <source>The IP pool lies inside the address prefix and starts before it ends</source>
        <translation>IP 池位于地址前缀的范围内，且起始地址不大于结束地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="54"/>
        <source>Nothing but node VMs inside the IP pool</source>
        <translation>IP 池仅用于节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="56"/>
        <source>The address prefix has host bits set</source>
        <translation>地址前缀设置了主机位</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="58"/>
        <source>No address in use is the network or broadcast address</source>
        <translation>使用中的地址不是网络地址或广播地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="60"/>
        <source>The logical network has an IP pool</source>
        <translation>逻辑网络有 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="62"/>
        <source>Address prefixes of logical networks overlap</source>
        <translation>逻辑网络的地址前缀重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="64"/>
        <source>IP pools of different logical networks do not overlap</source>
        <translation>不同逻辑网络的 IP 池不重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="66"/>
        <source>The logical network has a gateway and DNS servers</source>
        <translation>逻辑网络有网关和 DNS 服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="68"/>
        <source>The logical network names its VM switch</source>
        <translation>逻辑网络指定了 VM 交换机名称</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="70"/>
        <source>One pool IP per node VM (counted by POOL-3)</source>
        <translation>每个节点 VM 一个 IP 池地址（由 POOL-3 统计）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="72"/>
        <source>One pool IP per cluster for upgrades (counted by POOL-3)</source>
        <translation>每个群集一个用于升级的 IP 池地址（由 POOL-3 统计）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="74"/>
        <source>The IP pool holds every node VM and upgrade IP of its clusters</source>
        <translation>IP 池容纳其群集的所有节点 VM 和升级 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="76"/>
        <source>The first node pool of a cluster is Linux</source>
        <translation>群集的第一个节点池是 Linux</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="78"/>
        <source>Autoscaler: the node count lies within min_count..max_count, 1 &lt;= min_count &lt;= max_count &lt;= the pool&apos;s size limit</source>
        <translation>自动缩放程序：节点数位于 min_count..max_count 之内，1 &lt;= min_count &lt;= max_count &lt;= 该节点池的大小上限</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="80"/>
        <source>Every cluster has a control plane IP (optional from 2411)</source>
        <translation>每个群集都有控制平面 IP（从 2411 起可选）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="82"/>
        <source>The control plane IP lies inside the logical network&apos;s prefix</source>
        <translation>控制平面 IP 位于逻辑网络的地址前缀范围内</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="84"/>
        <source>The control plane IP lies outside the IP pool</source>
        <translation>控制平面 IP 位于 IP 池之外</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="86"/>
        <source>The control plane IP overlaps nothing else</source>
        <translation>控制平面 IP 不与任何其他地址重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="88"/>
        <source>The control plane has 1, 3 or 5 nodes</source>
        <translation>控制平面有 1、3 或 5 个节点</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="90"/>
        <source>Load balancer IPs stay out of other logical networks&apos; IP pools</source>
        <translation>负载均衡器 IP 不在其他逻辑网络的 IP 池中</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="92"/>
        <source>Load balancer IPs overlap no control plane IP, no other load balancer IP, nothing else</source>
        <translation>负载均衡器 IP 不与控制平面 IP、其他负载均衡器 IP 或任何其他地址重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="94"/>
        <source>Load balancer IPs in the cluster&apos;s subnet lie outside its IP pool</source>
        <translation>位于群集子网中的负载均衡器 IP 在其 IP 池之外</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="96"/>
        <source>Enough load balancer IPs for the services</source>
        <translation>负载均衡器 IP 足够服务使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="98"/>
        <source>MetalLB in ARP mode announces only addresses of the nodes&apos; subnet</source>
        <translation>ARP 模式下的 MetalLB 只能通告节点子网中的地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="100"/>
        <source>BGP mode needs BGP peers, configured outside the plan</source>
        <translation>BGP 模式需要 BGP 对等方，在规划之外配置</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="102"/>
        <source>A load balancer range starts before it ends</source>
        <translation>负载均衡器地址范围的起始地址不大于结束地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="104"/>
        <source>Services that share an address need MetalLB&apos;s allow-shared-ip annotation</source>
        <translation>共享地址的服务需要 MetalLB 的 allow-shared-ip 注释</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="106"/>
        <source>A MetalLB load balancer has addresses</source>
        <translation>MetalLB 负载均衡器具有地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="108"/>
        <source>An infrastructure pool of at least six contiguous management IPs, clear of the servers</source>
        <translation>基础结构 IP 池至少包含六个连续的管理网络 IP，且不含物理服务器的地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="110"/>
        <source>Infrastructure and server IPs overlap nothing the logical networks use</source>
        <translation>基础结构 IP 和服务器 IP 不与逻辑网络使用的任何地址重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="112"/>
        <source>Management gateway and server IPs lie inside the management prefix</source>
        <translation>管理网络的网关和服务器 IP 位于管理网络的地址前缀范围内</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="114"/>
        <source>The management prefix has host bits set</source>
        <translation>管理网络的地址前缀设置了主机位</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="116"/>
        <source>The management network and a logical network on different VLANs do not overlap</source>
        <translation>位于不同 VLAN 的管理网络与逻辑网络不重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="118"/>
        <source>Across VLANs: TCP 22 from the management network to the logical network</source>
        <translation>跨 VLAN：从管理网络到逻辑网络的 TCP 22</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="120"/>
        <source>Across VLANs: TCP 6443 from the management network to the logical network</source>
        <translation>跨 VLAN：从管理网络到逻辑网络的 TCP 6443</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="122"/>
        <source>Across VLANs: TCP 55000 from the logical network to the management network</source>
        <translation>跨 VLAN：从逻辑网络到管理网络的 TCP 55000</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="124"/>
        <source>Across VLANs: TCP 65000 from the logical network to the management network</source>
        <translation>跨 VLAN：从逻辑网络到管理网络的 TCP 65000</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="126"/>
        <source>Arc gateway: port 40343 both ways between the logical network and the Azure Local cluster IP</source>
        <translation>Arc 网关：逻辑网络与 Azure Local 群集 IP 之间双向开放端口 40343</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="128"/>
        <source>Proxy settings are inherited from the infrastructure</source>
        <translation>代理设置继承自基础结构</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="130"/>
        <source>The proxy bypass list holds what AKS Arc needs</source>
        <translation>代理绕过列表包含 AKS Arc 所需的条目</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="132"/>
        <source>Proxy URLs and bypass entries use the syntax Azure Local takes</source>
        <translation>代理 URL 和绕过条目使用 Azure Local 接受的语法</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="134"/>
        <source>Releases 2402 and earlier also need gcr.io and storage.googleapis.com</source>
        <translation>2402 及更早版本还需要 gcr.io 和 storage.googleapis.com</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="136"/>
        <source>The release is a YYMM number</source>
        <translation>版本号为 YYMM 格式的数字</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="138"/>
        <source>1 to 16 node pools per cluster</source>
        <translation>每个群集 1 到 16 个节点池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="140"/>
        <source>1 to 200 nodes in the default (first) node pool, 1 to 64 in the others</source>
        <translation>默认（第一个）节点池有 1 到 200 个节点，其他节点池有 1 到 64 个</translation>
    </message>
    <message>
        <source>1 to 64 nodes per node pool</source>
        <translation type="vanished">每个节点池 1 到 64 个节点</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="142"/>
        <source>At most 200 nodes per cluster</source>
        <translation>每个群集最多 200 个节点</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="144"/>
        <source>At most 32 clusters per Azure Local instance</source>
        <translation>每个 Azure Local 实例最多 32 个群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="146"/>
        <source>At most 12 clusters per Azure Local instance when the autoscaler is on</source>
        <translation>启用自动缩放程序时，每个 Azure Local 实例最多 12 个群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="148"/>
        <source>The VM size is one AKS Arc supports</source>
        <translation>VM 大小是 AKS Arc 支持的大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="150"/>
        <source>Logical network name pattern</source>
        <translation>逻辑网络名称格式</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="152"/>
        <source>Cluster name pattern</source>
        <translation>群集名称格式</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="154"/>
        <source>Node pool name pattern</source>
        <translation>节点池名称格式</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="156"/>
        <source>Load balancer name pattern</source>
        <translation>负载均衡器名称格式</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="158"/>
        <source>Names are unique</source>
        <translation>名称唯一</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="160"/>
        <source>A cluster names an existing logical network</source>
        <translation>群集引用的逻辑网络存在</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="162"/>
        <source>The pod CIDR overlaps no network, DNS server or load balancer IP</source>
        <translation>Pod CIDR 不与任何网络、DNS 服务器或负载均衡器 IP 重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="164"/>
        <source>Nothing overlaps the fixed service CIDR 10.96.0.0/12</source>
        <translation>没有地址与固定的服务 CIDR 10.96.0.0/12 重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="166"/>
        <source>The pod CIDR and the service CIDR do not overlap</source>
        <translation>Pod CIDR 与服务 CIDR 不重叠</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="168"/>
        <source>The pod CIDR has host bits set</source>
        <translation>Pod CIDR 设置了主机位</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="170"/>
        <source>The pod CIDR holds a /24 for every node VM</source>
        <translation>Pod CIDR 能为每个节点 VM 容纳一个 /24</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="172"/>
        <source>A reservation starts before it ends</source>
        <translation>预留的起始地址不大于结束地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/catalog.py" line="174"/>
        <source>A reservation overlaps a gateway, DNS server, server IP or another reservation</source>
        <translation>预留与网关、DNS 服务器、服务器 IP 或其他预留重叠</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="47"/>
        <source>the management network {prefix}</source>
        <translation>管理网络 {prefix}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="51"/>
        <source>the logical network {name} ({prefix})</source>
        <translation>逻辑网络 {name}（{prefix}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="54"/>
        <source>the DNS server {ip}</source>
        <translation>DNS 服务器 {ip}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="58"/>
        <source>the reservation {name} ({range})</source>
        <translation>预留 {name}（{range}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="66"/>
        <source>the load balancer addresses {range}</source>
        <translation>负载均衡器地址 {range}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="120"/>
        <source>The pod CIDR {pod} of cluster {cluster} has room for {blocks} nodes, but the cluster can have {nodes} node VMs at its largest ({control_plane} control plane, {workers} workers at their autoscaler maximum, 1 during an upgrade); each node takes a /{block} of the pod CIDR (the Kubernetes default, room for 110 pods). Use a /{length} or larger, such as the default 10.244.0.0/16.</source>
        <translation>群集 {cluster} 的 Pod CIDR {pod} 只能容纳 {blocks} 个节点，但该群集最多可有 {nodes} 个节点 VM（{control_plane} 个控制平面节点、按自动缩放程序上限计的 {workers} 个工作器节点、升级期间的 1 个）；每个节点占用 Pod CIDR 中的一个 /{block}（Kubernetes 默认值，可容纳 110 个 Pod）。请使用 /{length} 或更大的范围，例如默认的 10.244.0.0/16。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="132"/>
        <source>{what} overlaps the service CIDR {service}, which every AKS Arc cluster uses and which cannot be changed; pods would not reach {range}. Use other addresses.</source>
        <translation>{what} 与服务 CIDR {service} 重叠，每个 AKS Arc 群集都使用此 CIDR 且无法更改；Pod 将无法访问 {range}。请使用其他地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="108"/>
        <source>The pod CIDR {pod} of cluster {cluster} overlaps the service CIDR {service}; pick a pod CIDR outside it, such as the default 10.244.0.0/16.</source>
        <translation>群集 {cluster} 的 Pod CIDR {pod} 与服务 CIDR {service} 重叠；请选择其范围之外的 Pod CIDR，例如默认的 10.244.0.0/16。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="147"/>
        <source>The pod CIDR {pod} of cluster {cluster} overlaps {what}; pods could not reach {range}. Pick another pod CIDR, e.g. {suggestion}.</source>
        <translation>群集 {cluster} 的 Pod CIDR {pod} 与 {what} 重叠；Pod 将无法访问 {range}。请选择其他 Pod CIDR，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/cidrs.py" line="150"/>
        <source>The pod CIDR {pod} of cluster {cluster} overlaps {what}; pods could not reach {range}. Pick another pod CIDR.</source>
        <translation>群集 {cluster} 的 Pod CIDR {pod} 与 {what} 重叠；Pod 将无法访问 {range}。请选择其他 Pod CIDR。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/control_plane.py" line="23"/>
        <source>Cluster {cluster} has {count} control plane nodes; AKS Arc supports 1, 3 or 5. Use 3 for a highly available control plane, 1 for a test cluster.</source>
        <translation>群集 {cluster} 有 {count} 个控制平面节点；AKS Arc 支持 1、3 或 5 个。高可用的控制平面请使用 3 个，测试群集使用 1 个。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/control_plane.py" line="29"/>
        <source>Cluster {cluster} has no control plane IP; from release 2411 the platform picks one from the IP pool of {network}, which therefore needs one more free address (counted in the pool budget).</source>
        <translation>群集 {cluster} 没有控制平面 IP；从 2411 版本起，平台会从 {network} 的 IP 池中选取一个，因此该 IP 池需要多一个空闲地址（已计入 IP 池预算）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/control_plane.py" line="40"/>
        <source>Cluster {cluster} has no control plane IP; before release 2411 every cluster needs one, in the prefix of {network} and outside its IP pool, e.g. {suggestion}.</source>
        <translation>群集 {cluster} 没有控制平面 IP；2411 之前的版本中每个群集都需要一个，位于 {network} 的地址前缀范围内且在其 IP 池之外，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/control_plane.py" line="44"/>
        <source>Cluster {cluster} has no control plane IP; before release 2411 every cluster needs one, in the prefix of its logical network and outside the IP pool.</source>
        <translation>群集 {cluster} 没有控制平面 IP；2411 之前的版本中每个群集都需要一个，位于其逻辑网络的地址前缀范围内且在 IP 池之外。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/control_plane.py" line="56"/>
        <source>The control plane IP {ip} of cluster {cluster} is outside the prefix {prefix} of {network}; it must be in the nodes&apos; subnet, but {prefix} has no free address left.</source>
        <translation>群集 {cluster} 的控制平面 IP {ip} 不在 {network} 的地址前缀 {prefix} 范围内；它必须位于节点所在的子网中，但 {prefix} 已没有空闲地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/control_plane.py" line="60"/>
        <source>The control plane IP {ip} of cluster {cluster} is outside the prefix {prefix} of {network}; pick an address in the nodes&apos; subnet and outside the IP pool, e.g. {suggestion}.</source>
        <translation>群集 {cluster} 的控制平面 IP {ip} 不在 {network} 的地址前缀 {prefix} 范围内；请在节点所在的子网中、IP 池之外选择一个地址，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="22"/>
        <source>The prefix {given} has host bits set; the network is {network}. Write {network} to say what is meant.</source>
        <translation>地址前缀 {given} 设置了主机位；实际网络是 {network}。请写成 {network} 以明确含义。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="31"/>
        <source>The logical network {name} has no gateway; the node VMs need one to reach Azure. Enter the gateway of {prefix}.</source>
        <translation>逻辑网络 {name} 没有网关；节点 VM 需要网关才能访问 Azure。请输入 {prefix} 的网关。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="35"/>
        <source>The gateway {gateway} is outside the address prefix {prefix}; pick a gateway inside {prefix}, usually {first}.</source>
        <translation>网关 {gateway} 不在地址前缀 {prefix} 的范围内；请选择位于 {prefix} 范围内的网关，通常为 {first}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="38"/>
        <source>The logical network {name} has no DNS server; the node VMs need one to resolve the Azure endpoints. Enter at least one DNS server.</source>
        <translation>逻辑网络 {name} 没有 DNS 服务器；节点 VM 需要 DNS 服务器来解析 Azure 终结点。请至少输入一个 DNS 服务器。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="43"/>
        <source>The DNS servers of {name} ({servers}) must resolve the FQDN of the Azure Local cluster: the Azure Local machines reach the AKS node VMs by name. Check that they do before creating clusters.</source>
        <translation>{name} 的 DNS 服务器（{servers}）必须能解析 Azure Local 群集的 FQDN：Azure Local 计算机按名称访问 AKS 节点 VM。请在创建群集之前确认这一点。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="54"/>
        <source>The logical network {name} has no VM switch name; creating it requires one (--vm-switch-name). Enter the external VM switch of the Azure Local machines, as Get-VmSwitch -SwitchType External shows it, e.g. {example}.</source>
        <translation>逻辑网络 {name} 没有 VM 交换机名称；创建逻辑网络时必须提供（--vm-switch-name）。请输入 Azure Local 计算机的外部 VM 交换机，即 Get-VmSwitch -SwitchType External 显示的名称，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="67"/>
        <source>The logical network {name} exists in Azure without an IP pool for VMs, and a pool cannot be added after creation; put its clusters on another logical network.</source>
        <translation>逻辑网络 {name} 在 Azure 中没有用于 VM 的 IP 池，且创建后无法添加 IP 池；请把它的群集放到其他逻辑网络上。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="76"/>
        <source>The logical network {name} has no IP pool yet; the plan is incomplete. Its clusters need {count} pool addresses.</source>
        <translation>逻辑网络 {name} 还没有 IP 池；规划尚不完整。其群集需要 {count} 个 IP 池地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="79"/>
        <source>The logical network {name} has no IP pool yet; the plan is incomplete. Its clusters need {count} pool addresses, e.g. {suggestion}.</source>
        <translation>逻辑网络 {name} 还没有 IP 池；规划尚不完整。其群集需要 {count} 个 IP 池地址，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="84"/>
        <source>The IP pool starts at {start} but ends before it, at {end}; swap them: {end}-{start}.</source>
        <translation>IP 池的起始地址是 {start}，但结束地址 {end} 在它之前；请交换两者：{end}-{start}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="89"/>
        <source>The IP pool {pool} reaches outside the address prefix {prefix} ({addresses}); keep it within {usable}.</source>
        <translation>IP 池 {pool} 超出了地址前缀 {prefix} 的范围（{addresses}）；请将其限制在 {usable} 之内。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="103"/>
        <source>{address} is the {edge} of {prefix} and cannot be given to a host; keep {what} within {usable}.</source>
        <translation>{address} 是 {prefix} 的 {edge}，不能分配给主机；请将 {what} 限制在 {usable} 之内。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="136"/>
        <source>The address prefix {prefix} of {name} overlaps {other_prefix} of {other} on the same VLAN {vlan}; that works only when their pools and addresses stay apart (checked here). Prefer one logical network per subnet.</source>
        <translation>{name} 的地址前缀 {prefix} 与同一 VLAN {vlan} 上 {other} 的 {other_prefix} 重叠；只有当它们的 IP 池和地址互不重叠时才可行（此处会检查）。建议每个子网只用一个逻辑网络。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="140"/>
        <source>The address prefix {prefix} of {name} (VLAN {vlan}) overlaps {other_prefix} of {other} (VLAN {other_vlan}); the same addresses on two VLANs cannot both be routed. Use separate subnets.</source>
        <translation>{name}（VLAN {vlan}）的地址前缀 {prefix} 与 {other}（VLAN {other_vlan}）的 {other_prefix} 重叠；两个 VLAN 上的相同地址无法同时路由。请使用不同的子网。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/lnet.py" line="153"/>
        <source>The logical network {name} uses {method} allocation; AKS Arc supports only Static (node IPs must never change). Set the allocation method to Static.</source>
        <translation>逻辑网络 {name} 使用 {method} 分配；AKS Arc 仅支持 Static（静态，节点 IP 不能改变）。请将 IP 地址分配方法设置为 Static。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="32"/>
        <source>{instances} instances of {service}, which has no port</source>
        <translation>{service} 的 {instances} 个实例，该服务没有端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="34"/>
        <source>{instances} instances expose {port}/{protocol}</source>
        <translation>{instances} 个实例公开 {port}/{protocol}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="37"/>
        <source>{instances} instances of {services}, no two of which may share an address: each pair exposes a common port or must have its own address</source>
        <translation>{services} 的 {instances} 个实例两两不能共享地址：每一对实例都公开相同的端口，或必须使用自己的地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="40"/>
        <source>the services&apos; common ports leave no way to use fewer; at least {lower} instances pairwise conflict</source>
        <translation>服务之间的相同端口使得无法使用更少的地址；至少有 {lower} 个实例两两冲突</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="43"/>
        <source>; too many services to count exactly, so {count} is the best count found and {lower} the proven minimum</source>
        <translation>；服务太多，无法精确计算，因此 {count} 是找到的最佳数量，{lower} 是已证明的最小值</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="70"/>
        <source>The services of cluster {cluster} need {need} load balancer IPs ({why}), but the cluster has no load balancer. Add one with {need} addresses, e.g. {suggestion}.</source>
        <translation>群集 {cluster} 的服务需要 {need} 个负载均衡器 IP（{why}），但该群集没有负载均衡器。请添加一个具有 {need} 个地址的负载均衡器，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="73"/>
        <source>The services of cluster {cluster} need {need} load balancer IPs ({why}), but the cluster has no load balancer. Add one with {need} addresses.</source>
        <translation>群集 {cluster} 的服务需要 {need} 个负载均衡器 IP（{why}），但该群集没有负载均衡器。请添加一个具有 {need} 个地址的负载均衡器。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="78"/>
        <source>The services of cluster {cluster} need {need} load balancer IPs ({why}), but its addresses hold {have}. Add {missing} more, e.g. {suggestion}.</source>
        <translation>群集 {cluster} 的服务需要 {need} 个负载均衡器 IP（{why}），但其地址只有 {have} 个。请再添加 {missing} 个，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="81"/>
        <source>The services of cluster {cluster} need {need} load balancer IPs ({why}), but its addresses hold {have}. Add {missing} more.</source>
        <translation>群集 {cluster} 的服务需要 {need} 个负载均衡器 IP（{why}），但其地址只有 {have} 个。请再添加 {missing} 个。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="94"/>
        <source>The MetalLB load balancer {name} of cluster {cluster} has no addresses, and MetalLB cannot be created without any. Remove the load balancer (the cluster has no services), or give it at least one address.</source>
        <translation>群集 {cluster} 的 MetalLB 负载均衡器 {name} 没有地址，而没有地址就无法创建 MetalLB。请删除该负载均衡器（群集没有服务），或至少为其提供一个地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="98"/>
        <source>The MetalLB load balancer {name} of cluster {cluster} has no addresses, and MetalLB cannot be created without any. Remove the load balancer (the cluster has no services), or give it at least one address, e.g. {suggestion}.</source>
        <translation>群集 {cluster} 的 MetalLB 负载均衡器 {name} 没有地址，而没有地址就无法创建 MetalLB。请删除该负载均衡器（群集没有服务），或至少为其提供一个地址，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="120"/>
        <source>{address}: {services}</source>
        <translation>{address}：{services}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="121"/>
        <source>address {n} of the load balancer (not planned yet)</source>
        <translation>负载均衡器的第 {n} 个地址（尚未规划）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="124"/>
        <source>Cluster {cluster} counts on services sharing load balancer addresses ({where}). MetalLB shares an address only between services that carry the same annotation: put {annotation}: &quot;{key}&quot; on {services}, and keep externalTrafficPolicy: Cluster (or the same pod selector). A service that must have an address of its own: set shares_ip to false.</source>
        <translation>群集 {cluster} 依赖服务共享负载均衡器地址（{where}）。MetalLB 只在带有相同注释的服务之间共享地址：请在 {services} 上添加 {annotation}: &quot;{key}&quot;，并保持 externalTrafficPolicy: Cluster（或使用相同的 Pod 选择器）。必须使用自己地址的服务：请将 shares_ip 设为 false。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="143"/>
        <source>The load balancer range {range} ends before it starts; write it as {fixed}.</source>
        <translation>负载均衡器地址范围 {range} 的结束地址在起始地址之前；请写成 {fixed}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="147"/>
        <source>The load balancer {name} of cluster {cluster} announces its addresses over BGP ({mode}); BGP needs peers, which the plan does not hold. Create them after the load balancer with &apos;az k8s-runtime bgp-peer create&apos;.</source>
        <translation>群集 {cluster} 的负载均衡器 {name} 通过 BGP（{mode}）通告其地址；BGP 需要对等方，而规划中不包含对等方。请在创建负载均衡器之后使用“az k8s-runtime bgp-peer create”创建它们。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="163"/>
        <source>The load balancer addresses {range} of cluster {cluster} are not all in the nodes&apos; subnet {prefix}; in ARP mode MetalLB can only announce addresses of that subnet. Use addresses in {prefix} outside the IP pool, or switch to BGP.</source>
        <translation>群集 {cluster} 的负载均衡器地址 {range} 并非都在节点所在的子网 {prefix} 中；在 ARP 模式下，MetalLB 只能通告该子网中的地址。请使用 {prefix} 中 IP 池之外的地址，或改用 BGP。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/load_balancer.py" line="167"/>
        <source>The load balancer addresses {range} of cluster {cluster} are not all in the nodes&apos; subnet {prefix}; in Both mode they are reachable over BGP only, ARP cannot announce them.</source>
        <translation>群集 {cluster} 的负载均衡器地址 {range} 并非都在节点所在的子网 {prefix} 中；在 Both 模式下，这些地址只能通过 BGP 访问，ARP 无法通告它们。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="30"/>
        <source>The infrastructure IP pool is not planned yet; the deployment takes at least six contiguous management IPs that no server uses, e.g. {suggestion}.</source>
        <translation>尚未规划基础结构 IP 池；部署会占用至少六个连续的、未被任何服务器使用的管理网络 IP，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="36"/>
        <source>The infrastructure IP pool starts at {start} but ends before it, at {end}; swap them.</source>
        <translation>基础结构 IP 池的起始地址是 {start}，但结束地址 {end} 在它之前；请交换两者。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="39"/>
        <source>The infrastructure IP pool {pool} is not inside the management prefix {prefix}; move it into {prefix}.</source>
        <translation>基础结构 IP 池 {pool} 不在管理网络的地址前缀 {prefix} 范围内；请将其移到 {prefix} 之内。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="46"/>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="69"/>
        <source>extend it to end at {end}</source>
        <translation>将其扩展到 {end} 结束</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="49"/>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="73"/>
        <source>move it to a free run such as {range}</source>
        <translation>将其移到空闲的连续范围，例如 {range}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="50"/>
        <source>free six contiguous addresses in {prefix}</source>
        <translation>在 {prefix} 中空出六个连续地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="51"/>
        <source>The infrastructure IP pool {pool} holds {size} addresses; the deployment needs at least six contiguous ones: {fix}.</source>
        <translation>基础结构 IP 池 {pool} 只有 {size} 个地址；部署至少需要六个连续地址：{fix}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="69"/>
        <source>The address prefix {prefix} of {name} (VLAN {vlan}) overlaps the management network {management} (VLAN {management_vlan}); the same addresses on two VLANs cannot both be routed. Give {name} a subnet of its own, or put it on VLAN {management_vlan} with the management network.</source>
        <translation>{name} 的地址前缀 {prefix}（VLAN {vlan}）与管理网络 {management}（VLAN {management_vlan}）重叠；两个 VLAN 上的相同地址无法同时路由。请为 {name} 使用单独的子网，或将其与管理网络一起放在 VLAN {management_vlan} 上。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="85"/>
        <source>The management gateway {gateway} is outside the management prefix {prefix}; enter the gateway of {prefix}.</source>
        <translation>管理网络网关 {gateway} 不在管理网络的地址前缀 {prefix} 范围内；请输入 {prefix} 的网关。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/management.py" line="90"/>
        <source>The server IP {ip} is outside the management prefix {prefix}; the servers&apos; management IPs and the infrastructure pool share one subnet. Check the prefix or the address.</source>
        <translation>服务器 IP {ip} 不在管理网络的地址前缀 {prefix} 范围内；服务器的管理 IP 和基础结构 IP 池位于同一子网中。请检查地址前缀或该地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="59"/>
        <source>The logical network name &apos;{name}&apos; is not allowed: use 1-64 letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;, starting and ending with a letter or digit.</source>
        <translation>逻辑网络名称“{name}”不允许：请使用 1-64 个字母、数字、“-”、“.”或“_”，并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="33"/>
        <source>Another logical network is already named &apos;{name}&apos;; give each logical network its own name.</source>
        <translation>已有另一个逻辑网络名为“{name}”；请为每个逻辑网络指定不同的名称。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="36"/>
        <source>Another cluster is already named &apos;{name}&apos;; give each cluster its own name.</source>
        <translation>已有另一个群集名为“{name}”；请为每个群集指定不同的名称。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="38"/>
        <source>Another node pool of this cluster is already named &apos;{name}&apos;; give each node pool of a cluster its own name.</source>
        <translation>此群集中已有另一个节点池名为“{name}”；请为群集的每个节点池指定不同的名称。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="40"/>
        <source>Another service of this cluster is already named &apos;{name}&apos;; that works only in another Kubernetes namespace.</source>
        <translation>此群集中已有另一个服务名为“{name}”；只有位于其他 Kubernetes 命名空间中时才可行。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="85"/>
        <source>The cluster name &apos;{name}&apos; may be refused: use 1-63 lowercase letters, digits or &apos;-&apos;, starting with a letter and not ending with &apos;-&apos;.</source>
        <translation>群集名称“{name}”可能被拒绝：请使用 1-63 个小写字母、数字或“-”，以字母开头且不以“-”结尾。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="71"/>
        <source>Cluster {cluster} names the logical network &apos;{network}&apos;, which the plan does not have; pick one of: {known}.</source>
        <translation>群集 {cluster} 引用了逻辑网络“{network}”，但规划中没有该逻辑网络；请从以下逻辑网络中选择一个：{known}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="72"/>
        <source>(none yet: add a logical network)</source>
        <translation>（还没有：请添加逻辑网络）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="93"/>
        <source>The node pool name &apos;{name}&apos; is not allowed: use 3-12 lowercase letters or digits, starting with a letter (e.g. nodepool1).</source>
        <translation>节点池名称“{name}”不允许：请使用 3-12 个小写字母或数字，并以字母开头（例如 nodepool1）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="103"/>
        <source>The load balancer of cluster {cluster} has no name; the command that creates it needs one of 3-24 letters, digits or &apos;-&apos;, e.g. lb-{cluster}.</source>
        <translation>群集 {cluster} 的负载均衡器没有名称；创建它的命令需要一个由 3-24 个字母、数字或“-”组成的名称，例如 lb-{cluster}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/names.py" line="107"/>
        <source>The load balancer name &apos;{name}&apos; is not allowed: use 3-24 letters, digits or &apos;-&apos;.</source>
        <translation>负载均衡器名称“{name}”不允许：请使用 3-24 个字母、数字或“-”。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="42"/>
        <source>the control plane IP {address} of cluster {owner}</source>
        <translation>群集 {owner} 的控制平面 IP {address}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="44"/>
        <source>the load balancer range {address} of cluster {owner}</source>
        <translation>群集 {owner} 的负载均衡器地址范围 {address}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="46"/>
        <source>the IP pool {address} of {owner}</source>
        <translation>{owner} 的 IP 池 {address}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="48"/>
        <source>the reservation {owner} ({address})</source>
        <translation>预留 {owner}（{address}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="50"/>
        <source>the management network&apos;s {role} {address}</source>
        <translation>管理网络的 {role} {address}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="51"/>
        <source>the {role} {address} of {owner}</source>
        <translation>{owner} 的 {role} {address}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="114"/>
        <source>{this} is inside {that}; the pool is only for node VMs. Pick an address outside the pool, e.g. {suggestion}.</source>
        <translation>{this} 位于 {that} 之内；IP 池仅用于节点 VM。请选择 IP 池之外的地址，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="116"/>
        <source>{this} is inside {that}; the pool is only for node VMs. Pick an address outside the pool.</source>
        <translation>{this} 位于 {that} 之内；IP 池仅用于节点 VM。请选择 IP 池之外的地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="120"/>
        <source>{this} reaches into {that} at {shared}; the pool is only for node VMs. Use addresses outside the pool, e.g. {suggestion}.</source>
        <translation>{this} 在 {shared} 处进入了 {that}；IP 池仅用于节点 VM。请使用 IP 池之外的地址，例如 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="122"/>
        <source>{this} reaches into {that} at {shared}; the pool is only for node VMs. Use addresses outside the pool.</source>
        <translation>{this} 在 {shared} 处进入了 {that}；IP 池仅用于节点 VM。请使用 IP 池之外的地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="137"/>
        <source>{this} overlaps {that} at {shared}; every address may have only one use. Move it, e.g. to {suggestion}.</source>
        <translation>{this} 与 {that} 在 {shared} 处重叠；每个地址只能有一种用途。请移动它，例如移到 {suggestion}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="139"/>
        <source>{this} overlaps {that} at {shared}; every address may have only one use. Move one of them.</source>
        <translation>{this} 与 {that} 在 {shared} 处重叠；每个地址只能有一种用途。请移动其中一个。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="125"/>
        <source>{that} is inside {this}; the pool is only for node VMs. Shrink the pool so it leaves out {shared}, or move the other address.</source>
        <translation>{that} 位于 {this} 之内；IP 池仅用于节点 VM。请缩小 IP 池以排除 {shared}，或移动另一个地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="128"/>
        <source>{this} overlaps {that} at {shared}; two networks would hand the same addresses to VMs. Move one pool.</source>
        <translation>{this} 与 {that} 在 {shared} 处重叠；两个网络会把相同的地址分配给 VM。请移动其中一个 IP 池。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="131"/>
        <source>{this} includes the server IP {shared}; the infrastructure pool must leave out the physical servers&apos; addresses. Move the pool.</source>
        <translation>{this} 包含服务器 IP {shared}；基础结构 IP 池必须排除物理服务器的地址。请移动该 IP 池。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/overlaps.py" line="134"/>
        <source>{this} overlaps {that} at {shared}; a reservation is meant to stay free. Check whether both are right.</source>
        <translation>{this} 与 {that} 在 {shared} 处重叠；预留的地址应保持空闲。请检查两者是否都正确。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/platform.py" line="17"/>
        <source>The release &apos;{release}&apos; is not a YYMM number such as 2405 or 2411; rules that changed between releases are checked as for the oldest one. Enter the Azure Local release.</source>
        <translation>版本“{release}”不是 2405 或 2411 这样的 YYMM 格式数字；在不同版本间有变化的规则将按最旧的版本检查。请输入 Azure Local 版本。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/platform.py" line="20"/>
        <source>Release {release} is 2402 or earlier: besides the usual firewall list, allow gcr.io and storage.googleapis.com on port 443.</source>
        <translation>版本 {release} 为 2402 或更早版本：除常规的防火墙列表外，还必须在端口 443 上允许 gcr.io 和 storage.googleapis.com。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/platform.py" line="23"/>
        <source>AKS Arc clusters inherit the proxy settings of the Azure Local infrastructure; a cluster cannot have its own proxy settings, and they cannot be changed later.</source>
        <translation>AKS Arc 群集继承 Azure Local 基础结构的代理设置；群集不能有单独的代理设置，以后也不能更改代理设置。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="32"/>
        <source>The first node pool {pool} of cluster {cluster} is Windows, but the first node pool is the default pool az aksarc create makes, and it is Linux. Move the Linux node pool {linux} to the top of the list.</source>
        <translation>群集 {cluster} 的第一个节点池 {pool} 是 Windows，但第一个节点池是 az aksarc create 创建的默认节点池，它是 Linux。请将 Linux 节点池 {linux} 移到列表顶部。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="36"/>
        <source>Every node pool of cluster {cluster} is Windows, but the first node pool is the default pool az aksarc create makes, and it is Linux. Add a Linux node pool (e.g. nodepool1 with 1 node of Standard_A4_v2) at the top of the list; it needs one more IP of the pool.</source>
        <translation>群集 {cluster} 的所有节点池都是 Windows，但第一个节点池是 az aksarc create 创建的默认节点池，它是 Linux。请在列表顶部添加一个 Linux 节点池（例如 nodepool1，1 个 Standard_A4_v2 节点）；它需要 IP 池中的另一个 IP。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="66"/>
        <source>a deployed logical network&apos;s pool cannot change: put planned clusters on another logical network or plan fewer nodes (aksarc-plan headroom shows what fits)</source>
        <translation>已部署逻辑网络的 IP 池不能更改：请把计划的群集放到其他逻辑网络上，或减少节点（aksarc-plan headroom 会显示还能放下多少）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="75"/>
        <source>the prefix {prefix} has no free run of {count} addresses: use a larger prefix or fewer nodes</source>
        <translation>地址前缀 {prefix} 中没有 {count} 个连续的空闲地址：请使用更大的地址前缀或减少节点</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="78"/>
        <source>The IP pool {pool} of {name} holds {size} addresses, but its clusters need {need}: {vms} node VMs (POOL-1), {upgrades} upgrade IPs (POOL-2) and {auto} control plane IPs the platform picks from the pool. That is {missing} too few; {fix}.</source>
        <translation>{name} 的 IP 池 {pool} 有 {size} 个地址，但其群集需要 {need} 个：{vms} 个节点 VM（POOL-1）、{upgrades} 个升级 IP（POOL-2）和 {auto} 个由平台从 IP 池中选取的控制平面 IP。少了 {missing} 个；{fix}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="82"/>
        <source>The IP pool {pool} of {name} holds {size} addresses, but its clusters need {need}: {vms} node VMs (POOL-1) and {upgrades} upgrade IPs (POOL-2). That is {missing} too few; {fix}.</source>
        <translation>{name} 的 IP 池 {pool} 有 {size} 个地址，但其群集需要 {need} 个：{vms} 个节点 VM（POOL-1）和 {upgrades} 个升级 IP（POOL-2）。少了 {missing} 个；{fix}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/pool.py" line="86"/>
        <source>Node pools with the cluster autoscaler count at their max_count.</source>
        <translation>启用群集自动缩放程序的节点池按其 max_count 计算。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="39"/>
        <source>Release {release} needs the flow in both directions.</source>
        <translation>版本 {release} 需要双向开放此流量。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="41"/>
        <source>The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: allow TCP port 22 from the management network {mgmt} to {lnet}, for log collection.</source>
        <translation>逻辑网络 {name}（VLAN {vlan}）和管理网络（VLAN {mgmt_vlan}）位于不同的 VLAN 上：请允许从管理网络 {mgmt} 到 {lnet} 的 TCP 端口 22，用于收集日志。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="43"/>
        <source>The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: allow TCP port 6443 from the management network {mgmt} to {lnet}, for the Kubernetes API.</source>
        <translation>逻辑网络 {name}（VLAN {vlan}）和管理网络（VLAN {mgmt_vlan}）位于不同的 VLAN 上：请允许从管理网络 {mgmt} 到 {lnet} 的 TCP 端口 6443，用于与 Kubernetes API 通信。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="45"/>
        <source>The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: allow TCP port 55000 from {lnet} to the management network {mgmt}, for the cloud agent gRPC server.</source>
        <translation>逻辑网络 {name}（VLAN {vlan}）和管理网络（VLAN {mgmt_vlan}）位于不同的 VLAN 上：请允许从 {lnet} 到管理网络 {mgmt} 的 TCP 端口 55000，用于云代理 gRPC 服务器。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="48"/>
        <source>The logical network {name} (VLAN {vlan}) and the management network (VLAN {mgmt_vlan}) are on different VLANs: allow TCP port 65000 from {lnet} to the management network {mgmt}, for the cloud agent gRPC authentication.</source>
        <translation>逻辑网络 {name}（VLAN {vlan}）和管理网络（VLAN {mgmt_vlan}）位于不同的 VLAN 上：请允许从 {lnet} 到管理网络 {mgmt} 的 TCP 端口 65000，用于云代理 gRPC 身份验证。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="62"/>
        <source>the Azure Local cluster IP on the management network</source>
        <translation>管理网络上的 Azure Local 群集 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="64"/>
        <source>the Azure Local cluster IP on the management network {mgmt}</source>
        <translation>管理网络 {mgmt} 上的 Azure Local 群集 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/ports.py" line="66"/>
        <source>Azure Local uses the Arc gateway and the logical network {name} is on another VLAN or subnet: allow TCP port {port} in both directions between {lnet} and {where} (on the cluster, Get-ClusterResource -Name &quot;Cluster IP Address&quot; | Get-ClusterParameter -Name Address shows it).</source>
        <translation>Azure Local 使用 Arc 网关，且逻辑网络 {name} 位于另一个 VLAN 或子网：请在 {lnet} 与{where} 之间双向允许 TCP 端口 {port}（在群集上运行 Get-ClusterResource -Name &quot;Cluster IP Address&quot; | Get-ClusterParameter -Name Address 可查看该 IP）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/reservations.py" line="15"/>
        <source>The reservation {name} starts at {start} but ends before it, at {end}; swap them.</source>
        <translation>预留 {name} 的起始地址是 {start}，但结束地址 {end} 在它之前；请交换两者。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/scale.py" line="32"/>
        <source>The plan has {count} clusters; an Azure Local instance supports at most {limit}. Spread them over more instances.</source>
        <translation>规划中有 {count} 个群集；一个 Azure Local 实例最多支持 {limit} 个。请将它们分布到更多实例上。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/scale.py" line="38"/>
        <source>Cluster {cluster} has {count} node pools; a cluster has 1 to {limit}.</source>
        <translation>群集 {cluster} 有 {count} 个节点池；一个群集可以有 1 到 {limit} 个。</translation>
    </message>
    <message>
        <source>Node pool {pool} of cluster {cluster} has {count} nodes; a node pool has 1 to {limit}.</source>
        <translation type="vanished">群集 {cluster} 的节点池 {pool} 有 {count} 个节点；一个节点池可以有 1 到 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/scale.py" line="41"/>
        <source>The first node pool {pool} of cluster {cluster} has {count} nodes; the default node pool az aksarc create makes has 1 to {limit}.</source>
        <translation>群集 {cluster} 的第一个节点池 {pool} 有 {count} 个节点；az aksarc create 创建的默认节点池有 1 到 {limit} 个节点。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/scale.py" line="44"/>
        <source>Node pool {pool} of cluster {cluster} has {count} nodes; a node pool added to a cluster has 1 to {limit}. Split it into pools of at most {limit}.</source>
        <translation>群集 {cluster} 的节点池 {pool} 有 {count} 个节点；添加到群集的节点池有 1 到 {limit} 个节点。请将其拆分为每个最多 {limit} 个节点的节点池。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/scale.py" line="47"/>
        <source>{size} is not a worker VM size AKS Arc lists (e.g. Standard_A4_v2, Standard_D8s_v3); check the spelling.</source>
        <translation>{size} 不是 AKS Arc 列出的工作器节点 VM 大小（例如 Standard_A4_v2、Standard_D8s_v3）；请检查拼写。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/scale.py" line="51"/>
        <source>Cluster {cluster} has {count} nodes (control plane included); a cluster has at most {limit}. Split it into two clusters.</source>
        <translation>群集 {cluster} 有 {count} 个节点（包括控制平面）；一个群集最多可以有 {limit} 个。请将其拆分为两个群集。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/scale.py" line="54"/>
        <source>{size} is not a control plane VM size AKS Arc lists (Standard_K8S3_v1, Standard_A4_v2, Standard_D4s_v3, Standard_D8s_v3); check the spelling.</source>
        <translation>{size} 不是 AKS Arc 列出的控制平面 VM 大小（Standard_K8S3_v1、Standard_A4_v2、Standard_D4s_v3、Standard_D8s_v3）；请检查拼写。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/autoscaler.py" line="37"/>
        <source>The plan has {count} clusters and the cluster autoscaler is on in {names}; with the autoscaler, an Azure Local instance supports at most {limit} clusters. Turn the autoscaler off, or spread the clusters over more instances ({extra} too many).</source>
        <translation>规划有 {count} 个群集，且 {names} 启用了群集自动缩放程序；启用自动缩放程序时，一个 Azure Local 实例最多支持 {limit} 个群集。请禁用自动缩放程序，或将群集分散到更多实例（多出 {extra} 个）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/autoscaler.py" line="49"/>
        <source>Node pool {pool} of cluster {cluster} has min_count {min}, but a node pool has at least 1 node (empty node pools are not supported): set min_count to 1.</source>
        <translation>群集 {cluster} 的节点池 {pool} 的 min_count 为 {min}，但节点池至少有 1 个节点（不支持空节点池）：请将 min_count 设为 1。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/autoscaler.py" line="53"/>
        <source>Node pool {pool} of cluster {cluster} has max_count {max}, but a node pool has at most {limit} nodes: set max_count to {limit} or less.</source>
        <translation>群集 {cluster} 的节点池 {pool} 的 max_count 为 {max}，但节点池最多有 {limit} 个节点：请将 max_count 设为 {limit} 或更小。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/autoscaler.py" line="57"/>
        <source>Node pool {pool} of cluster {cluster} has min_count {min} above max_count {max}: set max_count to {min} or more, or min_count to {max} or less.</source>
        <translation>群集 {cluster} 的节点池 {pool} 的 min_count {min} 大于 max_count {max}：请将 max_count 设为 {min} 或更大，或将 min_count 设为 {max} 或更小。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/autoscaler.py" line="64"/>
        <source>Node pool {pool} of cluster {cluster} starts with {count} nodes, outside the autoscaler&apos;s range {min} to {max}: set the node count to {fit}, or widen the range to include {count}.</source>
        <translation>群集 {cluster} 的节点池 {pool} 初始有 {count} 个节点，超出自动缩放程序的范围 {min} 到 {max}：请将节点数设为 {fit}，或扩大范围以包含 {count}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="21"/>
        <source>management host {ip}</source>
        <translation>管理主机 {ip}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="23"/>
        <source>the infrastructure IP pool</source>
        <translation>基础结构 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="25"/>
        <source>logical network {name}</source>
        <translation>逻辑网络 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="27"/>
        <source>the pod CIDR of {cluster}</source>
        <translation>{cluster} 的 Pod CIDR</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="28"/>
        <source>the service CIDR</source>
        <translation>服务 CIDR</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="49"/>
        <source>The proxy bypass list (NO_PROXY) lacks what AKS Arc needs: {what}. Add {entries} before Azure Local is deployed; the proxy settings cannot be changed afterwards (a wrong list means redeploying).</source>
        <translation>代理绕过列表 (NO_PROXY) 缺少 AKS Arc 所需的条目：{what}。请在部署 Azure Local 之前添加 {entries}；部署后无法更改代理设置（列表错误意味着需要重新部署）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="57"/>
        <source>The bypass entry &apos;{entry}&apos; uses &apos;*&apos;, which the NO_PROXY list does not support: write {fix} instead.</source>
        <translation>绕过条目“{entry}”使用了“*”，NO_PROXY 列表不支持：请改写为 {fix}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="60"/>
        <source>The bypass entry &apos;&lt;local&gt;&apos; is not supported in the NO_PROXY list: name the hosts or subnets instead (e.g. localhost).</source>
        <translation>NO_PROXY 列表不支持绕过条目“&lt;local&gt;”：请改为列出主机或子网（例如 localhost）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="63"/>
        <source>The bypass entry &apos;{entry}&apos; holds a comma or a space: give each host or subnet as an entry of its own.</source>
        <translation>绕过条目“{entry}”包含逗号或空格：每个主机或子网应各占一个条目。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="66"/>
        <source>The bypass entry &apos;{entry}&apos; is not a valid IPv4 subnet in CIDR notation (e.g. 192.168.1.0/24).</source>
        <translation>绕过条目“{entry}”不是有效的 CIDR 表示法 IPv4 子网（例如 192.168.1.0/24）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="68"/>
        <source>The bypass list has an empty entry: remove it.</source>
        <translation>绕过列表有一个空条目：请将其删除。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="78"/>
        <source>The proxy has no {field}: Azure Local sets both HTTP_PROXY and HTTPS_PROXY, e.g. http://proxy.contoso.com:8080.</source>
        <translation>代理没有 {field}：Azure Local 同时设置 HTTP_PROXY 和 HTTPS_PROXY，例如 http://proxy.contoso.com:8080。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="81"/>
        <source>The proxy URL &apos;{url}&apos; holds a user name or password: Azure Local does not support authenticated proxies.</source>
        <translation>代理 URL“{url}”包含用户名或密码：Azure Local 不支持需要身份验证的代理。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="84"/>
        <source>The proxy URL &apos;{url}&apos; is in a .local domain, which Azure Local does not support: use its IP address or another name.</source>
        <translation>代理 URL“{url}”位于 .local 域中，Azure Local 不支持：请使用其 IP 地址或其他名称。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/rules/proxy.py" line="87"/>
        <source>The proxy URL &apos;{url}&apos; is not of the form Azure Local takes, http:// with the host and the port, e.g. http://proxy.contoso.com:8080.</source>
        <translation>代理 URL“{url}”不是 Azure Local 接受的格式，即 http:// 加主机和端口，例如 http://proxy.contoso.com:8080。</translation>
    </message>
</context>
<context>
    <name>Scripts</name>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="56"/>
        <source>Azure subscription id</source>
        <translation>Azure 订阅 ID</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="57"/>
        <source>resource group of the Azure Local instance</source>
        <translation>Azure Local 实例的资源组</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="58"/>
        <source>Azure region of the resource group, e.g. eastus</source>
        <translation>资源组所在的 Azure 区域，例如 eastus</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="59"/>
        <source>custom location of the Azure Local instance (its name or full resource id)</source>
        <translation>Azure Local 实例的自定义位置（其名称或完整资源 ID）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="86"/>
        <source>Azure CLI extensions</source>
        <translation>Azure CLI 扩展</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="88"/>
        <source>Adds or updates the az extensions the following commands use.</source>
        <translation>添加或更新以下命令使用的 az 扩展。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="100"/>
        <source>FILL IN: {what} (not in the plan; set it here or in the environment)</source>
        <translation>请填写：{what}（规划中没有；请在此处或环境变量中设置）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="104"/>
        <source>{var} is empty: fill it in at the top of the script.</source>
        <translation>{var} 为空：请在脚本开头填写。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="107"/>
        <source>Azure context</source>
        <translation>Azure 上下文</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="108"/>
        <source>Where the resources are created. Every command below uses these variables.</source>
        <translation>资源的创建位置。下面的每个命令都使用这些变量。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="115"/>
        <source>OPTIONAL: the SSH public key for the cluster VMs (the key itself, or the path of its .pub file), passed as --ssh-key-value. Left empty, az aksarc create uses --generate-ssh-keys, which writes a new key pair to ~/.ssh on this machine (id_rsa and id_rsa.pub) unless one is there already.</source>
        <translation>可选：群集 VM 的 SSH 公钥（公钥本身，或其 .pub 文件的路径），以 --ssh-key-value 传入。留空时，az aksarc create 使用 --generate-ssh-keys，它会在这台计算机的 ~/.ssh 中写入新的密钥对（id_rsa 和 id_rsa.pub），已有密钥对时则沿用。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="143"/>
        <source>The plan has no IP pool for this network yet: AKS Arc needs one.</source>
        <translation>规划中此网络还没有 IP 池：AKS Arc 需要 IP 池。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="146"/>
        <source>NOT GENERATED: az stack-hci-vm network lnet create for {name}: the plan has no VM switch name, and --vm-switch-name is required (rule LNET-12). Enter the external VM switch (Get-VmSwitch -SwitchType External) in the plan and export again.</source>
        <translation>未生成：{name} 的 az stack-hci-vm network lnet create：规划中没有 VM 交换机名称，而 --vm-switch-name 是必需的（规则 LNET-12）。请在规划中输入外部 VM 交换机（Get-VmSwitch -SwitchType External），然后重新导出。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="150"/>
        <location filename="../../aksarc_gui/export/commands.py" line="156"/>
        <source>Logical network {name}</source>
        <translation>逻辑网络 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="151"/>
        <location filename="../../aksarc_gui/export/commands.py" line="157"/>
        <source>Gateway, pool, prefix, VLAN and vSwitch cannot be changed after creation.</source>
        <translation>网关、IP 池、地址前缀、VLAN 和虚拟交换机在创建后无法更改。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="154"/>
        <source>Logical network {name} exists already: not created again.</source>
        <translation>逻辑网络 {name} 已存在：不再创建。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="174"/>
        <source>No control plane IP: release {release} picks one from the logical network&apos;s IP pool.</source>
        <translation>没有控制平面 IP：版本 {release} 会从逻辑网络的 IP 池中选取一个。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="177"/>
        <source>The plan has no control plane IP, and release {release} needs one: add --control-plane-ip before running this command.</source>
        <translation>规划中没有控制平面 IP，而版本 {release} 需要一个：运行此命令前请添加 --control-plane-ip。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="187"/>
        <source>The first node pool ({pool}) is created with the cluster; az names it itself.</source>
        <translation>第一个节点池（{pool}）随群集一起创建；az 会自行为其命名。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="190"/>
        <source>The plan has no Linux node pool; az aksarc create makes one Linux node by default.</source>
        <translation>规划中没有 Linux 节点池；az aksarc create 默认创建一个 Linux 节点。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="197"/>
        <source>The SSH key comes from SSH_KEY_ARGS (Azure context step): --ssh-key-value with SSH_KEY_VALUE, or --generate-ssh-keys, which writes to ~/.ssh.</source>
        <translation>SSH 密钥来自 SSH_KEY_ARGS（Azure 上下文步骤）：设置了 SSH_KEY_VALUE 时为 --ssh-key-value，否则为 --generate-ssh-keys（写入 ~/.ssh）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="202"/>
        <source>Cluster {name} exists already: not created again.</source>
        <translation>群集 {name} 已存在：不再创建。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="208"/>
        <source>Cluster {name}</source>
        <translation>群集 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="209"/>
        <source>Control plane IP, logical network and pod CIDR are fixed once the cluster exists.</source>
        <translation>群集创建后，控制平面 IP、逻辑网络和 Pod CIDR 即固定不变。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="232"/>
        <source>Windows node pool {pool}: use --os-sku Windows2019 for Windows Server 2019 nodes.</source>
        <translation>Windows 节点池 {pool}：对于 Windows Server 2019 节点，请使用 --os-sku Windows2019。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="237"/>
        <source>Node pool {pool} of cluster {cluster} exists already: not added again.</source>
        <translation>群集 {cluster} 的节点池 {pool} 已存在：不再添加。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="248"/>
        <source>Load balancer prerequisites</source>
        <translation>负载均衡器先决条件</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="253"/>
        <source>Object id of the KubernetesRuntime first-party application:</source>
        <translation>KubernetesRuntime 第一方应用程序的对象 ID：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="255"/>
        <source>The object id of the KubernetesRuntime application was not found.</source>
        <translation>未找到 KubernetesRuntime 应用程序的对象 ID。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="256"/>
        <source>Needed once per subscription before MetalLB load balancers can be created.</source>
        <translation>在创建 MetalLB 负载均衡器之前，每个订阅需要执行一次。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="266"/>
        <source>Load balancer {name} (cluster {cluster})</source>
        <translation>负载均衡器 {name}（群集 {cluster}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="268"/>
        <location filename="../../aksarc_gui/export/deployed.py" line="26"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="269"/>
        <source>Cluster {cluster} uses an external load balancer: configure it with the addresses {addresses}. No az command is needed.</source>
        <translation>群集 {cluster} 使用外部负载均衡器：请使用地址 {addresses} 配置它。不需要 az 命令。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="272"/>
        <source>Bring-your-own load balancer: the planner only reserves its addresses.</source>
        <translation>自带负载均衡器：规划器仅预留其地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="275"/>
        <source>The plan gives this load balancer no name; {name} is used.</source>
        <translation>规划中没有为此负载均衡器命名；将使用 {name}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="284"/>
        <source>The arcnetworking extension of cluster {cluster} exists already: not created again.</source>
        <translation>群集 {cluster} 的 arcnetworking 扩展已存在：不再创建。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="292"/>
        <source>Load balancer {name} of cluster {cluster} exists already: not created again.</source>
        <translation>群集 {cluster} 的负载均衡器 {name} 已存在：不再创建。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="296"/>
        <source>NOT GENERATED: az k8s-runtime load-balancer create for {name}: the plan gives it no addresses, and MetalLB cannot be created without any (rule LB-9, or LB-4 when services need addresses; aksarc-plan check reports it). Give the load balancer at least one address in the plan and export again.</source>
        <translation>未生成：{name} 的 az k8s-runtime load-balancer create：规划中没有为它指定地址，而没有地址就无法创建 MetalLB（规则 LB-9；服务需要地址时为 LB-4；aksarc-plan check 会报告此问题）。请在规划中为该负载均衡器至少指定一个地址，然后重新导出。</translation>
    </message>
    <message>
        <source>The plan gives this load balancer no addresses yet.</source>
        <translation type="vanished">规划中还没有为此负载均衡器指定地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="304"/>
        <source>Advertise mode {mode} needs BGP peers: create each one with az k8s-runtime bgp-peer create --bgp-peer-name NAME --resource-uri (the cluster id above) --my-asn N --peer-asn N --peer-address IP.</source>
        <translation>通告模式 {mode} 需要 BGP 对等方：请使用 az k8s-runtime bgp-peer create --bgp-peer-name NAME --resource-uri（上面的群集 ID）--my-asn N --peer-asn N --peer-address IP 逐个创建。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="308"/>
        <source>MetalLB through the Arc networking extension.</source>
        <translation>通过 Arc 网络扩展部署 MetalLB。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="322"/>
        <source>Services share load balancer addresses (rule LB-8); give each of them the annotation {annotation}: &quot;{key}&quot; in its Kubernetes manifest:</source>
        <translation>服务共享负载均衡器地址（规则 LB-8）；请在每个服务的 Kubernetes 清单中添加注释 {annotation}: &quot;{key}&quot;：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="326"/>
        <source>address {n} of the load balancer (not planned yet)</source>
        <translation>负载均衡器的第 {n} 个地址（尚未规划）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="328"/>
        <source>  {address}: {services}</source>
        <translation>  {address}：{services}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/commands.py" line="354"/>
        <source>WARNING: this plan has {count} error(s). The commands below may fail, or build something the plan did not mean. Fix the plan first:</source>
        <translation>警告：此规划有 {count} 个错误。下面的命令可能失败，或创建出与规划意图不符的资源。请先修正规划：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="127"/>
        <source>{var} is empty: paste the step &quot;{step}&quot; first, or set {var} in this shell.</source>
        <translation>{var} 为空：请先粘贴步骤“{step}”，或在此 shell 中设置 {var}。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="129"/>
        <source>{var} is empty: set it in this shell first.</source>
        <translation>{var} 为空：请先在此 shell 中设置它。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="136"/>
        <source>AKS Arc commands for the plan {name}</source>
        <translation>规划 {name} 的 AKS Arc 命令</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="137"/>
        <source>Written by AKS Arc Network Planner {version}. Review before running.</source>
        <translation>由 AKS Arc Network Planner {version} 生成。运行前请检查。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="139"/>
        <source>Needs the az CLI signed in to the right tenant (az login): this script never signs in and never prompts.</source>
        <translation>需要 az CLI 已登录到正确的租户（az login）：此脚本不会登录，也不会提示输入。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="141"/>
        <source>Safe to run again after a failure: each create first asks az show whether the resource exists, and skips it when it does (the script says so). Existing resources are not compared with the plan.</source>
        <translation>失败后可以再次运行：每个创建命令都先用 az show 查询资源是否存在，存在时跳过（脚本会输出说明）。不会将已有资源与规划进行比较。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="177"/>
        <source>NOT GENERATED: {what}: {reason}. Do this step by hand, or change the value in the plan.</source>
        <translation>未生成：{what}：{reason}。请手动完成此步骤，或更改规划中的值。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="192"/>
        <source>{flag} has no value</source>
        <translation>{flag} 没有值</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="230"/>
        <source>Values below hold characters that do not show on screen; written visibly: {values}</source>
        <translation>下面的值包含屏幕上不显示的字符；以可见形式写出：{values}</translation>
    </message>
    <message>
        <source>This step is for bash; this shell is not bash. Start bash (type bash and press Enter), then paste the step again.</source>
        <translation type="vanished">此步骤适用于 bash，而当前 shell 不是 bash。请先启动 bash（输入 bash 并按 Enter），然后再次粘贴此步骤。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="310"/>
        <source>These commands are for bash: start bash, then paste them again.</source>
        <translation>这些命令适用于 bash：请先启动 bash，然后再次粘贴。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="311"/>
        <source>This step is for bash: start bash, then paste it again.</source>
        <translation>此步骤适用于 bash：请先启动 bash，然后再次粘贴。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="340"/>
        <location filename="../../aksarc_gui/export/render.py" line="471"/>
        <source>az show failed (not a missing resource), so the script stops. Exit code:</source>
        <translation>az show 失败（并非资源不存在），脚本停止。退出代码：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="342"/>
        <source>az_exists COMMAND...: runs an az show command. True when the resource exists; false when az exits with 3 (ResourceNotFound); any other failure (sign-in, network, permissions) stops the script.</source>
        <translation>az_exists COMMAND...：运行一个 az show 命令。资源存在时为真；az 以 3 退出（ResourceNotFound）时为假；其他任何失败（登录、网络、权限）都会停止脚本。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="451"/>
        <source>This script is for PowerShell on Windows, where az is az.cmd: its quoting (&apos;&quot;...&quot;&apos;) is written for cmd.exe. On Linux or macOS, export the bash script instead.</source>
        <translation>此脚本用于 Windows 上的 PowerShell，其中 az 是 az.cmd：它的引号写法（&apos;&quot;...&quot;&apos;）是为 cmd.exe 准备的。在 Linux 或 macOS 上，请改为导出 bash 脚本。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="455"/>
        <source>For PowerShell on Windows, where az is az.cmd and cmd.exe reads every argument a second time: values with spaces or ( ) &amp; | &lt; &gt; ^ are passed as &apos;&quot;...&quot;&apos;.</source>
        <translation>适用于 Windows 上的 PowerShell，其中 az 是 az.cmd，cmd.exe 会再次解析每个参数：包含空格或 ( ) &amp; | &lt; &gt; ^ 的值以 &apos;&quot;...&quot;&apos; 形式传递。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="460"/>
        <source>The quoting assumes the Legacy way of passing arguments to native programs (the default of Windows PowerShell 5.1; PowerShell 7.3 and later default to Windows): pinned for this script only.</source>
        <translation>引号写法假定以 Legacy 方式向本机程序传递参数（Windows PowerShell 5.1 的默认方式；PowerShell 7.3 及更高版本默认为 Windows）：仅对此脚本固定此设置。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="466"/>
        <source>az is a native program: PowerShell does not stop when it fails, so each call is followed by a check of $LASTEXITCODE.</source>
        <translation>az 是本机程序：它失败时 PowerShell 不会停止，因此每次调用后都会检查 $LASTEXITCODE。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="473"/>
        <source>Test-AzResource { az ... show ... }: true when the resource exists; false when az exits with 3 (ResourceNotFound); any other failure (sign-in, network, permissions) stops the script.</source>
        <translation>Test-AzResource { az ... show ... }：资源存在时为真；az 以 3 退出（ResourceNotFound）时为假；其他任何失败（登录、网络、权限）都会停止脚本。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="495"/>
        <source>{var} holds a character that az.cmd on Windows would change: % &quot;, a control character, or a backslash at the end.</source>
        <translation>{var} 包含 Windows 上的 az.cmd 会改变的字符：% &quot;、控制字符，或末尾的反斜杠。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="516"/>
        <source>it starts with a dash and holds characters that need quoting for cmd.exe</source>
        <translation>它以短划线开头，并且包含在 cmd.exe 中需要加引号的字符</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="528"/>
        <source>the value of {var}: {reason}</source>
        <translation>{var} 的值：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="532"/>
        <source>the value of {var} ends with a backslash</source>
        <translation>{var} 的值以反斜杠结尾</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/render.py" line="583"/>
        <source>{var} holds a character that az.cmd on Windows would change: one of % &quot; ( ) &amp; | &lt; &gt; ^, a space or a control character.</source>
        <translation>{var} 包含 Windows 上的 az.cmd 会更改的字符：% &quot; ( ) &amp; | &lt; &gt; ^ 之一、空格或控制字符。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/quoting.py" line="115"/>
        <source>it contains %, which cmd.exe expands even inside double quotes</source>
        <translation>它包含 %，cmd.exe 即使在双引号内也会展开它</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/quoting.py" line="116"/>
        <source>it contains a double quote, which az.cmd on Windows would drop</source>
        <translation>它包含双引号，Windows 上的 az.cmd 会将其丢弃</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/quoting.py" line="117"/>
        <source>it contains a line break or another control character, which ends the cmd.exe line</source>
        <translation>它包含换行符或其他控制字符，会结束 cmd.exe 命令行</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/quoting.py" line="119"/>
        <source>a NUL character cannot be passed as an argument</source>
        <translation>NUL 字符不能作为参数传递</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="21"/>
        <source>Logical network {name} ({prefix}) exists.</source>
        <translation>逻辑网络 {name}（{prefix}）已存在。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="27"/>
        <source>Cluster {name} exists (node pools: {pools}).</source>
        <translation>群集 {name} 已存在（节点池：{pools}）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="31"/>
        <source>Load balancer {name} of cluster {cluster} exists.</source>
        <translation>群集 {cluster} 的负载均衡器 {name} 已存在。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="35"/>
        <source>Already deployed</source>
        <translation>已部署</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="36"/>
        <source>Imported from Azure: nothing to create. The commands below create only what is new.</source>
        <translation>从 Azure 导入：无需创建。下面的命令只创建新增的对象。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="50"/>
        <source>New node pools of cluster {name}</source>
        <translation>群集 {name} 的新节点池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="51"/>
        <source>The cluster exists; these pools are added to it.</source>
        <translation>群集已存在；这些节点池将添加到其中。</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="321"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Services of type LoadBalancer. Instances on the same port need an IP each; a service on another port shares those IPs. Leave the list empty if there are none yet.</source>
        <translation type="vanished">LoadBalancer 类型的服务。使用相同端口的实例各需要一个 IP；使用其他端口的服务可以共用这些 IP。如果还没有服务，请将列表留空。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="326"/>
        <source>Cluster</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="326"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="326"/>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="vanished">端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="322"/>
        <source>Services of type LoadBalancer, with their ports separated by commas (80, 443; 53/udp for another protocol). Instances on the same port need an IP each; a service on other ports shares those IPs unless it needs its own. Leave the list empty if there are none yet.</source>
        <translation>LoadBalancer 类型的服务，端口以逗号分隔（80, 443；其他协议写成 53/udp）。同一端口上的每个实例各需一个 IP；使用其他端口的服务共享这些 IP，除非它需要自己的 IP。如果还没有服务，请将列表留空。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="326"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="327"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="327"/>
        <source>Add service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="327"/>
        <source>Remove service</source>
        <translation>删除服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="327"/>
        <source>Own IPs</source>
        <translation>独占 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="379"/>
        <source>The service needs addresses of its own: it shares no IP with another service (no allow-shared-ip).</source>
        <translation>该服务需要自己的地址：不与其他服务共享 IP（不使用 allow-shared-ip）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="397"/>
        <source>Row {row}: pick the cluster the service runs on.</source>
        <translation>第 {row} 行：请选择运行该服务的群集。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/pages.py" line="405"/>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Row {row}: give the service a name.</source>
        <translation type="vanished">第 {row} 行：请为服务命名。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="55"/>
        <source>Plan the IP addresses of AKS enabled by Azure Arc: logical networks, control plane IPs, node pools and load balancers.</source>
        <translation>规划由 Azure Arc 启用的 AKS 所需的 IP 地址：逻辑网络、控制平面 IP、节点池和负载均衡器。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="58"/>
        <source>&amp;New Plan...</source>
        <translation>新建规划(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="59"/>
        <source>A wizard asks for the networks and clusters and suggests the addresses</source>
        <translation>向导询问网络和群集，并建议地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="60"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="61"/>
        <source>Open the &amp;Sample Plan</source>
        <translation>打开示例规划(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="62"/>
        <source>The worked example of Microsoft&apos;s network requirements</source>
        <translation>Microsoft 网络要求一文中的示例</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="73"/>
        <source>&amp;Recent plans</source>
        <translation>最近的规划(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="79"/>
        <source>No plans opened yet.</source>
        <translation>尚未打开过规划。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="103"/>
        <source>{file} — {folder}</source>
        <translation>{file} — {folder}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="108"/>
        <source>{file} (not found)</source>
        <translation>{file}（找不到）</translation>
    </message>
</context>
<context>
    <name>StartPageHost</name>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="131"/>
        <source>C&amp;lose Plan</source>
        <translation>关闭规划(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/start_page.py" line="204"/>
        <source>The plan does not load</source>
        <translation>无法加载规划</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="44"/>
        <location filename="../../aksarc_gui/ui/suggest.py" line="123"/>
        <source>Suggest Addresses</source>
        <translation>建议地址</translation>
    </message>
    <message>
        <source>Empty IP pools, control plane IPs and load balancer ranges get free addresses of their logical network. Everything already set stays as it is.

IP pools cannot grow once the logical network exists: the headroom is the room to grow.</source>
        <translation type="vanished">空缺的 IP 池、控制平面 IP 和负载均衡器地址范围将获得其逻辑网络中的空闲地址。已设置的内容保持不变。

逻辑网络创建后 IP 池无法扩大：余量就是增长空间。</translation>
    </message>
    <message>
        <source>Empty IP pools, control plane IPs and load balancer ranges get free addresses of their logical network, and an empty infrastructure pool six free addresses of the management network. Everything already set stays as it is.

IP pools cannot grow once the logical network exists: the headroom is the room to grow.</source>
        <translation type="vanished">空的 IP 池、控制平面 IP 和负载均衡器范围将获得其逻辑网络中的空闲地址，空的基础结构 IP 池将获得管理网络中的六个空闲地址。已设置的内容保持不变。

逻辑网络创建后 IP 池无法扩大：余量就是增长的空间。</translation>
    </message>
    <message>
        <source>Added to each IP pool and load balancer range, rounded up.</source>
        <translation type="vanished">添加到每个 IP 池和负载均衡器地址范围，向上取整。</translation>
    </message>
    <message>
        <source>Pool addresses for this many more node VMs, on top of the headroom.</source>
        <translation type="vanished">在余量之外，再为这么多节点 VM 预留 IP 池地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="73"/>
        <source>&amp;Fill In</source>
        <translation>填写(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Headroom:</source>
        <translation type="vanished">余量(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Extra node VMs:</source>
        <translation type="vanished">额外节点 VM(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="45"/>
        <source>Empty IP pools, control plane IPs and load balancer ranges get free addresses of their logical network, and an empty infrastructure pool six free addresses of the management network. Everything already set stays as it is.

An IP pool cannot be changed once its logical network exists: leave it room for the node VMs the clusters may grow by.</source>
        <translation>空的 IP 池、控制平面 IP 和负载均衡器范围将获得其逻辑网络中的空闲地址，空的基础结构 IP 池将获得管理网络中的六个空闲地址。已设置的内容保持不变。

逻辑网络创建后就不能再更改其 IP 池：请为群集将来可能增加的节点 VM 留出余量。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="54"/>
        <source>Each IP pool holds today&apos;s node VMs, one upgrade IP per cluster and this many more node VMs.</source>
        <translation>每个 IP 池容纳当前的节点 VM、每个群集一个升级 IP，以及这里指定数量的额外节点 VM。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="57"/>
        <source>Fair &amp;Share</source>
        <translation>公平份额(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="58"/>
        <source>The free addresses left once today&apos;s needs are placed, shared between the IP pool, each load balancer and a share kept free.</source>
        <translation>放置当前所需地址后剩余的空闲地址，在 IP 池、每个负载均衡器和一份保留空闲之间平分。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="70"/>
        <source>Added to each load balancer range, rounded up. Ranges can be added to later; pools cannot.</source>
        <translation>加到每个负载均衡器地址范围上，向上取整。地址范围以后可以追加；IP 池不能。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="78"/>
        <source>&amp;Room for more node VMs in each IP pool:</source>
        <translation>每个 IP 池为更多节点 VM 预留(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="81"/>
        <source>&amp;Load balancer headroom:</source>
        <translation>负载均衡器余量(&amp;L)：</translation>
    </message>
    <message>
        <source>Management network infrastructure IP pool</source>
        <translation type="vanished">管理网络基础结构 IP 池</translation>
    </message>
    <message>
        <source>{network} IP pool</source>
        <translation type="vanished">{network} 的 IP 池</translation>
    </message>
    <message>
        <source>{cluster} control plane IP</source>
        <translation type="vanished">{cluster} 的控制平面 IP</translation>
    </message>
    <message>
        <source>{cluster} load balancer addresses</source>
        <translation type="vanished">{cluster} 的负载均衡器地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="107"/>
        <source>{what}: {old} → {new}</source>
        <translation>{what}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="109"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="126"/>
        <source>Nothing to fill in: every IP pool, control plane IP, load balancer range and the infrastructure pool is set.</source>
        <translation>无需填写：每个 IP 池、控制平面 IP、负载均衡器范围和基础结构 IP 池都已设置。</translation>
    </message>
    <message>
        <source>Nothing to fill in: every IP pool, control plane IP and load balancer range is set.</source>
        <translation type="vanished">无需填写：每个 IP 池、控制平面 IP 和负载均衡器地址范围都已设置。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="138"/>
        <source>No layout fits; the plan was not changed.

{reason}</source>
        <translation>没有可行的布局；规划未更改。

{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="140"/>
        <source>No layout fits; the plan was not changed.</source>
        <translation>没有可行的布局；规划未更改。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="148"/>
        <source>Suggest addresses</source>
        <translation>建议地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="151"/>
        <source>Filled in {count} field(s); Undo takes them back.</source>
        <translation>已填写 {count} 个字段；撤消可恢复原状。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/suggest.py" line="153"/>
        <source>Filled in (Undo takes it back):
{changes}</source>
        <translation>已填写（撤消可恢复原状）：
{changes}</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../aksarc_gui/ui/toolbar.py" line="30"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/toolbar.py" line="49"/>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/toolbar.py" line="50"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/toolbar.py" line="51"/>
        <source>Suggest</source>
        <translation>建议地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/toolbar.py" line="52"/>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/toolbar.py" line="53"/>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/toolbar.py" line="54"/>
        <source>Map</source>
        <translation>占用图</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="37"/>
        <source>From 2411 on, the platform picks each cluster&apos;s control plane IP from the IP pool: the pool gets one more address per cluster (CP-1, POOL-3).</source>
        <translation>从 2411 起，平台从 IP 池中为每个群集选取控制平面 IP：IP 池为每个群集多留一个地址（CP-1、POOL-3）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="40"/>
        <source>Before 2411, each cluster&apos;s control plane IP is an address of its own, outside the IP pool: the planner places it (CP-1).</source>
        <translation>2411 之前，每个群集的控制平面 IP 是 IP 池外部的独立地址：由规划器放置（CP-1）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="43"/>
        <source>2402 and earlier: the firewall also allows gcr.io and storage.googleapis.com (URL-2).</source>
        <translation>2402 及更早版本：防火墙还需允许 gcr.io 和 storage.googleapis.com（URL-2）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="46"/>
        <source>From 2504 on, the flows between the management and the AKS VLAN are opened in both directions (PORT-1..4).</source>
        <translation>从 2504 起，管理 VLAN 与 AKS VLAN 之间的流量需双向开放（PORT-1..4）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="59"/>
        <source>Not an IPv4 network: write it as address/length, e.g. 10.220.32.0/24.</source>
        <translation>不是 IPv4 网络：请写成“地址/长度”的形式，例如 10.220.32.0/24。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="66"/>
        <source>{text} is not an IPv4 address (e.g. 10.220.32.1).</source>
        <translation>{text} 不是 IPv4 地址（例如 10.220.32.1）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="83"/>
        <source>{text} is not a port: write port numbers from 1 to 65535 separated by commas (e.g. 80, 443; 53/udp for another protocol).</source>
        <translation>{text} 不是端口：请写 1 到 65535 的端口号，以逗号分隔（例如 80, 443；其他协议写成 53/udp）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="89"/>
        <source>A service needs at least one port (e.g. 443, or 80, 443).</source>
        <translation>服务至少需要一个端口（例如 443，或 80, 443）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="96"/>
        <source>Give the cluster a name.</source>
        <translation>请为群集命名。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="98"/>
        <source>The cluster name {name} holds a comma: a cluster name is one word of lowercase letters, digits and &apos;-&apos;.</source>
        <translation>群集名称 {name} 含有逗号：群集名称是由小写字母、数字和“-”组成的一个词。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="101"/>
        <source>The cluster name {name} is not allowed: use 1-63 lowercase letters, digits or &apos;-&apos;, starting with a letter and not ending with &apos;-&apos; (NAME-2).</source>
        <translation>不允许使用群集名称 {name}：请使用 1-63 个小写字母、数字或“-”，以字母开头，且不以“-”结尾（NAME-2）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="110"/>
        <source>Give the service a name.</source>
        <translation>请为服务命名。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="112"/>
        <source>The service name {name} is not allowed: Kubernetes takes 1-63 lowercase letters, digits or &apos;-&apos;, starting with a letter and not ending with &apos;-&apos;.</source>
        <translation>不允许使用服务名称 {name}：Kubernetes 接受 1-63 个小写字母、数字或“-”，以字母开头，且不以“-”结尾。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="120"/>
        <source>Give the logical network a name.</source>
        <translation>请为逻辑网络命名。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="122"/>
        <source>The logical network name {name} is not allowed: use 1-64 letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;, starting and ending with a letter or digit (NAME-1).</source>
        <translation>不允许使用逻辑网络名称 {name}：请使用 1-64 个字母、数字、“-”、“.”或“_”，以字母或数字开头和结尾（NAME-1）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="152"/>
        <source>Write the worker nodes of each node pool as numbers from 1 to {max} ({first} for the first pool), separated by commas (e.g. 5 or 3, 2); a range such as 2-6 turns the autoscaler on.</source>
        <translation>请将每个节点池的工作器节点数写成 1 到 {max} 的数字（第一个节点池最多 {first}），以逗号分隔（例如 5 或 3, 2）；写成 2-6 这样的范围会启用群集自动缩放程序。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="159"/>
        <source>The node range {text} runs backwards: write the smallest size first (e.g. 2-6).</source>
        <translation>节点范围 {text} 顺序颠倒：请先写最小值（例如 2-6）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="300"/>
        <source>Write the infrastructure pool as start - end (e.g. 192.168.100.13 - 192.168.100.18).</source>
        <translation>请将基础结构 IP 池写成“起始 - 结束”（例如 192.168.100.13 - 192.168.100.18）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="307"/>
        <source>Azure Local takes both proxy URLs: write the HTTP and the HTTPS proxy as http://host:port (PROXY-3).</source>
        <translation>Azure Local 需要两个代理 URL：请将 HTTP 代理和 HTTPS 代理都写成 http://host:port（PROXY-3）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="310"/>
        <source>{url} is not a proxy address Azure Local takes: write http://host:port, without a user name or password (PROXY-3).</source>
        <translation>{url} 不是 Azure Local 接受的代理地址：请写成 http://host:port，不含用户名或密码（PROXY-3）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="327"/>
        <source>Write the management network&apos;s address prefix first.</source>
        <translation>请先填写管理网络的地址前缀。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="334"/>
        <source>The gateway {address} is not inside the management prefix {prefix} (MGMT-3).</source>
        <translation>网关 {address} 不在管理网络地址前缀 {prefix} 内（MGMT-3）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="336"/>
        <source>The server IP {address} is not inside the management prefix {prefix} (MGMT-3).</source>
        <translation>服务器 IP {address} 不在管理网络地址前缀 {prefix} 内（MGMT-3）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="344"/>
        <source>A server IP is listed twice.</source>
        <translation>某个服务器 IP 列出了两次。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="351"/>
        <source>The infrastructure pool must run upwards inside {prefix}.</source>
        <translation>基础结构 IP 池必须位于 {prefix} 内，且起始地址不大于结束地址。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="354"/>
        <source>The infrastructure pool holds {size} addresses; the deployment takes at least six (MGMT-1).</source>
        <translation>基础结构 IP 池有 {size} 个地址；部署至少需要六个（MGMT-1）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="358"/>
        <source>The infrastructure pool holds {address}, which is already used (MGMT-2).</source>
        <translation>基础结构 IP 池包含已被使用的 {address}（MGMT-2）。</translation>
    </message>
    <message>
        <source>Write the worker nodes of each node pool as numbers from 1 to {max}, separated by commas (e.g. 5 or 3, 2).</source>
        <translation type="vanished">请将每个节点池的工作器节点数写成 1 到 {max} 之间的数字，以逗号分隔（例如 5 或 3, 2）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/ui/wizard/draft.py" line="165"/>
        <source>A cluster needs at least one node pool with one worker node.</source>
        <translation>群集至少需要一个包含一个工作器节点的节点池。</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="43"/>
        <source>CONFLICT: {roles}</source>
        <translation>冲突：{roles}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="54"/>
        <source>{network}: {prefix}, VLAN {vlan}</source>
        <translation>{network}：{prefix}，VLAN {vlan}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="53"/>
        <source>none (untagged)</source>
        <translation>无（不带标记）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="81"/>
        <source>Too large to draw address by address: ranges in order.</source>
        <translation>太大，无法逐个地址绘制：按顺序列出地址范围。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="83"/>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="111"/>
        <source>First</source>
        <translation>起始地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="83"/>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="111"/>
        <source>Last</source>
        <translation>结束地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="84"/>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="111"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="84"/>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="103"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="105"/>
        <source>conflict: two uses of one address</source>
        <translation>冲突：一个地址有两种用途</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="116"/>
        <location filename="../../aksarc_gui/export/workbook.py" line="38"/>
        <source>Address map</source>
        <translation>地址占用图</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="117"/>
        <source>Each cell is one address, showing its last octet; the colour is its use.</source>
        <translation>每个单元格代表一个地址，显示其最后一个八位字节；颜色表示其用途。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/address_map.py" line="133"/>
        <source>The plan has no networks yet.</source>
        <translation>此规划还没有网络。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/common.py" line="12"/>
        <source>management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="44"/>
        <source>physical host</source>
        <translation>物理服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="57"/>
        <source>CONFLICT with {others}</source>
        <translation>与 {others} 冲突</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="58"/>
        <source>also {others}</source>
        <translation>同时用于 {others}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="60"/>
        <source>share of the IP pool (the platform picks which addresses)</source>
        <translation>IP 池中的份额（由平台选择具体地址）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="100"/>
        <source>outside every network of the plan ({field})</source>
        <translation>不在规划的任何网络中（{field}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="110"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="110"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="61"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="140"/>
        <source>Prefix</source>
        <translation>地址前缀</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="110"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="141"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="112"/>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="112"/>
        <source>Owner</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="113"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="76"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="113"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/reservations.py" line="115"/>
        <source>outside the planned networks</source>
        <translation>不在规划的网络中</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="51"/>
        <source>200 nodes per cluster</source>
        <translation>每个群集 200 个节点</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="53"/>
        <source>logical network not in the plan</source>
        <translation>逻辑网络不在规划中</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="54"/>
        <source>IP pool of {network}, shared</source>
        <translation>{network} 的 IP 池（共用）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="59"/>
        <source>Room to grow</source>
        <translation>增长空间</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="62"/>
        <source>Biggest free block</source>
        <translation>最大空闲块</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="62"/>
        <source>Free addresses</source>
        <translation>空闲地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="63"/>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="79"/>
        <source>More node VMs</source>
        <translation>可增加节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="63"/>
        <source>Pool short by</source>
        <translation>IP 池缺少</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="78"/>
        <source>Node VMs limited by</source>
        <translation>节点 VM 受限于</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="78"/>
        <source>Node VMs</source>
        <translation>节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="79"/>
        <source>LB addresses</source>
        <translation>负载均衡器地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="80"/>
        <source>LB-4 need</source>
        <translation>LB-4 所需</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="80"/>
        <source>More LB instances</source>
        <translation>可增加负载均衡器实例</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="81"/>
        <source>On a new port</source>
        <translation>使用新端口时</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="94"/>
        <source>The plan has no clusters yet.</source>
        <translation>此规划还没有群集。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="96"/>
        <source>More node VMs: before POOL-3 breaks. A network&apos;s pool is shared: each cluster can add that many, not all at once.</source>
        <translation>可增加节点 VM：在违反 POOL-3 之前。网络的 IP 池是共用的：每个群集都可以增加这么多，但不能同时增加。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="98"/>
        <source>More LB instances: before LB-4 breaks, on the busiest port; on a new port: the instances a service on an unused port can have.</source>
        <translation>可增加负载均衡器实例：在违反 LB-4 之前，按最繁忙的端口计算；使用新端口时：使用未占用端口的服务可拥有的实例数。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="107"/>
        <source>AKS Arc IP address plan</source>
        <translation>AKS Arc IP 地址规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="109"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="109"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="110"/>
        <source>Azure Local release</source>
        <translation>Azure Local 版本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="111"/>
        <source>Resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="112"/>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="113"/>
        <source>Exported with</source>
        <translation>导出工具</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="123"/>
        <source>IP addresses to reserve</source>
        <translation>需要预留的 IP 地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="138"/>
        <source>IP pool usage per logical network</source>
        <translation>各逻辑网络的 IP 池使用情况</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="141"/>
        <source>IP pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="142"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="147"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="54"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="157"/>
        <source>The plan has no logical networks yet.</source>
        <translation>此规划还没有逻辑网络。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="162"/>
        <location filename="../../aksarc_gui/export/workbook.py" line="42"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="164"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="164"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="165"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/summary.py" line="171"/>
        <source>Details on the sheets Reservations, Address map, Clusters, Services, Firewall and Problems.</source>
        <translation>详细信息见“预留”“地址占用图”“群集”“服务”“防火墙”和“问题”工作表。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="40"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="73"/>
        <source>Cluster</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="40"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="93"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="41"/>
        <source>Control plane IP</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="42"/>
        <source>Control plane nodes</source>
        <translation>控制平面节点数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="42"/>
        <source>Control plane VM size</source>
        <translation>控制平面 VM 大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="43"/>
        <source>Node pools</source>
        <translation>节点池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="43"/>
        <source>Worker nodes</source>
        <translation>工作器节点数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="44"/>
        <source>Pool IPs needed</source>
        <translation>所需 IP 池地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="45"/>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="45"/>
        <source>Load balancer addresses</source>
        <translation>负载均衡器地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="46"/>
        <source>Load balancer IPs needed</source>
        <translation>所需负载均衡器 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="46"/>
        <source>Pod CIDR</source>
        <translation>Pod CIDR</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="47"/>
        <source>Kubernetes version</source>
        <translation>Kubernetes 版本</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="19"/>
        <source>{name}: {count} × {size} ({os})</source>
        <translation>{name}：{count} × {size}（{os}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="22"/>
        <source>, autoscaler {low} to {high}</source>
        <translation>，自动缩放 {low} 到 {high}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="35"/>
        <source>load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="55"/>
        <source>MetalLB {name}, {mode}</source>
        <translation>MetalLB {name}，{mode}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="57"/>
        <source>external {name}</source>
        <translation>外部 {name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="59"/>
        <source>automatic (from the pool)</source>
        <translation>自动（来自 IP 池）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="60"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="64"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="73"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="118"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="73"/>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="74"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="94"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="119"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="75"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="94"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="75"/>
        <source>Load balancer IP</source>
        <translation>负载均衡器 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="76"/>
        <source>Annotation {annotation} (LB-8)</source>
        <translation>注释 {annotation}（LB-8）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="82"/>
        <source>no load balancer address left for this instance</source>
        <translation>没有剩余的负载均衡器地址可供此实例使用</translation>
    </message>
    <message>
        <source>Cross-VLAN flows (rules PORT-1 to PORT-4)</source>
        <translation type="vanished">跨 VLAN 流量（规则 PORT-1 至 PORT-4）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="92"/>
        <source>Cross-VLAN flows (rules PORT-1 to PORT-5)</source>
        <translation>跨 VLAN 流量（规则 PORT-1 到 PORT-5）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="93"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="118"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="133"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="93"/>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="94"/>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="95"/>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="119"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="104"/>
        <source>Management side: the infrastructure IP pool and the physical hosts. A rule for the whole management network {prefix} covers them too.</source>
        <translation>管理网络一侧：基础结构 IP 池和物理服务器。针对整个管理网络 {prefix} 的规则也涵盖它们。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="110"/>
        <source>Same VLAN as the management network, no cross-VLAN rules needed: {names}</source>
        <translation>与管理网络位于同一 VLAN，不需要跨 VLAN 规则：{names}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="114"/>
        <source>Outbound URL allow list (rules URL-1, URL-2), release {release}</source>
        <translation>出站 URL 允许列表（规则 URL-1、URL-2），版本 {release}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="118"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="131"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="131"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="132"/>
        <source>information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="133"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="133"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="134"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="135"/>
        <source>Related fields</source>
        <translation>相关字段</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/tables.py" line="135"/>
        <source>JSON path</source>
        <translation>JSON 路径</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/workbook.py" line="35"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/workbook.py" line="37"/>
        <source>Reservations</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/workbook.py" line="39"/>
        <source>Clusters</source>
        <translation>群集</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/workbook.py" line="40"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/workbook.py" line="41"/>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/proxy.py" line="18"/>
        <source>Proxy bypass list (NO_PROXY, rules PROXY-2 and PROXY-3)</source>
        <translation>代理绕过列表（NO_PROXY，规则 PROXY-2 和 PROXY-3）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/proxy.py" line="22"/>
        <source>The plan has no proxy. If Azure Local is deployed with one, its bypass list needs at least:</source>
        <translation>规划中没有代理。如果部署 Azure Local 时使用代理，其绕过列表至少需要：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/proxy.py" line="25"/>
        <source>Proxy: HTTP {http}, HTTPS {https}. Complete bypass list for this plan (the plan&apos;s entries and what AKS Arc needs):</source>
        <translation>代理：HTTP {http}，HTTPS {https}。此规划的完整绕过列表（规划中的条目和 AKS Arc 所需的条目）：</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/sheets/proxy.py" line="34"/>
        <source>Set it as the NO_PROXY environment variable on every machine before Azure Local is registered (Learn: &quot;Configure proxy settings for Azure Local&quot;); add the machines&apos; and the system&apos;s names. It cannot be changed after deployment. WinInet and WinHTTP take another syntax (no CIDR, * wildcards).</source>
        <translation>在注册 Azure Local 之前，将其设为每台计算机上的 NO_PROXY 环境变量（Learn：“为 Azure Local 配置代理设置”）；并添加各计算机和系统的名称。部署后无法更改。WinInet 和 WinHTTP 使用另一种语法（不支持 CIDR，使用 * 通配符）。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="63"/>
        <source>exists (Azure Local)</source>
        <translation>已存在（Azure Local）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="72"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="75"/>
        <source>exists in Azure</source>
        <translation>已在 Azure 中</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/export/deployed.py" line="80"/>
        <source>new: {names}</source>
        <translation>新增：{names}</translation>
    </message>
</context>
</TS>
