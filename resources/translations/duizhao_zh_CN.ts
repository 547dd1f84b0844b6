<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FrameworkStyle</name>
    <message>
        <source>Competition over power</source>
        <translation>实力竞争</translation>
    </message>
    <message>
        <source>Competition over order</source>
        <translation>秩序竞争</translation>
    </message>
    <message>
        <source>Competition over values</source>
        <translation>价值观竞争</translation>
    </message>
    <message>
        <source>The U.S. dilemmas</source>
        <translation>美国面临的困境</translation>
    </message>
    <message>
        <source>China’s countermeasures</source>
        <translation>中国的应对</translation>
    </message>
    <message>
        <source>Introduction and overview</source>
        <translation>引言与概述</translation>
    </message>
</context>
<context>
    <name>duizhao::AlignmentNotesModel</name>
    <message>
        <source>Numbering</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Lost words</source>
        <translation>缺词</translation>
    </message>
    <message>
        <source>Unpaired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>无编号</translation>
    </message>
    <message>
        <source>The English numbers this %1, the Chinese %2.</source>
        <translation>英文编号为 %1，中文编号为 %2。</translation>
    </message>
    <message>
        <source>A heading is cut short in one language: “%1” beside “%2”.</source>
        <translation>一种语言的标题不完整：“%1”对应“%2”。</translation>
    </message>
    <message>
        <source>The English lost a word here: “…%1”.</source>
        <translation>英文此处缺少词语：“…%1”。</translation>
    </message>
    <message>
        <source>The English lost a name here: “…%1”; the Chinese has %2.</source>
        <translation>英文此处缺少名称：“…%1”；中文为 %2。</translation>
    </message>
    <message>
        <source>This English paragraph has no Chinese counterpart.</source>
        <translation>此英文段落没有对应的中文。</translation>
    </message>
    <message>
        <source>This Chinese paragraph has no English counterpart.</source>
        <translation>此中文段落没有对应的英文。</translation>
    </message>
    <message>
        <source>The Chinese cites “%1”, the English does not.</source>
        <translation>中文引用了“%1”，英文没有。</translation>
    </message>
    <message>
        <source>The English cites “%1”, the Chinese does not.</source>
        <translation>英文引用了“%1”，中文没有。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>差异</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationCommands</name>
    <message>
        <source>Code unit %1</source>
        <translation>编码第 %1 单元</translation>
    </message>
    <message>
        <source>Highlight in unit %1</source>
        <translation>高亮第 %1 单元中的文字</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Add Tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Edit Tag %1</source>
        <translation>编辑标签 %1</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationController</name>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationsModel</name>
    <message>
        <source>both</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>duizhao::CitationsModel</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>第 %1 单元</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>文献</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>引用次数</translation>
    </message>
    <message>
        <source>%1, %2 · %3, %2 — occurrences: %4</source>
        <translation>%1, %2 · %3, %2 — 出现次数：%4</translation>
    </message>
</context>
<context>
    <name>duizhao::DataExporter</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>TBX term base</source>
        <translation>TBX 术语库</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
</context>
<context>
    <name>duizhao::DocumentsModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>duizhao::Reference</name>
    <message>
        <source>unit %1</source>
        <translation>第 %1 单元</translation>
    </message>
    <message>
        <source>units %1–%2</source>
        <translation>第 %1–%2 单元</translation>
    </message>
</context>
<context>
    <name>duizhao::SearchResultsModel</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>duizhao::StructureTreeModel</name>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::AnnotationDialog</name>
    <message>
        <source>Code Unit %1</source>
        <translation>编码第 %1 单元</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>The whole aligned unit %1, in English and Chinese.</source>
        <translation>整个第 %1 对齐单元（英文与中文）。</translation>
    </message>
    <message>
        <source>A note: your reading of this passage, a question, a reference…</source>
        <translation>笔记：你对这段文字的理解、疑问或参考…</translation>
    </message>
    <message>
        <source>New tags, separated by commas</source>
        <translation>新标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::AnnotationsDock</name>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>The whole paper</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Filter by words, note or tag…</source>
        <translation>按文字、笔记或标签筛选…</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>按颜色筛选</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>按语言筛选</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>按章节筛选</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::CandidatesDialog</name>
    <message>
        <source>Proposed Measures</source>
        <translation>候选措施</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Found as</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Edit Proposed Measure</source>
        <translation>编辑候选措施</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Acronym:</source>
        <translation>缩写：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层面：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Actor (English):</source>
        <translation>主体（英文）：</translation>
    </message>
    <message>
        <source>Actor (Chinese):</source>
        <translation>主体（中文）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::CitationsDock</name>
    <message>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Cited works</source>
        <translation>被引文献</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::DiagramWindow</name>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Framework Map</source>
        <translation>框架图</translation>
    </message>
    <message>
        <source>Timeline of Measures</source>
        <translation>措施时间线</translation>
    </message>
    <message>
        <source>Click a box to read where the paper states it.</source>
        <translation>点击方框即可查看论文中的相应论述。</translation>
    </message>
    <message>
        <source>Click a measure to see it in the Measures panel and the text.</source>
        <translation>点击措施即可在“措施”面板和正文中查看。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Language of the diagram</source>
        <translation>图的语言</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::ExportJob</name>
    <message>
        <source>Exporting PDF</source>
        <translation>正在导出 PDF</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Exporting Annotations</source>
        <translation>正在导出批注</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::ExportPdfDialog</name>
    <message>
        <source>Include my &amp;highlights and notes</source>
        <translation>包含我的高亮和笔记(&amp;H)</translation>
    </message>
    <message>
        <source>Also print the notes in the &amp;margin (for paper copies)</source>
        <translation>同时在页边打印笔记(&amp;M)（用于纸质副本）</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>左右对照</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>上下交替</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸 (Letter)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>The PDF has real text in both languages, bookmarks for every heading, links from citations to an index, and your highlights as PDF annotations any viewer shows.</source>
        <translation>生成的 PDF 含有可复制的中英文文本、每个标题的书签、从引用到索引的链接，以及任何阅读器都能显示的高亮批注。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::GlossaryDock</name>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Search terms in English or 中文…</source>
        <translation>以英文或中文搜索术语…</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::ImportJob</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Importing %1 papers…</source>
        <translation>正在导入 %1 篇论文…</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>未打开文库</translation>
    </message>
    <message>
        <source>Papers in the library</source>
        <translation>文库中的论文</translation>
    </message>
    <message>
        <source>Double-click a paper to open it. Import more with File → Import Paper… or by dropping .txt files on the window.</source>
        <translation>双击论文即可打开。可通过“文件 → 导入论文…”或将 .txt 文件拖到窗口上导入更多论文。</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::MainWindow</name>
    <message>
        <source>Import Paper</source>
        <translation>导入论文</translation>
    </message>
    <message>
        <source>Bilingual papers (*.txt);;All files (*)</source>
        <translation>双语论文 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <source>Duizhao libraries (*.duizhao);;All files (*)</source>
        <translation>对照文库 (*.duizhao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Structure &amp;Labels</source>
        <translation>结构标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Import Paper…</source>
        <translation>导入论文(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a bilingual paper (Ctrl+I)</source>
        <translation>导入双语论文 (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>连同引文复制(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the unit in both languages with a reference to the paper</source>
        <translation>复制本单元的中英文，并附上论文出处</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>左右对照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;English Only</source>
        <translation>仅英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chinese Only</source>
        <translation>仅中文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interleaved</source>
        <translation>上下交替(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chinese</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>中英文(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next Unit</source>
        <translation>下一单元(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Unit</source>
        <translation>上一单元(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation>下一节(&amp;S)</translation>
    </message>
    <message>
        <source>Previous S&amp;ection</source>
        <translation>上一节(&amp;E)</translation>
    </message>
    <message>
        <source>Focus S&amp;tructure</source>
        <translation>转到结构(&amp;T)</translation>
    </message>
    <message>
        <source>Focus &amp;Reader</source>
        <translation>转到阅读区(&amp;R)</translation>
    </message>
    <message>
        <source>Focus Search &amp;Results</source>
        <translation>转到搜索结果(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>下一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Search English and 中文 (Ctrl+F)</source>
        <translation>搜索英文和中文 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Words, "phrases", prefix*, -exclude, a OR b; Chinese words of any length</source>
        <translation>词语、"短语"、前缀*、-排除、a OR b；任意长度的中文词语</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>当前章节</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅读区</translation>
    </message>
    <message>
        <source>This library has no papers yet.
Import one with File → Import Paper…, or drop a .txt file on this window.</source>
        <translation>此文库中还没有论文。
请通过“文件 → 导入论文…”导入，或将 .txt 文件拖到此窗口。</translation>
    </message>
    <message>
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>%1 — Duizhao</source>
        <translation>%1 — 对照</translation>
    </message>
    <message>
        <source>Unit %1 of %2</source>
        <translation>第 %1 单元，共 %2 单元</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>My Library</source>
        <translation>我的文库</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <source>The library could not be opened:
%1</source>
        <translation>无法打开文库：
%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>导入已取消，文库未作更改。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.

%1</source>
        <translation>未导入任何内容，文库未作更改。

%1</translation>
    </message>
    <message>
        <source>That paper is already in the library.</source>
        <translation>该论文已在文库中。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duizhao 对照 %1&lt;/h3&gt;&lt;p&gt;An explorer for bilingual policy papers: the English translation beside its Chinese original, aligned paragraph by paragraph.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;The bundled paper: Gu Xueming 顾学明 and Liu Yiming 刘一鸣, “U.S. Technology Competition with China and China’s Countermeasures from the Perspective of Technology Power” [技术权力视角下美国对华技术竞争及中国应对], translated by &lt;a href="https://interpret.csis.org"&gt;CSIS Interpret: China&lt;/a&gt;, 2023; original work published 17 November 2022. The text is © its authors and translators.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;对照 Duizhao %1&lt;/h3&gt;&lt;p&gt;双语政策论文浏览器：英文译文与中文原文逐段对照。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;&lt;p&gt;随附论文：顾学明、刘一鸣，《技术权力视角下美国对华技术竞争及中国应对》（U.S. Technology Competition with China and China’s Countermeasures from the Perspective of Technology Power），英文译本由 &lt;a href="https://interpret.csis.org"&gt;CSIS Interpret: China&lt;/a&gt; 于 2023 年发布；原文发表于 2022 年 11 月 17 日。文本版权归作者和译者所有。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 SQLite 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <source>Papers imported: %1.</source>
        <translation>已导入论文：%1 篇。</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight in &amp;Colour</source>
        <translation>以颜色高亮(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected words (Ctrl+H)</source>
        <translation>高亮所选文字 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>高亮并添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Code Unit…</source>
        <translation>编码单元(&amp;C)…</translation>
    </message>
    <message>
        <source>Tag the whole aligned unit, English and Chinese at once</source>
        <translation>为整个对齐单元加标签，中英文同时适用</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>导出批注(&amp;A)…</translation>
    </message>
    <message>
        <source>Import Annota&amp;tions…</source>
        <translation>导入批注(&amp;T)…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Read-only: the disk is full</source>
        <translation>只读：磁盘已满</translation>
    </message>
    <message>
        <source>%1.
You can read and search; free some space and open the library again to make changes.</source>
        <translation>%1。
可以阅读和搜索；腾出一些空间后重新打开文库即可修改。</translation>
    </message>
    <message>
        <source>This library cannot be changed (no write permission, or opened read-only): you can read and search, but not import.</source>
        <translation>此文库无法修改（没有写入权限，或以只读方式打开）：可以阅读和搜索，但不能导入。</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The change could not be saved:
%1</source>
        <translation>无法保存此更改：
%1</translation>
    </message>
    <message>
        <source>The library could not be opened:
%1

The last automatic backup was taken on %2. Restore it? The damaged file is kept beside it.</source>
        <translation>无法打开文库：
%1

最近一次自动备份于 %2。是否恢复？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>Library Damaged</source>
        <translation>文库已损坏</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>This library is read-only; open a library you can write to, or check its permissions.</source>
        <translation>此文库为只读；请打开可写入的文库，或检查其权限。</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Code Unit %1…</source>
        <translation>编码第 %1 单元…</translation>
    </message>
    <message>
        <source>&amp;Edit Mark…</source>
        <translation>编辑标记(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Mark</source>
        <translation>删除标记(&amp;R)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The PDF was not written:
%1</source>
        <translation>未能写入 PDF：
%1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>Duizhao annotations (*.json)</source>
        <translation>对照批注 (*.json)</translation>
    </message>
    <message>
        <source>XFDF, for PDF viewers (*.xfdf)</source>
        <translation>XFDF，供 PDF 阅读器使用 (*.xfdf)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Exported the annotations to %1.</source>
        <translation>已将批注导出到 %1。</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>Annotations (*.json *.xfdf);;All files (*)</source>
        <translation>批注 (*.json *.xfdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Marks added: %1. Already here: %2.</source>
        <translation>新增标记：%1 条。已存在：%2 条。</translation>
    </message>
    <message>
        <source>E&amp;xport Data</source>
        <translation>导出数据(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>框架(&amp;F)</translation>
    </message>
    <message>
        <source>Framework &amp;Map</source>
        <translation>框架图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Table 1</source>
        <translation>表 1(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;imeline of Measures</source>
        <translation>措施时间线(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Review Proposed Measures…</source>
        <translation>审核候选措施(&amp;R)…</translation>
    </message>
    <message>
        <source>Measures as &amp;CSV…</source>
        <translation>措施导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Measures as &amp;JSON…</source>
        <translation>措施导出为 &amp;JSON…</translation>
    </message>
    <message>
        <source>Glossary as C&amp;SV…</source>
        <translation>术语表导出为 C&amp;SV…</translation>
    </message>
    <message>
        <source>Glossary as &amp;TBX (translation tools)…</source>
        <translation>术语表导出为 &amp;TBX（翻译工具）…</translation>
    </message>
    <message>
        <source>References as &amp;BibTeX…</source>
        <translation>参考文献导出为 &amp;BibTeX…</translation>
    </message>
    <message>
        <source>References as &amp;RIS…</source>
        <translation>参考文献导出为 &amp;RIS…</translation>
    </message>
    <message>
        <source>References as CSL-JS&amp;ON…</source>
        <translation>参考文献导出为 CSL-JS&amp;ON…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Glossary as JS&amp;ON…</source>
        <translation>术语表导出为 JSON(&amp;O)…</translation>
    </message>
    <message>
        <source>Framework as &amp;JSON…</source>
        <translation>框架导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>The annotations were not written:
%1</source>
        <translation>未能写入批注：
%1</translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation>导入完成，但有警告</translation>
    </message>
    <message>
        <source>The papers were imported. Their framework data gave these warnings:

%1</source>
        <translation>论文已导入。其框架数据给出以下警告：

%1</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::MeasuresDock</name>
    <message>
        <source>Review %1 proposed measures…</source>
        <translation>审核 %1 项候选措施…</translation>
    </message>
    <message>
        <source>The English translation does not give this name; it is the editors' translation.</source>
        <translation>英文译本中没有给出这一名称；此处为编者的译名。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>所有主体</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Filter by name, alias, note…</source>
        <translation>按名称、别名、说明筛选…</translation>
    </message>
    <message>
        <source>Category, e.g. export control</source>
        <translation>类别，例如 export control</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Up to the year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Measures the paper names</source>
        <translation>论文提及的措施</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有层面</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::NotesDock</name>
    <message>
        <source>Alignment Notes</source>
        <translation>对齐说明</translation>
    </message>
    <message>
        <source>Alignment notes</source>
        <translation>对齐说明</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Written into your highlights and notes, and on the title page of PDF exports</source>
        <translation>写入您的高亮和笔记，并印在导出 PDF 的扉页上</translation>
    </message>
    <message>
        <source>The paper is always shown in both of its languages; this sets the language of menus, panels and messages.</source>
        <translation>论文始终以两种语言显示；此项设置菜单、面板和消息所用的语言。</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>阅读区</translation>
    </message>
    <message>
        <source>(no English text in the source)</source>
        <translation>（原文中没有英文）</translation>
    </message>
    <message>
        <source>(no Chinese text in the source)</source>
        <translation>（原文中没有中文）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>连同引文复制(&amp;C)</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>In the Chinese: %1</source>
        <translation>中文：%1</translation>
    </message>
    <message>
        <source>In the English: %1</source>
        <translation>英文：%1</translation>
    </message>
    <message>
        <source>Footnote %1. The notes themselves are not part of the source text.</source>
        <translation>脚注 %1。脚注内容不在原文之中。</translation>
    </message>
    <message>
        <source>Occurrences in the paper: %1 — click to show them in Citations</source>
        <translation>在论文中出现 %1 次 — 点击可在“引用”中查看</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>This unit is coded</source>
        <translation>此单元已编码</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::SearchDock</name>
    <message>
        <source>No results for “%1”.
Search looks for every word in either language; try fewer words, a prefix like decoupl*, or the Chinese term.</source>
        <translation>没有找到“%1”。
搜索会在两种语言中查找每个词；请尝试减少词语、使用 decoupl* 之类的前缀，或输入中文术语。</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Type in the search field (Ctrl+F) to search the English and the Chinese.
Try 脱钩, “small yard”, decoupl* or 芯片 OR chips.</source>
        <translation>在搜索框 (Ctrl+F) 中输入即可搜索英文和中文。
试试 脱钩、“small yard”、decoupl* 或 芯片 OR chips。</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Hits for “%1”: %2</source>
        <translation>“%1”的搜索结果：%2 条</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::SpanNavigator</name>
    <message>
        <source>Not found in the text</source>
        <translation>正文中未找到</translation>
    </message>
    <message>
        <source>Previous place</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next place</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>%1 of %2 · unit %3</source>
        <translation>第 %1 处，共 %2 处 · 第 %3 单元</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::StructureDock</name>
    <message>
        <source>Legend of the framework marks</source>
        <translation>框架标记图例</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Filter sections…</source>
        <translation>筛选章节…</translation>
    </message>
    <message>
        <source>Filter the structure</source>
        <translation>筛选结构</translation>
    </message>
    <message>
        <source>Structure of the paper</source>
        <translation>论文结构</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::Table1Window</name>
    <message>
        <source>Table 1: Initiatives, Features and Measures of U.S. Technology Competition</source>
        <translation>表 1：美国对华技术竞争的主要举措、特征和代表性措施</translation>
    </message>
    <message>
        <source>Language of the table</source>
        <translation>表格语言</translation>
    </message>
    <message>
        <source>Table 1</source>
        <translation>表 1</translation>
    </message>
    <message>
        <source>Click a cell to read where the paper says it.</source>
        <translation>点击单元格即可查看论文中的相应论述。</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>There is already a tag called %1.</source>
        <translation>已经有名为 %1 的标签。</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>The framework tags keep their names; you can change their colours.</source>
        <translation>框架标签的名称不可更改，但可以更改颜色。</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>The framework tags cannot be removed.</source>
        <translation>框架标签不能删除。</translation>
    </message>
    <message>
        <source>Remove the tag %1 from every mark? This cannot be undone.</source>
        <translation>要从所有标记中删除标签 %1 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore bilingual English/Chinese policy papers.</source>
        <translation>浏览中英双语政策论文。</translation>
    </message>
    <message>
        <source>Open this library file.</source>
        <translation>打开此文库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Keep settings in this file.</source>
        <translation>将设置保存在此文件中。</translation>
    </message>
    <message>
        <source>Render screenshots into DIR and exit.</source>
        <translation>将截图保存到 DIR 后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Print the time to the first painted reader and exit.</source>
        <translation>输出首次绘制阅读区所用的时间后退出。</translation>
    </message>
    <message>
        <source>Start, paint once and exit (for packaging checks).</source>
        <translation>启动、绘制一次后退出（用于打包检查）。</translation>
    </message>
    <message>
        <source>A library (.duizhao) to open, or papers (.txt) to import.</source>
        <translation>要打开的文库 (.duizhao) 或要导入的论文 (.txt)。</translation>
    </message>
    <message>
        <source>Open the library without changing it.</source>
        <translation>以不作修改的方式打开文库。</translation>
    </message>
</context>
</TS>