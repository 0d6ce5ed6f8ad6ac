<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>xj::BrowserPane</name>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Address of the page to inspect</source>
        <translation>待检查页面的网址</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>New-media accounts are checked on the platform itself (phone or platform back end). Record the verdict of every item in the checklist beside this page and add a finding with a screenshot for each problem.</source>
        <translation>政务新媒体账号须在平台上直接检查（手机端或平台管理后台）。请在本页旁的检查表中逐项记录结论，并为每个问题添加一条附截图的问题记录。</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistModel</name>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1（%2 分）</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>其他指标</translation>
    </message>
    <message>
        <source>%1/%2 judged</source>
        <translation>已检查 %1/%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>−%1 / %2</source>
        <translation>−%1 / %2</translation>
    </message>
    <message>
        <source>+%1 / %2</source>
        <translation>+%1 / %2</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source> (unverified)</source>
        <translation>（未核实）</translation>
    </message>
    <message>
        <source>Evidence to capture</source>
        <translation>取证要点</translation>
    </message>
    <message>
        <source>Unverified: the reference marks this item or its numbers as reconstructed [R]. Check it against the official document before relying on it; the office can correct it in a local template.</source>
        <translation>未核实：参考资料将此指标或其数值标记为重构内容 [R]。使用前请对照正式文件核实；本单位可在本地模板中予以更正。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistPanel</name>
    <message>
        <source>Save verdict</source>
        <translation>保存结论</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>无检查表</translation>
    </message>
    <message>
        <source>Choose a site and an inspection round.</source>
        <translation>请选择站点和检查轮次。</translation>
    </message>
    <message>
        <source>%1 points · %2</source>
        <translation>%1 分 · %2</translation>
    </message>
</context>
<context>
    <name>xj::FindingDialog</name>
    <message>
        <source>Edit finding</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>(no checklist item)</source>
        <translation>（不对应检查指标）</translation>
    </message>
    <message>
        <source>What is wrong, where, and why it counts against the item</source>
        <translation>存在什么问题、位于何处、为何不符合该指标</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查指标</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>页面网址</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Please describe the problem.</source>
        <translation>请填写问题描述。</translation>
    </message>
</context>
<context>
    <name>xj::FindingsModel</name>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
</context>
<context>
    <name>xj::FindingsPanel</name>
    <message>
        <source>Add finding</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>问题：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>保存问题</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Delete the finding &quot;%1&quot;?</source>
        <translation>确定删除问题“%1”吗？</translation>
    </message>
</context>
<context>
    <name>xj::GuiStartup</name>
    <message>
        <source>Xunjian (巡检): inspection workbench for government websites and new-media accounts.</source>
        <translation>巡检：政府网站和政务新媒体检查工作台。</translation>
    </message>
    <message>
        <source>Data folder (default: $XUNJIAN_DATA_DIR, then the user&apos;s application data folder).</source>
        <translation>数据目录（默认：$XUNJIAN_DATA_DIR，其次为用户的应用数据目录）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Start an empty data folder without the demo site and round.</source>
        <translation>以空的数据目录启动，不创建演示网站和检查轮次。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use one of: %2</source>
        <translation>未知语言 &apos;%1&apos;；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>Demo site served at %1</source>
        <translation>演示网站地址：%1</translation>
    </message>
    <message>
        <source>Preparing the demo site and round…</source>
        <translation>正在准备演示网站和演示检查轮次……</translation>
    </message>
    <message>
        <source>Xunjian cannot start</source>
        <translation>巡检无法启动</translation>
    </message>
</context>
<context>
    <name>xj::ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Address / account</source>
        <translation>网址/账号</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>xj::ImportSitesDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>Import only the valid rows and skip the others</source>
        <translation>只导入有效的行，跳过其他行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import sites from CSV or Excel</source>
        <translation>从 CSV 或 Excel 导入站点</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Columns are recognised by their headers, e.g. 网站名称, 网址, 主办单位, 网站标识码, ICP备案号, 公安备案号, 负责人, 联系电话, 类型/平台. UTF-8 and GBK files are both read.</source>
        <translation>按表头识别各列，例如 网站名称、网址、主办单位、网站标识码、ICP备案号、公安备案号、负责人、联系电话、类型/平台。UTF-8 和 GBK 编码的文件均可读取。</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>名录文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import</source>
        <translation>
            <numerusform>%n 行可导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) with problems (shown in red). Correct the file and choose it again, or import only the valid rows.</source>
        <translation>
            <numerusform>；%n 行有问题（以红色显示）。请修正文件后重新选择，或只导入有效的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>已导入 %n 个站点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New host units: %n.</source>
        <translation>
            <numerusform>新增主办单位 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: %n.</source>
        <translation>
            <numerusform>跳过 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::MainWindow</name>
    <message>
        <source>Xunjian — government website inspection</source>
        <translation>巡检 — 政府网站检查</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>检查轮次</translation>
    </message>
    <message>
        <source>Inspection round: </source>
        <translation>检查轮次：</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>新建轮次…</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New inspection round…</source>
        <translation>新建检查轮次…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>站点(&amp;S)</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>添加站点…</translation>
    </message>
    <message>
        <source>Edit site…</source>
        <translation>编辑站点…</translation>
    </message>
    <message>
        <source>Delete site…</source>
        <translation>删除站点…</translation>
    </message>
    <message>
        <source>Import from CSV/Excel…</source>
        <translation>从 CSV/Excel 导入…</translation>
    </message>
    <message>
        <source>Host units…</source>
        <translation>主办单位…</translation>
    </message>
    <message>
        <source>Next site</source>
        <translation>下一个站点</translation>
    </message>
    <message>
        <source>Previous site</source>
        <translation>上一个站点</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>问题(&amp;I)</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>Inspector name…</source>
        <translation>检查人姓名…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Xunjian</source>
        <translation>关于巡检</translation>
    </message>
    <message>
        <source>&lt;b&gt;Xunjian (巡检) %1&lt;/b&gt;&lt;p&gt;A workbench for inspecting government websites and new-media accounts against the national indicators (国办秘函〔2019〕19号).&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;巡检 %1&lt;/b&gt;&lt;p&gt;对照国家指标（国办秘函〔2019〕19号）检查政府网站和政务新媒体的工作台。&lt;/p&gt;&lt;p&gt;数据目录：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation>检查轮次</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Xunjian.</source>
        <translation>新的界面语言将在下次启动巡检时生效。</translation>
    </message>
    <message>
        <source>Inspector name</source>
        <translation>检查人姓名</translation>
    </message>
    <message>
        <source>Your name, recorded with every verdict and finding:</source>
        <translation>您的姓名（将随每条结论和问题一并记录）：</translation>
    </message>
</context>
<context>
    <name>xj::RoundDialog</name>
    <message>
        <source>New inspection round</source>
        <translation>新建检查轮次</translation>
    </message>
    <message>
        <source>These checklist files were left out:
%1</source>
        <translation>以下检查表文件未被采用：
%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>检查期间</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>期间起始日</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>期间截止日</translation>
    </message>
    <message>
        <source>Inspection date (T)</source>
        <translation>监测时间点（T）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Checklist for websites</source>
        <translation>网站检查表</translation>
    </message>
    <message>
        <source>Checklist for new media</source>
        <translation>政务新媒体检查表</translation>
    </message>
    <message>
        <source>(not checked in this round)</source>
        <translation>（本轮不检查）</translation>
    </message>
    <message>
        <source>national</source>
        <translation>国家指标</translation>
    </message>
</context>
<context>
    <name>xj::SiteDialog</name>
    <message>
        <source>Government portal (the bonus part of the score applies)</source>
        <translation>政府门户网站（适用加分指标）</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>编辑站点</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>添加站点</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Toutiao</source>
        <translation>今日头条</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Pick a unit or type the name of a new one</source>
        <translation>选择单位，或输入新单位的名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>网址（URL）</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Site identifier code (网站标识码)</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>ICP record number</source>
        <translation>ICP备案号</translation>
    </message>
    <message>
        <source>Public security record number</source>
        <translation>公安备案号</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>the address (URL)</source>
        <translation>网址（URL）</translation>
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
</context>
<context>
    <name>xj::SiteListModel</name>
    <message>
        <source>Portal</source>
        <translation>门户网站</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>%1账号 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>xj::SitesPanel</name>
    <message>
        <source>Search name, address, unit, code…</source>
        <translation>搜索名称、网址、单位、标识码…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Delete site…</source>
        <translation>删除站点…</translation>
    </message>
    <message>
        <source>Import from CSV/Excel…</source>
        <translation>从 CSV/Excel 导入…</translation>
    </message>
    <message>
        <source>Host units…</source>
        <translation>主办单位…</translation>
    </message>
    <message>
        <source>Site list</source>
        <translation>站点列表</translation>
    </message>
    <message>
        <source>Save site</source>
        <translation>保存站点</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>删除站点</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; together with its %n recorded verdict(s) and finding(s)? This cannot be undone.</source>
        <translation>
            <numerusform>确定删除“%1”及其已记录的 %n 条结论和问题吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the registry?</source>
        <translation>确定从名录中删除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>xj::UnitsDialog</name>
    <message>
        <source>Host units</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>6-digit administrative division code</source>
        <translation>6 位行政区划代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the host unit &quot;%1&quot;?</source>
        <translation>确定删除主办单位“%1”吗？</translation>
    </message>
</context>
<context>
    <name>xj::VerdictEditor</name>
    <message>
        <source>Not judged</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Points lost</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Unverified item (reference tag [R]): confirm against the official document.</source>
        <translation>未核实指标（参考标记 [R]）：请对照正式文件确认。</translation>
    </message>
    <message>
        <source>Choose a checklist item above.</source>
        <translation>请在上方选择一个检查指标。</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>加分</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1 分</translation>
    </message>
    <message>
        <source>Note: what was checked, where, what was found</source>
        <translation>备注：检查了什么、在何处、发现了什么</translation>
    </message>
    <message>
        <source>Choose a verdict first, then add a note</source>
        <translation>请先选择结论，再填写备注</translation>
    </message>
</context>
</TS>
