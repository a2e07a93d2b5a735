<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Budget</name>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="37"/>
        <source>Requirement</source>
        <translation>IP 地址要求</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="37"/>
        <source>IPs</source>
        <translation>IP 地址数</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="37"/>
        <source>Where it is reserved</source>
        <translation>在哪里进行此预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="38"/>
        <source>AKS Arc node VMs</source>
        <translation>AKS Arc 节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="38"/>
        <location filename="../../aksarc_gui/cli.py" line="39"/>
        <location filename="../../aksarc_gui/cli.py" line="41"/>
        <source>logical network IP pool</source>
        <translation>逻辑网络的 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="39"/>
        <source>Kubernetes upgrade</source>
        <translation>Kubernetes 版本升级</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="40"/>
        <source>Control plane (automatic)</source>
        <translation>控制平面（自动）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="42"/>
        <source>Control plane IPs</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="42"/>
        <source>same subnet, outside the IP pool</source>
        <translation>同一子网中，IP 池之外</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="43"/>
        <source>Load balancer IPs</source>
        <translation>负载均衡器 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="44"/>
        <source>same subnet outside the IP pool, or another network</source>
        <translation>同一子网中 IP 池之外，或其他网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="45"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="53"/>
        <source>Logical network</source>
        <translation>逻辑网络</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="53"/>
        <source>Pool size</source>
        <translation>IP 池大小</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="53"/>
        <source>Required</source>
        <translation>所需</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="54"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="50"/>
        <source>Plan: {name}</source>
        <translation>规划：{name}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="50"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="57"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="57"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="58"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="67"/>
        <source>No errors.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="67"/>
        <source>{count} error(s).</source>
        <translation>{count} 个错误。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="75"/>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="93"/>
        <source>Check AKS Arc IP address plans against Microsoft&apos;s network requirements.</source>
        <translation>根据 Microsoft 的网络要求检查 AKS Arc IP 地址规划。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="96"/>
        <source>language of the report and messages (default: en, so scripts see stable output)</source>
        <translation>报告和消息的语言（默认：en，使脚本得到稳定的输出）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="99"/>
        <source>load a plan, print its IP budget and problems</source>
        <translation>加载规划，打印其 IP 地址预算和问题</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/cli.py" line="100"/>
        <source>the plan file (.aksplan)</source>
        <translation>规划文件（.aksplan）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../aksarc_gui/ui/language.py" line="94"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Load</name>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="37"/>
        <source>(and {count} more problems)</source>
        <translation>（另有 {count} 个问题）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="56"/>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="58"/>
        <source>unknown field (misspelt, or from another program?)</source>
        <translation>未知字段（拼写错误，或来自其他程序？）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="62"/>
        <source>{problem}, got {value}</source>
        <translation>{problem}，实际值为 {value}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="72"/>
        <source>expected an integer version, got {value}</source>
        <translation>版本应为整数，实际值为 {value}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="75"/>
        <source>the file is format version {version}; this planner reads versions up to {known}. Open it with a newer planner.</source>
        <translation>该文件的格式版本为 {version}；此规划器最高只能读取版本 {known}。请使用较新的规划器打开它。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="79"/>
        <source>unknown format version {version}</source>
        <translation>未知的格式版本 {version}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="83"/>
        <source>no migration from format version {version}</source>
        <translation>没有从格式版本 {version} 迁移的方法</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="93"/>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="96"/>
        <source>not valid JSON (nested too deeply)</source>
        <translation>不是有效的 JSON（嵌套层次太深）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="98"/>
        <source>not a plan file (expected a JSON object)</source>
        <translation>不是规划文件（应为 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="100"/>
        <source>expected &quot;{expected}&quot;, got {value}: not a plan file</source>
        <translation>应为“{expected}”，实际值为 {value}：不是规划文件</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="117"/>
        <source>the file is {size} bytes, too large to be a plan</source>
        <translation>该文件有 {size} 字节，作为规划文件太大</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="122"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取该文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/domain/io.py" line="127"/>
        <source>not UTF-8 text (byte {offset})</source>
        <translation>不是 UTF-8 文本（第 {offset} 字节）</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="38"/>
        <source>network address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="39"/>
        <source>broadcast address</source>
        <translation>广播地址</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="40"/>
        <source>gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="41"/>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="42"/>
        <source>node VM IP pool</source>
        <translation>节点 VM 的 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="43"/>
        <source>node VMs</source>
        <translation>节点 VM</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="44"/>
        <source>upgrade spare</source>
        <translation>升级预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="45"/>
        <source>control plane IP (automatic)</source>
        <translation>控制平面 IP（自动）</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="46"/>
        <source>pool, unused</source>
        <translation>IP 池，未使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="47"/>
        <source>control plane IP</source>
        <translation>控制平面 IP</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="48"/>
        <source>load balancer pool</source>
        <translation>负载均衡器地址池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="49"/>
        <source>load balancer, used by services</source>
        <translation>负载均衡器，已由服务使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="50"/>
        <source>load balancer, unused</source>
        <translation>负载均衡器，未使用</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="51"/>
        <source>infrastructure pool</source>
        <translation>基础结构 IP 池</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="52"/>
        <source>physical host</source>
        <translation>物理服务器</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="53"/>
        <source>reservation</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/claims.py" line="54"/>
        <source>free</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../aksarc_gui/planning/validate.py" line="18"/>
        <source>The gateway {gateway} is outside the address prefix {prefix}; pick a gateway inside {prefix}.</source>
        <translation>网关 {gateway} 不在地址前缀 {prefix} 的范围内；请选择位于 {prefix} 范围内的网关。</translation>
    </message>
    <message>
        <location filename="../../aksarc_gui/planning/validate.py" line="26"/>
        <source>The control plane IP {ip} is inside the IP pool {start}-{end}; pick an address outside the pool.</source>
        <translation>控制平面 IP {ip} 位于 IP 池 {start}-{end} 之内；请选择 IP 池之外的地址。</translation>
    </message>
</context>
</TS>
