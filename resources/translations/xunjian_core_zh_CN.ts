<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>xj::AccountJudgement</name>
    <message>
        <source>Newest post dated %1, after the inspection date %2: check the date.</source>
        <translation>最新发布日期为 %1，晚于监测时间点 %2，请核对日期。</translation>
    </message>
    <message>
        <source>No post in the %1 days before the inspection date: the newest is from %2, %3 days earlier.</source>
        <translation>监测时间点前 %1 天内无更新：最新一条发布于 %2，距监测时间点 %3 天。</translation>
    </message>
    <message>
        <source>Newest post %1, %2 days before the inspection date (limit %3).</source>
        <translation>最新发布于 %1，距监测时间点 %2 天（上限 %3 天）。</translation>
    </message>
    <message>
        <source>the interaction channel</source>
        <translation>互动渠道</translation>
    </message>
    <message>
        <source>%1 works and is answered.</source>
        <translation>%1 可正常使用，有回复。</translation>
    </message>
    <message>
        <source>%1 exists, but questions go unanswered.</source>
        <translation>%1 已开设，但留言无人回复。</translation>
    </message>
    <message>
        <source>The account offers no working interaction channel.</source>
        <translation>该账号没有有效的互动渠道。</translation>
    </message>
</context>
<context>
    <name>xj::AccountRecord</name>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Works and is answered</source>
        <translation>正常并有回复</translation>
    </message>
    <message>
        <source>Exists but goes unanswered</source>
        <translation>有渠道但无人回复</translation>
    </message>
    <message>
        <source>No working channel</source>
        <translation>没有有效的互动渠道</translation>
    </message>
</context>
<context>
    <name>xj::AccountRecordRepository</name>
    <message>
        <source>An account record belongs to an account and an inspection round; choose both.</source>
        <translation>账号记录属于一个账号和一个检查轮次，请先选择两者。</translation>
    </message>
    <message>
        <source>The date of the newest post (%1) is not plausible; enter the date shown on the account.</source>
        <translation>最新发布日期（%1）不合理，请填写账号上显示的日期。</translation>
    </message>
    <message>
        <source>The account record could not be read back after saving.</source>
        <translation>账号记录保存后无法读回。</translation>
    </message>
</context>
<context>
    <name>xj::Annotation</name>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>马赛克</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>遮盖</translation>
    </message>
</context>
<context>
    <name>xj::AnnotationJson</name>
    <message>
        <source>Annotation %1 of the screenshot could not be read, so the annotations were not loaded. The screenshot itself is unchanged; draw the annotations again.</source>
        <translation>截图的第 %1 个标注无法读取，因此没有载入标注。截图本身未受影响；请重新绘制标注。</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot;, known kinds: %2; the position needs four numbers</source>
        <translation>类型“%1”，已知类型：%2；位置需要四个数字</translation>
    </message>
</context>
<context>
    <name>xj::ArchivedSiteWriter</name>
    <message>
        <source>The archived page has no web address, so its place in the practice site is unknown. Save the page again from the browser.</source>
        <translation>该存档页面没有网址，无法确定其在练习网站中的位置。请在浏览器中重新存档该页面。</translation>
    </message>
    <message>
        <source>The address of the archived page %1 cannot be turned into a file name. Save another page for this finding.</source>
        <translation>存档页面的网址 %1 无法转换为文件名。请为该问题另存一个页面。</translation>
    </message>
    <message>
        <source>Cannot write the practice site file %1. Check that the disk is not full.</source>
        <translation>无法写入练习网站文件 %1。请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The archived page holds no web page. Mark the problem again with a screenshot (Mark menu) to archive its page anew.</source>
        <translation>存档页面中没有网页内容。请在“标记”菜单中重新截图标记该问题，页面会随之重新存档。</translation>
    </message>
</context>
<context>
    <name>xj::AuditAssignmentStore</name>
    <message>
        <source>This assignment from “%1” was already imported on %2 as the round “%3” (no. %4). Work in that round; it is not imported twice.</source>
        <translation>来自“%1”的这个任务包已于 %2 导入为检查轮次“%3”（编号 %4）。请在该轮次中开展工作；同一任务包不会重复导入。</translation>
    </message>
    <message>
        <source>The checklist in the assignment cannot be used (%1). Ask the sender for a new package.</source>
        <translation>任务包中的检查表无法使用（%1）。请向发送方索取新的互查包。</translation>
    </message>
    <message>
        <source>The assignment&apos;s checklist “%1” is not for %2. Ask the sender for a new package.</source>
        <translation>任务包中的检查表“%1”不适用于%2。请向发送方索取新的互查包。</translation>
    </message>
    <message>
        <source>The site “%1” of the assignment cannot be registered: %2</source>
        <translation>无法登记任务包中的网站“%1”：%2</translation>
    </message>
    <message>
        <source>The assignment lists two sites that are one site here (“%1”). Ask the sender to check the addresses of the sites and send a new package.</source>
        <translation>任务包列出的两个网站在本库中是同一个网站（“%1”）。请发送方核对这些网站的地址后重新发送互查包。</translation>
    </message>
    <message>
        <source>The round of the assignment cannot be created: %1</source>
        <translation>无法创建任务包对应的检查轮次：%1</translation>
    </message>
</context>
<context>
    <name>xj::AuditCommand</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export or import a peer-audit package (an assignment for a team, or a team&apos;s result).</source>
        <translation>导出或导入互查包（发给检查组的任务包，或检查组交回的结果包）。</translation>
    </message>
    <message>
        <source>audit export --round ID --kind assignment|result --out FILE writes a package of the round; audit import FILE reads one into the data folder after checking all of it.
The passphrase that signs a package (and proves an imported one) is the first line of --passphrase-file or the environment variable %1. It is never taken as a command-line argument, because other users&apos; `ps` and the shell history would show it.</source>
        <translation>audit export --round 编号 --kind assignment|result --out 文件：将检查轮次写成互查包；audit import 文件：对互查包作全面检查后，将其读入数据目录。
签署互查包（以及核验所导入互查包）的口令取自 --passphrase-file 所指文件的第一行，或环境变量 %1。口令不接受以命令行参数形式提供，因为其他用户可通过 `ps` 和 shell 历史记录看到它。</translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation>export 或 import。</translation>
    </message>
    <message>
        <source>export|import</source>
        <translation>export|import</translation>
    </message>
    <message>
        <source>import: the package to import.</source>
        <translation>import：要导入的互查包。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <source>export: the round&apos;s id (see `rounds`). import of a result: file it under this round instead of the one the package names.</source>
        <translation>export：检查轮次编号（见 `rounds` 命令）。导入结果包时：将其归入此轮次，而不是互查包中指明的轮次。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>export: assignment (the office hands a team the round and its sites) or result (the team&apos;s findings, verdicts and evidence).</source>
        <translation>export：assignment（任务包，由牵头单位将检查轮次及其网站交给检查组）或 result（结果包，检查组发现的问题、作出的判定及证据）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>export: only these sites, ids separated by commas (default: every site of the round).</source>
        <translation>export：仅导出这些网站，编号之间用逗号分隔（默认：该轮次的全部网站）。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>export: the package file to write.</source>
        <translation>export：要写入的互查包文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>export: who the package comes from, as the receiver sees it (default: the round&apos;s team, else the office name of the notice settings).</source>
        <translation>export：互查包的发送方名称，即接收方看到的来源（默认：该轮次的检查组，若无则为通知书设置中的发文机关）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase shared with the other side (default: $%1; none: the package is not signed).</source>
        <translation>第一行为与对方约定口令的文件（默认：$%1；不提供则互查包不签名）。</translation>
    </message>
    <message>
        <source>Give the action: `audit export` or `audit import FILE`.</source>
        <translation>请指定操作：`audit export` 或 `audit import 文件`。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use `audit export` or `audit import FILE`.</source>
        <translation>未知操作“%1”：请使用 `audit export` 或 `audit import 文件`。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>无法读取口令文件 %1。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 为空。</translation>
    </message>
    <message>
        <source>Put the passphrase on its first line, or leave out --passphrase-file.</source>
        <translation>请将口令写在文件第一行，或不使用 --passphrase-file。</translation>
    </message>
    <message>
        <source>audit export takes no file argument: give the package with --out FILE.</source>
        <translation>audit export 不接受文件参数：请用 --out 文件 指定互查包。</translation>
    </message>
    <message>
        <source>Give the round with --round ID (`xunjian-cli rounds` lists them).</source>
        <translation>请用 --round 编号 指定检查轮次（`xunjian-cli rounds` 可列出轮次）。</translation>
    </message>
    <message>
        <source>Give the package kind with --kind assignment or --kind result.</source>
        <translation>请用 --kind assignment 或 --kind result 指定互查包类型。</translation>
    </message>
    <message>
        <source>Give the package file to write with --out FILE.</source>
        <translation>请用 --out 文件 指定要写入的互查包文件。</translation>
    </message>
    <message>
        <source>--sites takes site ids separated by commas, such as 1,4,7.</source>
        <translation>--sites 需要以逗号分隔的网站编号，例如 1,4,7。</translation>
    </message>
    <message>
        <source>There is no round %1 in this data folder; `xunjian-cli rounds` lists them.</source>
        <translation>此数据目录中没有编号为 %1 的检查轮次；`xunjian-cli rounds` 可列出轮次。</translation>
    </message>
    <message>
        <source>The round has no team and the notice settings no office name, so the package would not say who it comes from: give it with --exporter NAME.</source>
        <translation>该检查轮次没有检查组，通知书设置中也没有发文机关，互查包将无法注明来源：请用 --exporter 名称 指定。</translation>
    </message>
    <message>
        <source>Writing the package: %1%</source>
        <translation>正在写入互查包：%1%</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Exporter: %1</source>
        <translation>导出方：%1</translation>
    </message>
    <message>
        <source>Round: %1 %2</source>
        <translation>检查轮次：%1 %2</translation>
    </message>
    <message>
        <source>Sites: %1 (%2)</source>
        <translation>网站：%1（%2）</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Verdicts: %1</source>
        <translation>判定：%1</translation>
    </message>
    <message>
        <source>Evidence files: %1</source>
        <translation>证据文件：%1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>已签名：%1</translation>
    </message>
    <message>
        <source>Give the one package to import: `audit import FILE`.</source>
        <translation>请指定要导入的一个互查包：`audit import 文件`。</translation>
    </message>
    <message>
        <source>--%1 belongs to `audit export`, not to `audit import`.</source>
        <translation>--%1 属于 `audit export`，不适用于 `audit import`。</translation>
    </message>
    <message>
        <source>--round takes a round&apos;s id (`xunjian-cli rounds` lists them).</source>
        <translation>--round 需要检查轮次编号（`xunjian-cli rounds` 可列出轮次）。</translation>
    </message>
    <message>
        <source>Checking the package: %1%</source>
        <translation>正在检查互查包：%1%</translation>
    </message>
    <message>
        <source>Nothing was imported: the data folder is as it was.</source>
        <translation>未导入任何内容：数据目录保持原样。</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>网站：%1</translation>
    </message>
    <message>
        <source>Signature checked: %1</source>
        <translation>已核验签名：%1</translation>
    </message>
</context>
<context>
    <name>xj::AuditManifest</name>
    <message>
        <source>Assignment</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果包</translation>
    </message>
    <message>
        <source>This is not a Xunjian audit package: its manifest has no format version.</source>
        <translation>这不是巡检的互查包：其清单没有格式版本。</translation>
    </message>
    <message>
        <source>The audit package was made by a newer Xunjian (format %1). Update Xunjian to open it.</source>
        <translation>该互查包由较新版本的巡检生成（格式 %1）。请升级巡检后再打开。</translation>
    </message>
    <message>
        <source>The audit package is neither an assignment nor a result. Ask its sender for a new copy.</source>
        <translation>该互查包既不是任务包也不是结果包。请向发送方索取新的副本。</translation>
    </message>
    <message>
        <source>The audit package&apos;s list of files is damaged. Ask its sender for a new copy.</source>
        <translation>该互查包的文件清单已损坏。请向发送方索取新的副本。</translation>
    </message>
    <message>
        <source>The audit package&apos;s manifest cannot be read. Ask its sender for a new copy.</source>
        <translation>无法读取该互查包的清单。请向发送方索取新的副本。</translation>
    </message>
</context>
<context>
    <name>xj::AuditPackage</name>
    <message>
        <source>The audit package&apos;s %1 is damaged: the field “%2” is missing or has a value Xunjian does not know. Ask the sender for a new package.</source>
        <translation>互查包中的 %1 已损坏：字段“%2”缺失，或其值无法被巡检识别。请向发送方索取新的互查包。</translation>
    </message>
    <message>
        <source>The audit package&apos;s %1 cannot be read as JSON. Ask the sender for a new package.</source>
        <translation>互查包中的 %1 无法按 JSON 读取。请向发送方索取新的互查包。</translation>
    </message>
    <message>
        <source>Ask the sender for a new package.</source>
        <translation>请向发送方索取新的互查包。</translation>
    </message>
    <message>
        <source>The audit package&apos;s manifest does not list its %1.</source>
        <translation>互查包的清单（manifest.json）中未列出 %1。</translation>
    </message>
    <message>
        <source>The audit package lists the site “%1” twice.</source>
        <translation>互查包中网站“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>The audit package&apos;s manifest and round.json name different rounds.</source>
        <translation>互查包的清单（manifest.json）与 round.json 所指的检查轮次不一致。</translation>
    </message>
    <message>
        <source>The audit package&apos;s manifest and round.json list different sites.</source>
        <translation>互查包的清单（manifest.json）与 round.json 所列的网站不一致。</translation>
    </message>
    <message>
        <source>The audit package is an assignment but carries findings or verdicts.</source>
        <translation>该互查包是任务包，却带有问题或判定。</translation>
    </message>
    <message>
        <source>The audit package has a finding (“%1”) on a site that is not part of its round.</source>
        <translation>互查包中有一个问题（“%1”）所在的网站不属于该检查轮次。</translation>
    </message>
    <message>
        <source>The evidence file %1 of the finding “%2” is not listed in the audit package&apos;s manifest.</source>
        <translation>问题“%2”的证据文件 %1 未列在互查包的清单（manifest.json）中。</translation>
    </message>
    <message>
        <source>The audit package has a verdict on item %1 for a site that is not part of its round.</source>
        <translation>互查包中有对指标 %1 的判定，但对应网站不属于该检查轮次。</translation>
    </message>
    <message>
        <source>The audit package judges item %1 of one site twice.</source>
        <translation>互查包对同一网站的指标 %1 作了两次判定。</translation>
    </message>
</context>
<context>
    <name>xj::AuditPackageReader</name>
    <message>
        <source>The audit package cannot be read. Check that the file is there and that you may read it.</source>
        <translation>无法读取该互查包。请检查文件是否存在，以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>Ask the sender for a new package.</source>
        <translation>请向发送方索取新的互查包。</translation>
    </message>
    <message>
        <source>The audit package contains an unsafe file name (“%1”) that could write outside its folder, so it was not opened.</source>
        <translation>互查包中含有不安全的文件名（“%1”），可能写到其所在文件夹之外，因此未打开该互查包。</translation>
    </message>
    <message>
        <source>The audit package contains a link (“%1”) instead of a file, so it was not opened.</source>
        <translation>互查包中含有链接（“%1”）而非文件，因此未打开该互查包。</translation>
    </message>
    <message>
        <source>The audit package contains an encrypted entry (“%1”) Xunjian cannot check.</source>
        <translation>互查包中含有巡检无法检查的加密条目（“%1”）。</translation>
    </message>
    <message>
        <source>The audit package contains the file “%1” twice.</source>
        <translation>互查包中文件“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The file “%1” in the audit package is larger than %2, more than a package may hold.</source>
        <translation>互查包中的文件“%1”大于 %2，超出了互查包的容量上限。</translation>
    </message>
    <message>
        <source>The audit package is not signed, but you entered a passphrase. Ask the sender to sign it with the agreed passphrase, or open it without one if you trust where it came from.</source>
        <translation>该互查包未签名，但您输入了口令。请发送方用约定的口令签名；如果您确信其来源可靠，也可以不输入口令直接打开。</translation>
    </message>
    <message>
        <source>The audit package is signed. Enter the passphrase agreed with its sender to open it.</source>
        <translation>该互查包已签名。请输入与发送方约定的口令后打开。</translation>
    </message>
    <message>
        <source>The audit package does not match its signature: the passphrase is wrong, or the package was changed after it was signed. Check the passphrase, or ask the sender for a new package.</source>
        <translation>该互查包与其签名不符：口令有误，或互查包在签名后被改动。请核对口令，或向发送方索取新的互查包。</translation>
    </message>
    <message>
        <source>The audit package&apos;s manifest lists the file “%1” twice.</source>
        <translation>互查包的清单（manifest.json）中文件“%1”列出了两次。</translation>
    </message>
    <message>
        <source>The audit package contains a file (“%1”) that is not named in its manifest.</source>
        <translation>互查包中含有清单（manifest.json）未列出的文件（“%1”）。</translation>
    </message>
    <message>
        <source>The audit package is missing the file “%1” that its manifest lists.</source>
        <translation>互查包缺少清单（manifest.json）中列出的文件“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” in the audit package has a different size than its manifest says: it was changed or damaged.</source>
        <translation>互查包中文件“%1”的大小与清单（manifest.json）记载不符：文件已被改动或损坏。</translation>
    </message>
    <message>
        <source>The file “%1” in the audit package was changed after the package was made (its SHA-256 does not match the manifest).</source>
        <translation>互查包中的文件“%1”在互查包生成后被改动（其 SHA-256 与清单不符）。</translation>
    </message>
    <message>
        <source>The audit package %1 cannot be found. Check the file name and folder.</source>
        <translation>找不到互查包 %1。请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not an audit package.</source>
        <translation>文件 %1 为空：不是互查包。</translation>
    </message>
    <message>
        <source>The file %1 is not an audit package or it is damaged: it is not a readable zip archive.</source>
        <translation>文件 %1 不是互查包或已损坏：无法作为 zip 压缩包读取。</translation>
    </message>
    <message>
        <source>The audit package holds too many files (more than %1), so it was not opened.</source>
        <translation>互查包中的文件过多（超过 %1 个），因此未打开该互查包。</translation>
    </message>
    <message>
        <source>The audit package is damaged: its list of files cannot be read.</source>
        <translation>互查包已损坏：无法读取其文件列表。</translation>
    </message>
    <message>
        <source>The file %1 has no manifest.json: it is not a Xunjian audit package.</source>
        <translation>文件 %1 中没有 manifest.json：不是巡检的互查包。</translation>
    </message>
    <message>
        <source>The file “%1” in the audit package is damaged.</source>
        <translation>互查包中的文件“%1”已损坏。</translation>
    </message>
    <message>
        <source>The files of the audit package are larger than %1 in total, more than a package may hold.</source>
        <translation>互查包中的文件合计大于 %1，超出了互查包的容量上限。</translation>
    </message>
    <message>
        <source>The audit package has no evidence file %1.</source>
        <translation>互查包中没有证据文件 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 in the audit package cannot be read again.</source>
        <translation>无法再次读取互查包中的证据文件 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 in the audit package was changed after it was checked.</source>
        <translation>互查包中的证据文件 %1 在检查之后被改动。</translation>
    </message>
</context>
<context>
    <name>xj::AuditPackageWriter</name>
    <message>
        <source>The round&apos;s checklist is missing from the database.</source>
        <translation>数据库中缺少该检查轮次的检查表。</translation>
    </message>
    <message>
        <source>A chosen site is not part of the round “%1”. Choose only sites the round covers.</source>
        <translation>所选网站中有不属于检查轮次“%1”的网站。请只选择该轮次涵盖的网站。</translation>
    </message>
    <message>
        <source>The round “%1” covers no site to put in the package. Add sites to the round first.</source>
        <translation>检查轮次“%1”未涵盖任何网站，没有可放入互查包的内容。请先为该轮次添加网站。</translation>
    </message>
    <message>
        <source>Enter who sends the package (your office or team), so the receiver knows whose package it is.</source>
        <translation>请填写互查包的发送方（本单位或检查组），以便接收方知道互查包来自何方。</translation>
    </message>
    <message>
        <source>The inspection round to put in the package does not exist. Choose another round.</source>
        <translation>要放入互查包的检查轮次不存在。请另选检查轮次。</translation>
    </message>
    <message>
        <source>The round “%1” has no findings and no verdicts for these sites yet, so there is no result to send. Inspect the sites first.</source>
        <translation>检查轮次“%1”中这些网站还没有任何问题和判定，没有可发送的结果。请先检查这些网站。</translation>
    </message>
    <message>
        <source>An evidence file of the finding “%1” is missing or was altered, so the package was not made. Run the evidence integrity check and retake the evidence.</source>
        <translation>问题“%1”的某个证据文件缺失或已被改动，因此未生成互查包。请运行证据完整性校验，并重新采集证据。</translation>
    </message>
    <message>
        <source>Choose where to save the audit package.</source>
        <translation>请选择互查包的保存位置。</translation>
    </message>
    <message>
        <source>The audit package could not be saved as %1. Choose another folder or file name.</source>
        <translation>无法将互查包保存为 %1。请另选文件夹或文件名。</translation>
    </message>
</context>
<context>
    <name>xj::AuditReconciliation</name>
    <message>
        <source>Keep the left one</source>
        <translation>保留左方</translation>
    </message>
    <message>
        <source>Keep the right one</source>
        <translation>保留右方</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>保留双方</translation>
    </message>
    <message>
        <source>Keep neither</source>
        <translation>都不保留</translation>
    </message>
</context>
<context>
    <name>xj::AuditReconciliations</name>
    <message>
        <source>Finding #%1 is no longer part of this comparison (it was deleted or the result re-imported). Reload the comparison and decide again.</source>
        <translation>问题 #%1 已不在本次比对中（已被删除，或结果包已重新导入）。请重新加载比对结果后再作决定。</translation>
    </message>
    <message>
        <source>Peer-audit reconciliation: %1</source>
        <translation>互查核对：%1</translation>
    </message>
    <message>
        <source>The other team&apos;s finding #%1 is missing; re-import its result.</source>
        <translation>对方检查组的问题 #%1 缺失；请重新导入其结果包。</translation>
    </message>
    <message>
        <source>Adopted from the peer-audit result of %1: %2</source>
        <translation>采纳自%1的互查结果：%2</translation>
    </message>
    <message>
        <source>Give a reason for the decision: it is kept in the peer audit&apos;s history for whoever reviews it later.</source>
        <translation>请填写作出该决定的理由：理由将保存在互查历史中，供日后复核者查阅。</translation>
    </message>
    <message>
        <source>Choose a row with at least one finding before deciding.</source>
        <translation>请先选择至少含有一个问题的行，再作决定。</translation>
    </message>
</context>
<context>
    <name>xj::AuditRepository</name>
    <message>
        <source>The inspection round no longer exists.</source>
        <translation>该检查轮次已不存在。</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>%1 (this database)</source>
        <translation>%1（本库）</translation>
    </message>
</context>
<context>
    <name>xj::AuditResultStore</name>
    <message>
        <source>The package has results for the site “%1” (%2), which this database does not have. Register the site (or correct its address) and import the package again.</source>
        <translation>互查包中有网站“%1”（%2）的结果，但本库中没有该网站。请登记该网站（或更正其地址）后重新导入互查包。</translation>
    </message>
    <message>
        <source>The package has results for “%1” and “%2”, which are one site here (“%3”). Ask the team to check the sites and send a new package.</source>
        <translation>互查包中有“%1”和“%2”的结果，而两者在本库中是同一个网站（“%3”）。请检查组核对这些网站后重新发送互查包。</translation>
    </message>
    <message>
        <source>This package was already imported into the round “%1” on %2; it is not imported twice. A corrected result needs a new package from the team.</source>
        <translation>该互查包已于 %2 导入检查轮次“%1”，不会重复导入。如需更正结果，请检查组发送新的互查包。</translation>
    </message>
    <message>
        <source>The round no. %1 to file the package under is not in this database. Choose another round.</source>
        <translation>本库中没有用于归入该互查包的检查轮次（编号 %1）。请另选检查轮次。</translation>
    </message>
    <message>
        <source>This package is the result of round %1 (“%2”), which this database does not have. Import it into the database that made the assignment, or choose the round to file it under.</source>
        <translation>该互查包是检查轮次 %1（“%2”）的结果包，而本库中没有该轮次。请将其导入发出任务包的数据库，或选择要归入的检查轮次。</translation>
    </message>
    <message>
        <source>The package does not say which team made it. Ask the team for a new package.</source>
        <translation>该互查包未注明由哪个检查组生成。请检查组重新发送互查包。</translation>
    </message>
</context>
<context>
    <name>xj::AuditStatisticsBuilder</name>
    <message>
        <source>The inspection round no longer exists.</source>
        <translation>该检查轮次已不存在。</translation>
    </message>
</context>
<context>
    <name>xj::AuditStatisticsXlsxWriter</name>
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
        <source>Team</source>
        <translation>检查组</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>比对对象</translation>
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
        <source>Only the team found</source>
        <translation>仅本组发现</translation>
    </message>
    <message>
        <source>Only the other found</source>
        <translation>仅对方发现</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Only left found</source>
        <translation>仅左方发现</translation>
    </message>
    <message>
        <source>Only right found</source>
        <translation>仅右方发现</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站名称</translation>
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
        <source>Page address</source>
        <translation>页面地址</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>The peer-audit statistics</source>
        <translation>互查一致性统计</translation>
    </message>
    <message>
        <source>copy them from the statistics dialog</source>
        <translation>从统计对话框中复制</translation>
    </message>
    <message>
        <source>Peer-audit agreement: %1</source>
        <translation>互查一致性统计：%1</translation>
    </message>
</context>
<context>
    <name>xj::AvailabilityProbe</name>
    <message>
        <source>available</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>the host name could not be resolved (DNS)</source>
        <translation>域名无法解析（DNS）</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>服务器拒绝连接</translation>
    </message>
    <message>
        <source>the page did not load completely within the time limit</source>
        <translation>页面未能在时限内完整打开</translation>
    </message>
    <message>
        <source>the secure connection (TLS) failed</source>
        <translation>安全连接（TLS）失败</translation>
    </message>
    <message>
        <source>the server answered with an HTTP error</source>
        <translation>服务器返回 HTTP 错误</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未应答即关闭连接</translation>
    </message>
    <message>
        <source>the page redirects too often or in a loop</source>
        <translation>页面跳转次数过多或循环跳转</translation>
    </message>
    <message>
        <source>the address is not a web address (http or https)</source>
        <translation>该地址不是网页地址（http 或 https）</translation>
    </message>
    <message>
        <source>the network request failed</source>
        <translation>网络请求失败</translation>
    </message>
</context>
<context>
    <name>xj::AvailabilityReport</name>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>The home page could not be opened in %1 of %2 probes (%3 %) over %4 days; %5 % or more is a veto (W-V2).</source>
        <translation>%4 天内 %2 次探测中有 %1 次首页无法打开（%3%）；达到 %5% 即单项否决（W-V2）。</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring was insufficient: %n day(s) had fewer than %1 probes.</source>
        <translation>
            <numerusform>监测不足：有 %n 天的探测次数少于 %1 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::CarryForward</name>
    <message>
        <source>The round &quot;%1&quot; names no earlier round to carry open findings forward from; choose a source round first.</source>
        <translation>检查轮次“%1”未指定可从中结转未整改问题的此前轮次；请先选择来源轮次。</translation>
    </message>
    <message>
        <source>Carried forward from round &quot;%1&quot;, finding %2.</source>
        <translation>由轮次“%1”的问题 %2 结转而来。</translation>
    </message>
</context>
<context>
    <name>xj::CheckCatalogue</name>
    <message>
        <source>Commonly miswritten word</source>
        <translation>常见错别字</translation>
    </message>
    <message>
        <source>Misspelt name, title or fixed term</source>
        <translation>姓名、职务或固定表述错误</translation>
    </message>
    <message>
        <source>English spelling</source>
        <translation>英文拼写</translation>
    </message>
    <message>
        <source>Publish date in the future</source>
        <translation>发布日期晚于监测时间点</translation>
    </message>
    <message>
        <source>Dates that disagree</source>
        <translation>日期不一致</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Website identifier code (网站标识码)</source>
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
        <source>Party and government website mark</source>
        <translation>党政机关网站标识</translation>
    </message>
    <message>
        <source>Domain name rules</source>
        <translation>域名规范</translation>
    </message>
    <message>
        <source>Hidden link to another site</source>
        <translation>指向其他网站的暗链</translation>
    </message>
    <message>
        <source>Gambling, porn or spam words</source>
        <translation>涉赌、涉黄及垃圾信息词语</translation>
    </message>
    <message>
        <source>Script, frame or redirect to an unknown site</source>
        <translation>引用未知网站的脚本、框架或跳转</translation>
    </message>
    <message>
        <source>Insecure content on an HTTPS page</source>
        <translation>HTTPS 页面中的混合内容</translation>
    </message>
    <message>
        <source>Typos</source>
        <translation>错别字</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Site identifiers</source>
        <translation>网站标识</translation>
    </message>
    <message>
        <source>Hidden links and hijack</source>
        <translation>暗链与挂马</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Dead link</source>
        <translation>死链</translation>
    </message>
    <message>
        <source>Link to a page that says it does not exist</source>
        <translation>链接指向“页面不存在”的页面</translation>
    </message>
    <message>
        <source>Redirect loop</source>
        <translation>循环跳转</translation>
    </message>
    <message>
        <source>Blank column</source>
        <translation>空白栏目</translation>
    </message>
    <message>
        <source>Column not updated</source>
        <translation>栏目不更新</translation>
    </message>
    <message>
        <source>Home page not updated</source>
        <translation>首页不更新</translation>
    </message>
    <message>
        <source>Message unanswered for over 3 months</source>
        <translation>留言超过 3 个月未回应</translation>
    </message>
    <message>
        <source>Reply later than 5 working days</source>
        <translation>答复超过 5 个工作日</translation>
    </message>
    <message>
        <source>Stock or repeated reply</source>
        <translation>套话或雷同答复</translation>
    </message>
    <message>
        <source>Site unavailable</source>
        <translation>站点无法访问</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Columns and updates</source>
        <translation>栏目与更新</translation>
    </message>
    <message>
        <source>Messages from the public</source>
        <translation>网民留言</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
</context>
<context>
    <name>xj::CheckCommand</name>
    <message>
        <source>Run the automated page checks on a saved HTML page and print the candidates.</source>
        <translation>对已保存的 HTML 页面运行自动检查，并输出候选问题。</translation>
    </message>
    <message>
        <source>The saved page.</source>
        <translation>已保存的页面。</translation>
    </message>
    <message>
        <source>The address the page was saved from (default: the file).</source>
        <translation>页面保存时的来源网址（默认：该文件）。</translation>
    </message>
    <message>
        <source>The inspection date T (default: today).</source>
        <translation>监测时间点 T（默认：今天）。</translation>
    </message>
    <message>
        <source>The site&apos;s 网站标识码 in the registry, to compare with the page.</source>
        <translation>名录中登记的该站点网站标识码，用于与页面进行比对。</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json（默认）或 csv。</translation>
    </message>
    <message>
        <source>A Xunjian data folder: its registry, protected terms and allow-lists are used.</source>
        <translation>巡检数据目录：将使用其中的名录、受保护词语和白名单。</translation>
    </message>
    <message>
        <source>check needs exactly one HTML file.</source>
        <translation>check 命令需要且只能指定一个 HTML 文件。</translation>
    </message>
    <message>
        <source>--format must be json or csv.</source>
        <translation>--format 必须是 json 或 csv。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-20.</source>
        <translation>--date 必须是形如 2026-11-20 的日期。</translation>
    </message>
    <message>
        <source>--url must be a web address such as http://www.example.gov.cn/index.html.</source>
        <translation>--url 必须是形如 http://www.example.gov.cn/index.html 的网址。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; that is not a saved web page.</source>
        <translation>文件大于 %1 MB，不是已保存的网页。</translation>
    </message>
</context>
<context>
    <name>xj::CheckDictionaries</name>
    <message>
        <source>The bundled word lists are missing from this installation. Reinstall Xunjian.</source>
        <translation>本次安装缺少内置词典。请重新安装巡检。</translation>
    </message>
    <message>
        <source>The word list %1 cannot be read: %2</source>
        <translation>无法读取词典 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of the word list %2 needs a wrong and a right form separated by a tab.</source>
        <translation>词典 %2 第 %1 行格式有误：应包含错误写法和正确写法，两者之间用制表符分隔。</translation>
    </message>
</context>
<context>
    <name>xj::Checklist</name>
    <message>
        <source>Veto items</source>
        <translation>单项否决指标</translation>
    </message>
    <message>
        <source>Deduction items</source>
        <translation>扣分指标</translation>
    </message>
    <message>
        <source>Bonus items</source>
        <translation>加分指标</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>paraphrased</source>
        <translation>转述</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>Veto items, then points</source>
        <translation>先单项否决，再计分</translation>
    </message>
    <message>
        <source>Veto items only</source>
        <translation>仅单项否决</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistErrors</name>
    <message>
        <source>The checklist file %1 has a problem in %2: %3</source>
        <translation>检查表文件 %1 在 %2 处有问题：%3</translation>
    </message>
    <message>
        <source>The checklist file %1 cannot be used: %2</source>
        <translation>检查表文件 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>The checklist file %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>检查表文件 %1 第 %2 行第 %3 列不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>JSON parser: %1 (byte offset %2)</source>
        <translation>JSON 解析器：%1（字节偏移量 %2）</translation>
    </message>
    <message>
        <source>a closing curly brace } is missing, or a comma is missing between two fields</source>
        <translation>缺少右花括号 }，或两个字段之间缺少逗号</translation>
    </message>
    <message>
        <source>a colon : is missing after a field name</source>
        <translation>字段名后缺少冒号 :</translation>
    </message>
    <message>
        <source>a closing square bracket ] is missing, or a comma is missing between two entries</source>
        <translation>缺少右方括号 ]，或两个条目之间缺少逗号</translation>
    </message>
    <message>
        <source>a comma is missing between two entries</source>
        <translation>两个条目之间缺少逗号</translation>
    </message>
    <message>
        <source>there is a value that JSON does not allow here, e.g. text without quotes or a comma after the last entry</source>
        <translation>此处有 JSON 不允许的值，例如未加引号的文字，或最后一个条目后多了逗号</translation>
    </message>
    <message>
        <source>a number is written wrongly (use digits and a dot, e.g. 0.5)</source>
        <translation>数字写法有误（请使用数字和小数点，例如 0.5）</translation>
    </message>
    <message>
        <source>a backslash \ starts an escape that JSON does not know; write \\ for a backslash</source>
        <translation>反斜杠 \ 引出了 JSON 无法识别的转义序列；反斜杠本身请写作 \\</translation>
    </message>
    <message>
        <source>the file is not saved as UTF-8; save it again choosing the UTF-8 encoding</source>
        <translation>文件未以 UTF-8 编码保存；请重新保存并选择 UTF-8 编码</translation>
    </message>
    <message>
        <source>a closing quote &quot; is missing</source>
        <translation>缺少右引号 &quot;</translation>
    </message>
    <message>
        <source>the file must start with a curly brace {</source>
        <translation>文件必须以左花括号 { 开头</translation>
    </message>
    <message>
        <source>the file nests too deeply</source>
        <translation>文件嵌套层级过深</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>there is more text after the final closing curly brace }</source>
        <translation>最后的右花括号 } 之后还有多余的文字</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistLibrary</name>
    <message>
        <source>the key “%1” is already used by %2; give this template a key of its own</source>
        <translation>标识“%1”已被 %2 使用；请为此模板另设一个标识</translation>
    </message>
    <message>
        <source>the templates extend each other in a circle (%1), so none of them has a base to start from</source>
        <translation>这些模板相互循环继承（%1），没有一个可作为起点的基础模板</translation>
    </message>
    <message>
        <source>the template “%1” that this one extends has a problem of its own (see %2); correct that file first</source>
        <translation>本模板所继承的模板“%1”自身有问题（见 %2）；请先修正该文件</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistLoader</name>
    <message>
        <source>the file must contain one group of fields in curly braces { … }, not a list</source>
        <translation>文件必须包含一组用花括号 { … } 括起的字段，而不是列表</translation>
    </message>
    <message>
        <source>this field is required but missing; the first line of a template reads &quot;format&quot;: %1,</source>
        <translation>缺少此必填字段；模板的第一行应为 &quot;format&quot;: %1,</translation>
    </message>
    <message>
        <source>must be a whole number such as %1</source>
        <translation>必须是整数，例如 %1</translation>
    </message>
    <message>
        <source>the template is written in format %1, which is newer than this version of Xunjian understands (format %2). Install a newer Xunjian, or ask whoever sent the file for a template in format %2.</source>
        <translation>该模板采用格式 %1，比本版巡检所能识别的格式（格式 %2）更新。请安装新版巡检，或请文件提供方提供格式 %2 的模板。</translation>
    </message>
    <message>
        <source>“%1” may contain only Latin letters, digits, dots, hyphens and underscores, e.g. anhui-2024-website</source>
        <translation>“%1”只能包含英文字母、数字、点、连字符和下划线，例如 anhui-2024-website</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>there is no template with the key “%1” to build on</source>
        <translation>没有标识为“%1”的模板可供继承</translation>
    </message>
    <message>
        <source>there is no template with the key “%1” to build on; the templates available are: %2</source>
        <translation>没有标识为“%1”的模板可供继承；可用的模板有：%2</translation>
    </message>
    <message>
        <source>a template cannot have both extends and based_on; use extends for a local template</source>
        <translation>模板不能同时包含 extends 和 based_on；本地模板请使用 extends</translation>
    </message>
    <message>
        <source>a template for “%1” cannot extend the template “%2”, which is for “%3”</source>
        <translation>适用于“%1”的模板不能继承适用于“%3”的模板“%2”</translation>
    </message>
    <message>
        <source>the area id “%1” is already used by %2</source>
        <translation>分组 id“%1”已被 %2 使用</translation>
    </message>
    <message>
        <source>only a template that extends another one can remove items; add &quot;extends&quot; or delete the items instead</source>
        <translation>只有继承其他模板的模板才能移除指标；请添加 &quot;extends&quot;，或直接删除这些指标</translation>
    </message>
    <message>
        <source>there is no item “%1” in the template “%2” that this one extends</source>
        <translation>本模板所继承的模板“%2”中没有指标“%1”</translation>
    </message>
    <message>
        <source>the item code “%1” is already used by %2; every item needs its own code</source>
        <translation>指标编号“%1”已被 %2 使用；每个指标都须有自己的编号</translation>
    </message>
    <message>
        <source>item %1 is listed under &quot;remove&quot; and changed here; do one or the other</source>
        <translation>指标 %1 既列在 &quot;remove&quot; 中，又在此处被修改；二者只能择其一</translation>
    </message>
</context>
<context>
    <name>xj::ChecklistRepository</name>
    <message>
        <source>The checklist of this round is missing from the database.</source>
        <translation>数据库中缺少本轮检查的检查表。</translation>
    </message>
    <message>
        <source>The checklist of this round has no item %1 for this kind of site.</source>
        <translation>本轮检查表中没有适用于此类站点的指标 %1。</translation>
    </message>
</context>
<context>
    <name>xj::CliApplication</name>
    <message>
        <source>Usage: xunjian-cli COMMAND [OPTIONS]</source>
        <translation>用法：xunjian-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Xunjian (巡检) government website inspection workbench, headless commands.</source>
        <translation>巡检：政府网站检查工作台，命令行（无界面）命令。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;xunjian-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>运行 &apos;xunjian-cli 命令 --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 error, 2 bad usage.</source>
        <translation>退出码：0 完成，1 出错，2 用法错误。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: xunjian-cli %1</source>
        <translation>用法：xunjian-cli %1</translation>
    </message>
</context>
<context>
    <name>xj::CliCommand</name>
    <message>
        <source>Data folder (default: $XUNJIAN_DATA_DIR, then the user&apos;s application data folder).</source>
        <translation>数据目录（默认：$XUNJIAN_DATA_DIR，其次为用户的应用数据目录）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>xj::ColumnAggregator</name>
    <message>
        <source>The column “%1” is blank: its list has no entries.</source>
        <translation>栏目“%1”为空白栏目：列表中没有任何信息。</translation>
    </message>
    <message>
        <source>The column “%1” is blank: its page says “%2”.</source>
        <translation>栏目“%1”为空白栏目：页面显示“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>The column “%1” (%2) was last updated on %3: nothing new within %4 before %5.</source>
        <translation>栏目“%1”（%2）最近更新于 %3，%5 前 %4 内未更新。</translation>
    </message>
    <message>
        <source>No entry of the column “%1” (%2) is dated on or before %3.</source>
        <translation>栏目“%1”（%2）没有发布日期不晚于 %3 的信息。</translation>
    </message>
    <message>
        <source>The home page only links to columns, and no first-level column has an entry dated within %1 before %2.</source>
        <translation>首页仅为栏目导航入口，且 %2 前 %1 内所有一级栏目均无信息更新。</translation>
    </message>
    <message>
        <source>The home page has no entry dated within %1 before %2; its newest is from %3.</source>
        <translation>首页在 %2 前 %1 内无信息更新，最新信息发布于 %3。</translation>
    </message>
    <message>
        <source>The home page has no dated entry on or before %1; undated entries count as not updated.</source>
        <translation>首页没有发布日期不晚于 %1 的信息；未注明发布时间的视为不更新。</translation>
    </message>
    <message>
        <source>“%1” is dated %2, later than the inspection date %3.</source>
        <translation>“%1”的发布日期为 %2，晚于监测时间点 %3。</translation>
    </message>
</context>
<context>
    <name>xj::ColumnClass</name>
    <message>
        <source>News and headlines</source>
        <translation>动态要闻</translation>
    </message>
    <message>
        <source>Notices and policy documents</source>
        <translation>通知公告、政策文件</translation>
    </message>
    <message>
        <source>Personnel and plans</source>
        <translation>人事、规划计划</translation>
    </message>
    <message>
        <source>Other columns to keep updated</source>
        <translation>其他应更新</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>xj::ColumnClassRepository</name>
    <message>
        <source>A column needs its address to remember its class.</source>
        <translation>栏目缺少地址，无法保存其分类。</translation>
    </message>
</context>
<context>
    <name>xj::ColumnClassifier</name>
    <message>
        <source>The column class list %1 cannot be read: %2</source>
        <translation>无法读取栏目分类词表 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of the column class list %2 needs a keyword and one of the classes %3, separated by a tab.</source>
        <translation>栏目分类词表 %2 第 %1 行应为关键词和分类（%3 之一），以制表符分隔。</translation>
    </message>
</context>
<context>
    <name>xj::CompletionRecordBuilder</name>
    <message>
        <source>The trainee is no longer enrolled. Reopen the training.</source>
        <translation>该学员已不在报名名单中。请重新打开培训。</translation>
    </message>
</context>
<context>
    <name>xj::ConfusionCheck</name>
    <message>
        <source>“%1” is a common miswriting of “%2”.</source>
        <translation>“%1”是“%2”的常见错误写法。</translation>
    </message>
</context>
<context>
    <name>xj::CrawlFrontier</name>
    <message>
        <source>The scan&apos;s addresses could not be read.</source>
        <translation>无法读取本次扫描的网址。</translation>
    </message>
    <message>
        <source>The scan&apos;s addresses could not be prepared.</source>
        <translation>无法准备本次扫描的网址表。</translation>
    </message>
    <message>
        <source>The scan could not write to the database.</source>
        <translation>扫描无法写入数据库。</translation>
    </message>
</context>
<context>
    <name>xj::CsvReader</name>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too large for a site registry (more than %2 MB).</source>
        <translation>文件 %1 超过 %2 MB，作为站点名录过大。</translation>
    </message>
    <message>
        <source>Row %1: a cell starts with a quotation mark (&quot;) that is never closed, so the rest of the file would end up in that cell. Check the quotation marks in that row.</source>
        <translation>第 %1 行：某个单元格以引号（&quot;）开头却没有闭合，文件其余内容都会被读入该单元格。请检查该行的引号。</translation>
    </message>
</context>
<context>
    <name>xj::DashboardLoader</name>
    <message>
        <source>checklist of round &quot;%1&quot;</source>
        <translation>检查轮次“%1”的检查表</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未归类</translation>
    </message>
</context>
<context>
    <name>xj::DataDirectory</name>
    <message>
        <source>Cannot create or write the data folder %1. Check that the disk is not full and that you may write there, or choose another folder with --data-dir.</source>
        <translation>无法创建或写入数据目录 %1。请检查磁盘是否已满、是否有写入权限，或用 --data-dir 另选目录。</translation>
    </message>
</context>
<context>
    <name>xj::Database</name>
    <message>
        <source>The database could not run a command.</source>
        <translation>数据库无法执行命令。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened.</source>
        <translation>无法打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a Xunjian database (it is not an SQLite database at all). Choose another data folder; the file was not changed.</source>
        <translation>文件 %1 不是巡检数据库（根本不是 SQLite 数据库）。请另选数据目录；该文件未作改动。</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of Xunjian. Choose another data folder; the file was not changed.</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库，不是巡检的数据库。请另选数据目录；该文件未作改动。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Xunjian (schema version %1; this program knows up to %2). Install the newer version to open it. The database was not changed.</source>
        <translation>此数据库由更新版本的巡检写入（结构版本 %1；本程序最高支持 %2）。请安装新版本后再打开。数据库未作改动。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened. Check that the folder is writable.</source>
        <translation>无法打开数据库 %1。请检查该目录是否可写。</translation>
    </message>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>数据库升级失败。</translation>
    </message>
    <message>
        <source>The database could not be upgraded to schema version %1 (%2). It was left as it was.</source>
        <translation>数据库未能升级到结构版本 %1（%2），已保持原状。</translation>
    </message>
</context>
<context>
    <name>xj::DateConsistencyCheck</name>
    <message>
        <source>The publish date %1 shown on the page differs from the date %2 in its meta tag &quot;%3&quot;.</source>
        <translation>页面显示的发布日期 %1 与 meta 标签“%3”中的日期 %2 不一致。</translation>
    </message>
    <message>
        <source>The publish date %1 shown on the page differs from the date %2 in the page&apos;s address.</source>
        <translation>页面显示的发布日期 %1 与页面网址中的日期 %2 不一致。</translation>
    </message>
    <message>
        <source>The list date %1 differs from the date %2 in the address of its link.</source>
        <translation>列表中的日期 %1 与其链接网址中的日期 %2 不一致。</translation>
    </message>
</context>
<context>
    <name>xj::DemoAnswerKey</name>
    <message>
        <source>This is not the answer key of a demo site.</source>
        <translation>这不是演示网站的答案文件。</translation>
    </message>
    <message>
        <source>The answer key was written by a newer version of Xunjian.</source>
        <translation>该答案文件由更新版本的巡检写入。</translation>
    </message>
    <message>
        <source>Format version %1</source>
        <translation>格式版本 %1</translation>
    </message>
    <message>
        <source>Cannot read the answer key %1.</source>
        <translation>无法读取答案文件 %1。</translation>
    </message>
    <message>
        <source>The answer key %1 is damaged.</source>
        <translation>答案文件 %1 已损坏。</translation>
    </message>
</context>
<context>
    <name>xj::DemoCorpus</name>
    <message>
        <source>The demo site text is missing from this build.</source>
        <translation>本版本程序中缺少演示网站文本。</translation>
    </message>
    <message>
        <source>The demo site text cannot be read.</source>
        <translation>无法读取演示网站文本。</translation>
    </message>
    <message>
        <source>The demo site text is incomplete.</source>
        <translation>演示网站文本不完整。</translation>
    </message>
</context>
<context>
    <name>xj::DemoExerciseBuilder</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Practice site (seed %1, categories %2)</source>
        <translation>练习网站（种子 %1，问题类别 %2）</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty or a new folder for the exercise.</source>
        <translation>目录 %1 不为空。请为练习选择空目录或新目录。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that you may write there.</source>
        <translation>无法创建目录 %1。请检查是否有写入权限。</translation>
    </message>
    <message>
        <source>The chosen categories planted no problem on a site of this size. Choose other categories or more article pages.</source>
        <translation>在此规模的网站上，所选问题类别未预置任何问题。请选择其他问题类别或增加文章页数量。</translation>
    </message>
</context>
<context>
    <name>xj::DemoPreviousRound</name>
    <message>
        <source>%1 Q%2 quarterly check (demo)</source>
        <translation>%1年第%2季度检查（演示）</translation>
    </message>
    <message>
        <source>City e-government office, inspection team 1</source>
        <translation>市电子政务办公室第一检查组</translation>
    </message>
    <message>
        <source>A first-level column not updated for more than six months.</source>
        <translation>有一级栏目超过 6 个月未更新。</translation>
    </message>
    <message>
        <source>The page shows the text on purpose.</source>
        <translation>页面系有意显示该文字，不属于问题。</translation>
    </message>
    <message>
        <source>Rectification notice %1</source>
        <translation>整改通知书 %1</translation>
    </message>
    <message>
        <source>The link now opens the right page.</source>
        <translation>该链接现已能打开正确的页面。</translation>
    </message>
    <message>
        <source>The column still shows nothing newer than six months.</source>
        <translation>该栏目仍无近 6 个月内的信息。</translation>
    </message>
</context>
<context>
    <name>xj::DemoSiteCommand</name>
    <message>
        <source>Write a demo county website with planted problems and an answer key.</source>
        <translation>生成一个预置问题的县级演示网站及其答案文件。</translation>
    </message>
    <message>
        <source>Folder to write the site to (must be new, empty, or an earlier demo site).</source>
        <translation>写入网站的目录（须为新建目录、空目录或此前生成的演示网站目录）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same site (default 1).</source>
        <translation>随机种子；相同的种子生成相同的网站（默认 1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of article pages, %1 to %2 (default 120).</source>
        <translation>文章页数量，%1 至 %2（默认 120）。</translation>
    </message>
    <message>
        <source>Write the site without any planted problem.</source>
        <translation>生成不含任何预置问题的网站。</translation>
    </message>
    <message>
        <source>Inspection date the site&apos;s dates are measured against (default: the current date).</source>
        <translation>网站中各日期所对照的监测时间点（默认：当前日期）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Missing --out DIR: the folder to write the site to.</source>
        <translation>缺少 --out 参数：请指定写入网站的目录。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed 必须是 0 至 18446744073709551615 之间的整数。</translation>
    </message>
    <message>
        <source>--pages must be a number from %1 to %2.</source>
        <translation>--pages 必须是 %1 至 %2 之间的数字。</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD.</source>
        <translation>--today 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Wrote the demo site %1 to %2</source>
        <translation>已将演示网站 %1 写入 %2</translation>
    </message>
    <message>
        <source>  %1 pages, %2 files, seed %3, today %4</source>
        <translation>  %1 个页面，%2 个文件，种子 %3，基准日期 %4</translation>
    </message>
    <message>
        <source>  clean site: no planted problems</source>
        <translation>  无问题网站：未预置任何问题</translation>
    </message>
    <message>
        <source>  %1 planted problems, listed in %2</source>
        <translation>  预置问题 %1 个，清单见 %2</translation>
    </message>
</context>
<context>
    <name>xj::DemoSiteGenerator</name>
    <message>
        <source>The demo site needs an inspection date (today).</source>
        <translation>生成演示网站需要指定监测时间点（today）。</translation>
    </message>
    <message>
        <source>The number of article pages must be between %1 and %2.</source>
        <translation>文章页数量必须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>The demo site needs a county name and a list page size between 5 and 100.</source>
        <translation>生成演示网站需要县名，且列表页每页条数须在 5 至 100 之间。</translation>
    </message>
    <message>
        <source>The demo site could not be rendered.</source>
        <translation>演示网站页面生成失败。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and does not hold a demo site. Choose an empty or a new folder.</source>
        <translation>目录 %1 不为空，且不是演示网站目录。请选择空目录或新目录。</translation>
    </message>
    <message>
        <source>Cannot replace the earlier demo site in %1.</source>
        <translation>无法替换 %1 中此前生成的演示网站。</translation>
    </message>
    <message>
        <source>Cannot write the demo site file %1. Check that the disk is not full.</source>
        <translation>无法写入演示网站文件 %1。请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The site identifier code must have 10 digits (or bm and 8 digits) and the public security record number 14 digits.</source>
        <translation>网站标识码应为 10 位数字（或 bm 加 8 位数字），公安备案号应为 14 位数字。</translation>
    </message>
    <message>
        <source>The demo site cannot plant problems of the category &quot;%1&quot;. Choose among: %2.</source>
        <translation>演示网站无法预置“%1”类别的问题。请从以下类别中选择：%2。</translation>
    </message>
</context>
<context>
    <name>xj::DemoSiteHost</name>
    <message>
        <source>The demo site folder %1 is missing. Delete the data folder&apos;s database to create the demo again, or use another data folder.</source>
        <translation>演示网站目录 %1 不存在。请删除数据目录中的数据库以重新创建演示数据，或改用其他数据目录。</translation>
    </message>
</context>
<context>
    <name>xj::DemoSiteManifest</name>
    <message>
        <source>This is not the manifest of a demo site.</source>
        <translation>这不是演示网站的清单文件。</translation>
    </message>
    <message>
        <source>The demo site was written by a newer version of Xunjian.</source>
        <translation>该演示网站由更新版本的巡检生成。</translation>
    </message>
    <message>
        <source>Format version %1</source>
        <translation>格式版本 %1</translation>
    </message>
    <message>
        <source>Cannot read the demo site manifest %1.</source>
        <translation>无法读取演示网站清单文件 %1。</translation>
    </message>
    <message>
        <source>The demo site manifest %1 is damaged.</source>
        <translation>演示网站清单文件 %1 已损坏。</translation>
    </message>
</context>
<context>
    <name>xj::DemoWorkspace</name>
    <message numerus="yes">
        <source>This data folder already holds %n site(s). The demo is only created in an empty data folder; choose another folder with --data-dir.</source>
        <translation>
            <numerusform>此数据目录中已有 %n 个站点。演示数据只能在空的数据目录中创建；请用 --data-dir 另选目录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The national checklists are missing from this program; reinstall Xunjian.</source>
        <translation>本程序缺少国家指标检查表，请重新安装巡检。</translation>
    </message>
    <message>
        <source>Demo site generated by Xunjian (seed %1).</source>
        <translation>由巡检生成的演示网站（种子 %1）。</translation>
    </message>
    <message>
        <source>%1 Q%2 quarterly check (demo)</source>
        <translation>%1年第%2季度检查（演示）</translation>
    </message>
    <message>
        <source>City e-government office, inspection team 1</source>
        <translation>市电子政务办公室第一检查组</translation>
    </message>
    <message>
        <source>Reachable throughout the monitoring week.</source>
        <translation>监测周内均可正常访问。</translation>
    </message>
    <message>
        <source>Home page news updated within the last two weeks.</source>
        <translation>首页动态信息近两周内有更新。</translation>
    </message>
    <message>
        <source>Dead links on the home page and in articles.</source>
        <translation>首页及文章页存在死链接。</translation>
    </message>
    <message>
        <source>Posts within the last two weeks.</source>
        <translation>近两周内有信息发布。</translation>
    </message>
    <message>
        <source>The public security record number is missing in the message board.</source>
        <translation>互动交流栏目页面缺少公安备案号。</translation>
    </message>
</context>
<context>
    <name>xj::DictionaryRepository</name>
    <message>
        <source>Enter the word or name for the list entry.</source>
        <translation>请填写该词条的词语或名称。</translation>
    </message>
    <message>
        <source>The list entry could not be read back after saving.</source>
        <translation>词条保存后无法读回。</translation>
    </message>
</context>
<context>
    <name>xj::DocumentStyle</name>
    <message>
        <source>The document style %1 cannot be read. Check its permissions or remove it to use the built-in style.</source>
        <translation>无法读取文档样式文件 %1。请检查文件权限，或删除该文件以使用内置样式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the font class &quot;%2&quot;, which the style does not define.</source>
        <translation>“%1”使用了字体类别“%2”，但样式中没有定义该类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a font size of %2 pt; use a size between 4 and 96.</source>
        <translation>“%1”的字号为 %2 磅；请使用 4 到 96 磅之间的字号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a colour that is not a colour such as #d40000.</source>
        <translation>“%1”的颜色无效，请写成 #d40000 这样的形式。</translation>
    </message>
    <message>
        <source>The document style %1 is not valid JSON. Fix the file or remove it to use the built-in style.</source>
        <translation>文档样式文件 %1 不是有效的 JSON。请修正文件，或删除它以使用内置样式。</translation>
    </message>
    <message>
        <source>The page and margins in %1 leave less than 5 cm for the text. Check &quot;page&quot;.</source>
        <translation>%1 中的页面和页边距留给正文的宽度或高度不足 5 厘米，请检查“page”一节。</translation>
    </message>
    <message>
        <source>The font class &quot;%1&quot; in %2 lists no font families.</source>
        <translation>%2 中的字体类别“%1”没有列出任何字体。</translation>
    </message>
    <message>
        <source>The document style %1 does not define the text style &quot;%2&quot;.</source>
        <translation>文档样式 %1 没有定义文字样式“%2”。</translation>
    </message>
    <message>
        <source>The page number format in %1 must contain %2 where the number goes.</source>
        <translation>%1 中的页码格式必须在页码的位置写 %2。</translation>
    </message>
</context>
<context>
    <name>xj::DocxReportWriter</name>
    <message>
        <source>%1 is a folder. Choose a file name for the Word file.</source>
        <translation>%1 是一个文件夹，请为 Word 文件指定文件名。</translation>
    </message>
    <message>
        <source>The Word file %1 cannot be created. Check that the folder exists and that you may write to it.</source>
        <translation>无法创建 Word 文件 %1。请检查文件夹是否存在、是否有写入权限。</translation>
    </message>
    <message>
        <source>Writing the Word file %1 failed. Check the free disk space and try again.</source>
        <translation>写入 Word 文件 %1 失败。请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <source>The Word file %1 exists and cannot be replaced. Close it in Word or WPS, or choose another name, and export again.</source>
        <translation>Word 文件 %1 已存在且无法替换。请在 Word 或 WPS 中关闭该文件，或换一个文件名，再重新导出。</translation>
    </message>
    <message>
        <source>The Word file %1 cannot be created. Check that you may write to its folder.</source>
        <translation>无法创建 Word 文件 %1。请检查是否有该文件夹的写入权限。</translation>
    </message>
</context>
<context>
    <name>xj::DomainRuleCheck</name>
    <message>
        <source>The host %1 does not end with .gov.cn or .政务: government websites must use a .gov.cn domain (or a .政务 Chinese domain), no other suffix.</source>
        <translation>主机名 %1 不以 .gov.cn 或 .政务 结尾：政府网站必须使用 .gov.cn 域名（或 .政务 中文域名），不得使用其他后缀。</translation>
    </message>
    <message>
        <source>The page is on %1, outside the site&apos;s registered host %2, and that host does not end with .gov.cn or .政务. If the site serves this page as its own, it breaks the domain rule.</source>
        <translation>该页面位于 %1，不在本站点登记的主机名 %2 下，且该主机名不以 .gov.cn 或 .政务 结尾。如本站点将此页面作为本站页面提供，则不符合域名规范。</translation>
    </message>
    <message>
        <source>The portal&apos;s host %1 is not of the form www.&lt;name&gt;.gov.cn that government portals use.</source>
        <translation>门户网站的主机名 %1 不符合政府门户网站应采用的 www.&lt;名称&gt;.gov.cn 形式。</translation>
    </message>
    <message>
        <source>The department site&apos;s host %1 is not a sub-domain of its portal&apos;s domain %2 (it should look like name.%2).</source>
        <translation>部门网站的主机名 %1 不是其门户网站域名 %2 的下级域名（应为“名称.%2”的形式）。</translation>
    </message>
</context>
<context>
    <name>xj::DuplicateFinder</name>
    <message>
        <source>the same site identifier code %1</source>
        <translation>网站标识码同为 %1</translation>
    </message>
    <message>
        <source>the same address %1</source>
        <translation>网址同为 %1</translation>
    </message>
    <message>
        <source>the same account %1 on %2</source>
        <translation>同为 %2 上的账号 %1</translation>
    </message>
    <message>
        <source>Row %1 repeats row %2: both have %3. Keep only one of them.</source>
        <translation>第 %1 行与第 %2 行重复：二者%3。请只保留其中一行。</translation>
    </message>
    <message>
        <source>Row %1: this site is already registered: it has %2.</source>
        <translation>第 %1 行：该站点已登记，%2。</translation>
    </message>
</context>
<context>
    <name>xj::EnglishSpellingCheck</name>
    <message>
        <source>“%1” is not an English word in the dictionary.</source>
        <translation>“%1”不是词典中的英文单词。</translation>
    </message>
    <message>
        <source>“%1” is not an English word in the dictionary; did you mean %2?</source>
        <translation>“%1”不是词典中的英文单词；是否应为 %2？</translation>
    </message>
</context>
<context>
    <name>xj::EscalationApplier</name>
    <message>
        <source>No one can be enrolled in the training for %1: the registry names no person in charge. Fill in the person in charge in the registry (Sites ▸ Edit site…), or untick &quot;Enroll&quot; for that site, then apply again. Nothing was saved.</source>
        <translation>无法为 %1 安排人员参加脱岗跟班学习：名录中未登记负责人。请在名录中填写负责人（站点 ▸ 编辑站点…），或取消该网站的“参加脱岗跟班学习”勾选，然后重新应用。未保存任何内容。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose the day the training starts, then apply again. Nothing was saved.</source>
        <translation>请选择脱岗跟班学习的开始日期，然后重新应用。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>xj::EscalationRepository</name>
    <message>
        <source>The escalation decision was saved but cannot be read back. Try again.</source>
        <translation>通报与问责决定保存后无法读回，请重试。</translation>
    </message>
</context>
<context>
    <name>xj::Evidence</name>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Annotated screenshot</source>
        <translation>标注截图</translation>
    </message>
    <message>
        <source>Archived page</source>
        <translation>存档页面</translation>
    </message>
    <message>
        <source>Attached picture</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Visible area</source>
        <translation>可见区域</translation>
    </message>
    <message>
        <source>Full page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>附加文件</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceRecorder</name>
    <message>
        <source>The screenshot is empty, so there is nothing to save. Capture it again.</source>
        <translation>截图为空，没有可保存的内容。请重新截图。</translation>
    </message>
    <message>
        <source>Cannot encode the screenshot as PNG. Try capturing a smaller area.</source>
        <translation>无法将截图编码为 PNG。请尝试截取较小的区域。</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceRepository</name>
    <message>
        <source>Evidence belongs to exactly one finding or one new-media account record; choose one.</source>
        <translation>证据只能属于一个问题或一条政务新媒体账号记录，请选择其一。</translation>
    </message>
    <message>
        <source>The evidence file was not stored before its record was written; record evidence through the evidence recorder.</source>
        <translation>证据文件在写入记录之前未保存；请通过证据记录功能保存证据。</translation>
    </message>
    <message>
        <source>The evidence no longer exists. It may have been deleted; reload the list.</source>
        <translation>该证据已不存在，可能已被删除；请刷新列表。</translation>
    </message>
</context>
<context>
    <name>xj::EvidenceStore</name>
    <message>
        <source>Cannot read the evidence file %1. Check that the data folder is readable.</source>
        <translation>无法读取证据文件 %1。请检查数据目录是否可读。</translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1 to the end. Check the disk for errors.</source>
        <translation>无法完整读取证据文件 %1。请检查磁盘是否有错误。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the file type of evidence: use 1 to 8 lower-case letters or digits, such as png or mhtml.</source>
        <translation>“%1”不能用作证据的文件类型：请使用 1 至 8 个小写字母或数字，如 png 或 mhtml。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the SHA-256 of an evidence file; the evidence record may be damaged. Run the integrity check.</source>
        <translation>“%1”不是证据文件的 SHA-256，证据记录可能已损坏。请运行完整性校验。</translation>
    </message>
    <message>
        <source>Cannot create the evidence folder %1. Check that the data folder is writable and the disk is not full.</source>
        <translation>无法创建证据目录 %1。请检查数据目录是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>Cannot write the evidence file %1. Check that the data folder is writable.</source>
        <translation>无法写入证据文件 %1。请检查数据目录是否可写。</translation>
    </message>
    <message>
        <source>Cannot save the evidence file %1. Check that the disk is not full.</source>
        <translation>无法保存证据文件 %1。请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from the data folder. Restore the data folder from a backup, or run the integrity check to see what else is affected.</source>
        <translation>数据目录中缺少证据文件 %1。请从备份恢复数据目录，或运行完整性校验查看还有哪些文件受影响。</translation>
    </message>
    <message>
        <source>The evidence file %1 has been changed since it was recorded, so it can no longer serve as evidence. Restore it from a backup.</source>
        <translation>证据文件 %1 在记录后被改动过，已不能作为证据。请从备份恢复。</translation>
    </message>
    <message>
        <source>SHA-256 now %1</source>
        <translation>当前 SHA-256 为 %1</translation>
    </message>
    <message>
        <source>Cannot remove the unused evidence file %1.</source>
        <translation>无法删除未使用的证据文件 %1。</translation>
    </message>
</context>
<context>
    <name>xj::Exercise</name>
    <message>
        <source>Generated practice site</source>
        <translation>生成的练习网站</translation>
    </message>
    <message>
        <source>Real inspection</source>
        <translation>实际检查</translation>
    </message>
    <message>
        <source>This is not a Xunjian exercise: its version mark is missing.</source>
        <translation>这不是巡检练习：缺少版本标记。</translation>
    </message>
    <message>
        <source>The exercise was made by a newer Xunjian: update Xunjian to open it.</source>
        <translation>该练习由更新版本的巡检制作。请更新巡检后再打开。</translation>
    </message>
    <message>
        <source>The exercise has no identifier. Ask the instructor for a new copy.</source>
        <translation>该练习没有标识。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise names an unknown source &quot;%1&quot;. Update Xunjian.</source>
        <translation>该练习注明的来源“%1”无法识别。请更新巡检。</translation>
    </message>
    <message>
        <source>The exercise&apos;s seed &quot;%1&quot; is not a number. Ask the instructor for a new copy.</source>
        <translation>该练习的种子“%1”不是数字。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>Answer key entry %1 has no identifier. Ask the instructor for a new copy.</source>
        <translation>答案条目%1没有标识。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>Answer key entry %1 names no checklist item. Ask the instructor for a new copy.</source>
        <translation>答案条目%1未注明检查指标。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>Answer key entry %1 names no page. Ask the instructor for a new copy.</source>
        <translation>答案条目%1未注明页面。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>Answer key entry %1 names a picture outside the exercise. Ask the instructor for a new copy.</source>
        <translation>答案条目%1引用了练习以外的图片。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>Answer key entry %1 appears twice. Ask the instructor for a new copy.</source>
        <translation>答案条目%1重复出现。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise in %1 cannot be read. Check that the folder still exists.</source>
        <translation>无法读取 %1 中的练习。请检查该目录是否仍然存在。</translation>
    </message>
    <message>
        <source>The exercise file %1 is damaged. Ask the instructor for a new copy.</source>
        <translation>练习文件 %1 已损坏。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise cannot be saved in %1. Check that you may write to the folder.</source>
        <translation>无法将练习保存到 %1。请检查是否有该目录的写入权限。</translation>
    </message>
    <message>
        <source>The exercise could not be saved in %1. Check the free disk space.</source>
        <translation>练习未能保存到 %1。请检查磁盘剩余空间。</translation>
    </message>
</context>
<context>
    <name>xj::ExerciseLibrary</name>
    <message>
        <source>The exercise could not be put into the library folder %1. Check that the data folder is writable and has free space, then try again.</source>
        <translation>无法将练习放入练习库目录 %1。请检查数据目录是否可写、是否有剩余空间，然后重试。</translation>
    </message>
</context>
<context>
    <name>xj::ExercisePackage</name>
    <message>
        <source>The exercise file is damaged or was changed after it was exported (%1). Ask the instructor for a new copy.</source>
        <translation>练习文件已损坏，或在导出后被改动（%1）。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise file contains an entry that could write outside the exercise folder or point elsewhere (%1), so it was not imported. Ask the instructor for a new copy.</source>
        <translation>练习文件中有条目可能写到练习目录以外或指向其他位置（%1），因此未导入。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise file contains a file that unpacks to more than %1 (%2), more than any exercise needs, so it was not imported. Ask the instructor for a new copy.</source>
        <translation>练习文件中有文件解压后超过 %1（%2），超出任何练习的需要，因此未导入。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise cannot be unpacked into %1. Check the free disk space and that you may write to the folder.</source>
        <translation>无法将练习解压到 %1。请检查磁盘剩余空间以及是否有该目录的写入权限。</translation>
    </message>
    <message>
        <source>The exercise cannot be exported: %1 is a link or a special file. Replace it with an ordinary file and export again.</source>
        <translation>无法导出练习：%1 是链接或特殊文件。请将其替换为普通文件后重新导出。</translation>
    </message>
    <message>
        <source>The exercise cannot be exported: the file name %1 cannot be carried in an exercise file. Rename the file and export again.</source>
        <translation>无法导出练习：文件名 %1 无法存入练习文件。请重命名该文件后重新导出。</translation>
    </message>
    <message>
        <source>The exercise cannot be exported: %1 is missing from its folder. Make the exercise again.</source>
        <translation>无法导出练习：目录中缺少 %1。请重新制作练习。</translation>
    </message>
    <message>
        <source>The exercise has more than %1 files, more than an exercise file may carry. Remove pages from the site and export again.</source>
        <translation>该练习的文件超过 %1 个，超出练习文件的容纳上限。请从网站中删除部分页面后重新导出。</translation>
    </message>
    <message>
        <source>The file %1 cannot be created. Check that the folder exists and you may write to it.</source>
        <translation>无法创建文件 %1。请检查目录是否存在、是否有写入权限。</translation>
    </message>
    <message>
        <source>The file %1 of the exercise cannot be read.</source>
        <translation>无法读取练习中的文件 %1。</translation>
    </message>
    <message>
        <source>The exercise cannot be exported: %1 is larger than %2. Remove it or make it smaller and export again.</source>
        <translation>无法导出练习：%1 大于 %2。请删除该文件或减小其大小后重新导出。</translation>
    </message>
    <message>
        <source>The exercise cannot be exported: its files add up to more than %1. Remove pages or pictures and export again.</source>
        <translation>无法导出练习：文件总大小超过 %1。请删除部分页面或图片后重新导出。</translation>
    </message>
    <message>
        <source>The exercise file %1 cannot be written. Check that it is not open in another program and that you may write to the folder.</source>
        <translation>无法写入练习文件 %1。请检查该文件是否已在其他程序中打开，以及是否有该目录的写入权限。</translation>
    </message>
    <message>
        <source>%1 is not an exercise file (.%2), or it is damaged. Choose the file the instructor gave you.</source>
        <translation>%1 不是练习文件（.%2），或已损坏。请选择带教人提供的文件。</translation>
    </message>
    <message>
        <source>The exercise file holds more than %1 files, more than any exercise has, so it was not imported. Ask the instructor for a new copy.</source>
        <translation>练习文件包含的文件超过 %1 个，超出任何练习的文件数，因此未导入。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise file unpacks to more than %1, more than any exercise needs, so it was not imported. Ask the instructor for a new copy.</source>
        <translation>练习文件解压后超过 %1，超出任何练习的需要，因此未导入。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The file is not an exercise exported by Xunjian, or it is damaged: its list of files (%1) is missing. Ask the instructor for a new copy.</source>
        <translation>该文件不是巡检导出的练习，或已损坏：缺少文件清单（%1）。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise file was made by a newer Xunjian: update Xunjian to import it.</source>
        <translation>该练习文件由更新版本的巡检制作。请更新巡检后再导入。</translation>
    </message>
    <message>
        <source>The exercise file contains a file that was not in it when it was exported (%1), so it was not imported. Ask the instructor for a new copy.</source>
        <translation>练习文件中有导出时不存在的文件（%1），因此未导入。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise &quot;%1&quot; is already imported. To import it again, delete it from the list of exercises first.</source>
        <translation>练习“%1”已导入。如需重新导入，请先从练习列表中删除。</translation>
    </message>
</context>
<context>
    <name>xj::Export</name>
    <message>
        <source>Rectification notices</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Round report</source>
        <translation>检查情况通报</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word（.docx）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel（.xlsx）</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Public results</source>
        <translation>检查结果公示</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>网页 (.html)</translation>
    </message>
</context>
<context>
    <name>xj::ExportCommand</name>
    <message>
        <source>The round&apos;s id (see `rounds`).</source>
        <translation>检查轮次编号（见 `rounds` 命令）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The folder to write into (created when missing).</source>
        <translation>写入的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Only these sites: ids separated by commas.</source>
        <translation>只导出这些站点：以逗号分隔的站点编号。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Notices: do not pack them into a zip as well.</source>
        <translation>整改通知书：不另外打包成 zip。</translation>
    </message>
    <message>
        <source>Problem list: one sheet for the round, not one per site.</source>
        <translation>问题清单：全轮一个工作表，而不是每个站点一个。</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options.</source>
        <translation>export 命令除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>Give the round with --round ID (`xunjian-cli rounds` lists them).</source>
        <translation>请用 --round 编号 指定检查轮次（`xunjian-cli rounds` 可列出轮次）。</translation>
    </message>
    <message>
        <source>Give the folder to write into with --out FOLDER.</source>
        <translation>请用 --out 文件夹 指定写入的文件夹。</translation>
    </message>
    <message>
        <source>--sites takes site ids separated by commas, such as 1,4,7.</source>
        <translation>--sites 需要以逗号分隔的站点编号，例如 1,4,7。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-27.</source>
        <translation>--date 必须是日期，例如 2026-11-27。</translation>
    </message>
    <message>
        <source>There is no round %1 in this data folder; `xunjian-cli rounds` lists them.</source>
        <translation>此数据目录中没有编号为 %1 的检查轮次；`xunjian-cli rounds` 可列出轮次。</translation>
    </message>
    <message>
        <source>%1 of %2 written: %3</source>
        <translation>已写出第 %1 份，共 %2 份：%3</translation>
    </message>
    <message>
        <source>Export a round&apos;s rectification notices, problem list, round report or public results (PDF, Word, Excel, CSV, HTML).</source>
        <translation>导出检查轮次的整改通知书、问题清单、检查情况通报或检查结果公示（PDF、Word、Excel、CSV、HTML）。</translation>
    </message>
    <message>
        <source>notices, problems, report or public (the public results for the portal).</source>
        <translation>notices、problems、report 或 public（public 为在门户网站发布的检查结果公示）。</translation>
    </message>
    <message>
        <source>pdf or docx for notices and the report; xlsx or csv for the problem list; html or xlsx for the public results.</source>
        <translation>整改通知书和通报用 pdf 或 docx；问题清单用 xlsx 或 csv；检查结果公示用 html 或 xlsx。</translation>
    </message>
    <message>
        <source>The notice, report or publication date (default: today).</source>
        <translation>整改通知书和通报的发文日期或检查结果公示的公示日期（默认：今天）。</translation>
    </message>
    <message>
        <source>--what must be notices, problems, report or public.</source>
        <translation>--what 必须是 notices、problems、report 或 public。</translation>
    </message>
    <message>
        <source>--format %1 does not fit --what %2: use pdf or docx for notices and the report, xlsx or csv for problems, html or xlsx for public.</source>
        <translation>--format %1 与 --what %2 不匹配：notices 和 report 请用 pdf 或 docx，problems 请用 xlsx 或 csv，public 请用 html 或 xlsx。</translation>
    </message>
</context>
<context>
    <name>xj::ExportPlanner</name>
    <message>
        <source>No site of &quot;%1&quot; has problems to rectify, so there is no notice to export. Confirm the findings first.</source>
        <translation>“%1”中没有需要整改问题的站点，因此没有可导出的整改通知书。请先确认问题。</translation>
    </message>
    <message>
        <source>This site is not part of the round.</source>
        <translation>该站点不属于此检查轮次。</translation>
    </message>
    <message>
        <source>Rectification notice %1</source>
        <translation>整改通知书 %1</translation>
    </message>
    <message>
        <source>%1 cannot be exported as %2. Choose PDF or Word for notices and the round report, Excel or CSV for the problem list, a web page or Excel for the public results.</source>
        <translation>%1 不能导出为 %2。整改通知书和检查情况通报请选择 PDF 或 Word，问题清单请选择 Excel 或 CSV，检查结果公示请选择网页或 Excel。</translation>
    </message>
</context>
<context>
    <name>xj::ExportRunner</name>
    <message>
        <source>The export was cancelled. No files were kept.</source>
        <translation>导出已取消，已写出的文件均已删除。</translation>
    </message>
    <message>
        <source>Notices and reports are written as PDF or Word documents.</source>
        <translation>整改通知书和通报只能导出为 PDF 或 Word 文档。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write to.</source>
        <translation>无法创建文件夹 %1。请选择有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>xj::Fetcher</name>
    <message>
        <source>The whole response did not arrive within %1 s.</source>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内没有应答。</translation>
    </message>
    <message>
        <source>Larger than %1 MB.</source>
        <translation>超过 %1 MB。</translation>
    </message>
    <message>
        <source>The redirect leads back to %1.</source>
        <translation>跳转又回到 %1。</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>跳转超过 %1 次。</translation>
    </message>
    <message>
        <source>The redirect points to an address that cannot be fetched: %1</source>
        <translation>跳转目标无法访问：%1</translation>
    </message>
</context>
<context>
    <name>xj::Finding</name>
    <message>
        <source>Veto</source>
        <translation>单项否决</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>已反馈</translation>
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
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
</context>
<context>
    <name>xj::FindingHistoryRepository</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查指标</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>页面地址</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>结转</translation>
    </message>
    <message>
        <source>Unit feedback</source>
        <translation>单位反馈</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Adopted from a peer audit</source>
        <translation>采纳自互查</translation>
    </message>
</context>
<context>
    <name>xj::FindingLifecycle</name>
    <message>
        <source>The finding is already &quot;%1&quot;.</source>
        <translation>该问题已处于“%1”状态。</translation>
    </message>
    <message>
        <source>Same change on the later round&apos;s finding #%1</source>
        <translation>随后续轮次的问题 #%1 同步变更</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist. Choose the file again.</source>
        <translation>附件 %1 不存在。请重新选择文件。</translation>
    </message>
    <message>
        <source>The attachment %1 is a folder, not a file. Choose the files inside it.</source>
        <translation>附件 %1 是文件夹而不是文件。请选择其中的文件。</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MB. Ask the unit for a smaller file or a screenshot of the relevant part.</source>
        <translation>附件 %1 大于 %2 MB。请单位提供较小的文件或相关部分的截图。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read. Check that it is not open in another program and that you may read it.</source>
        <translation>无法读取附件 %1。请检查该文件是否已在其他程序中打开、是否有读取权限。</translation>
    </message>
    <message>
        <source>Enter what the unit answered or attach the files it sent.</source>
        <translation>请填写单位的答复内容，或附加单位发来的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback received on %1</source>
        <translation>%1 收到反馈</translation>
    </message>
</context>
<context>
    <name>xj::FindingRepository</name>
    <message>
        <source>Describe the problem before saving the finding.</source>
        <translation>保存问题前，请先填写问题描述。</translation>
    </message>
    <message>
        <source>A finding belongs to a site and an inspection round; choose both.</source>
        <translation>问题须归属于某个站点和某个检查轮次，请同时选择二者。</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>该问题已不存在。</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>问题 %1</translation>
    </message>
</context>
<context>
    <name>xj::FindingStateMachine</name>
    <message>
        <source>Only a confirmed finding can be notified; this one is &quot;%1&quot;.</source>
        <translation>只有“已确认”的问题才能转为“已通知”；该问题当前为“%1”。</translation>
    </message>
    <message>
        <source>A finding is re-checked after the unit was notified; this one is &quot;%1&quot;.</source>
        <translation>问题须在通知单位后才能复查；该问题当前为“%1”。</translation>
    </message>
    <message>
        <source>Feedback is recorded for a notified finding; this one is &quot;%1&quot;.</source>
        <translation>只能为“已通知”的问题登记反馈；该问题当前为“%1”。</translation>
    </message>
    <message>
        <source>A finding that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>处于“%1”状态的问题不能变为“%2”。</translation>
    </message>
    <message>
        <source>A finding that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</source>
        <translation>处于“%1”状态的问题不能变为“%2”；可变为：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>xj::ForeignScriptCheck</name>
    <message>
        <source>A script from %1, which is not on this site&apos;s allow-list, is loaded.</source>
        <translation>页面加载了来自 %1 的脚本，该来源不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>A hidden frame (%1) shows a page from %2, which is not on this site&apos;s allow-list.</source>
        <translation>隐藏框架（%1）中显示了来自 %2 的页面，该来源不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>A frame shows a page from %1, which is not on this site&apos;s allow-list.</source>
        <translation>框架中显示了来自 %1 的页面，该来源不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>A plug-in object from %1, which is not on this site&apos;s allow-list, is embedded.</source>
        <translation>页面嵌入了来自 %1 的插件对象，该来源不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>The page redirects to %1 (meta refresh), which is not on this site&apos;s allow-list.</source>
        <translation>页面通过 meta refresh 跳转到 %1，该地址不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>A script sends the reader to %1, which is not on this site&apos;s allow-list.</source>
        <translation>脚本将访问者引导至 %1，该地址不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>An inline script opens %1, which is not on this site&apos;s allow-list, in a new window.</source>
        <translation>内嵌脚本在新窗口中打开 %1，该地址不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>An inline script sends the reader to %1, which is not on this site&apos;s allow-list.</source>
        <translation>内嵌脚本将访问者引导至 %1，该地址不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>An inline script writes a frame from %1, which is not on this site&apos;s allow-list, into the page.</source>
        <translation>内嵌脚本向页面写入了来自 %1 的框架，该来源不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>An inline script writes a script from %1, which is not on this site&apos;s allow-list, into the page.</source>
        <translation>内嵌脚本向页面写入了来自 %1 的脚本，该来源不在本站点的白名单中。</translation>
    </message>
    <message>
        <source>An inline script runs decoded code (eval with %1), a common disguise for injected code.</source>
        <translation>内嵌脚本执行了解码后的代码（eval 配合 %1），这是注入代码常用的伪装手法。</translation>
    </message>
    <message>
        <source>An inline script hides text in a long run of escape codes, a common disguise for injected code.</source>
        <translation>内嵌脚本用一长串转义字符隐藏文字，这是注入代码常用的伪装手法。</translation>
    </message>
</context>
<context>
    <name>xj::FutureDateCheck</name>
    <message>
        <source>The publish date %1 is later than the inspection date %2.</source>
        <translation>发布日期 %1 晚于监测时间点 %2。</translation>
    </message>
    <message>
        <source>The list date %1, read as %2, is later than the inspection date %3.</source>
        <translation>列表中的日期 %1（识别为 %2）晚于监测时间点 %3。</translation>
    </message>
</context>
<context>
    <name>xj::HeaderMatcher</name>
    <message>
        <source>site name</source>
        <translation>网站名称</translation>
    </message>
    <message>
        <source>website address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>site identifier code</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>type or platform</source>
        <translation>类型或平台</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>账号ID</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) is not a registry field and is ignored.</source>
        <translation>%1 列（“%2”）不是名录字段，已忽略。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both hold the %3; column %2 is used only where column %1 is empty.</source>
        <translation>%1 列和 %2 列都是%3；仅当 %1 列为空时才使用 %2 列。</translation>
    </message>
    <message>
        <source>The file is empty: it has no rows to import.</source>
        <translation>文件为空，没有可导入的行。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>The file does not have the columns a site registry needs. Missing: %1. Headers found in row %2: %3. Rename the headers in the file and import it again.</source>
        <translation>该文件缺少站点名录所需的列。缺少：%1。第 %2 行中的表头为：%3。请修改文件中的表头后重新导入。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ICP record number</source>
        <translation>ICP备案号</translation>
    </message>
    <message>
        <source>public security record number</source>
        <translation>公安备案号</translation>
    </message>
    <message>
        <source>parent portal</source>
        <translation>上级门户</translation>
    </message>
</context>
<context>
    <name>xj::HiddenLinkCheck</name>
    <message>
        <source>display:none</source>
        <translation>display:none</translation>
    </message>
    <message>
        <source>visibility:hidden</source>
        <translation>visibility:hidden</translation>
    </message>
    <message>
        <source>zero size</source>
        <translation>尺寸为零</translation>
    </message>
    <message>
        <source>off screen</source>
        <translation>位于屏幕之外</translation>
    </message>
    <message>
        <source>font size 0</source>
        <translation>字号为 0</translation>
    </message>
    <message>
        <source>same colour as background</source>
        <translation>与背景同色</translation>
    </message>
    <message>
        <source>clipped in a tiny box</source>
        <translation>被裁剪在极小区域内</translation>
    </message>
    <message>
        <source>transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Hidden link (%1) to %2, another site.</source>
        <translation>发现指向其他网站 %2 的暗链（%1）。</translation>
    </message>
    <message>
        <source>Hidden link “%1” (%2) to %3, another site.</source>
        <translation>发现指向其他网站 %3 的暗链“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>xj::HtmlDecoder</name>
    <message>
        <source>The file is not an HTML page: it contains binary data.</source>
        <translation>该文件不是 HTML 页面：其中含有二进制数据。</translation>
    </message>
</context>
<context>
    <name>xj::ImportRowParser</name>
    <message>
        <source>Row %1: the name of the site or account is missing.</source>
        <translation>第 %1 行：缺少网站或账号名称。</translation>
    </message>
    <message>
        <source>Row %1: the host unit (主办单位) is missing.</source>
        <translation>第 %1 行：缺少主办单位。</translation>
    </message>
    <message>
        <source>Row %1: the type &quot;%2&quot; is not known. Write %3 for a website, or the platform of a new-media account (%4).</source>
        <translation>第 %1 行：无法识别类型“%2”。网站请填写“%3”，政务新媒体账号请填写其所在平台（%4）。</translation>
    </message>
    <message>
        <source>Row %1: the platform of the new-media account is missing. Give it in the type column (%2).</source>
        <translation>第 %1 行：缺少政务新媒体账号所在平台。请在类型列中填写（%2）。</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a website address. Write it like www.example.gov.cn or https://www.example.gov.cn.</source>
        <translation>第 %1 行：“%2”不是网址。请按 www.example.gov.cn 或 https://www.example.gov.cn 的格式填写。</translation>
    </message>
    <message>
        <source>Row %1: the website address (网址) is missing.</source>
        <translation>第 %1 行：缺少网址。</translation>
    </message>
    <message>
        <source>Row %1: the new-media account has neither an account ID nor a link. Give at least one of them.</source>
        <translation>第 %1 行：该政务新媒体账号既无账号ID也无链接，请至少填写其中一项。</translation>
    </message>
    <message>
        <source>Row %1: the %2 &quot;%3&quot; was saved by Excel as a rounded number, so digits are lost. Format the column as text, type the number again and save the file.</source>
        <translation>第 %1 行：%2“%3”被 Excel 保存为舍入后的数字，部分位数已丢失。请将该列设为文本格式，重新输入号码后保存文件。</translation>
    </message>
    <message>
        <source>Row %1: the site identifier code (网站标识码) &quot;%2&quot; has the wrong format; it should be %3.</source>
        <translation>第 %1 行：网站标识码“%2”格式不正确，应为%3。</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; does not look like a phone number (a landline such as 0571-87654321 or an 11-digit mobile number).</source>
        <translation>第 %1 行：“%2”不像是电话号码（应为固定电话如 0571-87654321，或 11 位手机号码）。</translation>
    </message>
    <message>
        <source>Row %1: the ICP record number &quot;%2&quot; should look like 京ICP备12345678号.</source>
        <translation>第 %1 行：ICP备案号“%2”格式不对，应类似 京ICP备12345678号。</translation>
    </message>
    <message>
        <source>Row %1: the public security record number &quot;%2&quot; should contain its 14-digit number, like 京公网安备 11010502030143号.</source>
        <translation>第 %1 行：公安备案号“%2”应包含 14 位数字，例如 京公网安备 11010502030143号。</translation>
    </message>
</context>
<context>
    <name>xj::ImportSitesCommand</name>
    <message>
        <source>Import websites and new-media accounts from a .xlsx or CSV registry.</source>
        <translation>从 .xlsx 或 CSV 名录导入政府网站和政务新媒体账号。</translation>
    </message>
    <message>
        <source>The registry: an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK).</source>
        <translation>名录文件：Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>Import the rows without problems and skip the others (by default a file with any bad row is not imported at all).</source>
        <translation>导入无问题的行，跳过其他行（默认情况下，文件中只要有一行有问题就不导入任何内容）。</translation>
    </message>
    <message>
        <source>Check the file and list the problems, but write nothing.</source>
        <translation>检查文件并列出问题，但不写入任何数据。</translation>
    </message>
    <message>
        <source>The worksheet to read from a workbook (default: the first one).</source>
        <translation>要从工作簿中读取的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>Read %1, header in row %2: %n data row(s),</source>
        <translation>
            <numerusform>已读取 %1，表头在第 %2 行：共 %n 行数据，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without problems,</source>
        <translation>
            <numerusform>其中 %n 行无问题，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n 行有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give exactly one registry file to import, e.g. xunjian-cli import-sites sites.xlsx.</source>
        <translation>请指定且仅指定一个要导入的名录文件，例如 xunjian-cli import-sites sites.xlsx。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported because %n row(s) have problems. Correct them, or add --valid-only to import only the rows without problems.</source>
        <translation>
            <numerusform>有 %n 行存在问题，未导入任何内容。请修正这些行，或加上 --valid-only 只导入无问题的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; %n site(s) would be imported.</source>
        <translation>
            <numerusform>试运行：未写入任何数据；可导入 %n 个站点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>已导入 %n 个站点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n host unit(s).</source>
        <translation>
            <numerusform>已新建 %n 个主办单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s).</source>
        <translation>
            <numerusform>已跳过 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::InitDemoCommand</name>
    <message>
        <source>Create the demo workspace (demo sites, registry and a demo round) in an empty data folder.</source>
        <translation>在空的数据目录中创建演示工作区（演示网站、名录和一个演示检查轮次）。</translation>
    </message>
    <message>
        <source>Inspection date the demo is built around (default: today).</source>
        <translation>演示数据所依据的监测时间点（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>init-demo takes no arguments besides its options.</source>
        <translation>init-demo 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>--today needs a date like 2026-11-24.</source>
        <translation>--today 需要形如 2026-11-24 的日期。</translation>
    </message>
    <message>
        <source>Demo workspace created in %1</source>
        <translation>已在 %1 中创建演示工作区</translation>
    </message>
    <message>
        <source>  demo site %1 (site %2), served by the workbench at http://127.0.0.1:%3/</source>
        <translation>  演示网站 %1（站点 %2），由工作台在 http://127.0.0.1:%3/ 提供访问</translation>
    </message>
    <message>
        <source>Skip the screenshots and archived pages of the demo findings (they need the workbench program, xunjian, next to xunjian-cli).</source>
        <translation>跳过演示问题的截图和页面存档（需要 xunjian-cli 同目录下的工作台程序 xunjian）。</translation>
    </message>
    <message>
        <source>The demo findings have no screenshots yet: %1 was not found. They are taken when the workbench first opens this data folder.</source>
        <translation>演示问题暂无截图：未找到 %1。工作台第一次打开此数据目录时会自动截图。</translation>
    </message>
    <message>
        <source>Taking screenshots and archiving the pages of the demo findings…</source>
        <translation>正在为演示问题截图并存档页面……</translation>
    </message>
    <message>
        <source>Capturing the demo evidence did not finish within %1 seconds. The demo workspace is usable; the screenshots are taken when the workbench opens it.</source>
        <translation>演示证据截取未在 %1 秒内完成。演示数据可以正常使用；工作台打开时会补充截图。</translation>
    </message>
    <message>
        <source>Capturing the demo evidence failed (see the messages above). The demo workspace is usable; the screenshots are taken when the workbench opens it.</source>
        <translation>演示证据截取失败（见上方信息）。演示数据可以正常使用；工作台打开时会补充截图。</translation>
    </message>
    <message>
        <source>Demo evidence captured.</source>
        <translation>演示证据已截取。</translation>
    </message>
</context>
<context>
    <name>xj::InspectionExerciseBuilder</name>
    <message>
        <source>Choose at least one finding to make an exercise from.</source>
        <translation>请至少选择一个问题用于制作练习。</translation>
    </message>
    <message>
        <source>Finding %1 has been deleted. Restore it or leave it out of the exercise.</source>
        <translation>问题 %1 已被删除。请恢复该问题，或不将其纳入练习。</translation>
    </message>
    <message>
        <source>Finding %1 is not counted against a checklist item. Choose its item first, or leave it out of the exercise.</source>
        <translation>问题 %1 未归入检查指标。请先选择其检查指标，或不将其纳入练习。</translation>
    </message>
    <message>
        <source>The chosen findings belong to different sites. An exercise shows one site: choose findings of one site only.</source>
        <translation>所选问题属于不同网站。一个练习只展示一个网站：请只选择同一网站的问题。</translation>
    </message>
    <message>
        <source>The archived page of finding %1 cannot be read: %2</source>
        <translation>无法读取问题 %1 的存档页面：%2</translation>
    </message>
    <message>
        <source>The archived page of finding %1 cannot be used: %2</source>
        <translation>问题 %1 的存档页面无法使用：%2</translation>
    </message>
    <message numerus="yes">
        <source>Practice on %1 (%n finding(s))</source>
        <translation>
            <numerusform>%1练习（%n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the chosen findings has an archived page. Mark one of the problems again with a screenshot (Mark menu), which archives its page, then try again.</source>
        <translation>所选问题都没有存档页面。请在“标记”菜单中对其中一个问题重新截图标记（页面会随之存档），然后再试。</translation>
    </message>
</context>
<context>
    <name>xj::IntegrityChecker</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>被改动</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>无主</translation>
    </message>
    <message>
        <source>The integrity check was stopped before it finished. Nothing was changed; run it again to check every file.</source>
        <translation>完整性校验在完成前被中止。没有任何改动；请重新运行以校验全部文件。</translation>
    </message>
</context>
<context>
    <name>xj::IntegrityReportText</name>
    <message>
        <source>Finding #%1</source>
        <translation>问题 #%1</translation>
    </message>
    <message>
        <source>no checklist item</source>
        <translation>未关联检查指标</translation>
    </message>
    <message>
        <source>(deleted, can be restored)</source>
        <translation>（已删除，可恢复）</translation>
    </message>
    <message>
        <source>Account record #%1</source>
        <translation>账号记录 #%1</translation>
    </message>
    <message>
        <source>Checked 1 evidence file</source>
        <translation>已校验 1 个证据文件</translation>
    </message>
    <message>
        <source>Checked %1 evidence files</source>
        <translation>已校验 %1 个证据文件</translation>
    </message>
    <message>
        <source>%1: all intact.</source>
        <translation>%1：全部完好。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Files no finding refers to</source>
        <translation>没有任何问题引用的文件</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>expected %1 (%2 bytes), got %3 (%4 bytes)</source>
        <translation>应为 %1（%2 字节），实际为 %3（%4 字节）</translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation>（%1 字节）</translation>
    </message>
</context>
<context>
    <name>xj::JsonFields</name>
    <message>
        <source>“%1” is not a field this program knows (check the spelling). The fields allowed here are: %2. To keep a remark in the file, start its field name with an underscore, e.g. &quot;_备注&quot;.</source>
        <translation>“%1”不是本程序可识别的字段（请检查拼写）。此处允许的字段有：%2。如需在文件中保留备注，请以下划线作为字段名的开头，例如 &quot;_备注&quot;。</translation>
    </message>
    <message>
        <source>a text in double quotes, e.g. &quot;…&quot;</source>
        <translation>用双引号括起的文本，例如 &quot;…&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a number without quotes, e.g. 5 or 0.5</source>
        <translation>不带引号的数字，例如 5 或 0.5</translation>
    </message>
    <message>
        <source>must not be negative (it is %1)</source>
        <translation>不能为负数（当前为 %1）</translation>
    </message>
    <message>
        <source>true or false, without quotes</source>
        <translation>true 或 false，不带引号</translation>
    </message>
    <message>
        <source>must be a text in double quotes, e.g. &quot;…&quot;</source>
        <translation>必须是用双引号括起的文本，例如 &quot;…&quot;</translation>
    </message>
    <message>
        <source>a list in square brackets [ … ]</source>
        <translation>用方括号 [ … ] 括起的列表</translation>
    </message>
    <message>
        <source>a group of fields in curly braces { … }</source>
        <translation>用花括号 { … } 括起的一组字段</translation>
    </message>
    <message>
        <source>must be a group of fields in curly braces { … }</source>
        <translation>必须是用花括号 { … } 括起的一组字段</translation>
    </message>
    <message>
        <source>this field is required but missing</source>
        <translation>缺少此必填字段</translation>
    </message>
    <message>
        <source>has the wrong type; it must be %1</source>
        <translation>类型不正确，应为%1</translation>
    </message>
    <message>
        <source>“%1” is not a known value; use one of: %2</source>
        <translation>“%1”不是可识别的值；请使用以下之一：%2</translation>
    </message>
</context>
<context>
    <name>xj::MessageAggregator</name>
    <message numerus="yes">
        <source>No reply %1 days after the message of %2 (limit: %n month(s))</source>
        <translation>
            <numerusform>%2 的留言 %1 天后仍未答复（期限：%n 个月）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered on %1, %2 days after the message of %3 (limit: %n month(s))</source>
        <translation>
            <numerusform>%1 才答复，距 %3 的留言已 %2 天（期限：%n 个月）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply after %1 working days (message of %2; limit: %n working day(s))</source>
        <translation>
            <numerusform>%1 个工作日仍未答复（留言时间 %2；期限：%n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered after %1 working days (message of %2, reply of %3; limit: %n working day(s))</source>
        <translation>
            <numerusform>%1 个工作日后才答复（留言时间 %2，答复时间 %3；期限：%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock reply given to %1 messages: “%2”</source>
        <translation>%1 条留言使用了同一套话答复：“%2”</translation>
    </message>
    <message>
        <source>The same reply answers %1 messages: “%2”</source>
        <translation>%1 条留言的答复内容雷同：“%2”</translation>
    </message>
    <message>
        <source>Stock reply that answers nothing: “%1”</source>
        <translation>答复为敷衍套话：“%1”</translation>
    </message>
</context>
<context>
    <name>xj::MhtmlDocument</name>
    <message>
        <source>This file is not a web page archive (MHTML): %1 Save the page again from the browser.</source>
        <translation>此文件不是网页存档（MHTML）：%1 请在浏览器中重新保存页面。</translation>
    </message>
    <message>
        <source>it does not start with MIME headers.</source>
        <translation>文件开头不是 MIME 头。</translation>
    </message>
    <message>
        <source>its content type is &quot;%1&quot;, not multipart/related.</source>
        <translation>其内容类型为“%1”，而不是 multipart/related。</translation>
    </message>
    <message>
        <source>its header names no boundary between the parts.</source>
        <translation>文件头中没有指明各部分之间的分隔符。</translation>
    </message>
    <message>
        <source>it holds no parts.</source>
        <translation>文件中没有任何部分。</translation>
    </message>
    <message>
        <source>The web page archive is cut short: it ends before its closing boundary, so parts of the page may be missing. Save the page again.</source>
        <translation>网页存档不完整：文件在结束分隔符之前就结束了，页面可能缺少部分内容。请重新保存页面。</translation>
    </message>
    <message>
        <source>Part %1 of the web page archive (%2) is damaged: its base64 text cannot be decoded. Save the page again.</source>
        <translation>网页存档的第 %1 部分（%2）已损坏：其 base64 文本无法解码。请重新保存页面。</translation>
    </message>
    <message>
        <source>Part %1 of the web page archive uses the transfer encoding &quot;%2&quot;, which Xunjian cannot read.</source>
        <translation>网页存档的第 %1 部分使用了巡检无法读取的传输编码“%2”。</translation>
    </message>
</context>
<context>
    <name>xj::MixedContentCheck</name>
    <message>
        <source>A script is loaded over plain HTTP on this HTTPS page.</source>
        <translation>此 HTTPS 页面通过未加密的 HTTP 加载了脚本。</translation>
    </message>
    <message>
        <source>A style sheet is loaded over plain HTTP on this HTTPS page.</source>
        <translation>此 HTTPS 页面通过未加密的 HTTP 加载了样式表。</translation>
    </message>
    <message>
        <source>A frame shows a plain HTTP page inside this HTTPS page.</source>
        <translation>此 HTTPS 页面的框架中显示了未加密的 HTTP 页面。</translation>
    </message>
    <message>
        <source>An embedded object is loaded over plain HTTP on this HTTPS page.</source>
        <translation>此 HTTPS 页面通过未加密的 HTTP 加载了嵌入对象。</translation>
    </message>
    <message>
        <source>A form on this HTTPS page sends what is typed over plain HTTP.</source>
        <translation>此 HTTPS 页面上的表单通过未加密的 HTTP 提交所填内容。</translation>
    </message>
    <message>
        <source>An image is loaded over plain HTTP on this HTTPS page.</source>
        <translation>此 HTTPS 页面通过未加密的 HTTP 加载了图片。</translation>
    </message>
    <message>
        <source>Audio or video is loaded over plain HTTP on this HTTPS page.</source>
        <translation>此 HTTPS 页面通过未加密的 HTTP 加载了音频或视频。</translation>
    </message>
</context>
<context>
    <name>xj::NoticeRepository</name>
    <message>
        <source>A notice needs a number (文号).</source>
        <translation>整改通知书需要文号。</translation>
    </message>
    <message>
        <source>The notice no longer exists; export it again.</source>
        <translation>该整改通知书已不存在，请重新导出。</translation>
    </message>
    <message>
        <source>The deadline must be between 1 and 365 working days.</source>
        <translation>整改期限必须在 1 到 365 个工作日之间。</translation>
    </message>
    <message>
        <source>The notice number pattern &quot;%1&quot; has no {n} for the running number. Write it like 安电政发〔{year}〕{n}号.</source>
        <translation>文号格式“%1”中没有表示流水号的 {n}。请写成 安电政发〔{year}〕{n}号 这样的形式。</translation>
    </message>
</context>
<context>
    <name>xj::PageStatusProbe</name>
    <message>
        <source>Only web pages (http and https) have an HTTP status.</source>
        <translation>只有网页（http 和 https）才有 HTTP 状态码。</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>服务器没有响应：%1</translation>
    </message>
    <message>
        <source>The page redirects in a loop.</source>
        <translation>页面循环跳转。</translation>
    </message>
    <message>
        <source>The page redirects more than %1 times.</source>
        <translation>页面跳转超过 %1 次。</translation>
    </message>
</context>
<context>
    <name>xj::PdfReportWriter</name>
    <message>
        <source>The PDF file %1 cannot be created. Choose a folder you are allowed to write to.</source>
        <translation>无法创建 PDF 文件 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be started. Try again, or choose another folder.</source>
        <translation>无法开始写入 PDF 文件 %1。请重试，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be saved. Check that the disk is not full and try again.</source>
        <translation>无法保存 PDF 文件 %1。请检查磁盘是否已满后重试。</translation>
    </message>
</context>
<context>
    <name>xj::PersonalDataCheck</name>
    <message>
        <source>A complete resident ID number is published; it should be masked (去标识化).</source>
        <translation>页面公开了完整的居民身份证号码，应作去标识化处理。</translation>
    </message>
    <message>
        <source>A complete bank card number is published; it should be masked (去标识化).</source>
        <translation>页面公开了完整的银行卡号，应作去标识化处理。</translation>
    </message>
    <message>
        <source>A mobile number is published as a contact number. Offices publish their own contact numbers on purpose; if it is a person&apos;s own number it should be masked (去标识化).</source>
        <translation>页面将手机号码作为联系电话公开。机关单位有意公开本单位的联系电话属正常情况；如为个人手机号码，应作去标识化处理。</translation>
    </message>
    <message>
        <source>A complete mobile phone number is published; it should be masked (去标识化).</source>
        <translation>页面公开了完整的手机号码，应作去标识化处理。</translation>
    </message>
</context>
<context>
    <name>xj::PictureFile</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2. Check that the file exists and that you may read it.</source>
        <translation>无法打开“%1”：%2。请检查文件是否存在、是否有权读取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; attach a smaller screenshot.</source>
        <translation>“%1”大于 %2 MB，请附加较小的截图。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a picture that can be attached (PNG, JPEG, WebP, BMP or GIF), or it is damaged. Take the screenshot again and attach the saved picture.</source>
        <translation>“%1”不是可附加的图片（PNG、JPEG、WebP、BMP 或 GIF），或者已损坏。请重新截图后附加保存的图片。</translation>
    </message>
</context>
<context>
    <name>xj::PlainHttpReply</name>
    <message>
        <source>The server sent a header line longer than %1 KB.</source>
        <translation>服务器发送的响应头行超过 %1 KB。</translation>
    </message>
    <message>
        <source>The server did not answer in HTTP.</source>
        <translation>服务器的应答不是 HTTP。</translation>
    </message>
    <message>
        <source>The server sent a broken chunked body.</source>
        <translation>服务器发送的分块内容已损坏。</translation>
    </message>
    <message>
        <source>The server sent a compressed body that cannot be decompressed.</source>
        <translation>服务器发送的压缩内容无法解压。</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>操作已取消</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>服务器在应答完成前关闭了连接。</translation>
    </message>
</context>
<context>
    <name>xj::ProbeCommand</name>
    <message>
        <source>Probe the home pages of sites once (availability, W-V2) and store the records; for cron or a systemd timer.</source>
        <translation>探测各网站首页一次（可用性，W-V2）并保存记录；供 cron 或 systemd 定时器调用。</translation>
    </message>
    <message>
        <source>A site to probe, by its 网站标识码 or its id in &apos;xunjian-cli sites&apos;. Repeat for several.</source>
        <translation>要探测的网站：网站标识码或“xunjian-cli sites”中的编号；可重复指定多个。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>标识码</translation>
    </message>
    <message>
        <source>Probe every website in operation that has an address.</source>
        <translation>探测所有正在运行且有网址的网站。</translation>
    </message>
    <message>
        <source>Skip sites probed recently (by this command or the workbench), following the probe schedule.</source>
        <translation>按探测计划跳过最近已探测过的网站（无论由本命令还是工作台探测）。</translation>
    </message>
    <message>
        <source>How often cron or the timer runs this command, for --if-due (default %1).</source>
        <translation>cron 或定时器运行本命令的间隔，供 --if-due 使用（默认 %1）。</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Seconds a page may take to load completely (default %1).</source>
        <translation>页面完整打开的时限，单位秒（默认 %1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Print attempts, failures, the failure ratio and the verdict of the monitoring window instead of probing.</source>
        <translation>不探测，只输出监测期内的探测次数、失败次数、失败比例和判定。</translation>
    </message>
    <message>
        <source>With --report: the last day of the window (default: the window ends now).</source>
        <translation>与 --report 一起使用：监测期的最后一天（默认截至现在）。</translation>
    </message>
    <message>
        <source>No site has the code or id &apos;%1&apos;. List the registry with &apos;xunjian-cli sites&apos;.</source>
        <translation>没有标识码或编号为“%1”的网站。可用“xunjian-cli sites”列出名录。</translation>
    </message>
    <message>
        <source>%1 has no web address to probe. Add its address in the registry first.</source>
        <translation>%1 没有可探测的网址，请先在名录中填写网址。</translation>
    </message>
    <message>
        <source>probe takes no arguments besides its options.</source>
        <translation>probe 命令除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>Choose the sites: --site CODE (repeatable) or --all.</source>
        <translation>请选择网站：--site 标识码（可重复）或 --all。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to %1.</source>
        <translation>--timeout 应为 1 至 %1 之间的秒数。</translation>
    </message>
    <message>
        <source>--interval must be a number of minutes from 1 to 1440.</source>
        <translation>--interval 应为 1 至 1440 之间的分钟数。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-20.</source>
        <translation>--date 应为日期，例如 2026-11-20。</translation>
    </message>
    <message>
        <source>--report does not probe, so it cannot be combined with --if-due.</source>
        <translation>--report 不进行探测，不能与 --if-due 同时使用。</translation>
    </message>
    <message>
        <source>No website in operation has an address; there is nothing to probe.</source>
        <translation>没有正在运行且有网址的网站，无需探测。</translation>
    </message>
    <message numerus="yes">
        <source>%1: skipped, probed %n minute(s) ago and not due yet.</source>
        <translation>
            <numerusform>%1：跳过，%n 分钟前刚探测过，尚未到下次探测时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: available, HTTP %2 in %3 ms.</source>
        <translation>%1：可访问，HTTP %2，用时 %3 毫秒。</translation>
    </message>
    <message>
        <source>%1: NOT AVAILABLE, %2 (HTTP %3, %4 ms).</source>
        <translation>%1：无法访问，%2（HTTP %3，%4 毫秒）。</translation>
    </message>
    <message>
        <source>%1: NOT AVAILABLE, %2 (%3 ms).</source>
        <translation>%1：无法访问，%2（%3 毫秒）。</translation>
    </message>
    <message>
        <source>Availability from %1 to %2 (%3 days, at least %4 probes a day, veto at %5 %):</source>
        <translation>%1 至 %2 的可用性（%3 天，每天至少 %4 次探测，达到 %5% 即否决）：</translation>
    </message>
    <message>
        <source>no probes recorded</source>
        <translation>没有探测记录</translation>
    </message>
    <message>
        <source>VETO (W-V2 站点无法访问)</source>
        <translation>单项否决（W-V2 站点无法访问）</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>低于否决线</translation>
    </message>
    <message>
        <source>%1: %2 attempts, %3 failed, %4 %: %5</source>
        <translation>%1：探测 %2 次，失败 %3 次，%4%：%5</translation>
    </message>
    <message numerus="yes">
        <source>; monitoring insufficient: %n day(s) with fewer than %1 probes</source>
        <translation>
            <numerusform>；监测不足：有 %n 天的探测少于 %1 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::ProbeScheduler</name>
    <message>
        <source>A probe record of %1 could not be stored: %2</source>
        <translation>%1 的探测记录无法保存：%2</translation>
    </message>
</context>
<context>
    <name>xj::ProblemCategories</name>
    <message>
        <source>Serious wording errors</source>
        <translation>严重表述错误</translation>
    </message>
    <message>
        <source>Impossible dates</source>
        <translation>时间穿越</translation>
    </message>
    <message>
        <source>Empty columns</source>
        <translation>空白栏目</translation>
    </message>
    <message>
        <source>Columns not updated</source>
        <translation>栏目超期未更新</translation>
    </message>
    <message>
        <source>Dormant accounts</source>
        <translation>僵尸号</translation>
    </message>
    <message>
        <source>Composited photos</source>
        <translation>人物漂浮照</translation>
    </message>
    <message>
        <source>Broken or wrong links</source>
        <translation>链接不可用</translation>
    </message>
    <message>
        <source>Hidden links, malware or defacement</source>
        <translation>暗链、挂马或篡改</translation>
    </message>
    <message>
        <source>Personal data exposed</source>
        <translation>个人隐私泄露</translation>
    </message>
    <message>
        <source>Messages answered late or poorly</source>
        <translation>留言答复不及时</translation>
    </message>
    <message>
        <source>No working consultation channel</source>
        <translation>未提供有效互动渠道</translation>
    </message>
    <message>
        <source>Service guides incomplete or broken</source>
        <translation>办事服务不实用</translation>
    </message>
    <message>
        <source>Search not working</source>
        <translation>搜索不可用</translation>
    </message>
    <message>
        <source>Registration details inconsistent</source>
        <translation>备案信息不一致</translation>
    </message>
    <message>
        <source>Important information reposted late</source>
        <translation>重要信息转载不及时</translation>
    </message>
    <message>
        <source>Commercial advertising</source>
        <translation>商业广告</translation>
    </message>
    <message>
        <source>Improper new media operation</source>
        <translation>政务新媒体运营不当</translation>
    </message>
</context>
<context>
    <name>xj::ProblemListColumns</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站名称</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>页面地址</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
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
        <source>Screenshot file</source>
        <translation>截图文件</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
</context>
<context>
    <name>xj::ProblemListCsvWriter</name>
    <message>
        <source>The problem list cannot be saved as %1. Check that the folder exists and that you may write to it.</source>
        <translation>问题清单无法保存为 %1。请检查文件夹是否存在、是否有写入权限。</translation>
    </message>
    <message>
        <source>The problem list could not be written to %1. Check that the disk is not full and try again.</source>
        <translation>问题清单无法写入 %1。请检查磁盘是否已满后重试。</translation>
    </message>
</context>
<context>
    <name>xj::ProblemListXlsxWriter</name>
    <message>
        <source>Picture cannot be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <source>Picture not found: %1</source>
        <translation>找不到图片：%1</translation>
    </message>
    <message>
        <source>Screenshot of problem %1</source>
        <translation>问题 %1 的截图</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>站点 %1</translation>
    </message>
    <message>
        <source>Problem list: %1</source>
        <translation>问题清单：%1</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>No problems to list.</source>
        <translation>没有需要列出的问题。</translation>
    </message>
    <message>
        <source>The problem list</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>export it as CSV instead</source>
        <translation>改为导出 CSV</translation>
    </message>
</context>
<context>
    <name>xj::ProblemMarker</name>
    <message>
        <source>The screenshot is empty; capture the page again.</source>
        <translation>截图为空，请重新截取页面。</translation>
    </message>
    <message>
        <source>The archived page is empty; save the page again.</source>
        <translation>存档页面为空，请重新保存页面。</translation>
    </message>
</context>
<context>
    <name>xj::ProtectedNameCheck</name>
    <message>
        <source>Serious error: %1 is listed as “%2”, but the text calls them “%3”.</source>
        <translation>严重错误：%1 登记的职务为“%2”，但文中称其为“%3”。</translation>
    </message>
    <message>
        <source>Serious error: “%1” looks like a misspelling of the protected term “%2” (a similar-looking character).</source>
        <translation>严重错误：“%1”疑似受保护词语“%2”的错误写法（形近字）。</translation>
    </message>
    <message>
        <source>Serious error: “%1” sounds like the protected term “%2” but is written differently.</source>
        <translation>严重错误：“%1”与受保护词语“%2”读音相同或相近，但写法不同。</translation>
    </message>
</context>
<context>
    <name>xj::PublicResultsHtmlWriter</name>
    <message>
        <source>The public results could not be written to %1. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>检查结果公示无法写入 %1。请检查文件夹是否存在、是否有写入权限以及磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>xj::PublicResultsXlsxWriter</name>
    <message>
        <source>The public results</source>
        <translation>检查结果公示</translation>
    </message>
    <message>
        <source>export them as a web page instead</source>
        <translation>改为导出网页</translation>
    </message>
</context>
<context>
    <name>xj::RecheckMatcher</name>
    <message>
        <source>The finding was marked by hand: there is no automated check to run again.</source>
        <translation>该问题为手工标记，没有可重新运行的自动检查。</translation>
    </message>
    <message numerus="yes">
        <source>The page now opens at another address (%1), so the check cannot compare it with the finding; judge the page yourself. The check “%2” reports %n place(s) there.</source>
        <translation>
            <numerusform>该页面现在打开的是另一个地址（%1），无法与原问题比对，请自行研判该页面。检查项“%2”在该页面报告了 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still present: the check “%1” still reports “%2” on the page.</source>
        <translation>仍然存在：检查项“%1”仍在页面上报告“%2”。</translation>
    </message>
    <message>
        <source>Not found any more: the check “%1” no longer reports “%2” on the page.</source>
        <translation>已不存在：检查项“%1”在页面上不再报告“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>It reports %n other place(s) on the page.</source>
        <translation>
            <numerusform>该检查项还在页面其他 %n 处报告了问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still unavailable: %1 cannot be opened. %2</source>
        <translation>仍无法访问：%1 无法打开。%2</translation>
    </message>
    <message>
        <source>Still broken: %1 cannot be opened. %2</source>
        <translation>链接仍失效：%1 无法打开。%2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 now. Whether the page still says it does not exist, judge from the page.</source>
        <translation>%1 现返回 HTTP %2。页面是否仍显示“页面不存在”，请根据页面判断。</translation>
    </message>
    <message>
        <source>The home page %1 answers HTTP %2 now. One request is not a monitoring period: the availability probes judge it over time.</source>
        <translation>首页 %1 现返回 HTTP %2。一次请求不能代替监测期：是否可访问由可用性探测在一段时间内判定。</translation>
    </message>
    <message>
        <source>Fixed: %1 answers HTTP %2 now.</source>
        <translation>已修复：%1 现返回 HTTP %2。</translation>
    </message>
</context>
<context>
    <name>xj::RecheckTarget</name>
    <message>
        <source>The address to request again is no longer known (the scan that found it was deleted). Open the page and try the link by hand.</source>
        <translation>已无法得知要重新请求的地址（发现该问题的扫描已被删除）。请打开页面，手工检查该链接。</translation>
    </message>
</context>
<context>
    <name>xj::ReportTemplate</name>
    <message>
        <source>The template %1 cannot be read. Check the file or remove it to use the built-in template.</source>
        <translation>无法读取模板 %1。请检查该文件，或删除它以使用内置模板。</translation>
    </message>
    <message>
        <source>Line %1 of the template %2: [%3] needs a name, such as [table] problems.</source>
        <translation>模板 %2 第 %1 行：[%3] 后面需要写名称，例如 [table] problems。</translation>
    </message>
    <message>
        <source>Line %1 of the template %2 starts with [%3], which is not a paragraph kind. Use one of: banner, docno, rule, title, addressee, body, heading1, heading2, signature, date, note, caption, pagebreak, table, section.</source>
        <translation>模板 %2 第 %1 行以 [%3] 开头，这不是段落类型。请使用：banner、docno、rule、title、addressee、body、heading1、heading2、signature、date、note、caption、pagebreak、table、section 之一。</translation>
    </message>
    <message>
        <source>The template %1 is empty.</source>
        <translation>模板 %1 是空的。</translation>
    </message>
    <message>
        <source>Line %1 of the template %2 uses {{%3}}, which this document does not know. Check the spelling against the list in the README.</source>
        <translation>模板 %2 第 %1 行使用了 {{%3}}，该文档没有这个名称。请对照 README 中的列表检查拼写。</translation>
    </message>
    <message>
        <source>Line %1 of the template %2 asks for &quot;%3&quot;, which this document does not have.</source>
        <translation>模板 %2 第 %1 行要求插入“%3”，该文档没有这项内容。</translation>
    </message>
</context>
<context>
    <name>xj::Round</name>
    <message>
        <source>Quarterly check</source>
        <translation>季度检查</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Peer check</source>
        <translation>互查</translation>
    </message>
    <message>
        <source>Special check</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>复查</translation>
    </message>
</context>
<context>
    <name>xj::RoundRepository</name>
    <message>
        <source>The inspection round no longer exists.</source>
        <translation>该检查轮次已不存在。</translation>
    </message>
    <message>
        <source>An inspection round needs a name.</source>
        <translation>检查轮次须填写名称。</translation>
    </message>
    <message>
        <source>An inspection round needs its inspection date (监测时间点).</source>
        <translation>检查轮次须填写监测时间点。</translation>
    </message>
    <message>
        <source>The period of the round ends before it starts.</source>
        <translation>检查期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose at least one checklist for the round.</source>
        <translation>请为本轮检查至少选择一个检查表。</translation>
    </message>
    <message numerus="yes">
        <source>This round already has %n verdict(s) and finding(s); it cannot be deleted.</source>
        <translation>
            <numerusform>本轮检查已有 %n 条结论和问题记录，不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>A self-check covers exactly one unit, the one that checks itself; choose one unit.</source>
        <translation>自查只涵盖一个单位，即自行检查的单位；请选择一个单位。</translation>
    </message>
    <message>
        <source>A peer check needs the name of the team that checks; enter the team.</source>
        <translation>互查须填写实施检查的检查组名称；请填写检查组。</translation>
    </message>
    <message>
        <source>A peer check covers the units assigned to the team; choose at least one unit.</source>
        <translation>互查涵盖分配给该检查组的单位；请至少选择一个单位。</translation>
    </message>
    <message>
        <source>A special check judges its own set of checklist items; choose at least one item.</source>
        <translation>专项检查只检查其专门选定的检查指标；请至少选择一个指标。</translation>
    </message>
    <message>
        <source>A re-check needs the round whose open findings it re-checks; choose the source round.</source>
        <translation>复查须指定要复查其未整改问题的轮次；请选择来源轮次。</translation>
    </message>
    <message>
        <source>A round cannot continue itself; choose an earlier round as its source.</source>
        <translation>检查轮次不能以自身为来源；请选择此前的轮次作为来源轮次。</translation>
    </message>
    <message>
        <source>The source round no longer exists; choose another source round.</source>
        <translation>来源轮次已不存在；请另选来源轮次。</translation>
    </message>
    <message>
        <source>The source round &quot;%1&quot; (inspected %2) is not earlier than this round; choose an earlier round.</source>
        <translation>来源轮次“%1”（监测时间点 %2）不早于本轮次；请选择更早的轮次。</translation>
    </message>
    <message>
        <source>One of the chosen units is no longer in the registry; reload the units and choose again.</source>
        <translation>所选单位中有一个已不在名录中；请重新加载单位后再选择。</translation>
    </message>
    <message>
        <source>The checklists of this round have no item %1; choose items of the chosen checklist.</source>
        <translation>本轮检查表中没有指标 %1；请从所选检查表中选择指标。</translation>
    </message>
    <message>
        <source>A later round continues this one (re-check or carried-forward findings); delete that round first.</source>
        <translation>有后续轮次以本轮次为来源（复查或结转问题）；请先删除该轮次。</translation>
    </message>
</context>
<context>
    <name>xj::RoundSetup</name>
    <message>
        <source>Choose at least one checklist for the round.</source>
        <translation>请为本轮检查至少选择一个检查表。</translation>
    </message>
    <message>
        <source>The checklist &quot;%1&quot; is not for %2.</source>
        <translation>检查表“%1”不适用于%2。</translation>
    </message>
</context>
<context>
    <name>xj::RoundsCommand</name>
    <message>
        <source>List the inspection rounds (id first on each line).</source>
        <translation>列出检查轮次（每行以 id 开头）。</translation>
    </message>
    <message>
        <source>rounds takes no arguments besides its options.</source>
        <translation>rounds 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>No inspection rounds yet.</source>
        <translation>尚无检查轮次。</translation>
    </message>
</context>
<context>
    <name>xj::ScanColumns</name>
    <message>
        <source>The columns of the scan could not be read.</source>
        <translation>无法读取本次扫描的栏目。</translation>
    </message>
    <message>
        <source>Column classes are remembered per site; this scan belongs to no site of the registry.</source>
        <translation>栏目分类按网站保存；本次扫描不属于名录中的任何网站。</translation>
    </message>
</context>
<context>
    <name>xj::ScanCommand</name>
    <message>
        <source>Crawl a whole site: dead links, blank and stale columns, messages, dates, page checks.</source>
        <translation>全站扫描：死链、空白和不更新栏目、留言办理、日期以及页面检查。</translation>
    </message>
    <message>
        <source>The site&apos;s home page.</source>
        <translation>网站首页地址。</translation>
    </message>
    <message>
        <source>Write the report here: .json or .csv.</source>
        <translation>报告写入此文件：.json 或 .csv。</translation>
    </message>
    <message>
        <source>Read at most N pages of the site (default 20000).</source>
        <translation>最多读取本站 N 个页面（默认 20000）。</translation>
    </message>
    <message>
        <source>Follow links at most N clicks deep (default 12).</source>
        <translation>链接最多跟进 N 层（默认 12）。</translation>
    </message>
    <message>
        <source>Requests at once per host (default 2).</source>
        <translation>每个主机同时发出的请求数（默认 2）。</translation>
    </message>
    <message>
        <source>Requests per second per host; 0 for no limit (default 2).</source>
        <translation>每个主机每秒请求数；0 为不限（默认 2）。</translation>
    </message>
    <message>
        <source>The inspection date T (default: today).</source>
        <translation>监测时间点 T（默认今天）。</translation>
    </message>
    <message>
        <source>Ignore robots.txt (only with the site owner&apos;s consent).</source>
        <translation>忽略 robots.txt（须经网站主办单位同意）。</translation>
    </message>
    <message>
        <source>Do not check links to other sites.</source>
        <translation>不检查指向其他网站的链接。</translation>
    </message>
    <message>
        <source>Do not run the page checks on every page.</source>
        <translation>不对每个页面运行页面检查。</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <source>pages %1 read, %2 failed, %3 queued · links %4 checked, %5 queued · %6 pages/s · %7</source>
        <translation>页面：已读 %1，失败 %2，待抓 %3 · 链接：已查 %4，待查 %5 · %6 页/秒 · %7</translation>
    </message>
    <message>
        <source> · judging the results…</source>
        <translation> · 正在研判结果…</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 约剩 %1</translation>
    </message>
    <message>
        <source>scan needs exactly one address, such as http://www.example.gov.cn/.</source>
        <translation>scan 需要且只需要一个网址，例如 http://www.example.gov.cn/。</translation>
    </message>
    <message>
        <source>%1 is not a web address; give one such as http://www.example.gov.cn/.</source>
        <translation>%1 不是网址，请给出如 http://www.example.gov.cn/ 的地址。</translation>
    </message>
    <message>
        <source>Give --out report.json or --out report.csv.</source>
        <translation>请用 --out report.json 或 --out report.csv 指定报告文件。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-11-20.</source>
        <translation>--date 应为日期，例如 2026-11-20。</translation>
    </message>
    <message>
        <source>--max-pages must be a number from 1 to 10000000.</source>
        <translation>--max-pages 应为 1 至 10000000 之间的数。</translation>
    </message>
    <message>
        <source>--depth must be a number from 0 to 1000.</source>
        <translation>--depth 应为 0 至 1000 之间的数。</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency 应为 1 至 64 之间的数。</translation>
    </message>
    <message>
        <source>--rate must be 0 (no limit) or a positive number of requests per second.</source>
        <translation>--rate 应为 0（不限）或每秒请求数（正数）。</translation>
    </message>
    <message>
        <source>Resuming the interrupted scan %1 of %2.</source>
        <translation>继续此前中断的扫描 %1（%2）。</translation>
    </message>
    <message>
        <source>Scan interrupted. Run the same command again to resume where it stopped.</source>
        <translation>扫描已中断。再次运行同一命令即可从中断处继续。</translation>
    </message>
    <message>
        <source>Scan interrupted. Give --data-dir to keep a scan that can be resumed.</source>
        <translation>扫描已中断。使用 --data-dir 可保存扫描以便继续。</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>无法写入报告 %1：%2</translation>
    </message>
    <message>
        <source>%1 candidate findings from %2 pages written to %3</source>
        <translation>已将 %2 个页面的 %1 条候选问题写入 %3</translation>
    </message>
</context>
<context>
    <name>xj::ScanEvaluator</name>
    <message>
        <source>The host name does not exist (DNS).</source>
        <translation>域名不存在（DNS）。</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝连接。</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>在时限内没有应答。</translation>
    </message>
    <message>
        <source>The secure connection failed (certificate or TLS): %1</source>
        <translation>安全连接失败（证书或 TLS）：%1</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>服务器未应答即关闭了连接。</translation>
    </message>
    <message>
        <source>The address redirects in a loop.</source>
        <translation>该地址循环跳转。</translation>
    </message>
    <message>
        <source>The address redirects too many times.</source>
        <translation>该地址跳转次数过多。</translation>
    </message>
    <message>
        <source>The link answers HTTP %1.</source>
        <translation>链接返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The link cannot be opened: %1</source>
        <translation>链接无法打开：%1</translation>
    </message>
    <message>
        <source>The link opens a page that says it does not exist (HTTP %1).</source>
        <translation>链接打开的页面显示“页面不存在”（HTTP %1）。</translation>
    </message>
    <message>
        <source>The start page cannot be opened: %1</source>
        <translation>起始页无法打开：%1</translation>
    </message>
    <message>
        <source>The scan results could not be read.</source>
        <translation>无法读取扫描结果。</translation>
    </message>
</context>
<context>
    <name>xj::ScanRepository</name>
    <message>
        <source>The scan no longer exists.</source>
        <translation>该扫描已不存在。</translation>
    </message>
    <message>
        <source>The scan results could not be saved.</source>
        <translation>无法保存扫描结果。</translation>
    </message>
</context>
<context>
    <name>xj::ScanRules</name>
    <message>
        <source>The scan rules %1 cannot be read: %2</source>
        <translation>无法读取扫描阈值文件 %1：%2</translation>
    </message>
    <message>
        <source>The scan rules %1 are not a JSON object (%2). Correct the file or remove it to use the national thresholds.</source>
        <translation>扫描阈值文件 %1 不是 JSON 对象（%2）。请改正该文件，或删除它以使用国家指标的阈值。</translation>
    </message>
</context>
<context>
    <name>xj::Score</name>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>待定</translation>
    </message>
</context>
<context>
    <name>xj::ScoreCalculator</name>
    <message numerus="yes">
        <source>%n veto item(s) failed: %1. A failed veto item makes the result unqualified, and the other items are not scored.</source>
        <translation>
            <numerusform>%n 项单项否决指标未通过：%1。单项否决指标未通过即判定为不合格，其他指标不再计分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not judged yet: %1.</source>
        <translation>
            <numerusform>尚有 %n 项指标未检查：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>All veto items passed. This checklist has veto items only and gives no score, so the result is qualified.</source>
        <translation>单项否决指标全部通过。本检查表仅含单项否决指标，不计分，因此结果为合格。</translation>
    </message>
    <message>
        <source>The score is below the pass mark of %1, so the result is unqualified.</source>
        <translation>得分低于合格线 %1 分，因此结果为不合格。</translation>
    </message>
    <message>
        <source>Result: qualified, total %1.</source>
        <translation>结果：合格，总分 %1。</translation>
    </message>
    <message>
        <source>Provisional total %1; the result is decided once every item is judged.</source>
        <translation>暂计总分 %1；全部指标检查完毕后方可得出结果。</translation>
    </message>
    <message>
        <source>Every deduction item is marked not applicable, so there is nothing to score.</source>
        <translation>所有扣分指标均标记为不适用，无可计分项。</translation>
    </message>
    <message>
        <source>The points recorded for %1 exceed the item&apos;s maximum and were capped.</source>
        <translation>%1 记录的分值超过该指标的最高分值，已按最高分值计。</translation>
    </message>
    <message>
        <source>Items worth %1 points are not applicable, so the deduction part is scored out of the remaining %2 points and scaled back: (%2 − %3) × %4 / %2 = %5.</source>
        <translation>分值共 %1 分的指标不适用，因此扣分部分按剩余的 %2 分计分后折算：(%2 − %3) × %4 / %2 = %5。</translation>
    </message>
    <message>
        <source>Deduction part: %1 points deducted, score %2 of %3.</source>
        <translation>扣分部分：扣 %1 分，得分 %2（满分 %3）。</translation>
    </message>
    <message>
        <source>The score is above %1, but the bonus part applies to portal websites only.</source>
        <translation>得分高于 %1 分，但加分部分仅适用于门户网站。</translation>
    </message>
    <message>
        <source>The score is above %1, so the bonus part is open: %2 bonus points (at most %3).</source>
        <translation>得分高于 %1 分，可计入加分部分：加 %2 分（最多 %3 分）。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::ServeCommand</name>
    <message>
        <source>Serve a folder (a demo site) on 127.0.0.1 until interrupted.</source>
        <translation>在 127.0.0.1 上发布一个目录（演示网站），直至被中断。</translation>
    </message>
    <message>
        <source>Folder to serve.</source>
        <translation>要发布的目录。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1; 0 picks a free one (default 0).</source>
        <translation>127.0.0.1 上的端口；0 表示自动选择空闲端口（默认 0）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Give exactly one folder to serve.</source>
        <translation>请指定且仅指定一个要发布的目录。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 必须是 0 至 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Serving %1 at %2</source>
        <translation>正在 %2 发布 %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>xj::Site</name>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>New media</source>
        <translation>政务新媒体</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>正常运行</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停运行</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关停</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户网站</translation>
    </message>
</context>
<context>
    <name>xj::SiteCrawler</name>
    <message>
        <source>The address %1 cannot be scanned: use a web address such as http://www.example.gov.cn/.</source>
        <translation>无法扫描 %1：请使用如 http://www.example.gov.cn/ 的网址。</translation>
    </message>
    <message>
        <source>The host name %1 does not exist.</source>
        <translation>域名 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>xj::SiteIdentifierCheck</name>
    <message>
        <source>The 网站标识码 label has no code after it.</source>
        <translation>“网站标识码”字样后没有标识码。</translation>
    </message>
    <message>
        <source>The 网站标识码 %1 is malformed: it should be 10 digits (a 6-digit region code and 4 digits) or bm and 8 digits.</source>
        <translation>网站标识码 %1 格式不正确：应为 10 位数字（6 位行政区划代码加 4 位数字），或 bm 加 8 位数字。</translation>
    </message>
    <message>
        <source>The 网站标识码 %1 differs from the registry&apos;s %2.</source>
        <translation>网站标识码 %1 与名录登记的 %2 不一致。</translation>
    </message>
    <message>
        <source>The footer shows no 网站标识码.</source>
        <translation>页面底部未显示网站标识码。</translation>
    </message>
    <message>
        <source>The page has no &lt;meta name=&quot;SiteIDCode&quot;&gt; tag with its 网站标识码.</source>
        <translation>页面中没有标注网站标识码的 &lt;meta name=&quot;SiteIDCode&quot;&gt; 标签。</translation>
    </message>
    <message>
        <source>The SiteIDCode meta tag &quot;%1&quot; is not a valid 网站标识码 (10 digits, or bm and 8 digits).</source>
        <translation>SiteIDCode meta 标签的值“%1”不是有效的网站标识码（应为 10 位数字，或 bm 加 8 位数字）。</translation>
    </message>
    <message>
        <source>The SiteIDCode meta tag %1 differs from the 网站标识码 %2 in the footer.</source>
        <translation>SiteIDCode meta 标签中的 %1 与页面底部的网站标识码 %2 不一致。</translation>
    </message>
    <message>
        <source>The SiteIDCode meta tag %1 differs from the registry&apos;s %2.</source>
        <translation>SiteIDCode meta 标签中的 %1 与名录登记的 %2 不一致。</translation>
    </message>
    <message>
        <source>The ICP record number &quot;%1&quot; is malformed: it should look like %2 (a province abbreviation, 6–10 digits and 号).</source>
        <translation>ICP备案号“%1”格式不正确：应形如 %2（省份简称、6–10 位数字和“号”）。</translation>
    </message>
    <message>
        <source>The footer shows no ICP record number (ICP备案编号).</source>
        <translation>页面底部未显示ICP备案号（ICP备案编号）。</translation>
    </message>
    <message>
        <source>The ICP record number %1 differs from the registry&apos;s %2.</source>
        <translation>ICP备案号 %1 与名录登记的 %2 不一致。</translation>
    </message>
    <message>
        <source>The public security record number &quot;%1&quot; is malformed: it should look like 浙公网安备 33010002000001号 (a province abbreviation, 14 digits and 号).</source>
        <translation>公安备案号“%1”格式不正确：应形如 浙公网安备 33010002000001号（省份简称、14 位数字和“号”）。</translation>
    </message>
    <message>
        <source>The footer shows no public security record number (公网安备).</source>
        <translation>页面底部未显示公安备案号（公网安备）。</translation>
    </message>
    <message>
        <source>The public security record number %1 differs from the registry&apos;s %2.</source>
        <translation>公安备案号 %1 与名录登记的 %2 不一致。</translation>
    </message>
    <message>
        <source>The public security record number %1 begins with %2, the code of another province than %3.</source>
        <translation>公安备案号 %1 的数字以 %2 开头，这是其他省份的代码，与省份简称“%3”不符。</translation>
    </message>
    <message>
        <source>The public security record link names record %1, but the page shows %2.</source>
        <translation>公安机关备案链接指向的备案号为 %1，但页面显示的是 %2。</translation>
    </message>
    <message>
        <source>The page shows no 党政机关网站标识 (no link to conac.cn and no mark image).</source>
        <translation>页面未显示党政机关网站标识（既无指向 conac.cn 的链接，也无标识图片）。</translation>
    </message>
</context>
<context>
    <name>xj::SiteImporter</name>
    <message>
        <source>10 digits, or bm followed by 8 digits</source>
        <translation>10 位数字，或 bm 加 8 位数字</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The file has a header row (row %1) but no sites below it.</source>
        <translation>文件有表头行（第 %1 行），但其下没有站点。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file have problems, so nothing was imported. Correct them and import the file again, or import only the rows without problems.</source>
        <translation>
            <numerusform>文件中有 %n 行存在问题，因此未导入任何内容。请修正后重新导入，或只导入无问题的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 could not be saved, so nothing was imported: %2</source>
        <translation>第 %1 行无法保存，因此未导入任何内容：%2</translation>
    </message>
    <message>
        <source>Row %1: the parent portal “%2” is neither in the registry nor in this file. Add the portal first, or leave the cell empty.</source>
        <translation>第 %1 行：上级门户“%2”既不在名录中，也不在本文件中。请先添加该门户网站，或将此单元格留空。</translation>
    </message>
</context>
<context>
    <name>xj::SiteInspection</name>
    <message>
        <source>The round &quot;%1&quot; has no checklist for %2. Choose another round or create one that covers this kind of site.</source>
        <translation>检查轮次“%1”没有适用于%2的检查表。请选择其他轮次，或新建一个涵盖此类站点的轮次。</translation>
    </message>
    <message>
        <source>checklist of round &quot;%1&quot;</source>
        <translation>检查轮次“%1”的检查表</translation>
    </message>
    <message>
        <source>The checklist has no item %1.</source>
        <translation>检查表中没有指标 %1。</translation>
    </message>
    <message>
        <source>Item %1 is worth at most %2 points.</source>
        <translation>指标 %1 最多 %2 分。</translation>
    </message>
    <message>
        <source>Only new-media accounts have an account record; %1 is a website.</source>
        <translation>只有政务新媒体账号才有账号记录；%1 是网站。</translation>
    </message>
</context>
<context>
    <name>xj::SiteRepository</name>
    <message>
        <source>The site no longer exists. It may have been deleted; reload the list.</source>
        <translation>该站点已不存在，可能已被删除；请刷新列表。</translation>
    </message>
    <message>
        <source>the same site identifier code (网站标识码) %1 as &quot;%2&quot;</source>
        <translation>与“%2”的网站标识码相同（%1）</translation>
    </message>
    <message>
        <source>the same address %1 as &quot;%2&quot;</source>
        <translation>与“%2”的网址相同（%1）</translation>
    </message>
    <message>
        <source>the same account %1 on %2 as &quot;%3&quot;</source>
        <translation>与“%3”同为 %2 上的账号 %1</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>站点须填写名称。</translation>
    </message>
    <message>
        <source>A website needs an address (URL).</source>
        <translation>网站须填写网址（URL）。</translation>
    </message>
    <message>
        <source>A new-media account needs its platform (e.g. WeChat, Weibo).</source>
        <translation>政务新媒体账号须填写所在平台（如微信、微博）。</translation>
    </message>
    <message>
        <source>Choose the host unit (主办单位) of the site.</source>
        <translation>请选择该站点的主办单位。</translation>
    </message>
    <message>
        <source>This site is already registered: it has %1.</source>
        <translation>该站点已登记，%1。</translation>
    </message>
    <message numerus="yes">
        <source>This site has %n recorded verdict(s) and finding(s). Confirm that they should be deleted with it.</source>
        <translation>
            <numerusform>该站点已记录 %n 条结论和问题。请确认是否一并删除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::SitesCommand</name>
    <message>
        <source>List the registry of websites and new-media accounts (id first on each line).</source>
        <translation>列出政府网站和政务新媒体名录（每行以 id 开头）。</translation>
    </message>
    <message>
        <source>sites takes no arguments besides its options.</source>
        <translation>sites 除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>The registry is empty.</source>
        <translation>名录为空。</translation>
    </message>
</context>
<context>
    <name>xj::SpamKeywordCheck</name>
    <message>
        <source>Gambling</source>
        <translation>赌博</translation>
    </message>
    <message>
        <source>Pornographic</source>
        <translation>色情</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>毒品</translation>
    </message>
    <message>
        <source>Fraud or illegal-service</source>
        <translation>诈骗或违法服务</translation>
    </message>
    <message>
        <source>Commercial advertising</source>
        <translation>商业广告</translation>
    </message>
    <message>
        <source>Black-hat SEO</source>
        <translation>黑帽 SEO</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>%1 word “%2” %3.</source>
        <translation>%3出现%1类词语“%2”。</translation>
    </message>
    <message>
        <source>in a hidden link (%1) to %2</source>
        <translation>在指向 %2 的暗链（%1）中</translation>
    </message>
    <message>
        <source>in a link to %1, another site</source>
        <translation>在指向其他网站 %1 的链接中</translation>
    </message>
    <message>
        <source>in hidden text (%1)</source>
        <translation>在隐藏文字（%1）中</translation>
    </message>
    <message>
        <source>in the page text</source>
        <translation>在页面正文中</translation>
    </message>
    <message>
        <source>in the page title</source>
        <translation>在页面标题中</translation>
    </message>
    <message>
        <source>in the page&apos;s meta tags</source>
        <translation>在页面的 meta 标签中</translation>
    </message>
</context>
<context>
    <name>xj::StaticFileServer</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use. Choose another port, or 0 to let the system pick a free one.</source>
        <translation>127.0.0.1 的端口 %1 已被占用。请选择其他端口，或设为 0 由系统自动选择空闲端口。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>无法监听 127.0.0.1 的端口 %1。</translation>
    </message>
</context>
<context>
    <name>xj::StockReplies</name>
    <message>
        <source>The stock-reply list %1 cannot be read: %2</source>
        <translation>无法读取套话词表 %1：%2</translation>
    </message>
</context>
<context>
    <name>xj::TemplateReader</name>
    <message>
        <source>an item code must not contain spaces</source>
        <translation>指标编号不能包含空格</translation>
    </message>
    <message>
        <source>the threshold “%1” appears twice in this item</source>
        <translation>阈值“%1”在此指标中出现了两次</translation>
    </message>
    <message>
        <source>“%1” is not a known comparison; use one of: %2</source>
        <translation>“%1”不是可识别的比较方式；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>this field is required but missing</source>
        <translation>缺少此必填字段</translation>
    </message>
    <message>
        <source>must be a number, true or false, a text in double quotes or a list of texts in square brackets</source>
        <translation>必须是数字、true 或 false、用双引号括起的文本，或用方括号括起的文本列表</translation>
    </message>
</context>
<context>
    <name>xj::TemplateValidator</name>
    <message>
        <source>the template has no items; add at least one</source>
        <translation>模板中没有指标；请至少添加一个</translation>
    </message>
    <message>
        <source>item %1 belongs to the area “%2”, but the template has no area with that id; the areas are: %3</source>
        <translation>指标 %1 属于分组“%2”，但模板中没有该 id 的分组；现有分组为：%3</translation>
    </message>
    <message>
        <source>item %1 is of the kind “%2”, but its area “%3” holds items of the kind “%4”</source>
        <translation>指标 %1 的类别为“%2”，但其所属分组“%3”中的指标类别为“%4”</translation>
    </message>
    <message>
        <source>item %1 is a veto item: failing it fails the whole site, so it carries no points (it has %2); write 0 or leave the field out</source>
        <translation>指标 %1 是单项否决指标：不通过即整个站点不合格，因此不设分值（当前为 %2）；请填写 0 或省略该字段</translation>
    </message>
    <message>
        <source>item %1 is a %2 item, but the template is scored by veto items only (scoring.mode is “veto_only”)</source>
        <translation>指标 %1 的类别为“%2”，但该模板仅按单项否决指标评定（scoring.mode 为“veto_only”）</translation>
    </message>
    <message>
        <source>bonus item %1 is worth %2 points, more than the whole bonus part (scoring.bonus_total = %3)</source>
        <translation>加分指标 %1 分值为 %2 分，超过了整个加分部分的总分（scoring.bonus_total = %3）</translation>
    </message>
    <message>
        <source>the deduction items add up to %1 points, but the template is scored out of %2; change the points of the items, or set scoring.deduction_total to %1</source>
        <translation>扣分指标分值合计 %1 分，但模板满分为 %2 分；请修改各指标分值，或将 scoring.deduction_total 设为 %1</translation>
    </message>
    <message>
        <source>the pass mark (%1) is higher than the %2 points the template is scored out of</source>
        <translation>合格线（%1）高于模板满分 %2 分</translation>
    </message>
    <message>
        <source>the pass mark (%1) is higher than the score that opens the bonus part (scoring.bonus_threshold = %2)</source>
        <translation>合格线（%1）高于可计入加分部分的分数线（scoring.bonus_threshold = %2）</translation>
    </message>
    <message>
        <source>the items of the area “%1” (id %2) add up to %3 points, but the area is worth %4; change the points of its items or of the area</source>
        <translation>分组“%1”（id %2）中各指标分值合计 %3 分，但该分组分值为 %4 分；请修改其指标或该分组的分值</translation>
    </message>
</context>
<context>
    <name>xj::TextDecoder</name>
    <message>
        <source>The file says it is UTF-8 text but contains bytes that are not. Save it again as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx).</source>
        <translation>该文件标明为 UTF-8 文本，但包含非 UTF-8 字节。请重新另存为“CSV UTF-8”或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but its content is damaged.</source>
        <translation>该文件标明为 UTF-16 文本，但内容已损坏。</translation>
    </message>
    <message>
        <source>The file is not a text (CSV) file in UTF-8 or GBK encoding. If it is a spreadsheet, save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>该文件不是 UTF-8 或 GBK 编码的文本（CSV）文件。如果是电子表格，请另存为 Excel 工作簿（.xlsx）或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this installation cannot read GBK text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>该文件不是 UTF-8 编码，且当前安装无法读取 GBK 文本。请将文件另存为“CSV UTF-8”后重新导入。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingAttempt</name>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
</context>
<context>
    <name>xj::TrainingAttemptRepository</name>
    <message>
        <source>Training day %1 does not exist: the training has days 1 to %2, or 0 for extra practice.</source>
        <translation>培训第 %1 天不存在：本培训为第 1 至 %2 天，加练为 0。</translation>
    </message>
    <message>
        <source>The attempt cannot be started: the trainee or the exercise is no longer there. Reopen the training and try again.</source>
        <translation>无法开始练习：该学员或练习已不存在。请重新打开培训后重试。</translation>
    </message>
    <message>
        <source>The attempt no longer exists. Reopen the training.</source>
        <translation>该练习记录已不存在。请重新打开培训。</translation>
    </message>
    <message>
        <source>This attempt was already submitted and scored; a score cannot be changed. Start a new attempt to practise again.</source>
        <translation>该练习已提交并评分，成绩不能更改。如需再次练习，请重新开始一次练习。</translation>
    </message>
    <message>
        <source>The attempt has not been submitted yet, so it has no score.</source>
        <translation>该练习尚未提交，因此没有成绩。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingDayLogRepository</name>
    <message>
        <source>Training day %1 does not exist: the training has days %2 to %3.</source>
        <translation>培训第 %1 天不存在：本培训为第 %2 至 %3 天。</translation>
    </message>
    <message>
        <source>The day log cannot be saved: the trainee is no longer enrolled. Reopen the training and try again.</source>
        <translation>无法保存学习日志：该学员已不在报名名单中。请重新打开培训后重试。</translation>
    </message>
    <message>
        <source>The day log was saved but cannot be read back. Try again.</source>
        <translation>学习日志已保存，但无法读回。请重试。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingEnrollment</name>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>学习中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>xj::TrainingEnrollmentRepository</name>
    <message>
        <source>A training enrollment needs the name of the person.</source>
        <translation>脱岗跟班学习报名须填写人员姓名。</translation>
    </message>
    <message>
        <source>The training enrollment was saved but cannot be read back. Try again.</source>
        <translation>脱岗跟班学习报名保存后无法读回，请重试。</translation>
    </message>
    <message>
        <source>The training enrollment no longer exists. Reopen the list of trainees.</source>
        <translation>该培训报名已不存在。请重新打开学员列表。</translation>
    </message>
    <message>
        <source>The enrollment cannot be changed: %1 is already enrolled for this site in this round. Edit that enrollment instead.</source>
        <translation>无法更改报名：%1 已在本检查轮次中为该网站报名。请改为编辑该报名。</translation>
    </message>
    <message>
        <source>The enrollment cannot be changed: the unit or site chosen no longer exists. Choose them again.</source>
        <translation>无法更改报名：所选单位或网站已不存在。请重新选择。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingExerciseRepository</name>
    <message>
        <source>The exercise has no identifier. Ask the instructor for a new copy.</source>
        <translation>该练习没有标识。请向带教人重新索取。</translation>
    </message>
    <message>
        <source>The exercise &quot;%1&quot; has no folder. Import it again.</source>
        <translation>练习“%1”没有对应目录。请重新导入。</translation>
    </message>
    <message>
        <source>The exercise &quot;%1&quot; is already in the library. Delete the old copy first to import it again.</source>
        <translation>练习“%1”已在练习库中。如需重新导入，请先删除原有练习。</translation>
    </message>
    <message>
        <source>The exercise is no longer in the library. Choose another one.</source>
        <translation>该练习已不在练习库中。请另选一个练习。</translation>
    </message>
    <message>
        <source>The exercise is not in the library. Import it first.</source>
        <translation>该练习不在练习库中。请先导入。</translation>
    </message>
    <message>
        <source>Whether trainees use the exercise cannot be checked. Try again.</source>
        <translation>无法检查是否有学员使用该练习。请重试。</translation>
    </message>
    <message numerus="yes">
        <source>The exercise cannot be deleted: %n trainee attempt(s) use it. Their scores would lose the answer key.</source>
        <translation>
            <numerusform>无法删除该练习：有 %n 条学员练习记录使用该练习，删除后这些成绩将失去对应答案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::TrainingPlan</name>
    <message>
        <source>The training plan has no days. Give it at least one day.</source>
        <translation>培训计划中没有安排天数。请至少安排一天。</translation>
    </message>
    <message>
        <source>The training plan has %1 days; at most %2 are possible. Remove the extra days.</source>
        <translation>培训计划安排了 %1 天，最多只能安排 %2 天。请删除多余的天数。</translation>
    </message>
    <message>
        <source>Day %1 of the training plan is listed as day %2. Number the days 1, 2, 3… in order.</source>
        <translation>培训计划的第 %1 天被标为第 %2 天。请按 1、2、3……的顺序编号。</translation>
    </message>
    <message>
        <source>Day %1 of the training plan has no title. Give it one.</source>
        <translation>培训计划的第 %1 天没有标题。请填写标题。</translation>
    </message>
    <message>
        <source>Day %1 of the training plan gives its exercise %2 minutes. Give between %3 and %4 minutes.</source>
        <translation>培训计划的第 %1 天为练习安排了 %2 分钟。请安排 %3 至 %4 分钟。</translation>
    </message>
    <message>
        <source>Day %1 of the training plan asks for %2 article pages. Ask for between %3 and %4.</source>
        <translation>培训计划的第 %1 天要求 %2 个文章页。请设为 %3 至 %4 个。</translation>
    </message>
    <message>
        <source>Day %1 of the training plan names the problem category &quot;%2&quot;, which does not exist. Use the codes P01 to P17.</source>
        <translation>培训计划的第 %1 天指定的问题类别“%2”不存在。请使用 P01 至 P17 的代码。</translation>
    </message>
    <message>
        <source>This is not a Xunjian training plan: its version mark is missing.</source>
        <translation>这不是巡检培训计划：缺少版本标记。</translation>
    </message>
    <message>
        <source>The training plan was made by a newer Xunjian: update Xunjian to use it.</source>
        <translation>该培训计划由更新版本的巡检制作。请更新巡检后再使用。</translation>
    </message>
    <message>
        <source>The training plan %1 is not valid JSON.</source>
        <translation>培训计划 %1 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The built-in training plan is missing. Reinstall Xunjian.</source>
        <translation>缺少内置培训计划。请重新安装巡检。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingPlanStore</name>
    <message>
        <source>The edited training plan %1 cannot be read. Check its permissions, or go back to the built-in plan.</source>
        <translation>无法读取修改后的培训计划 %1。请检查其访问权限，或恢复使用内置培训计划。</translation>
    </message>
    <message>
        <source>The edited training plan %1 is broken: %2 Correct it, or go back to the built-in plan.</source>
        <translation>修改后的培训计划 %1 有误：%2 请改正，或恢复使用内置培训计划。</translation>
    </message>
    <message>
        <source>The folder for the training plan cannot be created in %1. Check that the data folder is writable.</source>
        <translation>无法在 %1 中创建培训计划目录。请检查数据目录是否可写。</translation>
    </message>
    <message>
        <source>The training plan cannot be saved to %1. Check that the data folder is writable.</source>
        <translation>无法将培训计划保存到 %1。请检查数据目录是否可写。</translation>
    </message>
    <message>
        <source>The training plan cannot be saved to %1. Check that the disk is not full.</source>
        <translation>无法将培训计划保存到 %1。请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The edited training plan %1 cannot be deleted. Check its permissions.</source>
        <translation>无法删除修改后的培训计划 %1。请检查其访问权限。</translation>
    </message>
</context>
<context>
    <name>xj::TrainingScore</name>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
</context>
<context>
    <name>xj::TrainingWorkspace</name>
    <message>
        <source>The exercise needs the checklist &quot;%1&quot;, which this copy of Xunjian does not have. Update Xunjian or ask the instructor for another exercise.</source>
        <translation>该练习需要检查表“%1”，本巡检程序中没有该检查表。请更新巡检，或向带教人索取其他练习。</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Training exercise: %1</source>
        <translation>培训练习：%1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>练习：%1</translation>
    </message>
    <message>
        <source>Remedial training</source>
        <translation>脱岗跟班学习</translation>
    </message>
</context>
<context>
    <name>xj::UnitRepository</name>
    <message>
        <source>The host unit no longer exists. It may have been deleted; reload the list.</source>
        <translation>该主办单位已不存在，可能已被删除；请刷新列表。</translation>
    </message>
    <message>
        <source>A host unit needs a name.</source>
        <translation>主办单位须填写名称。</translation>
    </message>
    <message>
        <source>A host unit named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的主办单位已存在。</translation>
    </message>
    <message numerus="yes">
        <source>This host unit still has %n site(s). Delete or move them first.</source>
        <translation>
            <numerusform>该主办单位下仍有 %n 个站点。请先删除或转移这些站点。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xj::Verdict</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>xj::VerdictRepository</name>
    <message>
        <source>Points cannot be negative.</source>
        <translation>分值不能为负数。</translation>
    </message>
</context>
<context>
    <name>xj::VerifyCommand</name>
    <message>
        <source>Check that every evidence file is present and unaltered (exit 0 intact, 1 problems, 2 could not check).</source>
        <translation>校验每个证据文件是否存在且未被改动（退出码 0 完好，1 发现问题，2 无法校验）。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>verify takes no arguments besides its options.</source>
        <translation>verify 命令除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>There is no Xunjian database in %1. Give the data folder with --data-dir.</source>
        <translation>%1 中没有巡检数据库。请用 --data-dir 指定数据目录。</translation>
    </message>
</context>
<context>
    <name>xj::WorkingCalendar</name>
    <message>
        <source>The holiday table %1 cannot be read: %2</source>
        <translation>无法读取节假日表 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of the holiday table %2 needs a date (YYYY-MM-DD), a tab and &quot;off&quot; or &quot;work&quot;.</source>
        <translation>节假日表 %2 第 %1 行应为日期（YYYY-MM-DD）、制表符和 off 或 work。</translation>
    </message>
</context>
<context>
    <name>xj::XlsxPackage</name>
    <message>
        <source>The Excel workbook is damaged and cannot be read. Open it in Excel or WPS, save it again as .xlsx (or as CSV) and import that file.</source>
        <translation>Excel 工作簿已损坏，无法读取。请在 Excel 或 WPS 中打开，重新另存为 .xlsx（或 CSV）后导入该文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which cannot be read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx) without a password, or as CSV.</source>
        <translation>%1 是 Excel 97-2003 工作簿（.xls）或受密码保护的工作簿，无法读取。请在 Excel 或 WPS 中打开，另存为不设密码的 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx). Save the registry as .xlsx or CSV and import that file.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。请将名录另存为 .xlsx 或 CSV 后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an Excel workbook: it has no worksheets. Save the registry as .xlsx or CSV and import that file.</source>
        <translation>%1 是 zip 压缩包，但不是 Excel 工作簿：其中没有工作表。请将名录另存为 .xlsx 或 CSV 后导入该文件。</translation>
    </message>
    <message>
        <source>The workbook contains a part that unpacks to more than %1 MB. A site registry is never that large; the file is damaged or was made to exhaust memory. Save the registry again in Excel or WPS, or as CSV.</source>
        <translation>该工作簿中有部分内容解压后超过 %1 MB。站点名录不会如此之大，该文件可能已损坏或被故意构造以耗尽内存。请在 Excel 或 WPS 中重新保存名录，或另存为 CSV。</translation>
    </message>
</context>
<context>
    <name>xj::XlsxReader</name>
    <message>
        <source>The workbook has no worksheet named &quot;%1&quot;. Its worksheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表。现有工作表为：%2。</translation>
    </message>
    <message>
        <source>worksheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
</context>
<context>
    <name>xj::XlsxWorkbookFile</name>
    <message>
        <source>%1 cannot be written to %2: there is not enough memory. Close other programs and try again.</source>
        <translation>%1无法写入 %2：内存不足。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>%1 could not be put together for %2. Try again; if it keeps failing, %3.</source>
        <translation>无法生成%1 %2。请重试；如仍失败，请%3。</translation>
    </message>
    <message>
        <source>%1 could not be written to %2. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>%1无法写入 %2。请检查文件夹是否存在、是否有写入权限以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>%1 could not be saved as %2. Close the file if it is open in Excel or WPS and try again.</source>
        <translation>%1无法保存为 %2。如该文件正在 Excel 或 WPS 中打开，请先关闭后重试。</translation>
    </message>
</context>
<context>
    <name>xj::ZipReader</name>
    <message>
        <source>The archive %1 is damaged and cannot be unpacked. Ask whoever sent it for a new copy.</source>
        <translation>压缩包 %1 已损坏，无法解压。请向发送方重新索取。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened. Check that it still exists and that you may read it.</source>
        <translation>无法打开文件 %1。请检查该文件是否仍然存在、是否有读取权限。</translation>
    </message>
    <message>
        <source>%1 is not a zip archive, or it is damaged.</source>
        <translation>%1 不是 zip 压缩包，或已损坏。</translation>
    </message>
    <message>
        <source>The archive %1 holds more than %2 entries. It is damaged or was made to exhaust the computer, so it was not unpacked.</source>
        <translation>压缩包 %1 包含的条目超过 %2 个。该压缩包已损坏，或是为耗尽计算机资源而特制的，因此未解压。</translation>
    </message>
    <message>
        <source>%1 is missing from the archive %2.</source>
        <translation>压缩包 %2 中缺少 %1。</translation>
    </message>
    <message>
        <source>%1 inside the archive %2 unpacks to more than %3. The archive is damaged or was made to exhaust memory, so it was not unpacked.</source>
        <translation>压缩包 %2 中的 %1 解压后超过 %3。该压缩包已损坏，或是为耗尽内存而特制的，因此未解压。</translation>
    </message>
</context>
<context>
    <name>xj::ZipWriter</name>
    <message>
        <source>The file %1 cannot be created. Check that the folder exists and you may write to it.</source>
        <translation>无法创建文件 %1。请检查文件夹是否存在、是否有写入权限。</translation>
    </message>
    <message>
        <source>Writing %1 into %2 failed. Check the free disk space.</source>
        <translation>将 %1 写入 %2 失败。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The archive %1 could not be finished. Check the free disk space.</source>
        <translation>压缩包 %1 无法完成。请检查磁盘剩余空间。</translation>
    </message>
</context>
</TS>
