<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>xj::AccountRecordPanel</name>
    <message>
        <source>Attach screenshot…</source>
        <translation>附加截图…</translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation>查看证据</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Date of the newest post on the account, as shown on the phone</source>
        <translation>账号最新一条发布的日期（以手机上显示的为准）</translation>
    </message>
    <message>
        <source>Title of the newest post</source>
        <translation>最新一条发布的标题</translation>
    </message>
    <message>
        <source>e.g. 留言, 私信, 自动回复菜单, 咨询入口</source>
        <translation>如：留言、私信、自动回复菜单、咨询入口</translation>
    </message>
    <message>
        <source>Attach a phone screenshot of the newest post or of the interaction channel</source>
        <translation>附加最新发布或互动渠道的手机截图</translation>
    </message>
    <message>
        <source>Newest post</source>
        <translation>最新发布日期</translation>
    </message>
    <message>
        <source>Its title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Interaction channel</source>
        <translation>互动渠道</translation>
    </message>
    <message>
        <source>Channel state</source>
        <translation>渠道状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Account record</source>
        <translation>账号记录</translation>
    </message>
    <message>
        <source>Enter the newest post date and the channel state; the veto items follow from them.</source>
        <translation>填写最新发布日期和互动渠道状态，单项否决指标据此判定。</translation>
    </message>
    <message>
        <source>Save account record</source>
        <translation>保存账号记录</translation>
    </message>
    <message>
        <source>Attach screenshot</source>
        <translation>附加截图</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) attached</source>
        <translation>
            <numerusform>已附加 %n 张截图</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Account record in this round&lt;/b&gt;</source>
        <translation>&lt;b&gt;本轮次账号记录&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>xj::AddAnnotationCommand</name>
    <message>
        <source>Add %1</source>
        <extracomment>%1 is the kind of annotation, e.g. &quot;Rectangle&quot;</extracomment>
        <translation>添加%1</translation>
    </message>
</context>
<context>
    <name>xj::AnnotationEditor</name>
    <message>
        <source>Annotate screenshot</source>
        <translation>标注截图</translation>
    </message>
    <message>
        <source>Drag on the screenshot to mark the problem. Pixelate ID card numbers, phone numbers and other personal data before saving.</source>
        <translation>在截图上拖动鼠标标出问题。保存前请给身份证号、电话号码等个人信息打上马赛克。</translation>
    </message>
    <message>
        <source>Save the screenshot with the annotations</source>
        <translation>保存带标注的截图</translation>
    </message>
    <message>
        <source>Save without annotations</source>
        <translation>不带标注保存</translation>
    </message>
    <message>
        <source>Save the screenshot exactly as it was taken</source>
        <translation>按截取时的原样保存截图</translation>
    </message>
    <message>
        <source>Do not save the screenshot</source>
        <translation>不保存截图</translation>
    </message>
    <message>
        <source>The personal data you pixelated or covered will be readable in the saved screenshot. Save the screenshot as it was taken anyway?</source>
        <translation>您打了马赛克或遮盖的个人信息在保存的截图中将清晰可见。仍要按原样保存截图吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without saving the screenshot? Your annotations will be lost.</source>
        <translation>不保存截图就关闭吗？所做的标注将会丢失。</translation>
    </message>
</context>
<context>
    <name>xj::AnnotationToolBar</name>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Annotation tools</source>
        <translation>标注工具</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Colour of frames, arrows and text; highlights stay yellow</source>
        <translation>矩形框、箭头和文字的颜色；高亮始终为黄色</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <source>Annotation colour</source>
        <translation>标注颜色</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last annotation</source>
        <translation>撤销上一个标注</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Bring back the annotation taken back</source>
        <translation>恢复刚撤销的标注</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Show the whole screenshot</source>
        <translation>显示整张截图</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the screenshot at its real size</source>
        <translation>按实际大小显示截图</translation>
    </message>
</context>
<context>
    <name>xj::AnnotationTools</name>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Draw a frame around the problem</source>
        <translation>在问题处画框</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Drag from the tail to where the arrow points</source>
        <translation>从箭尾拖到箭头所指之处</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Click where a note goes, type it and press Enter</source>
        <translation>在要加说明的位置单击，输入文字后按回车</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Mark text with a translucent yellow like a marker pen</source>
        <translation>像荧光笔一样用半透明黄色标出文字</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>马赛克</translation>
    </message>
    <message>
        <source>Pixelate personal data such as ID card or phone numbers so that nobody can read it</source>
        <translation>给身份证号、电话号码等个人信息打上马赛克，使其无法辨认</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <source>Hide personal data under a solid black bar</source>
        <translation>用黑色色块遮住个人信息</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tooltip followed by its keyboard shortcut; Chinese uses full-width brackets.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>xj::ArchiveSaver</name>
    <message>
        <source>There is no page to archive. Open the page first, then archive it.</source>
        <translation>没有可存档的页面。请先打开页面再存档。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check that the data folder is writable, then archive the page again.</source>
        <translation>无法创建文件夹 %1。请检查数据目录是否可写，然后重新存档页面。</translation>
    </message>
    <message>
        <source>The archive %1 was not written. Check the free space in the data folder, then archive the page again.</source>
        <translation>存档文件 %1 未能写入。请检查数据目录的剩余空间，然后重新存档页面。</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The page could not be archived (%1). Check that the data folder is writable and has free space, then archive the page again.</source>
        <translation>页面未能存档（%1）。请检查数据目录是否可写、是否有剩余空间，然后重新存档页面。</translation>
    </message>
</context>
<context>
    <name>xj::AuditAgreementModel</name>
    <message>
        <source>Cohen&apos;s kappa: agreement corrected for chance (1 full, 0 no better than chance). Observed %1, expected by chance %2.</source>
        <translation>Kappa系数：扣除偶然一致后的一致程度（1 为完全一致，0 为与偶然一致无异）。观测一致率 %1，偶然一致率期望值 %2。</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>比对双方</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>网站数</translation>
    </message>
    <message>
        <source>Verdict pairs</source>
        <translation>成对判定数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>判定一致率</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa系数</translation>
    </message>
    <message>
        <source>Both found</source>
        <translation>双方均发现</translation>
    </message>
    <message>
        <source>Only the first found</source>
        <translation>仅前者发现</translation>
    </message>
    <message>
        <source>Only the second found</source>
        <translation>仅后者发现</translation>
    </message>
</context>
<context>
    <name>xj::AuditComparisonModel</name>
    <message>
        <source>Matched</source>
        <translation>已配对</translation>
    </message>
    <message>
        <source>Only left</source>
        <translation>仅左方</translation>
    </message>
    <message>
        <source>Only right</source>
        <translation>仅右方</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To reconcile</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Left finding</source>
        <translation>左方问题</translation>
    </message>
    <message>
        <source>Left finding (%1)</source>
        <translation>左方问题（%1）</translation>
    </message>
    <message>
        <source>Right finding</source>
        <translation>右方问题</translation>
    </message>
    <message>
        <source>Right finding (%1)</source>
        <translation>右方问题（%1）</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>配对情况</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>核对决定</translation>
    </message>
</context>
<context>
    <name>xj::AuditComparisonWindow</name>
    <message>
        <source>Peer audit comparison</source>
        <translation>互查比对</translation>
    </message>
    <message>
        <source>Reconcile…</source>
        <translation>核对…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>核对历史…</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>左方：</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右方：</translation>
    </message>
    <message>
        <source>Items judged differently</source>
        <translation>判定不一致的指标</translation>
    </message>
    <message>
        <source>Sites judged:</source>
        <translation>已判定的网站：</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>网站 %1</translation>
    </message>
    <message>
        <source>No side has judged a site of this round yet: import the teams&apos; result packages first.</source>
        <translation>本轮次尚无任何一方判定过网站。请先导入各检查组的结果包。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n to reconcile)</source>
        <translation>
            <numerusform>%1（%n 待核对）</numerusform>
        </translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>互查包 %1</translation>
    </message>
    <message>
        <source>Only this office&apos;s results are here: import a team&apos;s result package to compare with it.</source>
        <translation>目前只有本单位的检查结果。请导入检查组的结果包，与之比对。</translation>
    </message>
    <message>
        <source>Choose two different sides to compare.</source>
        <translation>请选择两个不同的比对方。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — left: %2, right: %3</source>
        <translation>%1 — 左方：%2，右方：%3</translation>
    </message>
    <message>
        <source>%1 matched, %2 only left, %3 only right, %4 verdicts differ, %5 to reconcile</source>
        <translation>已配对 %1 条，仅左方 %2 条，仅右方 %3 条，判定不一致 %4 项，待核对 %5 条</translation>
    </message>
    <message>
        <source>Reconcile findings</source>
        <translation>核对问题</translation>
    </message>
    <message>
        <source>Reconciliation history</source>
        <translation>核对历史</translation>
    </message>
    <message>
        <source>%1: nothing</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>finding #%1</source>
        <translation>问题 #%1</translation>
    </message>
    <message>
        <source>Reconciliation history — %1</source>
        <translation>核对历史 — %1</translation>
    </message>
    <message>
        <source>No decision has been taken for this site yet.</source>
        <translation>该网站尚未作出核对决定。</translation>
    </message>
</context>
<context>
    <name>xj::AuditController</name>
    <message>
        <source>&amp;Peer audit</source>
        <translation>互查(&amp;P)</translation>
    </message>
    <message>
        <source>Export assignment package…</source>
        <translation>导出任务包…</translation>
    </message>
    <message>
        <source>Export result package…</source>
        <translation>导出结果包…</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>导入互查包…</translation>
    </message>
    <message>
        <source>Imported packages…</source>
        <translation>已导入的互查包…</translation>
    </message>
    <message>
        <source>Compare and reconcile…</source>
        <translation>比对与核对…</translation>
    </message>
    <message>
        <source>Agreement statistics…</source>
        <translation>一致性统计…</translation>
    </message>
    <message>
        <source>There is no inspection round yet. Create one (File ▸ New inspection round…) or import a team assignment (Peer audit ▸ Import package…).</source>
        <translation>尚无检查轮次。请通过“文件 ▸ 新建检查轮次…”新建，或通过“互查 ▸ 导入互查包…”导入检查组任务包。</translation>
    </message>
    <message>
        <source>Export assignment package</source>
        <translation>导出任务包</translation>
    </message>
    <message>
        <source>Export result package</source>
        <translation>导出结果包</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Package not exported</source>
        <translation>互查包未导出</translation>
    </message>
    <message>
        <source>The package was written to %1.

It is not protected by a passphrase: the receiver cannot tell it from a forged one.</source>
        <translation>互查包已写入 %1。

该包未设口令保护：接收方无法分辨它是否被伪造。</translation>
    </message>
    <message>
        <source>The package was written to %1.

It is signed with your passphrase; tell the receiver the passphrase another way (not with the file).</source>
        <translation>互查包已写入 %1。

该包已用您的口令签名。请通过其他途径（不要随文件一起）将口令告知接收方。</translation>
    </message>
    <message>
        <source>Import peer-audit package</source>
        <translation>导入互查包</translation>
    </message>
    <message>
        <source>Peer-audit packages (*.%1)</source>
        <translation>互查包 (*.%1)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>正在校验并导入 %1…</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>互查包未导入</translation>
    </message>
    <message>
        <source>The signature was checked with the passphrase.</source>
        <translation>已用口令验证签名。</translation>
    </message>
    <message>
        <source>The package was not signed, so nothing proves who made it.</source>
        <translation>该互查包未签名，无法证明其来源。</translation>
    </message>
    <message>
        <source>Imported the assignment from %1 as the round “%2” with %3 site(s). The workbench now shows this round.</source>
        <translation>已导入来自 %1 的任务包，作为检查轮次“%2”，含 %3 个网站。工作台现已显示该轮次。</translation>
    </message>
    <message>
        <source>Filed the result of %1 under the round “%2”: %3 finding(s), %4 verdict(s), %5 evidence file(s). Compare it with this office&apos;s results: Peer audit ▸ Compare and reconcile.</source>
        <translation>已将 %1 的结果归入检查轮次“%2”：问题 %3 条，判定 %4 项，证据文件 %5 个。请通过“互查 ▸ 比对与核对”将其与本单位的结果比对。</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>互查包已导入</translation>
    </message>
    <message>
        <source>Compare and reconcile</source>
        <translation>比对与核对</translation>
    </message>
    <message>
        <source>Imported packages</source>
        <translation>已导入的互查包</translation>
    </message>
    <message>
        <source>Agreement statistics</source>
        <translation>一致性统计</translation>
    </message>
</context>
<context>
    <name>xj::AuditExportDialog</name>
    <message>
        <source>Export assignment package</source>
        <translation>导出任务包</translation>
    </message>
    <message>
        <source>Export result package</source>
        <translation>导出结果包</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>筛选网站</translation>
    </message>
    <message>
        <source>Optional: agreed with the receiver</source>
        <translation>选填，须与接收方约定</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>检查轮次：</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>导出方：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>确认口令：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The assignment gives a team the round, its checklists and the sites to check. With a passphrase the team can prove the package came from you; tell it to them another way.</source>
        <translation>任务包向检查组提供检查轮次、检查指标和待检查的网站。设置口令后，检查组可凭口令确认该包由您发出；请通过其他途径将口令告知对方。</translation>
    </message>
    <message>
        <source>The result holds this round&apos;s findings, verdicts and evidence for the office that assigned it. Use the passphrase agreed with the office, if any.</source>
        <translation>结果包包含本轮次的问题、判定和证据，交给布置任务的牵头单位。如与牵头单位约定了口令，请使用该口令。</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果包</translation>
    </message>
    <message>
        <source>Peer-audit packages (*.%1)</source>
        <translation>互查包 (*.%1)</translation>
    </message>
    <message>
        <source>Choose a round. Create one with File ▸ New inspection round… first.</source>
        <translation>请选择检查轮次。如尚无轮次，请先通过“文件 ▸ 新建检查轮次…”创建。</translation>
    </message>
    <message>
        <source>Tick at least one site to put in the package.</source>
        <translation>请至少勾选一个要放入互查包的网站。</translation>
    </message>
    <message>
        <source>Enter who exports the package (your office or team): the receiver sees this name.</source>
        <translation>请填写导出方（您的单位或检查组），接收方将看到这一名称。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice, or leave both empty.</source>
        <translation>两次输入的口令不一致。请输入相同的口令两次，或两处都留空。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another file.</source>
        <translation>文件夹 %1 不存在，请另选文件。</translation>
    </message>
</context>
<context>
    <name>xj::AuditFindingPane</name>
    <message>
        <source>&lt;i&gt;Nothing found here by this side.&lt;/i&gt;</source>
        <translation>&lt;i&gt;该方在此未发现问题。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <source>Element text:</source>
        <translation>元素文字：</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>检查员：</translation>
    </message>
    <message>
        <source>Picture missing from the evidence store</source>
        <translation>证据目录中缺少此图片</translation>
    </message>
    <message>
        <source>Archived pages:</source>
        <translation>存档页面：</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
</context>
<context>
    <name>xj::AuditHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>核对决定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
</context>
<context>
    <name>xj::AuditImportsDialog</name>
    <message>
        <source>Imported packages</source>
        <translation>已导入的互查包</translation>
    </message>
    <message>
        <source>The imported packages could not be read: %1</source>
        <translation>无法读取已导入的互查包：%1</translation>
    </message>
    <message>
        <source>No team has sent a result for this round yet. Import the teams&apos; result packages first (Peer audit ▸ Import package…).</source>
        <translation>本轮次尚无检查组报送结果。请先导入各检查组的结果包（“互查 ▸ 导入互查包…”）。</translation>
    </message>
    <message>
        <source>Each team&apos;s newest package counts; earlier ones are kept for the record.</source>
        <translation>各检查组以最新的互查包为准，较早的互查包留存备查。</translation>
    </message>
</context>
<context>
    <name>xj::AuditImportsModel</name>
    <message>
        <source>A newer package of this team replaces this one in comparisons and statistics.</source>
        <translation>该检查组有更新的互查包，比对和统计中以新包代替此包。</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>网站数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>xj::AuditPassphraseDialog</name>
    <message>
        <source>The package is not protected</source>
        <translation>该互查包未设口令保护</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>导入互查包</translation>
    </message>
    <message>
        <source>%1 is signed. Enter the passphrase you agreed with its sender.</source>
        <translation>%1 已签名。请输入与发送方约定的口令。</translation>
    </message>
    <message>
        <source>%1 carries no signature. If you agreed a passphrase with its sender, untick the box and enter it: a package that should be signed but is not will then be refused.</source>
        <translation>%1 没有签名。如您与发送方约定了口令，请取消勾选并输入口令：这样，本应签名却未签名的互查包将被拒绝导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>xj::AuditStatisticsDialog</name>
    <message>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <source>Agreement statistics</source>
        <translation>一致性统计</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>按检查组</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>按指标</translation>
    </message>
    <message>
        <source>Seen by one side</source>
        <translation>仅一方发现</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>无法计算统计结果：%1</translation>
    </message>
    <message>
        <source>Nothing to compare in “%1” yet. Import the teams&apos; result packages first (Peer audit ▸ Import package…).</source>
        <translation>“%1”中尚无可比对的内容。请先导入各检查组的结果包（“互查 ▸ 导入互查包…”）。</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n pair(s) of sides compared on the sites both judged. Kappa corrects the agreement for chance; “—” means there was nothing to correct.</source>
        <translation>
            <numerusform>“%1”：在双方均已判定的网站上比对了 %n 组双方。Kappa系数对一致率作了偶然一致校正；“—”表示无可校正的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-agreement</source>
        <translation>%1-一致性统计</translation>
    </message>
    <message>
        <source>Export agreement statistics</source>
        <translation>导出一致性统计</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The statistics were saved to %1.</source>
        <translation>统计结果已保存到 %1。</translation>
    </message>
    <message>
        <source>Statistics not exported</source>
        <translation>统计结果未导出</translation>
    </message>
</context>
<context>
    <name>xj::AuditUnmatchedModel</name>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>发现方</translation>
    </message>
    <message>
        <source>Not seen by</source>
        <translation>未发现方</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
</context>
<context>
    <name>xj::AvailabilityTimeline</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1
%2 attempts, %3 failed</source>
        <translation>%1\n探测 %2 次，失败 %3 次</translation>
    </message>
    <message>
        <source> (%1 %)</source>
        <translation>（%1%）</translation>
    </message>
    <message>
        <source>Fewer than the %1 probes a day needs.</source>
        <translation>少于每天所需的 %1 次探测。</translation>
    </message>
    <message>
        <source>No monitoring window</source>
        <translation>没有监测期</translation>
    </message>
</context>
<context>
    <name>xj::AvailabilityView</name>
    <message>
        <source>No availability probes recorded in this window</source>
        <translation>本监测期内没有可用性探测记录</translation>
    </message>
    <message>
        <source>Unavailable in %1 % of probes (%2 of %3): veto, the threshold is %4 % (W-V2)</source>
        <translation>%1% 的探测无法访问（%3 次中 %2 次）：单项否决，否决线为 %4%（W-V2）</translation>
    </message>
    <message>
        <source>Unavailable in %1 % of probes (%2 of %3): below the %4 % threshold</source>
        <translation>%1% 的探测无法访问（%3 次中 %2 次）：低于 %4% 的否决线</translation>
    </message>
    <message>
        <source>Window: %1 to %2, at least %3 probes a day, each allowed %4 s.</source>
        <translation>监测期：%1 至 %2，每天至少探测 %3 次，每次时限 %4 秒。</translation>
    </message>
    <message>
        <source>Monitoring insufficient: %1 of %2 days had fewer than %3 probes. Keep the workbench open or run &apos;xunjian-cli probe --all --if-due&apos; hourly (cron or the systemd timer).</source>
        <translation>监测不足：%2 天中有 %1 天的探测少于 %3 次。请保持工作台开启，或每小时运行“xunjian-cli probe --all --if-due”（cron 或 systemd 定时器）。</translation>
    </message>
    <message>
        <source>Probed only from %1: an outage of this network would count as the site being down; probe from a second place too.</source>
        <translation>仅从 %1 探测：本机网络故障也会被算作网站无法访问，建议再从另一处探测。</translation>
    </message>
    <message>
        <source>Probed from %1.</source>
        <translation>探测来源：%1。</translation>
    </message>
</context>
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
        <source>New-media accounts are checked on the platform itself (phone or platform back end). Below, record the date of the newest post and the state of the interaction channel, with phone screenshots attached; the veto items follow from them. Judge the other items in the checklist beside this page, and add a finding for each problem.</source>
        <translation>政务新媒体账号须在平台上直接检查（手机端或平台管理后台）。请在下方记录最新一条发布的日期和互动渠道的状态，并附加手机截图，单项否决指标据此判定；其余指标在本页旁的检查表中逐项记录结论，每个问题添加一条问题记录。</translation>
    </message>
</context>
<context>
    <name>xj::CandidatesModel</name>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>页面原文</translation>
    </message>
    <message>
        <source>Should be</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
</context>
<context>
    <name>xj::CandidatesPanel</name>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accept all of this kind</source>
        <translation>接受全部同类</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Make the selected candidates findings, each with a screenshot of its place</source>
        <translation>将选中的候选问题确认为问题，并为每条截取其所在位置的截图</translation>
    </message>
    <message>
        <source>Accept every candidate of the selected one&apos;s check</source>
        <translation>接受与选中项属于同一检查项的全部候选问题</translation>
    </message>
    <message>
        <source>Run the automated checks on the page again (F9)</source>
        <translation>对本页重新运行自动检查（F9）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Not a problem: never propose it again on this page</source>
        <translation>不是问题：在本页不再提示</translation>
    </message>
    <message>
        <source>Dismiss on this page</source>
        <translation>在本页忽略</translation>
    </message>
    <message>
        <source>Allow this text on this site</source>
        <translation>将此文字加入本站点白名单</translation>
    </message>
    <message>
        <source>Allow this text on every site</source>
        <translation>将此文字加入所有站点白名单</translation>
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
    <name>xj::ChecksMenu</name>
    <message>
        <source>&amp;Checks</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Check this page again</source>
        <translation>重新检查本页</translation>
    </message>
    <message>
        <source>%1 — checklist item %2</source>
        <translation>%1 — 检查指标 %2</translation>
    </message>
    <message>
        <source>Word lists and allow-lists…</source>
        <translation>词典与白名单…</translation>
    </message>
</context>
<context>
    <name>xj::DashboardCharts</name>
    <message>
        <source>Problems by category</source>
        <translation>问题分类统计</translation>
    </message>
    <message>
        <source>Site score ranking</source>
        <translation>网站得分排名</translation>
    </message>
    <message>
        <source>Quarter-over-quarter trend</source>
        <translation>季度环比趋势</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Veto failures</source>
        <translation>单项否决未通过情况</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Problems by category (%n in all)</source>
        <translation>
            <numerusform>问题分类统计（共 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems by category: none found</source>
        <translation>问题分类统计：未发现问题</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>单项否决</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现问题数</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>合格率（%）</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Pass rate % / score</source>
        <translation>合格率 % / 得分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rectification: %1 put right</source>
        <translation>整改情况：已整改 %1</translation>
    </message>
    <message>
        <source>Rectification: nothing to put right</source>
        <translation>整改情况：没有需要整改的问题</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>网站数</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Veto failures: none</source>
        <translation>单项否决未通过情况：无</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the report&apos;s charts. Check that the disk has room.</source>
        <translation>无法为报告图表创建文件夹 %1。请检查磁盘空间是否充足。</translation>
    </message>
    <message>
        <source>Could not write the chart picture %1. Check that the disk has room.</source>
        <translation>无法写入图表图片 %1。请检查磁盘空间是否充足。</translation>
    </message>
    <message>
        <source>Site score ranking: no final scores yet</source>
        <translation>网站得分排名：尚无最终得分</translation>
    </message>
</context>
<context>
    <name>xj::DashboardController</name>
    <message>
        <source>Dashboard…</source>
        <translation>统计看板…</translation>
    </message>
    <message>
        <source>Charts of the current round: problems by category, score ranking, trend, rectification and veto failures</source>
        <translation>当前检查轮次的统计图表：问题分类、得分排名、趋势、整改情况和单项否决未通过情况</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>There is no inspection round to show. Choose one in the &quot;Inspection round&quot; list of the tool bar, or create one with File ▸ New inspection round…</source>
        <translation>没有可显示的检查轮次。请在工具栏的“检查轮次”列表中选择一个，或通过“文件 ▸ 新建检查轮次…”创建。</translation>
    </message>
</context>
<context>
    <name>xj::DashboardFilters</name>
    <message>
        <source>category &quot;%1&quot;</source>
        <translation>分类“%1”</translation>
    </message>
    <message>
        <source>site &quot;%1&quot;</source>
        <translation>网站“%1”</translation>
    </message>
    <message>
        <source>re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>re-check failed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>rectification pending</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>veto item %1 %2</source>
        <translation>单项否决指标 %1 %2</translation>
    </message>
</context>
<context>
    <name>xj::DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the round&apos;s findings and verdicts again</source>
        <translation>重新读取本轮次的问题和结论</translation>
    </message>
    <message>
        <source>Export all as PNG…</source>
        <translation>全部导出为 PNG…</translation>
    </message>
    <message>
        <source>Save every chart as a picture of %1 × %2 pixels into a folder</source>
        <translation>将所有图表保存为 %1 × %2 像素的图片，存入一个文件夹</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture of %1 × %2 pixels</source>
        <translation>将此图表保存为 %1 × %2 像素的图片</translation>
    </message>
    <message>
        <source>The dashboard could not be drawn: %1</source>
        <translation>无法绘制统计看板：%1</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>统计看板 — %1</translation>
    </message>
    <message>
        <source>%1, inspected %2. Click a slice or a bar to list those findings.</source>
        <translation>%1，监测时间点 %2。单击扇区或柱条可列出相应问题。</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to and check that the disk has room.</source>
        <translation>无法写入 %1。请选择有写入权限的文件夹，并检查磁盘空间是否充足。</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export all charts as PNG</source>
        <translation>将全部图表导出为 PNG</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chart(s) in %1</source>
        <translation>
            <numerusform>已将 %n 张图表保存到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::DayLogDialog</name>
    <message>
        <source>Day log of %1</source>
        <translation>%1的学习日志</translation>
    </message>
    <message>
        <source>&lt;b&gt;Day&lt;/b&gt;</source>
        <translation>&lt;b&gt;天次&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date&lt;/b&gt;</source>
        <translation>&lt;b&gt;日期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Present&lt;/b&gt;</source>
        <translation>&lt;b&gt;出勤&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt;</source>
        <translation>&lt;b&gt;备注&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>What the trainee did, what to repeat</source>
        <translation>学员当天所学内容及需重复学习的内容</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>第 %1 天：%2</translation>
    </message>
    <message>
        <source>(exercise removed)</source>
        <translation>（练习已删除）</translation>
    </message>
    <message>
        <source>%1: found %2, missed %3, false alarms %4</source>
        <translation>%1：发现 %2，漏检 %3，误报 %4</translation>
    </message>
    <message>
        <source>%1: in progress</source>
        <translation>%1：进行中</translation>
    </message>
    <message>
        <source>No attempt on this day.</source>
        <translation>当天无练习记录。</translation>
    </message>
    <message>
        <source>Day log not saved</source>
        <translation>学习日志未保存</translation>
    </message>
</context>
<context>
    <name>xj::DeleteFindingCommand</name>
    <message>
        <source>delete finding &quot;%1&quot;</source>
        <translation>删除问题“%1”</translation>
    </message>
</context>
<context>
    <name>xj::DemoEvidenceCapture</name>
    <message>
        <source>The demo page %1 did not load. Is the demo site being served?</source>
        <translation>演示页面 %1 未能打开。演示网站是否正在提供访问？</translation>
    </message>
    <message>
        <source>The demo evidence could not be captured: %1</source>
        <translation>无法截取演示证据：%1</translation>
    </message>
</context>
<context>
    <name>xj::DemoExerciseTask</name>
    <message>
        <source>New practice site</source>
        <translation>新建练习网站</translation>
    </message>
    <message>
        <source>Generating the practice site (seed %1)…</source>
        <translation>正在生成练习网站（种子 %1）…</translation>
    </message>
</context>
<context>
    <name>xj::DictionaryDialog</name>
    <message>
        <source>Word lists and allow-lists</source>
        <translation>词典与白名单</translation>
    </message>
    <message>
        <source>Protected names and terms</source>
        <translation>受保护词语</translation>
    </message>
    <message>
        <source>Allow-list</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Trusted hosts</source>
        <translation>可信主机</translation>
    </message>
    <message>
        <source>These lists are added to the bundled dictionaries. A misspelt protected name (a homophone or a look-alike character) or a person named with another title is reported as a serious error; allowed text is never reported.</source>
        <translation>以下列表是对内置词典的补充。受保护的名称被写错（同音字或形近字），或人物被冠以与登记不符的职务时，按严重错误报告；白名单中的文字一律不报告。</translation>
    </message>
    <message>
        <source>Host (*.example.cn for all sub-domains):</source>
        <translation>主机名（*.example.cn 表示所有子域名）：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>Person (name)</source>
        <translation>人物（姓名）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Fixed political term</source>
        <translation>固定政治表述</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>e.g. 副县长; several separated by 、</source>
        <translation>如：副县长；多个职务用“、”分隔</translation>
    </message>
    <message>
        <source>Title held:</source>
        <translation>所任职务：</translation>
    </message>
    <message>
        <source>Every check</source>
        <translation>所有检查项</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>适用检查项：</translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation>仅适用于%1</translation>
    </message>
    <message>
        <source>Only for one site</source>
        <translation>仅适用于一个站点</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除选中项</translation>
    </message>
    <message>
        <source>Enter the text to add.</source>
        <translation>请输入要添加的文字。</translation>
    </message>
</context>
<context>
    <name>xj::DictionaryEntryModel</name>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>人物：%1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>固定表述</translation>
    </message>
    <message>
        <source>Every check</source>
        <translation>所有检查项</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>所有站点</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>站点 %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用检查项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>xj::ElementPicker</name>
    <message>
        <source>Elements cannot be picked on this page. Capture a region instead.</source>
        <translation>此页面无法指点元素，请改用框选区域。</translation>
    </message>
    <message>
        <source>The page changed while you were picking an element. Pick the element again.</source>
        <translation>指点元素时页面发生了变化，请重新指点。</translation>
    </message>
</context>
<context>
    <name>xj::EnrollTraineeDialog</name>
    <message>
        <source>Enrol trainee</source>
        <translation>登记学员</translation>
    </message>
    <message>
        <source>The trainee&apos;s host unit. A unit that is not in the registry yet is added to it.</source>
        <translation>学员所在的主办单位。名录中尚无的单位将自动添加到名录。</translation>
    </message>
    <message>
        <source>The site whose problems the trainee is responsible for; may be left empty.</source>
        <translation>学员对其问题负有责任的网站；可留空。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Host &amp;unit:</source>
        <translation>主办单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>网站(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Training starts on:</source>
        <translation>学习开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Edit trainee</source>
        <translation>编辑学员</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>（无网站）</translation>
    </message>
    <message>
        <source>Type the name of the person to train.</source>
        <translation>请输入参加学习人员的姓名。</translation>
    </message>
</context>
<context>
    <name>xj::EscalationController</name>
    <message>
        <source>Escalation (通报批评, 问责, training)…</source>
        <translation>通报批评、问责和脱岗学习…</translation>
    </message>
    <message>
        <source>Sites whose problems failed re-check: criticise them in the round report, recommend accountability and enroll their persons in charge in the remedial training.</source>
        <translation>针对问题复查未通过的网站：在检查情况通报中通报批评、提出问责建议，并安排其负责人参加脱岗跟班学习。</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>通报与问责</translation>
    </message>
    <message>
        <source>There is no inspection round to escalate. Choose one in the &quot;Inspection round&quot; list of the tool bar, or create one with File ▸ New inspection round…</source>
        <translation>没有可进行通报与问责的检查轮次。请在工具栏的“检查轮次”列表中选择一个，或通过“文件 ▸ 新建检查轮次…”创建。</translation>
    </message>
</context>
<context>
    <name>xj::EscalationDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Escalation after re-check</source>
        <translation>复查后通报与问责</translation>
    </message>
    <message>
        <source>The office&apos;s wording of the accountability recommendation. {unit} and {site} are replaced by the host unit and the site.</source>
        <translation>本单位问责建议的表述。{unit} 和 {site} 将替换为主办单位和网站名称。</translation>
    </message>
    <message>
        <source>Save wording and fill rows</source>
        <translation>保存表述并填入各行</translation>
    </message>
    <message>
        <source>Keeps the wording for later rounds and rewrites the recommendation of every row.</source>
        <translation>保存该表述供以后轮次使用，并重写每一行的问责建议。</translation>
    </message>
    <message>
        <source>The first day of the five-day remedial training.</source>
        <translation>为期五天的脱岗跟班学习的第一天。</translation>
    </message>
    <message>
        <source>Accountability wording:</source>
        <translation>问责建议表述：</translation>
    </message>
    <message>
        <source>Training starts on:</source>
        <translation>学习开始日期：</translation>
    </message>
    <message>
        <source>Saves the decisions and enrolls the ticked persons in charge, all at once.</source>
        <translation>一次性保存各项决定，并为勾选的负责人报名参加脱岗跟班学习。</translation>
    </message>
    <message>
        <source>No site of &quot;%1&quot; has problems that failed re-check, so there is no one to escalate.</source>
        <translation>“%1”中没有问题复查未通过的网站，无需通报与问责。</translation>
    </message>
    <message>
        <source>Sites of &quot;%1&quot; whose problems failed re-check. Decide whom the round report criticises (通报批评), what accountability to recommend (问责) and whose person in charge goes to the five-day remedial training. The person in charge comes from the registry.</source>
        <translation>“%1”中问题复查未通过的网站。请确定检查情况通报对哪些网站通报批评、提出何种问责建议，以及哪些网站的负责人参加为期五天的脱岗跟班学习。负责人取自名录。</translation>
    </message>
    <message>
        <source>Escalation not saved</source>
        <translation>通报与问责未保存</translation>
    </message>
    <message>
        <source>Saved %1 decision(s); %2 person(s) enrolled in the training starting %3; %4 enrollment(s) withdrawn.</source>
        <translation>已保存 %1 项决定；%2 人已报名参加 %3 开始的脱岗跟班学习；撤销报名 %4 人。</translation>
    </message>
    <message>
        <source>Wording not saved</source>
        <translation>表述未保存</translation>
    </message>
    <message>
        <source>Wording saved. Apply to save the rewritten recommendations.</source>
        <translation>表述已保存。请点击“应用”保存重写后的问责建议。</translation>
    </message>
</context>
<context>
    <name>xj::EscalationProposalModel</name>
    <message>
        <source>The registry names no person in charge for this site. Fill it in with Sites ▸ Edit site… before enrolling anyone, or untick &quot;Enroll&quot;.</source>
        <translation>名录中未登记该网站的负责人。请先通过“站点 ▸ 编辑站点…”填写负责人再报名，或取消“参加脱岗跟班学习”勾选。</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Failed re-check</source>
        <translation>复查未通过问题</translation>
    </message>
    <message>
        <source>Criticise</source>
        <translation>通报批评</translation>
    </message>
    <message>
        <source>Accountability recommendation</source>
        <translation>问责建议</translation>
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
        <source>Enroll in training</source>
        <translation>参加脱岗跟班学习</translation>
    </message>
    <message>
        <source>Decision saved</source>
        <translation>决定保存时间</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceFile</name>
    <message>
        <source>This file is missing from the evidence folder</source>
        <translation>证据目录中缺少此文件</translation>
    </message>
    <message>
        <source>This file was changed after it was recorded</source>
        <translation>该文件在记录后被改动过</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translation>无法读取此文件</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceInfoLabel</name>
    <message>
        <source>Page: %1</source>
        <translation>页面：%1</translation>
    </message>
    <message>
        <source>Final address: %1</source>
        <translation>最终地址：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>截取于 %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Capped at %1 px: the page is longer than what this screenshot shows.</source>
        <translation>截至 %1 像素：页面比这张截图更长。</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceViewer</name>
    <message>
        <source>Show original</source>
        <translation>显示原图</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Save the selected file, exactly as it was recorded, somewhere else</source>
        <translation>将选中的文件按记录时的原样另存到其他位置</translation>
    </message>
    <message>
        <source>Show the untouched screenshot this annotated copy was drawn on</source>
        <translation>显示这张标注图所依据的未改动原图</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Evidence of the new-media account</source>
        <translation>政务新媒体账号的证据</translation>
    </message>
    <message>
        <source>The evidence list could not be loaded</source>
        <translation>无法加载证据列表</translation>
    </message>
    <message>
        <source>No evidence has been recorded here yet.</source>
        <translation>这里还没有记录任何证据。</translation>
    </message>
    <message>
        <source>The file is not shown: it cannot be trusted as evidence.</source>
        <translation>不显示此文件：它已不能作为可信的证据。</translation>
    </message>
    <message>
        <source>This picture cannot be displayed</source>
        <translation>无法显示此图片</translation>
    </message>
    <message>
        <source>Its bytes are intact but are not an image this program can read. Save a copy and open it with another program.</source>
        <translation>文件内容完好，但不是本程序能读取的图片。请另存副本后用其他程序打开。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>evidence-%1-%2.%3</source>
        <translation>证据-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>另存证据副本</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>No evidence file is selected. Select one in the list first.</source>
        <translation>没有选中证据文件。请先在列表中选择一个。</translation>
    </message>
    <message>
        <source>No copy was saved: %1.</source>
        <translation>未保存副本：%1。</translation>
    </message>
</context>
<context>
    <name>xj::ExerciseLibraryDialog</name>
    <message>
        <source>Exercises</source>
        <translation>练习库</translation>
    </message>
    <message>
        <source>&amp;New from practice-site generator…</source>
        <translation>用练习网站生成器新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Generates a fictional county site with planted problems and its answer key.</source>
        <translation>生成一个虚构的县级网站，其中预置问题，并附答案。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Adds an exercise from a .xjexercise file.</source>
        <translation>从 .xjexercise 文件添加练习。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves the exercise as a .xjexercise file to hand on.</source>
        <translation>将练习保存为 .xjexercise 文件，以便分发。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Removes the exercise, unless an attempt uses it.</source>
        <translation>删除练习（已有练习记录使用的除外）。</translation>
    </message>
    <message>
        <source>The library is empty. Make an exercise with the practice-site generator, import one, or save an inspection as an exercise from the workbench.</source>
        <translation>练习库为空。请用练习网站生成器新建练习、导入练习，或在工作台中将检查结果保存为练习。</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s).</source>
        <translation>
            <numerusform>共 %n 个练习。</numerusform>
        </translation>
    </message>
    <message>
        <source>This exercise is already in the library as &quot;%1&quot;. Nothing was imported.</source>
        <translation>该练习已以“%1”的名称存在于练习库中，未导入任何内容。</translation>
    </message>
    <message>
        <source>Import exercise</source>
        <translation>导入练习</translation>
    </message>
    <message>
        <source>Exercises (*.%1)</source>
        <translation>练习文件 (*.%1)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Exercise not imported</source>
        <translation>练习未导入</translation>
    </message>
    <message>
        <source>Export exercise</source>
        <translation>导出练习</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Exercise not exported</source>
        <translation>练习未导出</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>删除练习</translation>
    </message>
    <message>
        <source>Delete the exercise &quot;%1&quot; with its site and answer key?</source>
        <translation>是否删除练习“%1”及其网站和答案？</translation>
    </message>
    <message>
        <source>Exercise not deleted</source>
        <translation>练习未删除</translation>
    </message>
</context>
<context>
    <name>xj::ExerciseListModel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基准日期</translation>
    </message>
    <message>
        <source>Problems in key</source>
        <translation>答案问题数</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>xj::ExportController</name>
    <message>
        <source>Preview rectification notice…</source>
        <translation>预览整改通知书…</translation>
    </message>
    <message>
        <source>Preview round report…</source>
        <translation>预览检查情况通报…</translation>
    </message>
    <message>
        <source>Export rectification notices…</source>
        <translation>导出整改通知书…</translation>
    </message>
    <message>
        <source>Export problem list…</source>
        <translation>导出问题清单…</translation>
    </message>
    <message>
        <source>Export round report…</source>
        <translation>导出检查情况通报…</translation>
    </message>
    <message>
        <source>Notice settings…</source>
        <translation>通知书设置…</translation>
    </message>
    <message>
        <source>Shows the current site&apos;s notice as it will print, with its number and deadline to correct.</source>
        <translation>按打印效果显示当前网站的整改通知书，可修改文号和整改期限。</translation>
    </message>
    <message>
        <source>One notice per site with problems to rectify, numbered when exported.</source>
        <translation>每个有待整改问题的网站一份通知书，导出时编文号。</translation>
    </message>
    <message>
        <source>Office name, notice numbers, deadline, contact and standard text.</source>
        <translation>发文机关、文号、整改期限、联系人和通用文字。</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>There is no inspection round to export from. Choose one in the &quot;Inspection round&quot; list of the tool bar, or create one with File ▸ New inspection round…</source>
        <translation>没有可导出的检查轮次。请在工具栏的“检查轮次”列表中选择一个，或通过“文件 ▸ 新建检查轮次…”创建。</translation>
    </message>
    <message>
        <source>Preview rectification notice</source>
        <translation>预览整改通知书</translation>
    </message>
    <message>
        <source>Preview round report</source>
        <translation>预览检查情况通报</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export public results…</source>
        <translation>导出检查结果公示…</translation>
    </message>
    <message>
        <source>Every site&apos;s score, result and rectification, without personal data, as a web page or Excel workbook to publish on the portal.</source>
        <translation>各网站的得分、检查结果和整改情况（不含个人信息），导出为网页或 Excel 工作簿，用于在门户网站公示。</translation>
    </message>
</context>
<context>
    <name>xj::ExportDialog</name>
    <message>
        <source>Export rectification notices</source>
        <translation>导出整改通知书</translation>
    </message>
    <message>
        <source>Export problem list</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <source>Export round report</source>
        <translation>导出检查情况通报</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Inspection round:</source>
        <translation>检查轮次：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save in folder:</source>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <source>One sheet per site</source>
        <translation>每个网站一个工作表</translation>
    </message>
    <message>
        <source>Excel only: a sheet for each site, or all problems on one sheet.</source>
        <translation>仅用于 Excel：每个网站一个工作表，或全部问题在一个工作表中。</translation>
    </message>
    <message>
        <source>Notice date:</source>
        <translation>发文日期：</translation>
    </message>
    <message>
        <source>Report date:</source>
        <translation>通报日期：</translation>
    </message>
    <message>
        <source>The date printed on the document; the deadline counts working days from it. A notice issued before keeps its own date.</source>
        <translation>印在文件上的日期，整改期限从这一天起按工作日计算。已发出的通知书保持原来的日期。</translation>
    </message>
    <message>
        <source>Also pack them into a zip</source>
        <translation>同时打包成 zip</translation>
    </message>
    <message>
        <source>Sites that get a notice (their problems to rectify):</source>
        <translation>将收到整改通知书的网站（待整改问题数）：</translation>
    </message>
    <message>
        <source>The export was cancelled. No files were kept.</source>
        <translation>导出已取消，已写出的文件均已删除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n problem(s)</source>
        <translation>
            <numerusform>%1 — %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>No site of this round has problems to rectify, so there is no notice to export. Confirm the findings first.</source>
        <translation>本轮没有存在待整改问题的网站，因此没有可导出的整改通知书。请先确认问题。</translation>
    </message>
    <message>
        <source>Save the export in</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose the folder to save the export in (a full path, such as one picked with Browse…).</source>
        <translation>请选择导出的文件夹（完整路径，例如用“浏览…”选择的文件夹）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) exported to the folder
%1</source>
        <translation>
            <numerusform>已导出 %n 个文件到文件夹
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>They are also packed together in %1.</source>
        <translation>这些文件还打包在 %1 中。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export public results</source>
        <translation>导出检查结果公示</translation>
    </message>
    <message>
        <source>Publication date:</source>
        <translation>公示日期：</translation>
    </message>
    <message>
        <source>The date printed on the document.</source>
        <translation>印在文件上的日期。</translation>
    </message>
</context>
<context>
    <name>xj::ExportRun</name>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 个，共 %2 个：%3</translation>
    </message>
</context>
<context>
    <name>xj::FeedbackDialog</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>What the unit says it has put right, and how</source>
        <translation>单位所述已整改的内容及整改方式</translation>
    </message>
    <message>
        <source>Files the unit sent: screenshots, the rectification report (at most %1 MB each)</source>
        <translation>单位发来的文件：截图、整改报告（每个不超过 %1 MB）</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Files sent by the unit</source>
        <translation>单位发来的文件</translation>
    </message>
</context>
<context>
    <name>xj::FindingChoiceModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No — left out</source>
        <translation>否（不纳入）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查指标</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page archived</source>
        <translation>页面已存档</translation>
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
    <name>xj::FindingHistoryDialog</name>
    <message>
        <source>History of finding #%1</source>
        <translation>问题 #%1 的处理记录</translation>
    </message>
    <message>
        <source>Feedback from the unit</source>
        <translation>单位反馈</translation>
    </message>
    <message>
        <source>No feedback recorded.</source>
        <translation>尚未登记反馈。</translation>
    </message>
    <message>
        <source>Received %1, recorded by %2</source>
        <translation>%1 收到，由 %2 登记</translation>
    </message>
    <message>
        <source>Re-checks</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Not re-checked yet.</source>
        <translation>尚未复查。</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1，%2 复查：%3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Automated check: %1</source>
        <translation>自动检查：%1</translation>
    </message>
</context>
<context>
    <name>xj::FindingHistoryModel</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>截图</translation>
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
        <source>All sites</source>
        <translation>所有站点</translation>
    </message>
    <message>
        <source>Add a finding by hand, without a screenshot</source>
        <translation>手工添加问题，不截图</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Show the screenshots and the archived page of the finding</source>
        <translation>查看问题的截图和存档页面</translation>
    </message>
    <message>
        <source>Open page</source>
        <translation>打开页面</translation>
    </message>
    <message>
        <source>Open the finding&apos;s page in the browser and scroll to the marked element</source>
        <translation>在浏览器中打开问题所在页面，并滚动到标记的元素</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Bring back the finding deleted last (%1)</source>
        <translation>恢复最近删除的问题（%1）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search problems, pages, sites…</source>
        <translation>搜索问题、页面、站点…</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Whose findings to list: the current site, every site in the round, or one site</source>
        <translation>列出哪些站点的问题：当前站点、本轮次所有站点，或指定的一个站点</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>当前站点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Re-check this finding…</source>
        <translation>复查此问题…</translation>
    </message>
    <message>
        <source>Remove this filter and list the findings as before</source>
        <translation>取消此筛选，按原样列出问题</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
</context>
<context>
    <name>xj::FullPageGrabber</name>
    <message>
        <source>The browser was closed before the capture finished. Open the page again and capture it.</source>
        <translation>截图完成前浏览器已关闭。请重新打开页面并截图。</translation>
    </message>
    <message>
        <source>The page could not be measured. Wait until it has finished loading, then capture again.</source>
        <translation>无法测量页面尺寸。请等页面加载完成后重新截图。</translation>
    </message>
    <message>
        <source>The page has nothing to capture. Wait until it has finished loading, then capture again.</source>
        <translation>页面没有可截取的内容。请等页面加载完成后重新截图。</translation>
    </message>
    <message>
        <source>The page did not finish drawing. Wait until it has loaded, then capture again.</source>
        <translation>页面未能完成绘制。请等页面加载完成后重新截图。</translation>
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
    <message>
        <source>Capture screenshots and archived pages for the demo findings, then exit (used by xunjian-cli init-demo; runs without a window).</source>
        <translation>为演示问题截图并存档页面，然后退出（供 xunjian-cli init-demo 使用，不显示窗口）。</translation>
    </message>
    <message>
        <source>Taking screenshots of the demo site for the demo findings…</source>
        <translation>正在为演示问题截取演示网站的截图……</translation>
    </message>
    <message>
        <source>Demo evidence: %1 of %2 findings</source>
        <translation>演示证据：第 %1 个，共 %2 个问题</translation>
    </message>
</context>
<context>
    <name>xj::ImageZoomView</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <name>xj::IntegrityDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Check evidence files</source>
        <translation>校验证据文件</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>将报告复制到剪贴板</translation>
    </message>
    <message>
        <source>Stopping after the file being read…</source>
        <translation>读完当前文件后停止……</translation>
    </message>
    <message>
        <source>Reading every evidence file again and comparing it with the SHA-256 recorded when it was taken…</source>
        <translation>正在重新读取每个证据文件，并与取证时记录的 SHA-256 比对……</translation>
    </message>
    <message>
        <source>Checked %1 of %2 files…</source>
        <translation>已校验 %1 / %2 个文件……</translation>
    </message>
    <message numerus="yes">
        <source>All %n evidence file(s) are intact.</source>
        <translation>
            <numerusform>全部 %n 个证据文件完好。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missing, %2 altered, %3 orphaned.</source>
        <translation>缺失 %1 个，被改动 %2 个，无主 %3 个。</translation>
    </message>
    <message>
        <source>Restore the missing and altered files from a backup of the data folder.</source>
        <translation>请从数据目录的备份中恢复缺失和被改动的文件。</translation>
    </message>
    <message>
        <source>Orphaned files are in the evidence folder but belong to no evidence; they can be left there.</source>
        <translation>无主文件在证据目录中，但不属于任何证据记录，可以保留不动。</translation>
    </message>
    <message>
        <source>The integrity check ended without a result. Run it again.</source>
        <translation>完整性校验未得出结果，请重新运行。</translation>
    </message>
    <message>
        <source>integrity-report-%1.txt</source>
        <translation>完整性校验报告-%1.txt</translation>
    </message>
    <message>
        <source>Save the integrity report</source>
        <translation>保存完整性校验报告</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>xj::LifecycleController</name>
    <message>
        <source>Change state</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>登记反馈…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>处理记录…</translation>
    </message>
    <message>
        <source>Overdue findings…</source>
        <translation>逾期问题…</translation>
    </message>
    <message>
        <source>Record what the unit answered to the notice, with the files it sent</source>
        <translation>登记单位对整改通知书的答复及其发来的文件</translation>
    </message>
    <message>
        <source>Who changed the finding when, the unit&apos;s feedback and the re-checks</source>
        <translation>问题的修改人和修改时间、单位反馈及复查情况</translation>
    </message>
    <message>
        <source>Notified findings whose rectification deadline has passed</source>
        <translation>已通知但已超过整改期限的问题</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Verify evidence integrity…</source>
        <translation>校验证据完整性…</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>标记(&amp;M)</translation>
    </message>
    <message>
        <source>Mark problems</source>
        <translation>标记问题</translation>
    </message>
    <message>
        <source>Add finding without screenshot…</source>
        <translation>添加问题（不截图）…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Next checklist item</source>
        <translation>下一个检查指标</translation>
    </message>
    <message>
        <source>Previous checklist item</source>
        <translation>上一个检查指标</translation>
    </message>
    <message>
        <source>The finding has no page address.</source>
        <translation>该问题没有页面地址。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选问题</translation>
    </message>
    <message>
        <source>Candidates (%1)</source>
        <translation>候选问题（%1）</translation>
    </message>
    <message>
        <source>Site scan</source>
        <translation>全站扫描</translation>
    </message>
    <message>
        <source>&amp;Rectification</source>
        <translation>整改(&amp;R)</translation>
    </message>
    <message>
        <source>Re-check open findings…</source>
        <translation>复查未整改问题…</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) carried forward into the new round.</source>
        <translation>
            <numerusform>已将 %n 个未整改问题结转到新轮次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::MarkProblemController</name>
    <message>
        <source>Mark problem: visible area</source>
        <translation>标记问题：可见区域</translation>
    </message>
    <message>
        <source>Mark problem: full page</source>
        <translation>标记问题：整页</translation>
    </message>
    <message>
        <source>Mark problem: drag a region</source>
        <translation>标记问题：框选区域</translation>
    </message>
    <message>
        <source>Mark problem: pick an element</source>
        <translation>标记问题：指点元素</translation>
    </message>
    <message>
        <source>Add screenshot to selected finding</source>
        <translation>为选中问题再截一张图</translation>
    </message>
    <message>
        <source>Capture the visible area again for the selected finding</source>
        <translation>为选中的问题再截取一次可见区域</translation>
    </message>
    <message>
        <source>Attach picture to selected finding…</source>
        <translation>为选中问题附加图片…</translation>
    </message>
    <message>
        <source>Attach a screenshot taken elsewhere, e.g. on a phone</source>
        <translation>附加在其他地方（如手机上）截取的图片</translation>
    </message>
    <message>
        <source>Mark problem</source>
        <translation>标记问题</translation>
    </message>
    <message>
        <source>Marking canceled.</source>
        <translation>已取消标记。</translation>
    </message>
    <message>
        <source>The page could not be archived: %1</source>
        <translation>页面未能存档：%1</translation>
    </message>
    <message>
        <source>Choose a site in the list and an inspection round first.</source>
        <translation>请先在列表中选择站点，并选择检查轮次。</translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation>添加截图</translation>
    </message>
    <message>
        <source>Select the finding the screenshot belongs to in the findings list first.</source>
        <translation>请先在问题清单中选中截图所属的问题。</translation>
    </message>
    <message>
        <source>Drag over the part of the page to capture; Esc cancels.</source>
        <translation>在页面上拖出要截取的部分；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Point at the element with the problem and click it; Esc cancels.</source>
        <translation>指向有问题的元素并单击；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Screenshot added to the finding.</source>
        <translation>截图已添加到问题。</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>保存问题</translation>
    </message>
    <message>
        <source>Finding saved with its screenshot; the page is being archived.</source>
        <translation>问题及截图已保存；正在存档页面。</translation>
    </message>
    <message>
        <source>The archived page could not be saved: %1</source>
        <translation>存档页面未能保存：%1</translation>
    </message>
    <message>
        <source>Archived page saved with the finding.</source>
        <translation>存档页面已随问题保存。</translation>
    </message>
    <message>
        <source>%1, %2 × %3 px, %4</source>
        <translation>%1，%2 × %3 像素，%4</translation>
    </message>
    <message>
        <source>Element: %1 “%2”</source>
        <translation>元素：%1“%2”</translation>
    </message>
    <message>
        <source>The page is taller than %L1 px, so the screenshot stops there; the archived page keeps all of it.</source>
        <translation>页面高于 %L1 像素，截图到此为止；存档页面保留了完整内容。</translation>
    </message>
    <message>
        <source>Attach picture</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>xj::NewDemoExerciseDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>New exercise from the practice-site generator</source>
        <translation>用练习网站生成器新建练习</translation>
    </message>
    <message>
        <source>The same seed and categories give the same site, so an exercise can be made again.</source>
        <translation>种子和问题类别相同，生成的网站也相同，因此可以重新生成同一练习。</translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation>随机(&amp;R)</translation>
    </message>
    <message>
        <source>More pages make a longer exercise: problems hide among more articles.</source>
        <translation>页面越多，练习越长：问题隐藏在更多文章中。</translation>
    </message>
    <message>
        <source>Made from the seed when left empty</source>
        <translation>留空时根据种子生成</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Problems to plant:</source>
        <translation>预置问题：</translation>
    </message>
    <message>
        <source>&amp;Article pages:</source>
        <translation>文章页数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Type a seed (a whole number from 1), or press Random.</source>
        <translation>请输入种子（从 1 起的整数），或点击“随机”。</translation>
    </message>
    <message>
        <source>Tick at least one kind of problem to plant.</source>
        <translation>请至少勾选一类要预置的问题。</translation>
    </message>
    <message>
        <source>Exercise not created</source>
        <translation>练习未创建</translation>
    </message>
</context>
<context>
    <name>xj::NoticeFieldsEditor</name>
    <message>
        <source>Notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Stores the number, dates and requirements of this notice and draws it again. Export it again to send the corrected version.</source>
        <translation>保存本通知书的文号、日期和整改要求并重新排版。重新导出即得到修改后的版本。</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>发文日期：</translation>
    </message>
    <message>
        <source>Time to rectify:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Requirements for this site:</source>
        <translation>对本网站的整改要求：</translation>
    </message>
    <message>
        <source>Not issued yet.</source>
        <translation>尚未发出。</translation>
    </message>
    <message>
        <source>Not issued yet. It would get the number %1: numbers are assigned when the notice is exported, so looking at it uses none up.</source>
        <translation>尚未发出。导出时将编为 %1：文号在导出时分配，预览不会占用文号。</translation>
    </message>
    <message>
        <source>Issued. Changes here are printed the next time the notice is exported.</source>
        <translation>已发出。在此修改的内容将在下次导出时印出。</translation>
    </message>
    <message>
        <source>Empty: the office&apos;s standard requirements —
%1</source>
        <translation>留空则使用通用整改要求——
%1</translation>
    </message>
    <message>
        <source>Save notice</source>
        <translation>保存通知书</translation>
    </message>
    <message>
        <source>The deadline cannot be worked out: %1</source>
        <translation>无法计算截止日期：%1</translation>
    </message>
</context>
<context>
    <name>xj::NoticeSettingsDialog</name>
    <message>
        <source>Notice settings</source>
        <translation>通知书设置</translation>
    </message>
    <message>
        <source>e.g. 安澜市人民政府办公室</source>
        <translation>例如：安澜市人民政府办公室</translation>
    </message>
    <message>
        <source>{year} becomes the year of the notice, {n} its running number, {n:3} the number with three digits (007).</source>
        <translation>{year} 为发文年份，{n} 为流水号，{n:3} 为补足三位的流水号（007）。</translation>
    </message>
    <message>
        <source>Where this year&apos;s numbers start while no notice of the year has one yet.</source>
        <translation>本年度尚无通知书编号时，流水号从此数开始。</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>e.g. 各县（区）人民政府，市政府各部门：</source>
        <translation>例如：各县（区）人民政府，市政府各部门：</translation>
    </message>
    <message>
        <source>Issuing office:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <source>Number pattern:</source>
        <translation>文号格式：</translation>
    </message>
    <message>
        <source>{year}: the year of the notice · {n}: its running number · {n:3}: with three digits (005)</source>
        <translation>{year}：发文年份 · {n}：流水号 · {n:3}：补足三位（005）</translation>
    </message>
    <message>
        <source>First number of a year:</source>
        <translation>每年起始流水号：</translation>
    </message>
    <message>
        <source>Time to rectify:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>How units report back:</source>
        <translation>反馈方式：</translation>
    </message>
    <message>
        <source>Standard requirements:</source>
        <translation>通用整改要求：</translation>
    </message>
    <message>
        <source>Round report addressed to:</source>
        <translation>通报主送机关：</translation>
    </message>
    <message>
        <source>Enter the name of your office: it heads every notice and signs it.</source>
        <translation>请填写本单位名称：它出现在每份通知书的版头和落款。</translation>
    </message>
    <message>
        <source>Next number: %1</source>
        <translation>下一个文号：%1</translation>
    </message>
    <message>
        <source>Next number: —</source>
        <translation>下一个文号：—</translation>
    </message>
</context>
<context>
    <name>xj::OverdueDialog</name>
    <message>
        <source>All rounds</source>
        <translation>所有轮次</translation>
    </message>
    <message>
        <source>Overdue findings</source>
        <translation>逾期问题</translation>
    </message>
    <message>
        <source>List the overdue findings of every round, not only the current one</source>
        <translation>列出所有轮次（而不仅是当前轮次）的逾期问题</translation>
    </message>
    <message>
        <source>Double-click a finding to open it</source>
        <translation>双击问题可将其打开</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No finding is overdue.</source>
        <translation>没有逾期问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) past the deadline of their notice.</source>
        <translation>
            <numerusform>有 %n 个问题已超过整改通知书规定的整改期限。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::OverdueModel</name>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>逾期工作日数</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>xj::PageCapturer</name>
    <message>
        <source>The element you picked takes up no space on the page. Pick a visible element, or capture a region instead.</source>
        <translation>所选元素在页面上不占空间。请选择一个可见的元素，或改用框选区域。</translation>
    </message>
    <message>
        <source>Another capture is still in progress. Wait for it to finish, or press Esc to cancel it, then try again.</source>
        <translation>另一个截图仍在进行中。请等它完成，或按 Esc 取消，然后再试。</translation>
    </message>
    <message>
        <source>There is no browser to capture from. Open a page first.</source>
        <translation>没有可截图的浏览器。请先打开页面。</translation>
    </message>
    <message>
        <source>The browser is hidden. Show the page you want to capture, then try again.</source>
        <translation>浏览器处于隐藏状态。请显示要截图的页面后再试。</translation>
    </message>
    <message>
        <source>The page started loading during the capture. Wait until it has loaded, then capture again.</source>
        <translation>截图过程中页面开始重新加载。请等加载完成后重新截图。</translation>
    </message>
    <message>
        <source>The browser was closed during the capture. Open the page again.</source>
        <translation>截图过程中浏览器已关闭。请重新打开页面。</translation>
    </message>
    <message numerus="yes">
        <source>The page did not respond for %n second(s). Wait until it has loaded, then try again.</source>
        <translation>
            <numerusform>页面 %n 秒内没有响应。请等加载完成后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture came out empty. Wait until the page has loaded, then capture again.</source>
        <translation>截图为空。请等页面加载完成后重新截图。</translation>
    </message>
    <message>
        <source>The element is no longer on the page. Reload the page, then try again.</source>
        <translation>该元素已不在页面上。请刷新页面后重试。</translation>
    </message>
</context>
<context>
    <name>xj::PageChecker</name>
    <message>
        <source>The capture was canceled.</source>
        <translation>已取消截取。</translation>
    </message>
    <message>
        <source>Choose a site to check its pages.</source>
        <translation>请选择站点，以检查其页面。</translation>
    </message>
    <message>
        <source>Automated checks run on web pages.</source>
        <translation>自动检查仅适用于网页。</translation>
    </message>
    <message>
        <source>Checking the page…</source>
        <translation>正在检查页面…</translation>
    </message>
    <message>
        <source>The page could not be read for the checks: %1</source>
        <translation>无法读取页面，未能进行检查：%1</translation>
    </message>
    <message>
        <source>No candidates on this page.</source>
        <translation>本页没有候选问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) on this page: accept or dismiss each.</source>
        <translation>
            <numerusform>本页有 %n 条候选问题，请逐条接受或忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept candidate</source>
        <translation>接受候选问题</translation>
    </message>
    <message>
        <source>Choose an inspection round and a site first.</source>
        <translation>请先选择检查轮次和站点。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) accepted as findings.</source>
        <translation>
            <numerusform>已将 %n 条候选问题确认为问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capturing evidence… (%n left)</source>
        <translation>
            <numerusform>正在截取证据…（还剩 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Should be: %2</source>
        <translation>%1 应为：%2</translation>
    </message>
    <message>
        <source>Dismissed on %1</source>
        <translation>在页面 %1 上忽略</translation>
    </message>
    <message>
        <source>Dismiss candidate</source>
        <translation>忽略候选问题</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) dismissed; they will not be proposed on this page again.</source>
        <translation>
            <numerusform>已忽略 %n 条候选问题，本页不会再提示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::PageFactsCollector</name>
    <message>
        <source>The page&apos;s text could not be read. Wait until it has loaded and try again.</source>
        <translation>无法读取页面文字。请等待页面加载完成后重试。</translation>
    </message>
</context>
<context>
    <name>xj::RecheckBeforePane</name>
    <message>
        <source>Before: when the problem was found</source>
        <translation>整改前：发现问题时</translation>
    </message>
    <message>
        <source>The finding has no screenshot. Compare the page with the description below.</source>
        <translation>该问题没有截图。请对照下方的问题描述检查页面。</translation>
    </message>
    <message>
        <source>The screenshot cannot be decoded.</source>
        <translation>无法解码截图。</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题描述：</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation>页面原文：</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>发现：</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unit&apos;s feedback:</source>
        <translation>单位反馈：</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message numerus="yes">
        <source>(%n attached file(s))</source>
        <translation>
            <numerusform>（附件 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit&apos;s feedback of %1:</source>
        <translation>%1 的单位反馈：</translation>
    </message>
</context>
<context>
    <name>xj::RecheckController</name>
    <message>
        <source>Re-check findings</source>
        <translation>复查问题</translation>
    </message>
    <message>
        <source>Choose an inspection round first: its open findings are re-checked.</source>
        <translation>请先选择检查轮次：将复查该轮次的未整改问题。</translation>
    </message>
    <message>
        <source>No finding of this round waits for re-check. Findings are re-checked once the unit was notified of them (notified, feedback received or failed at re-check).</source>
        <translation>本轮次没有待复查的问题。问题在通知单位后才进行复查（状态为已通知、已反馈或复查未通过）。</translation>
    </message>
    <message>
        <source>Re-check finding</source>
        <translation>复查问题</translation>
    </message>
    <message>
        <source>The finding is “%1”: only findings the unit was notified of are re-checked.</source>
        <translation>该问题为“%1”：只有已通知单位的问题才进行复查。</translation>
    </message>
</context>
<context>
    <name>xj::RecheckDialog</name>
    <message>
        <source>Re-run check</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Run the automated check that proposed the finding again, on the page as it is now</source>
        <translation>对页面当前状态重新运行发现该问题的自动检查</translation>
    </message>
    <message>
        <source>Take screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Record the visible part of the live page as re-check evidence</source>
        <translation>将当前页面的可见部分保存为复查证据</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>The problem is put right: record the re-check as passed and go to the next finding</source>
        <translation>问题已整改：记为复查通过并转到下一个问题</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>The problem is still there: record the re-check as failed and go to the next finding</source>
        <translation>问题仍然存在：记为复查未通过并转到下一个问题</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Go to the next finding without a verdict</source>
        <translation>不作结论，转到下一个问题</translation>
    </message>
    <message>
        <source>Re-check findings</source>
        <translation>复查问题</translation>
    </message>
    <message>
        <source>The marked element is not on the page any more.</source>
        <translation>标记的元素已不在页面上。</translation>
    </message>
    <message>
        <source>What you saw at re-check: what is put right, what is still wrong</source>
        <translation>复查所见：哪些已整改，哪些仍有问题</translation>
    </message>
    <message>
        <source>#%1 %2
%3</source>
        <translation>#%1 %2
%3</translation>
    </message>
    <message>
        <source>✓ Passed · </source>
        <translation>✓ 通过 · </translation>
    </message>
    <message>
        <source>✗ Failed · </source>
        <translation>✗ 未通过 · </translation>
    </message>
    <message>
        <source>No finding waits for re-check.</source>
        <translation>没有待复查的问题。</translation>
    </message>
    <message>
        <source>Finding #%1 · %2%3</source>
        <translation>问题 #%1 · %2%3</translation>
    </message>
    <message>
        <source>Marked by hand: compare the page with the screenshot.</source>
        <translation>手工标记：请对照截图检查页面。</translation>
    </message>
    <message>
        <source>Found by a site scan (%1): judge the page, or scan the site again.</source>
        <translation>由全站扫描发现（%1）：请研判页面，或重新扫描该网站。</translation>
    </message>
    <message>
        <source>Found by the check “%1”: run it again on the page as it is now.</source>
        <translation>由检查项“%1”发现：请对页面当前状态重新运行该检查。</translation>
    </message>
    <message>
        <source>Running the check again…</source>
        <translation>正在重新检查…</translation>
    </message>
    <message>
        <source>Taking the screenshot…</source>
        <translation>正在截图…</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Screenshot recorded at %1.</source>
        <translation>已于 %1 保存截图。</translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation>未截图：%1</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>复查未通过</translation>
    </message>
    <message>
        <source>Say in the note what is still wrong, so the unit knows what to put right.</source>
        <translation>请在备注中写明仍存在的问题，以便单位了解需要整改的内容。</translation>
    </message>
    <message>
        <source>Re-check passed</source>
        <translation>复查通过</translation>
    </message>
    <message>
        <source>The re-run check says the problem is still there:
%1

Record the re-check as passed anyway?</source>
        <translation>重新检查的结果显示问题仍然存在：
%1

仍要记为复查通过吗？</translation>
    </message>
    <message>
        <source>Record re-check</source>
        <translation>登记复查结果</translation>
    </message>
    <message numerus="yes">
        <source>All %n finding(s) re-checked.</source>
        <translation>
            <numerusform>全部 %n 个问题已复查。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 · %3 re-checked</source>
        <translation>第 %1 个，共 %2 个 · 已复查 %3 个</translation>
    </message>
</context>
<context>
    <name>xj::RecheckLivePane</name>
    <message>
        <source>After: the page now</source>
        <translation>整改后：页面现状</translation>
    </message>
    <message>
        <source>The finding has no page address.</source>
        <translation>该问题没有页面地址。</translation>
    </message>
</context>
<context>
    <name>xj::RecheckRunner</name>
    <message>
        <source>The finding was marked by hand: there is no automated check to run again. Judge the page and record your verdict.</source>
        <translation>该问题为手工标记，没有可重新运行的自动检查。请研判页面并记录复查结论。</translation>
    </message>
    <message>
        <source>This check needs a scan of the whole site and cannot be run on one page. Judge the page (or scan the site again) and record your verdict.</source>
        <translation>该检查项需要全站扫描，无法在单个页面上运行。请研判页面（或重新扫描该网站）并记录复查结论。</translation>
    </message>
    <message>
        <source>The page is not open. Wait until it has loaded, then run the check again.</source>
        <translation>页面尚未打开。请等页面加载完成后重新检查。</translation>
    </message>
    <message>
        <source>The page could not be read for the check: %1 Reload the page and try again.</source>
        <translation>无法读取页面，未能检查：%1 请刷新页面后重试。</translation>
    </message>
    <message>
        <source>The address “%1” cannot be requested. Open the page and check it by hand.</source>
        <translation>无法请求地址“%1”。请打开页面手工检查。</translation>
    </message>
</context>
<context>
    <name>xj::ReconcileDialog</name>
    <message>
        <source>(nothing found here)</source>
        <translation>（此处未发现问题）</translation>
    </message>
    <message>
        <source>Reconcile findings</source>
        <translation>核对问题</translation>
    </message>
    <message>
        <source>Left (%1):</source>
        <translation>左方（%1）：</translation>
    </message>
    <message>
        <source>Right (%1):</source>
        <translation>右方（%1）：</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>核对决定</translation>
    </message>
    <message>
        <source>Keep the left one (%1)</source>
        <translation>保留左方（%1）</translation>
    </message>
    <message>
        <source>Keep the right one (%1)</source>
        <translation>保留右方（%1）</translation>
    </message>
    <message>
        <source>Keep both: they are different problems</source>
        <translation>保留双方：属于不同问题</translation>
    </message>
    <message>
        <source>Keep neither: not a problem</source>
        <translation>都不保留：不构成问题</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Drop it: not a problem</source>
        <translation>舍弃：不构成问题</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>理由（必填）：</translation>
    </message>
    <message>
        <source>Why this finding stands or goes, for the record</source>
        <translation>说明保留或舍弃该问题的理由，将记录在案</translation>
    </message>
    <message>
        <source>Earlier decisions about these findings:</source>
        <translation>此前对这些问题的核对决定：</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1  %2 — %3%4</source>
        <translation>%1  %2 — %3%4</translation>
    </message>
</context>
<context>
    <name>xj::RegionSelectionOverlay</name>
    <message>
        <source>Drag to select the part of the page to capture. Esc cancels.</source>
        <translation>拖动鼠标选择要截取的部分，按 Esc 取消。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>xj::ReportPreviewDialog</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>导出 Word…</translation>
    </message>
    <message>
        <source>Rectification notice — %1</source>
        <translation>整改通知书 — %1</translation>
    </message>
    <message>
        <source>Round report — %1</source>
        <translation>检查情况通报 — %1</translation>
    </message>
    <message>
        <source>The date the document would carry if it were exported now. An issued notice keeps its own date; change that on the right.</source>
        <translation>现在导出时文件上的日期。已发出的通知书保持原来的日期，可在右侧修改。</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Reads the findings again, after you edited them.</source>
        <translation>修改问题后，重新读取问题。</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1（%n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>No site of this round has problems to rectify, so there is no notice to show. Confirm the findings first.</source>
        <translation>本轮没有存在待整改问题的网站，因此没有可显示的整改通知书。请先确认问题。</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export Word</source>
        <translation>导出 Word</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
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
    <message>
        <source>Carry forward the open findings of the source round</source>
        <translation>结转来源轮次的未整改问题</translation>
    </message>
    <message>
        <source>Required for a peer check</source>
        <translation>互查必填</translation>
    </message>
    <message>
        <source>Unit checking itself</source>
        <translation>自查单位</translation>
    </message>
    <message>
        <source>Units the team checks</source>
        <translation>检查组负责检查的单位</translation>
    </message>
    <message>
        <source>Items of the special check</source>
        <translation>专项检查指标</translation>
    </message>
    <message>
        <source>Source round</source>
        <translation>来源轮次</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>A re-check always takes over the open findings of its source round.</source>
        <translation>复查轮次始终沿用来源轮次的未整改问题。</translation>
    </message>
    <message>
        <source>Choose a source round first.</source>
        <translation>请先选择来源轮次。</translation>
    </message>
</context>
<context>
    <name>xj::SaveExerciseDialog</name>
    <message>
        <source>Save findings as exercise</source>
        <translation>将问题保存为练习</translation>
    </message>
    <message>
        <source>e.g. Typos and dead links on a county site</source>
        <translation>例如：某县网站的错别字和死链</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Save exercise</source>
        <translation>保存练习</translation>
    </message>
    <message>
        <source>Choose a round and a site in the workbench first.</source>
        <translation>请先在工作台中选择检查轮次和网站。</translation>
    </message>
    <message>
        <source>This site has no findings in this round.</source>
        <translation>该网站在本检查轮次中没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>The exercise is saved. %n finding(s) had no archived page and were left out of it.</source>
        <translation>
            <numerusform>练习已保存。有 %n 个问题没有存档页面，未纳入练习。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the findings whose pages the trainees should inspect. Their archived pages become the exercise&apos;s site, the findings its answer key. Findings without an archived page cannot be used; marking a problem with a screenshot (Mark menu) archives its page.</source>
        <translation>勾选要让学员检查其页面的问题：这些问题的存档页面组成练习网站，问题本身作为答案。没有存档页面的问题不能使用；在“标记”菜单中截图标记问题时，页面会自动存档。</translation>
    </message>
</context>
<context>
    <name>xj::SavedCopy</name>
    <message>
        <source>Cannot write %1. Choose a folder you can write to.</source>
        <translation>无法写入 %1。请选择一个可写的文件夹。</translation>
    </message>
    <message>
        <source>Cannot save %1. Check that the disk is not full.</source>
        <translation>无法保存 %1。请检查磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>xj::ScanColumnsModel</name>
    <message>
        <source>Set by an inspector; remembered for this site.</source>
        <translation>由检查员设定，本站记住此分类。</translation>
    </message>
    <message>
        <source>Guessed from the column name; choose another class to correct it.</source>
        <translation>根据栏目名称推断；可选择其他分类加以纠正。</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1（推断）</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Not updated since %1</source>
        <translation>自 %1 起未更新</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>不判定</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Newest item</source>
        <translation>最新信息</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Update class</source>
        <translation>更新要求</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>xj::ScanController</name>
    <message>
        <source>Scan whole site…</source>
        <translation>全站扫描…</translation>
    </message>
    <message>
        <source>Scan every website…</source>
        <translation>扫描全部网站…</translation>
    </message>
    <message>
        <source>Scan settings of this site…</source>
        <translation>本站扫描设置…</translation>
    </message>
    <message>
        <source>Crawls the site (or every site selected in the list) in the background: dead links, blank and stale columns, messages, dates and the page checks.</source>
        <translation>在后台抓取本站（或名录中选中的各网站）：死链、空白和不更新栏目、留言办理、日期及页面检查。</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>扫描(&amp;C)</translation>
    </message>
    <message>
        <source>None of the chosen sites is a website with an address.</source>
        <translation>所选站点中没有带网址的网站。</translation>
    </message>
    <message>
        <source>New-media accounts are not crawled; add the website&apos;s address in the site list.</source>
        <translation>政务新媒体账号不能抓取；请在名录中填写网站网址。</translation>
    </message>
    <message>
        <source>Scan whole site</source>
        <translation>全站扫描</translation>
    </message>
    <message>
        <source>Choose a website with an address in the site list first.</source>
        <translation>请先在名录中选择一个有网址的网站。</translation>
    </message>
    <message>
        <source>Scan every website</source>
        <translation>扫描全部网站</translation>
    </message>
    <message>
        <source>The site list has no website in operation with an address.</source>
        <translation>名录中没有正在运行且有网址的网站。</translation>
    </message>
    <message numerus="yes">
        <source>Queue a whole-site scan of %n website(s)? They run one after another in the background and can be paused or cancelled at any time.</source>
        <translation>
            <numerusform>将 %n 个网站加入全站扫描队列吗？它们在后台依次扫描，可随时暂停或取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished scans</source>
        <translation>未完成的扫描</translation>
    </message>
</context>
<context>
    <name>xj::ScanEvidence</name>
    <message numerus="yes">
        <source>%1 · %n source page(s)</source>
        <translation>
            <numerusform>%1 · %n 个来源页面</numerusform>
        </translation>
    </message>
    <message>
        <source>says “%1”</source>
        <translation>显示“%1”</translation>
    </message>
    <message>
        <source>no dated item</source>
        <translation>没有带日期的信息</translation>
    </message>
    <message numerus="yes">
        <source>newest %1 · %n item(s)</source>
        <translation>
            <numerusform>最新 %1 · %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>asked %1, no reply</source>
        <translation>%1 留言，未答复</translation>
    </message>
    <message>
        <source>asked %1, answered %2</source>
        <translation>%1 留言，%2 答复</translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>出现在 %n 个页面</numerusform>
        </translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Server answer: HTTP %1</source>
        <translation>服务器响应：HTTP %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Redirects: %1</source>
        <translation>跳转：%1</translation>
    </message>
    <message>
        <source>Column: %1 (%2)</source>
        <translation>栏目：%1（%2）</translation>
    </message>
    <message>
        <source>Newest item: %1 %2</source>
        <translation>最新信息：%1 %2</translation>
    </message>
    <message>
        <source>Counted from: %1</source>
        <translation>统计起点：%1</translation>
    </message>
    <message>
        <source>Message: %1 (asked %2, status %3)</source>
        <translation>留言：%1（留言时间 %2，状态 %3）</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>答复时间：%1</translation>
    </message>
    <message>
        <source>Should be: %1</source>
        <translation>应为：%1</translation>
    </message>
    <message numerus="yes">
        <source>Linked from %n page(s):</source>
        <translation>
            <numerusform>引用它的页面（%n 个）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen on %n page(s):</source>
        <translation>
            <numerusform>出现的页面（%n 个）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 probes failed (%3 %; veto from %4 %)</source>
        <translation>%2 次探测中 %1 次失败（%3%；达到 %4% 否决）</translation>
    </message>
    <message>
        <source>no dated item on the home page</source>
        <translation>首页没有带日期的信息</translation>
    </message>
    <message numerus="yes">
        <source>home page newest item %1 (must be within %n day(s))</source>
        <translation>
            <numerusform>首页最新信息 %1（应在 %n 天内）</numerusform>
        </translation>
    </message>
    <message>
        <source>stale news/notice columns %1 (veto from %2), other stale columns %3 (from %4), blank columns %5 (from %6)</source>
        <translation>不更新的动态/通知类栏目 %1 个（%2 个否决），其他应更新未更新栏目 %3 个（%4 个否决），空白栏目 %5 个（%6 个否决）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) unanswered for over %1 month(s)</source>
        <translation>
            <numerusform>%n 条留言超过 %1 个月未回应</numerusform>
        </translation>
    </message>
    <message>
        <source> — too few probes to decide; keep Xunjian open or run xunjian-cli probe</source>
        <translation> —— 探测次数不足，无法判定；请保持巡检开启或运行 xunjian-cli probe</translation>
    </message>
</context>
<context>
    <name>xj::ScanFindingAcceptor</name>
    <message>
        <source>The capture was canceled; the remaining candidates stay open.</source>
        <translation>截图已取消，其余候选问题保持待处理。</translation>
    </message>
    <message>
        <source>Accept as finding</source>
        <translation>接受为问题</translation>
    </message>
    <message>
        <source>Choose an inspection round first: a finding belongs to a round.</source>
        <translation>请先选择检查轮次：问题属于某个轮次。</translation>
    </message>
    <message numerus="yes">
        <source>%n scan candidate(s) accepted as findings.</source>
        <translation>
            <numerusform>已将 %n 条扫描候选问题接受为问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening %1 for the screenshot… (%n left)</source>
        <translation>
            <numerusform>正在打开 %1 以截图……（还剩 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>No screenshot could be taken, so the finding was not saved: %1 Open the page in the browser and try again.</source>
        <translation>无法截图，问题未保存：%1 请在浏览器中打开该页面后重试。</translation>
    </message>
</context>
<context>
    <name>xj::ScanListModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>扫描中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个页面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no veto</source>
        <translation>%1，无否决</translation>
    </message>
    <message>
        <source>%1, veto %2</source>
        <translation>%1，否决 %2</translation>
    </message>
</context>
<context>
    <name>xj::ScanPanel</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Resume them</source>
        <translation>继续扫描</translation>
    </message>
    <message>
        <source>Leave them unfinished</source>
        <translation>不再继续</translation>
    </message>
    <message>
        <source>Marks them cancelled; what they found so far stays in the list of past scans.</source>
        <translation>标记为已取消；已发现的问题保留在历次扫描中。</translation>
    </message>
    <message>
        <source>Stops the running scan (what it found so far is kept) or drops the waiting scan chosen in the queue.</source>
        <translation>停止正在进行的扫描（已发现的问题保留），或移除队列中选中的等待扫描。</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Past scans of this site:</source>
        <translation>本站历次扫描：</translation>
    </message>
    <message>
        <source>Site scan</source>
        <translation>全站扫描</translation>
    </message>
    <message>
        <source>This site has not been scanned yet. Scan whole site… crawls it in the background.</source>
        <translation>本站尚未扫描。“全站扫描…”在后台抓取全站。</translation>
    </message>
    <message>
        <source>Choose a website in the site list.</source>
        <translation>请在名录中选择一个网站。</translation>
    </message>
    <message>
        <source>The scan is not finished; its results appear when it ends.</source>
        <translation>扫描尚未完成，结束后显示结果。</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Pages: %1 fetched, %2 queued, %3 failed
Links: %4 checked, %5 queued
%6 pages/s · elapsed %7 · left about %8</source>
        <translation>页面：已抓取 %1，待抓取 %2，失败 %3\n链接：已检查 %4，待检查 %5\n%6 页/秒 · 已用 %7 · 约剩 %8</translation>
    </message>
    <message>
        <source>The scan of %1 failed: %2</source>
        <translation>%1 的扫描失败：%2</translation>
    </message>
    <message>
        <source>The scan of %1 ended: %2.</source>
        <translation>%1 的扫描已结束：%2。</translation>
    </message>
    <message>
        <source>No scan running.</source>
        <translation>没有正在进行的扫描。</translation>
    </message>
    <message>
        <source>Starting the next scan…</source>
        <translation>正在开始下一个扫描…</translation>
    </message>
    <message>
        <source>%1 — paused</source>
        <translation>%1 —— 已暂停</translation>
    </message>
    <message>
        <source>%1 — scanning</source>
        <translation>%1 —— 扫描中</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) were left unfinished when Xunjian last closed. Resume them where they stopped?</source>
        <translation>
            <numerusform>上次关闭巡检时有 %n 个扫描未完成。要从中断处继续吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message numerus="yes">
        <source>%n scan candidate(s) dismissed.</source>
        <translation>
            <numerusform>已忽略 %n 条扫描候选问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export scan results</source>
        <translation>导出扫描结果</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV for Excel or WPS (*.csv)</source>
        <translation>JSON (*.json);;CSV，可用 Excel 或 WPS 打开 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>文件无法写入。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <source>Scan results written to %1.</source>
        <translation>扫描结果已写入 %1。</translation>
    </message>
    <message>
        <source>Column class</source>
        <translation>栏目分类</translation>
    </message>
    <message>
        <source>“%1” is now %2 for this site; the scan was judged again.</source>
        <translation>本站栏目“%1”已改为“%2”，扫描结果已重新研判。</translation>
    </message>
</context>
<context>
    <name>xj::ScanResultsModel</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 条待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Found on this page</source>
        <translation>在此页面发现</translation>
    </message>
    <message>
        <source>Link text “%1”</source>
        <translation>链接文字“%1”</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Page / address</source>
        <translation>页面 / 地址</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>xj::ScanResultsView</name>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Accept as finding</source>
        <translation>接受为问题</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Opens the page, takes a screenshot and saves a finding on the check&apos;s checklist item.</source>
        <translation>打开页面、截图，并在该检查项对应的指标下保存问题。</translation>
    </message>
    <message>
        <source>Saves the scan&apos;s verdicts and every candidate as JSON or CSV.</source>
        <translation>将扫描的判定和全部候选问题保存为 JSON 或 CSV。</translation>
    </message>
    <message>
        <source>partial: the scan did not finish</source>
        <translation>不完整：扫描未完成</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>no veto</source>
        <translation>无否决</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read, %1 candidates (%2 open)</source>
        <translation>
            <numerusform>已读取 %n 个页面，候选问题 %1 条（待处理 %2 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::ScanSettingsDialog</name>
    <message>
        <source>Respect robots.txt</source>
        <translation>遵守 robots.txt</translation>
    </message>
    <message>
        <source>Check links to other sites</source>
        <translation>检查指向其他网站的链接</translation>
    </message>
    <message>
        <source>Scan settings — %1</source>
        <translation>扫描设置 —— %1</translation>
    </message>
    <message>
        <source>robots.txt is where a site says which parts automatic programs should not visit. Switch this off only with the site owner&apos;s consent: pages it forbids are then scanned as well.</source>
        <translation>robots.txt 是网站声明哪些部分不希望自动程序访问的文件。只有在网站主办单位同意时才关闭此项：关闭后它禁止的页面也会被扫描。</translation>
    </message>
    <message>
        <source>Links to other sites are checked (not crawled): a dead external link counts too.</source>
        <translation>指向其他网站的链接只检查、不抓取：外站死链同样计入。</translation>
    </message>
    <message>
        <source>One host a line, e.g. zwgk.example.gov.cn</source>
        <translation>每行一个域名，例如 zwgk.example.gov.cn</translation>
    </message>
    <message>
        <source>Further host names that belong to this site and are crawled like its own.</source>
        <translation>属于本站的其他域名，与本站一样抓取。</translation>
    </message>
    <message>
        <source>One path a line, e.g. /zwgk/; empty: the whole site</source>
        <translation>每行一个路径，例如 /zwgk/；留空为全站</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Small county servers also serve the public: two requests a second is polite. No limit only for servers you run yourself.</source>
        <translation>县级网站的服务器还要服务公众：每秒 2 个请求较为稳妥。只有自己管理的服务器才可不限。</translation>
    </message>
    <message>
        <source>Pages of the site read at most; files and external links are checked on top.</source>
        <translation>最多读取的本站页面数；文件和外站链接另行检查。</translation>
    </message>
    <message>
        <source>Extra hosts:</source>
        <translation>其他域名：</translation>
    </message>
    <message>
        <source>Only under paths:</source>
        <translation>仅限路径：</translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation>每秒请求数：</translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation>同时请求数：</translation>
    </message>
    <message>
        <source>Pages at most:</source>
        <translation>最多页面数：</translation>
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
    <message>
        <source>For a department site: the portal whose domain its address must be under</source>
        <translation>部门网站所属的门户网站：其网址应在该门户的域名之下</translation>
    </message>
    <message>
        <source>(none: a portal or a site of its own)</source>
        <translation>（无：门户网站或独立网站）</translation>
    </message>
    <message>
        <source>Parent portal</source>
        <translation>上级门户</translation>
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
    <name>xj::StartExerciseDialog</name>
    <message>
        <source>Hints allowed</source>
        <translation>允许提示</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start exercise for %1</source>
        <translation>为%1开始练习</translation>
    </message>
    <message>
        <source>Day %1: %2</source>
        <translation>第 %1 天：%2</translation>
    </message>
    <message>
        <source>Extra practice (outside the plan)</source>
        <translation>加练（计划外）</translation>
    </message>
    <message>
        <source>A new practice site for this day</source>
        <translation>为当天新生成的练习网站</translation>
    </message>
    <message>
        <source>A new practice site is generated with the day&apos;s recipe and a random seed, so no two trainees get the same site.</source>
        <translation>按当天的配置和随机种子生成新的练习网站，因此每名学员得到的网站各不相同。</translation>
    </message>
    <message>
        <source>The trainee may ask which page has a problem still to find.</source>
        <translation>学员可以查询哪个页面还有尚未发现的问题。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>天次(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>练习(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>时限(&amp;T)：</translation>
    </message>
    <message>
        <source>Practice site not generated</source>
        <translation>练习网站未生成</translation>
    </message>
    <message>
        <source>Practice outside the five days; it does not count for a day.</source>
        <translation>五天计划之外的练习，不计入任何一天。</translation>
    </message>
    <message>
        <source>Day %1 practice for %2 (seed %3)</source>
        <translation>%2第 %1 天练习（种子 %3）</translation>
    </message>
    <message>
        <source>Practice for %1 (seed %2)</source>
        <translation>%1的练习（种子 %2）</translation>
    </message>
</context>
<context>
    <name>xj::TallyColumns</name>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>查全率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>查准率</translation>
    </message>
</context>
<context>
    <name>xj::TextLabelEditor</name>
    <message>
        <source>Type the note, then press Enter</source>
        <translation>输入说明后按回车</translation>
    </message>
</context>
<context>
    <name>xj::TraineeOverviewModel</name>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Share of the planted problems the trainee found, over all submitted attempts.</source>
        <translation>在所有已提交的练习中，学员发现的问题占预置问题的比例。</translation>
    </message>
    <message>
        <source>Share of the trainee&apos;s findings that were real problems, over all submitted attempts.</source>
        <translation>在所有已提交的练习中，学员标记的问题中确属问题的比例。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>练习次数</translation>
    </message>
</context>
<context>
    <name>xj::TraineeResultsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>%1的成绩</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天次</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>加练</translation>
    </message>
    <message>
        <source>(exercise removed)</source>
        <translation>（练习已删除）</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 has not started an exercise yet.</source>
        <translation>%1尚未开始任何练习。</translation>
    </message>
    <message>
        <source>Shows the score: what was found, missed and wrongly flagged.</source>
        <translation>查看成绩：发现、漏检和误报的问题。</translation>
    </message>
    <message>
        <source>Opens the attempt in the workbench so the trainee can go on with it.</source>
        <translation>在工作台中打开该练习，供学员继续完成。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingController</name>
    <message>
        <source>T&amp;raining</source>
        <translation>培训(&amp;R)</translation>
    </message>
    <message>
        <source>Remedial training…</source>
        <translation>脱岗跟班学习…</translation>
    </message>
    <message>
        <source>Save findings as exercise…</source>
        <translation>将问题保存为练习…</translation>
    </message>
    <message>
        <source>Start exercise</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <source>Continue exercise</source>
        <translation>继续练习</translation>
    </message>
    <message>
        <source>Training exercise</source>
        <translation>培训练习</translation>
    </message>
    <message>
        <source>An exercise is already open. Submit it or close its window first.</source>
        <translation>已有练习处于打开状态。请先提交答卷或关闭其窗口。</translation>
    </message>
    <message>
        <source>Submit findings</source>
        <translation>提交答卷</translation>
    </message>
    <message>
        <source>Exercise result</source>
        <translation>练习结果</translation>
    </message>
</context>
<context>
    <name>xj::TrainingOutcomeModel</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查指标</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Text on the page</source>
        <translation>页面文字</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>xj::TrainingOverviewWindow</name>
    <message>
        <source>Remedial training</source>
        <translation>脱岗跟班学习</translation>
    </message>
    <message>
        <source>Persons in charge of sites that failed re-check, in the five-day remedial training (脱岗跟班学习). Select a trainee to keep the day log, start an exercise, see results or export the completion record.</source>
        <translation>问题复查未通过网站的负责人，参加为期五天的脱岗跟班学习。请选择一名学员，以填写学习日志、开始练习、查看成绩或导出结业记录。</translation>
    </message>
    <message>
        <source>&amp;Enrol trainee…</source>
        <translation>登记学员(&amp;E)…</translation>
    </message>
    <message>
        <source>Enrols a person by hand, without an escalation.</source>
        <translation>手动登记人员，无需经过通报与问责。</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>Corrects the trainee&apos;s name, phone, unit, site or start.</source>
        <translation>更正学员的姓名、电话、单位、网站或开始日期。</translation>
    </message>
    <message>
        <source>Day &amp;log…</source>
        <translation>学习日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Attendance and notes of the five days.</source>
        <translation>五天的出勤情况和备注。</translation>
    </message>
    <message>
        <source>&amp;Start exercise…</source>
        <translation>开始练习(&amp;S)…</translation>
    </message>
    <message>
        <source>Starts an exercise for the trainee in the workbench.</source>
        <translation>在工作台中为学员开始练习。</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>成绩(&amp;R)…</translation>
    </message>
    <message>
        <source>The trainee&apos;s attempts and their scores.</source>
        <translation>学员的练习记录及成绩。</translation>
    </message>
    <message>
        <source>&amp;Completion record…</source>
        <translation>结业记录(&amp;C)…</translation>
    </message>
    <message>
        <source>Saves the completion record (结业记录) as PDF.</source>
        <translation>将结业记录保存为 PDF。</translation>
    </message>
    <message>
        <source>&amp;Mark completed</source>
        <translation>标记为已结业(&amp;M)</translation>
    </message>
    <message>
        <source>Records that the training is finished.</source>
        <translation>记录该学员已完成学习。</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>培训计划(&amp;P)…</translation>
    </message>
    <message>
        <source>The five days of the training.</source>
        <translation>五天学习的安排。</translation>
    </message>
    <message>
        <source>E&amp;xercises…</source>
        <translation>练习库(&amp;X)…</translation>
    </message>
    <message>
        <source>The practice sites and inspections with answer keys.</source>
        <translation>附有答案的练习网站和检查结果。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No one is in training. Trainees come from escalation after a re-check, or enrol one with &quot;Enrol trainee…&quot;.</source>
        <translation>目前没有人员参加学习。学员来自复查后的通报与问责，也可通过“登记学员…”登记。</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s).</source>
        <translation>
            <numerusform>共 %n 名学员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save completion record</source>
        <translation>保存结业记录</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Completion record not saved</source>
        <translation>结业记录未保存</translation>
    </message>
    <message>
        <source>Completion record saved to %1.</source>
        <translation>结业记录已保存到 %1。</translation>
    </message>
    <message>
        <source>Mark training completed</source>
        <translation>标记为已结业</translation>
    </message>
    <message>
        <source>Record that %1 has completed the remedial training?</source>
        <translation>是否记录%1已完成脱岗跟班学习？</translation>
    </message>
    <message>
        <source>Training not marked completed</source>
        <translation>未能标记为已结业</translation>
    </message>
</context>
<context>
    <name>xj::TrainingPlanDialog</name>
    <message>
        <source>Training plan</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <source>The five days of the remedial training. Double-click a cell to change it; categories are codes such as P01 P07. The practice site of a day is generated with the day&apos;s recipe.</source>
        <translation>脱岗跟班学习的五天安排。双击单元格可修改；问题类别填写代码，如 P01 P07。每天的练习网站按当天的配置生成。</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>This is the office&apos;s own plan.</source>
        <translation>这是本单位自定的培训计划。</translation>
    </message>
    <message>
        <source>This is the plan the program comes with.</source>
        <translation>这是程序自带的培训计划。</translation>
    </message>
    <message>
        <source>Training plan not saved</source>
        <translation>培训计划未保存</translation>
    </message>
    <message>
        <source>Reset the training plan</source>
        <translation>恢复默认培训计划</translation>
    </message>
    <message>
        <source>Replace the office&apos;s plan with the one the program comes with? Your changes to the plan are lost.</source>
        <translation>是否用程序自带的培训计划替换本单位的计划？对计划所做的修改将丢失。</translation>
    </message>
    <message>
        <source>Training plan not reset</source>
        <translation>培训计划未恢复默认</translation>
    </message>
</context>
<context>
    <name>xj::TrainingPlanModel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>What the day teaches, one topic per line.</source>
        <translation>当天的学习内容，每行一个主题。</translation>
    </message>
    <message>
        <source>The problem categories (P01…P17) the day teaches.</source>
        <translation>当天讲授的问题类别（P01…P17）。</translation>
    </message>
    <message>
        <source>The problem categories planted in the day&apos;s practice site; empty for all.</source>
        <translation>当天练习网站中预置的问题类别；留空表示全部。</translation>
    </message>
    <message>
        <source>How many article pages the day&apos;s practice site has.</source>
        <translation>当天练习网站的文章页数。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天次</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Categories taught</source>
        <translation>讲授的问题类别</translation>
    </message>
    <message>
        <source>Exercise plants</source>
        <translation>练习预置问题</translation>
    </message>
    <message>
        <source>Article pages</source>
        <translation>文章页数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>xj::TrainingResultDialog</name>
    <message>
        <source>Exercise result: %1</source>
        <translation>练习结果：%1</translation>
    </message>
    <message>
        <source>By problem category:</source>
        <translation>按问题类别：</translation>
    </message>
    <message>
        <source>Every problem of the answer key, and your findings that match none:</source>
        <translation>答案中的全部问题，以及与答案均不匹配的您的问题：</translation>
    </message>
    <message>
        <source>Review missed problems…</source>
        <translation>查看漏检问题…</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 of %2 problems (recall %3); %n false alarm(s) (precision %4).</source>
        <translation>
            <numerusform>发现 %2 个问题中的 %1 个（查全率 %3）；误报 %n 个（查准率 %4）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::TrainingReviewDialog</name>
    <message>
        <source>Missed problems: %1</source>
        <translation>漏检问题：%1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>You found every problem of the answer key.</source>
        <translation>您已发现答案中的全部问题。</translation>
    </message>
    <message>
        <source>Missed problem %1 of %2</source>
        <translation>漏检问题 %1/%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Checklist item: %2 · category: %3&lt;/p&gt;&lt;p&gt;Page: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;检查指标：%2 · 问题类别：%3&lt;/p&gt;&lt;p&gt;页面：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the page: &lt;span style=&quot;background:#ffe066&quot;&gt;%1&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;页面上：&lt;span style=&quot;background:#ffe066&quot;&gt;%1&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Something the page should show is missing from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;页面缺少应当显示的内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No picture in the answer key for this problem.</source>
        <translation>答案中没有该问题的图片。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingSession</name>
    <message>
        <source>Xunjian — training exercise: %1</source>
        <translation>巡检 — 培训练习：%1</translation>
    </message>
    <message>
        <source>Practice site as of %1, served on %2</source>
        <translation>练习网站（基准日期 %1），地址 %2</translation>
    </message>
    <message>
        <source>This exercise has already been submitted.</source>
        <translation>该练习已提交。</translation>
    </message>
    <message>
        <source>Submit findings</source>
        <translation>提交答卷</translation>
    </message>
    <message>
        <source>Hand in your findings now? They are scored against the answer key and cannot be changed afterwards.</source>
        <translation>是否立即提交答卷？提交后将对照答案评分，不能再修改。</translation>
    </message>
    <message>
        <source>Time is up: your findings are handed in.</source>
        <translation>时间到：答卷已提交。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingSessionBar</name>
    <message>
        <source>Training exercise</source>
        <translation>培训练习</translation>
    </message>
    <message>
        <source>Submit findings</source>
        <translation>提交答卷</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>练习：%1</translation>
    </message>
    <message>
        <source>Hints: the automated checks&apos; candidates are shown</source>
        <translation>提示：显示自动检查发现的疑似问题</translation>
    </message>
    <message>
        <source>No hints: find the problems yourself</source>
        <translation>无提示：请自行查找问题</translation>
    </message>
    <message>
        <source>Hand in your findings: they are scored against the answer key and cannot be changed afterwards.</source>
        <translation>提交答卷：将对照答案评分，提交后不能再修改。</translation>
    </message>
    <message>
        <source>Time used %1</source>
        <translation>已用时间 %1</translation>
    </message>
    <message>
        <source>Time used %1 · left %2</source>
        <translation>已用时间 %1 · 剩余 %2</translation>
    </message>
</context>
<context>
    <name>xj::TrainingTallyModel</name>
    <message>
        <source>Overall</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
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
