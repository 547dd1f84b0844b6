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
    <name>duizhao::AlignmentEditor</name>
    <message>
        <source>Merge with next link</source>
        <translation>与下一对齐合并</translation>
    </message>
    <message>
        <source>Merge with previous link</source>
        <translation>与上一对齐合并</translation>
    </message>
    <message>
        <source>Shift first paragraph up</source>
        <translation>首段上移</translation>
    </message>
    <message>
        <source>Shift last paragraph down</source>
        <translation>末段下移</translation>
    </message>
    <message>
        <source>Make a gap</source>
        <translation>拆为空缺</translation>
    </message>
    <message>
        <source>Close a gap</source>
        <translation>合并空缺</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>确认对齐</translation>
    </message>
    <message>
        <source>Pin link</source>
        <translation>固定对齐</translation>
    </message>
    <message>
        <source>Unpin link</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>Re-align between pinned links</source>
        <translation>在固定对齐之间重新对齐</translation>
    </message>
</context>
<context>
    <name>duizhao::AlignmentLinksModel</name>
    <message>
        <source>%1 pinned</source>
        <translation>%1 已固定</translation>
    </message>
    <message>
        <source>⚠ %1 unsure</source>
        <translation>⚠ %1 不确定</translation>
    </message>
    <message>
        <source>Pinned: re-aligning keeps this link.</source>
        <translation>已固定：重新对齐时保留此对齐。</translation>
    </message>
    <message>
        <source>Unsure: check that these paragraphs translate each other.</source>
        <translation>不确定：请核对这些段落是否互为译文。</translation>
    </message>
    <message>
        <source>Not one-to-one: %1 English and %2 Chinese paragraphs.</source>
        <translation>非一对一：%1 个英文段落，%2 个中文段落。</translation>
    </message>
    <message>
        <source>Both sides have: %1</source>
        <translation>两侧共有：%1</translation>
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
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>%1 links: %2 sure, %3 unsure, %4 not one-to-one</source>
        <translation>%1 个对齐：%2 个确定，%3 个不确定，%4 个非一对一</translation>
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
    <name>duizhao::gui::AlignmentReviewDialog</name>
    <message>
        <source>re-aligning changed nothing</source>
        <translation>重新对齐没有改变任何内容</translation>
    </message>
    <message>
        <source>Re-align</source>
        <translation>重新对齐</translation>
    </message>
    <message>
        <source>Review Alignment</source>
        <translation>审阅对齐</translation>
    </message>
    <message>
        <source>&amp;Previous to Check</source>
        <translation>上一个待查(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next to Check</source>
        <translation>下一个待查(&amp;N)</translation>
    </message>
    <message>
        <source>Merge with &amp;Next</source>
        <translation>与下一对齐合并(&amp;N)</translation>
    </message>
    <message>
        <source>Merge with &amp;Previous</source>
        <translation>与上一对齐合并(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Split Paragraph at Cursor</source>
        <translation>在光标处拆分段落(&amp;S)</translation>
    </message>
    <message>
        <source>English First Paragraph &amp;Up</source>
        <translation>英文首段上移(&amp;U)</translation>
    </message>
    <message>
        <source>English Last Paragraph &amp;Down</source>
        <translation>英文末段下移(&amp;D)</translation>
    </message>
    <message>
        <source>Chinese First Paragraph U&amp;p</source>
        <translation>中文首段上移(&amp;P)</translation>
    </message>
    <message>
        <source>Chinese Last Paragraph Do&amp;wn</source>
        <translation>中文末段下移(&amp;W)</translation>
    </message>
    <message>
        <source>Make &amp;Gap</source>
        <translation>拆为空缺(&amp;G)</translation>
    </message>
    <message>
        <source>Close G&amp;ap</source>
        <translation>合并空缺(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Confirm Link</source>
        <translation>确认对齐(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;in Link</source>
        <translation>固定对齐(&amp;I)</translation>
    </message>
    <message>
        <source>Unpin Lin&amp;k</source>
        <translation>取消固定(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Re-align Between Pins</source>
        <translation>在固定对齐之间重新对齐(&amp;R)</translation>
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
        <source>Go to the previous unsure or not one-to-one link</source>
        <translation>转到上一个不确定或非一对一的对齐</translation>
    </message>
    <message>
        <source>Go to the next unsure or not one-to-one link</source>
        <translation>转到下一个不确定或非一对一的对齐</translation>
    </message>
    <message>
        <source>Join this link and the next one into one link</source>
        <translation>将此对齐与下一对齐合并为一个</translation>
    </message>
    <message>
        <source>Join this link and the previous one into one link</source>
        <translation>将此对齐与上一对齐合并为一个</translation>
    </message>
    <message>
        <source>Split the paragraph at the text cursor into two paragraphs</source>
        <translation>在文本光标处将段落拆成两段</translation>
    </message>
    <message>
        <source>Move this link&apos;s first English paragraph into the previous link</source>
        <translation>将此对齐的第一个英文段落移入上一对齐</translation>
    </message>
    <message>
        <source>Move this link&apos;s last English paragraph into the next link</source>
        <translation>将此对齐的最后一个英文段落移入下一对齐</translation>
    </message>
    <message>
        <source>Move this link&apos;s first Chinese paragraph into the previous link</source>
        <translation>将此对齐的第一个中文段落移入上一对齐</translation>
    </message>
    <message>
        <source>Move this link&apos;s last Chinese paragraph into the next link</source>
        <translation>将此对齐的最后一个中文段落移入下一对齐</translation>
    </message>
    <message>
        <source>Unpair this link: its English and its Chinese each stand alone</source>
        <translation>拆开此对齐：英文与中文各自单独成项</translation>
    </message>
    <message>
        <source>Pair an English paragraph without partner with the Chinese one next to it</source>
        <translation>将无对应的英文段落与相邻的中文段落配对</translation>
    </message>
    <message>
        <source>Mark this link as right</source>
        <translation>将此对齐标记为正确</translation>
    </message>
    <message>
        <source>Keep this link when re-aligning</source>
        <translation>重新对齐时保留此对齐</translation>
    </message>
    <message>
        <source>Let re-aligning change this link again</source>
        <translation>允许重新对齐再次改变此对齐</translation>
    </message>
    <message>
        <source>Align again everything between pinned links</source>
        <translation>重新对齐固定对齐之间的全部内容</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>重做最后撤销的编辑</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Title in Chinese</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Authors in English, separated by ;</source>
        <translation>英文作者，以 ; 分隔</translation>
    </message>
    <message>
        <source>Authors in Chinese, separated by ;</source>
        <translation>中文作者，以 ; 分隔</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Year of the translation</source>
        <translation>译文年份</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Year, URL:</source>
        <translation>年份、网址：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>No English paragraph in this link</source>
        <translation>此对齐没有英文段落</translation>
    </message>
    <message>
        <source>No Chinese paragraph in this link</source>
        <translation>此对齐没有中文段落</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Writing the aligned paper to the library…</source>
        <translation>正在将对齐后的论文写入文库…</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was written; the library is unchanged.

%1</source>
        <translation>未写入任何内容；文库保持不变。

%1</translation>
    </message>
    <message>
        <source>Discard Edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message>
        <source>Discard your edits to this alignment? Nothing will be written to the library.</source>
        <translation>放弃对此对齐的编辑吗？不会向文库写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Aligning again between the pinned links…</source>
        <translation>正在固定对齐之间重新对齐…</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::AlignmentEdit</name>
    <message>
        <source>Edit &amp;Alignment…</source>
        <translation>编辑对齐(&amp;A)…</translation>
    </message>
    <message>
        <source>Check and change how the open paper&apos;s paragraphs are paired; annotations stay on their words</source>
        <translation>检查并修改当前论文的段落配对；批注留在它们标注的文字上</translation>
    </message>
    <message>
        <source>Alignment saved: %1 units (%2 before). Annotations moved with their words: %3.</source>
        <translation>对齐已保存：%1 个单元（此前 %2 个）。随文字移动的批注：%3 条。</translation>
    </message>
    <message>
        <source>Annotations whose words are gone, now on their whole unit: %1.</source>
        <translation>所标文字已不在文中、改为标注整个单元的批注：%1 条。</translation>
    </message>
    <message>
        <source>Cannot Edit the Alignment</source>
        <translation>无法编辑对齐</translation>
    </message>
    <message>
        <source>Save Alignment</source>
        <translation>保存对齐</translation>
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
    <name>duizhao::gui::DraftJob</name>
    <message>
        <source>Aligning</source>
        <translation>正在对齐</translation>
    </message>
    <message>
        <source>Reading %1 and %2 and pairing their paragraphs…</source>
        <translation>正在读取 %1 和 %2 并配对段落…</translation>
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
    <name>duizhao::gui::BackupJob</name>
    <message>
        <source>The daily backup could not be taken: %1</source>
        <translation>未能完成每日备份：%1</translation>
    </message>
    <message>
        <source>Backing up the library… %1%</source>
        <translation>正在备份文库… %1%</translation>
    </message>
    <message>
        <source>The daily backup of the library, taken in the background into %1. Quitting stops it and leaves nothing behind.</source>
        <translation>文库的每日备份，正在后台写入 %1。退出程序会停止备份，且不留下任何文件。</translation>
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
    <message>
        <source>Importing: %1 of %2 files, %3 of %4 MB…</source>
        <translation>正在导入：已完成 %1/%2 个文件，%3/%4 MB…</translation>
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
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
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
    <name>duizhao::gui::MasteryChart</name>
    <message>
        <source>Other cards</source>
        <translation>其他卡片</translation>
    </message>
    <message>
        <source>No cards yet.</source>
        <translation>还没有卡片。</translation>
    </message>
    <message>
        <source>%1 of %2 mature</source>
        <translation>%2 张中 %1 张已成熟</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
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
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Duizhao keeps a copy of the library from each of the last %1 days it was changed, taken in the background once a day, and a copy from before each of the last %2 upgrades of its format. Older ones are deleted.</source>
        <translation>对照每天在后台为文库备份一次，保留文库有改动的最近 %1 天各一份副本，另保留最近 %2 次格式升级前各一份副本。更早的副本会被删除。</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>未打开文库。</translation>
    </message>
    <message>
        <source>This library has no backups yet.</source>
        <translation>此文库尚无备份。</translation>
    </message>
    <message>
        <source>This library has one backup, taking %1.</source>
        <translation>此文库有 1 份备份，占用 %1。</translation>
    </message>
    <message>
        <source>This library has %1 backups, taking %2.</source>
        <translation>此文库有 %1 份备份，占用 %2。</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::QuizDialog</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不对：答案是 %1。</translation>
    </message>
    <message>
        <source>See Result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>%1 of %2 right: no misses.</source>
        <translation>%2 题答对 %1 题，全部正确。</translation>
    </message>
    <message>
        <source>%1 of %2 right. Read again where the misses come from:</source>
        <translation>%2 题答对 %1 题。请重读答错的题目出自的段落：</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Show this paragraph in the paper</source>
        <translation>在论文中显示这一段</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>输入答案</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
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
    <name>duizhao::gui::ReviewDialog</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1个月</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>No more cards due today; next due %1.</source>
        <translation>今天没有到期的卡片了；下次到期：%1。</translation>
    </message>
    <message>
        <source>No more cards due today; none are waiting.</source>
        <translation>今天没有到期的卡片了，也没有等待复习的卡片。</translation>
    </message>
    <message>
        <source>New %1 · Learning %2 · Review %3</source>
        <translation>新卡 %1 · 学习中 %2 · 复习 %3</translation>
    </message>
    <message>
        <source>Answer Not Saved</source>
        <translation>答案未保存</translation>
    </message>
    <message>
        <source>The answer could not be saved:
%1</source>
        <translation>答案无法保存：
%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Show Answer (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message>
        <source>Show in Paper</source>
        <translation>在论文中显示</translation>
    </message>
    <message>
        <source>Go to the paragraph this card comes from</source>
        <translation>转到这张卡片出自的段落</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
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
    <name>duizhao::gui::StudyController</name>
    <message>
        <source>Cards Not Made</source>
        <translation>未能生成卡片</translation>
    </message>
    <message>
        <source>The study cards could not be made from the paper's data:
%1</source>
        <translation>无法从论文数据生成学习卡片：
%1</translation>
    </message>
    <message>
        <source>Cannot Review</source>
        <translation>无法复习</translation>
    </message>
    <message>
        <source>Cannot Make a Quiz</source>
        <translation>无法生成测验</translation>
    </message>
    <message>
        <source>No Questions</source>
        <translation>没有题目</translation>
    </message>
    <message>
        <source>This paper has no quiz questions for the deck and level chosen in the Study panel. Quizzes ask about key terms, measures and the framework.</source>
        <translation>在学习面板所选的卡组和层次下，这篇论文没有测验题目。测验考查关键术语、措施和框架。</translation>
    </message>
    <message>
        <source>Anki packages (*.apkg)</source>
        <translation>Anki 卡组包 (*.apkg)</translation>
    </message>
    <message>
        <source>Anki text import (*.txt)</source>
        <translation>Anki 文本导入 (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Study Cards</source>
        <translation>导出学习卡片</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>the Anki text file</source>
        <translation>Anki 文本文件</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>the Anki package</source>
        <translation>Anki 卡组包</translation>
    </message>
    <message>
        <source>Study cards written to %1</source>
        <translation>学习卡片已写入 %1</translation>
    </message>
    <message>
        <source>The study cards could not be written to %1:
%2</source>
        <translation>学习卡片无法写入 %1：
%2</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>学习(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review Due Cards</source>
        <translation>复习到期卡片(&amp;R)</translation>
    </message>
    <message>
        <source>Review the cards due today (F7)</source>
        <translation>复习今天到期的卡片（F7）</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>测验(&amp;Q)…</translation>
    </message>
    <message>
        <source>Export for &amp;Anki…</source>
        <translation>导出到 Anki(&amp;A)…</translation>
    </message>
    <message>
        <source>Export as Anki &amp;Text…</source>
        <translation>导出为 Anki 文本(&amp;T)…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Exporting study cards (%1)…</source>
        <translation>正在导出学习卡片（%1 张）…</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::StudyDock</name>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新卡</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>学习中</translation>
    </message>
    <message>
        <source>young</source>
        <translation>短期</translation>
    </message>
    <message>
        <source>mature</source>
        <translation>已成熟</translation>
    </message>
    <message>
        <source>answered today</source>
        <translation>今日已答</translation>
    </message>
    <message>
        <source>Mastery by framework level</source>
        <translation>各框架层次的掌握程度</translation>
    </message>
    <message>
        <source>Weak spots</source>
        <translation>薄弱环节</translation>
    </message>
    <message>
        <source>Study only</source>
        <translation>只学习</translation>
    </message>
    <message>
        <source>Deck:</source>
        <translation>卡组：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层次：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限额</translation>
    </message>
    <message>
        <source>New cards per day:</source>
        <translation>每日新卡数：</translation>
    </message>
    <message>
        <source>Answers per day at most:</source>
        <translation>每日最多作答：</translation>
    </message>
    <message>
        <source>Desired retention:</source>
        <translation>目标记忆保持率：</translation>
    </message>
    <message>
        <source>Quiz questions:</source>
        <translation>测验题数：</translation>
    </message>
    <message>
        <source>The study progress could not be read: %1</source>
        <translation>无法读取学习进度：%1</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>全部卡组</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层次</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>No paper is open.</source>
        <translation>没有打开论文。</translation>
    </message>
    <message>
        <source>Retention over the last 30 days: no answers to cards past learning yet.</source>
        <translation>近 30 天记忆保持率：已过学习阶段的卡片还没有作答。</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Show this paragraph in the paper</source>
        <translation>在论文中显示这一段</translation>
    </message>
    <message>
        <source>No card failed yet.</source>
        <translation>还没有答错的卡片。</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>复习（%1）</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The study settings could not be saved:
%1</source>
        <translation>学习设置无法保存：
%1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Review the cards due today (F7)</source>
        <translation>复习今天到期的卡片（F7）</translation>
    </message>
    <message>
        <source>A quiz of multiple-choice and typed questions; it does not change the schedule (Shift+F7)</source>
        <translation>选择题和填空题测验，不影响复习计划（Shift+F7）</translation>
    </message>
    <message>
        <source>Most failed cards</source>
        <translation>答错最多的卡片</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>答错</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Retention over the last 30 days: %1% (answers to cards past learning: %2)</source>
        <translation>近 30 天记忆保持率：%1%（已过学习阶段的卡片作答次数：%2）</translation>
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
    <name>duizhao::gui::EmptyLibraryPage</name>
    <message>
        <source>Add the &amp;Sample Paper</source>
        <translation>添加示例论文(&amp;S)</translation>
    </message>
    <message>
        <source>Add the paper that comes with Duizhao, an English translation beside its Chinese original, to this library</source>
        <translation>将对照自带的论文（英文译文与中文原文对照）添加到此文库</translation>
    </message>
    <message>
        <source>This library has no papers yet</source>
        <translation>此文库还没有论文</translation>
    </message>
    <message>
        <source>No paper is open</source>
        <translation>没有打开的论文</translation>
    </message>
    <message>
        <source>This library is read-only: open a library you can write to (File → Open Library…) to add papers.</source>
        <translation>此文库为只读：请打开一个可写入的文库（文件 → 打开文库…）再添加论文。</translation>
    </message>
    <message>
        <source>Duizhao reads a policy paper&apos;s English translation beside its Chinese original, paragraph by paragraph. Bring one in:</source>
        <translation>对照将政策论文的英文译文与中文原文逐段并排阅读。先导入一篇：</translation>
    </message>
    <message>
        <source>Import a paper…</source>
        <translation>导入论文…</translation>
    </message>
    <message>
        <source>A bilingual paper in one text file, English and Chinese paragraphs in turn (Ctrl+I)</source>
        <translation>一个文本文件中的双语论文，英文段落与中文段落交替（Ctrl+I）</translation>
    </message>
    <message>
        <source>Import a translation and its original…</source>
        <translation>导入译文及其原文…</translation>
    </message>
    <message>
        <source>The English translation and the Chinese original in two files, paired paragraph by paragraph (Ctrl+Shift+I)</source>
        <translation>英文译文和中文原文分别在两个文件中，逐段配对（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Add the sample paper</source>
        <translation>添加示例论文</translation>
    </message>
    <message>
        <source>You can also drop paper files on this window. The sample paper: Gu Xueming and Liu Yiming, “U.S. Technology Competition with China and China’s Countermeasures from the Perspective of Technology Power” (CSIS Interpret: China, 2023).</source>
        <translation>也可以把论文文件拖到此窗口。示例论文：顾学明、刘一鸣，《技术权力视角下美国对华技术竞争及中国应对》（CSIS Interpret: China 英译，2023）。</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::TranslationImport</name>
    <message>
        <source>Import &amp;Translation and Original…</source>
        <translation>导入译文和原文(&amp;T)…</translation>
    </message>
    <message>
        <source>Import a translation and its original from two files, pairing their paragraphs (%1)</source>
        <translation>从两个文件导入译文及其原文，并配对段落（%1）</translation>
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
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.

%1</source>
        <translation>未导入任何内容；文库保持不变。

%1</translation>
    </message>
</context>
<context>
    <name>duizhao::gui::TranslationPairDialog</name>
    <message>
        <source>Translations and originals (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>译文和原文 (*.txt *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Translation and Original</source>
        <translation>导入译文和原文</translation>
    </message>
    <message>
        <source>Pick the English translation and the Chinese original: plain text, a saved web page or a PDF each. Their paragraphs are paired, and you can check the pairs before anything is imported.</source>
        <translation>请选择英文译文和中文原文：纯文本、保存的网页或 PDF 均可。程序会配对两者的段落，在导入之前您可以检查这些配对。</translation>
    </message>
    <message>
        <source>&amp;English (translation):</source>
        <translation>英文（译文）(&amp;E)：</translation>
    </message>
    <message>
        <source>The English Translation</source>
        <translation>英文译文</translation>
    </message>
    <message>
        <source>&amp;Chinese (original):</source>
        <translation>中文（原文）(&amp;C)：</translation>
    </message>
    <message>
        <source>The Chinese Original</source>
        <translation>中文原文</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>互换(&amp;S)</translation>
    </message>
    <message>
        <source>The English file becomes the Chinese one and the other way round</source>
        <translation>英文文件与中文文件互换</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>对齐(&amp;A)</translation>
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