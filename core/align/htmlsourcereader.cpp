#include "htmlsourcereader.h"

#include "align/linejoiner.h"
#include "align/sourcereader.h"
#include "error.h"
#include "text/script.h"
#include "text/textfilecheck.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <gumbo.h>

#include <cctype>
#include <memory>
#include <utility>

namespace duizhao {

namespace {

// ---- gumbo, held and walked ----

struct GumboDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboTree parse(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we read what a browser would show; its parse errors are of no use
    return GumboTree(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool hasChildren(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT || isElement(node);
}

const GumboNode *child(const GumboNode *node, unsigned int i)
{
    return static_cast<const GumboNode *>(childrenOf(node).data[i]);
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

GumboTag tagOf(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

bool isHeadingTag(GumboTag tag)
{
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
           tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// Calls visit(node) for every node below `root` in document order, without recursion (a page
// may nest deeper than a thread's stack goes). visit returns false to skip a node's children;
// leave(node) runs after an element's children.
template<typename Visit, typename Leave>
void walk(const GumboNode *root, Visit &&visit, Leave &&leave)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned int next;
    };
    QList<Frame> stack;
    if (!visit(root))
        return;
    if (!hasChildren(root)) {
        leave(root);
        return;
    }
    stack.append({root, 0});
    while (!stack.isEmpty()) {
        Frame &top = stack.back();
        if (top.next >= childrenOf(top.node).length) {
            const GumboNode *done = top.node;
            stack.removeLast();
            leave(done);
            continue;
        }
        const GumboNode *node = child(top.node, top.next++);
        if (!visit(node))
            continue;
        if (hasChildren(node))
            stack.append({node, 0});
        else
            leave(node);
    }
}

template<typename Visit>
void walk(const GumboNode *root, Visit &&visit)
{
    walk(root, std::forward<Visit>(visit), [](const GumboNode *) {});
}

QString plainText(const GumboNode *root)
{
    QString out;
    walk(root, [&](const GumboNode *node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE)
            out += QString::fromUtf8(node->v.text.text);
        return node->type != GUMBO_NODE_COMMENT;
    });
    return script::simplified(out);
}

// class and id split into lower-case words: "share-bar__item" → share, bar, item.
QStringList wordsOf(const GumboNode *node)
{
    QStringList words;
    for (const char *name : {"class", "id"}) {
        QString word;
        const QString value = attribute(node, name).toLower() + u' ';
        for (const QChar ch : value) {
            if (ch.isLetterOrNumber()) {
                word += ch;
            } else if (!word.isEmpty()) {
                words.append(word);
                word.clear();
            }
        }
    }
    return words;
}

// ---- charsets ----

QString charsetFromContentType(const QString &content)
{
    const QString lower = content.toLower();
    qsizetype at = lower.indexOf(u"charset");
    if (at < 0)
        return {};
    at += 7;
    while (at < lower.size() && lower[at].isSpace())
        ++at;
    if (at >= lower.size() || lower[at] != u'=')
        return {};
    ++at;
    while (at < lower.size() && (lower[at].isSpace() || lower[at] == u'"' || lower[at] == u'\''))
        ++at;
    qsizetype end = at;
    while (end < lower.size() && !lower[end].isSpace() && lower[end] != u';' && lower[end] != u'"' &&
           lower[end] != u'\'')
        ++end;
    return lower.mid(at, end - at);
}

// The name QStringDecoder knows for a label a page uses, following the WHATWG encoding labels:
// pages that say gb2312 are in practice GBK, which GB18030 contains.
QByteArray decoderName(const QString &label)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("utf-8"), "UTF-8"},
        {QStringLiteral("utf8"), "UTF-8"},
        {QStringLiteral("unicode-1-1-utf-8"), "UTF-8"},
        // A page that says UTF-16 in a meta tag, which the parser read as ASCII, is not UTF-16.
        {QStringLiteral("utf-16"), "UTF-8"},
        {QStringLiteral("utf-16le"), "UTF-8"},
        {QStringLiteral("utf-16be"), "UTF-8"},
        {QStringLiteral("gb2312"), "GB18030"},
        {QStringLiteral("gbk"), "GB18030"},
        {QStringLiteral("x-gbk"), "GB18030"},
        {QStringLiteral("gb_2312-80"), "GB18030"},
        {QStringLiteral("gb_2312"), "GB18030"},
        {QStringLiteral("csgb2312"), "GB18030"},
        {QStringLiteral("chinese"), "GB18030"},
        {QStringLiteral("cp936"), "GB18030"},
        {QStringLiteral("windows-936"), "GB18030"},
        {QStringLiteral("iso-ir-58"), "GB18030"},
        {QStringLiteral("gb18030"), "GB18030"},
        {QStringLiteral("big5"), "Big5"},
        {QStringLiteral("big5-hkscs"), "Big5-HKSCS"},
        {QStringLiteral("cn-big5"), "Big5"},
        {QStringLiteral("x-x-big5"), "Big5"},
        {QStringLiteral("csbig5"), "Big5"},
        {QStringLiteral("us-ascii"), "windows-1252"},
        {QStringLiteral("ascii"), "windows-1252"},
        {QStringLiteral("iso-8859-1"), "windows-1252"},
        {QStringLiteral("latin1"), "windows-1252"},
        {QStringLiteral("windows-1252"), "windows-1252"},
    };
    const auto it = names.constFind(label);
    return it != names.cend() ? QByteArray(it.value()) : label.toLatin1();
}

QString decode(const QByteArray &bytes, const QString &fileName)
{
    static constexpr TextFileCheck::Kind what{"a web page", SourceReader::MaxFileSize};
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return TextFileCheck::decode(bytes, fileName, what); // a BOM outranks what the page says
    const QString label = HtmlSourceReader::declaredCharset(bytes);
    const QByteArray name = decoderName(label);
    if (label.isEmpty() || name == "UTF-8")
        return TextFileCheck::decode(bytes, fileName, what);

    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the page is in the %1 character set, which cannot be read here; save it as UTF-8")
                        .arg(label),
                    fileName);
    }
    // The control bytes that mean binary data are the same in every charset a page may use.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            throw Error(Error::Kind::Data,
                        QStringLiteral("binary data (byte 0x%1); a web page is text").arg(c, 2, 16, QLatin1Char('0')),
                        fileName, TextFileCheck::lineAt(bytes, i));
        }
    }
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const int line = bad < 0 ? 0 : int(QStringView(text).left(bad).count(u'\n')) + 1;
        throw Error(Error::Kind::Data,
                    QStringLiteral("the page says it is in the %1 character set, but it is not; the file may be "
                                   "damaged or saved in another character set")
                        .arg(label),
                    fileName, line);
    }
    return text;
}

// ---- a guard before parsing ----

// HTML5 tree building checks the stack of open elements at every tag, so gumbo takes time that
// grows with the depth of nesting times the number of tags: a page of 50,000 nested <div>s takes
// half a minute. Browsers stop nesting at 512 levels; no saved page comes close to MaxDepth. This
// follows start and end tags only as far as needed to tell the depth (not the text, which is
// gumbo's job): it skips comments, doctypes and the raw text of scripts and styles, does not count
// void elements, ends a <p>, <li> or <td> left open at the next of its kind (and a <p> at a block),
// and lets an end tag close what was left open inside it. Returns the offset of the first tag
// deeper than MaxDepth, or -1.
constexpr int MaxDepth = 1024;

qsizetype tooDeep(const QByteArray &html)
{
    static const QSet<QByteArray> voids = {"area",   "base",  "br",   "col",   "embed",  "hr",    "img",
                                           "input",  "link",  "meta", "param", "source", "track", "wbr",
                                           "keygen", "image", "html", "head",  "body"};
    // Elements whose end tag may be left out: the next one of their kind ends them.
    static const QHash<QByteArray, QByteArray> kinds = {{"p", "p"},
                                                        {"li", "li"},
                                                        {"dt", "d"},
                                                        {"dd", "d"},
                                                        {"tr", "tr"},
                                                        {"td", "t"},
                                                        {"th", "t"},
                                                        {"option", "option"},
                                                        {"optgroup", "optgroup"},
                                                        {"rb", "r"},
                                                        {"rt", "r"},
                                                        {"rp", "r"},
                                                        {"thead", "tb"},
                                                        {"tbody", "tb"},
                                                        {"tfoot", "tb"},
                                                        {"colgroup", "colgroup"},
                                                        {"caption", "caption"}};
    // Blocks that end an open <p>.
    static const QSet<QByteArray> closesP = {
        "address", "article", "aside", "blockquote", "div",     "dl",   "fieldset", "figure",     "footer", "form",
        "h1",      "h2",      "h3",    "h4",         "h5",      "h6",   "header",   "main",       "nav",    "ol",
        "pre",     "section", "table", "ul",         "details", "menu", "hgroup",   "figcaption", "center"};
    static const QSet<QByteArray> rawText = {"script", "style",  "textarea", "title",
                                             "xmp",    "iframe", "noembed",  "noframes"};
    QList<QByteArray> open; // tag names, or for elements in `kinds` their kind
    // Closes the nearest open `name` within the last 64, unless one of `scope` comes first: an
    // <li> ends the previous <li> of its own list, not one of the list around it.
    const auto closeTo = [&](const QByteArray &name, std::initializer_list<const char *> scope) {
        for (qsizetype d = open.size() - 1; d >= 0 && d >= open.size() - 64; --d) {
            if (open[d] == name) {
                open.resize(d);
                return;
            }
            for (const char *boundary : scope) {
                if (open[d] == boundary)
                    return;
            }
        }
    };
    const auto scopeOf = [](const QByteArray &kind) -> std::initializer_list<const char *> {
        static const std::initializer_list<const char *> lists = {"ul", "ol", "menu"};
        static const std::initializer_list<const char *> definitions = {"dl"};
        static const std::initializer_list<const char *> tables = {"table"};
        static const std::initializer_list<const char *> selects = {"select", "datalist"};
        static const std::initializer_list<const char *> ruby = {"ruby"};
        static const std::initializer_list<const char *> paragraphs = {"button", "table", "t", "caption", "object"};
        if (kind == "li")
            return lists;
        if (kind == "d")
            return definitions;
        if (kind == "tr" || kind == "t" || kind == "tb" || kind == "colgroup" || kind == "caption")
            return tables;
        if (kind == "option" || kind == "optgroup")
            return selects;
        if (kind == "r")
            return ruby;
        return paragraphs;
    };
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        i = html.indexOf('<', i);
        if (i < 0 || i + 1 >= n)
            break;
        if (html.mid(i, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = html[i + 1] == '/';
        qsizetype k = i + (closing ? 2 : 1);
        qsizetype nameEnd = k;
        while (nameEnd < n && (std::isalnum(static_cast<unsigned char>(html[nameEnd])) || html[nameEnd] == '-'))
            ++nameEnd;
        if (nameEnd == k || !std::isalpha(static_cast<unsigned char>(html[k]))) {
            // "<!doctype", "<?xml", or a "<" in the text.
            ++i;
            continue;
        }
        const QByteArray name = html.mid(k, nameEnd - k).toLower();
        qsizetype end = nameEnd;
        char quote = 0;
        for (; end < n; ++end) {
            const char c = html[end];
            if (quote) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        const bool selfClosing = end < n && html[end - 1] == '/';
        const qsizetype tag = i;
        i = end + 1;
        if (closing) {
            // An end tag closes its element and whatever was left open inside it.
            closeTo(kinds.value(name, name), {});
            continue;
        }
        if (rawText.contains(name)) {
            // Up to its end tag, in any case: "</SCRIPT>".
            qsizetype close = html.indexOf("</", i);
            while (close >= 0 && html.mid(close + 2, name.size()).toLower() != name)
                close = html.indexOf("</", close + 2);
            i = close < 0 ? n : close;
            continue;
        }
        if (selfClosing || voids.contains(name))
            continue;
        if (closesP.contains(name))
            closeTo("p", scopeOf("p"));
        const QByteArray kind = kinds.value(name, name);
        if (kinds.contains(name))
            closeTo(kind, scopeOf(kind));
        open.append(kind);
        if (open.size() > MaxDepth)
            return tag;
    }
    return -1;
}

// ---- what the page says about itself ----

SourceMeta readMeta(const GumboNode *root)
{
    QHash<QString, QStringList> values; // lower-case name → contents, in page order
    QString titleElement;
    QString canonical;
    walk(root, [&](const GumboNode *node) {
        if (!isElement(node))
            return false;
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_META) {
            const QString content = script::simplified(attribute(node, "content"));
            for (const char *key : {"name", "property", "itemprop"}) {
                const QString name = attribute(node, key).trimmed().toLower();
                if (!name.isEmpty() && !content.isEmpty())
                    values[name].append(content);
            }
        } else if (tag == GUMBO_TAG_TITLE && titleElement.isEmpty()) {
            titleElement = plainText(node);
        } else if (tag == GUMBO_TAG_LINK && canonical.isEmpty()) {
            if (attribute(node, "rel").toLower().split(u' ').contains(u"canonical"))
                canonical = attribute(node, "href").trimmed();
        } else if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) {
            return false;
        }
        return true;
    });
    const auto first = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            const QStringList found = values.value(QString::fromLatin1(name));
            if (!found.isEmpty())
                return found.front();
        }
        return QString();
    };
    const auto all = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            const QStringList found = values.value(QString::fromLatin1(name));
            if (!found.isEmpty())
                return found;
        }
        return QStringList();
    };

    SourceMeta meta;
    meta.title = first({"citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title"});
    if (meta.title.isEmpty())
        meta.title = titleElement;
    meta.authors = all({"citation_author", "dc.creator", "dcterms.creator", "author"});
    meta.date = first({"citation_publication_date", "citation_date", "citation_online_date", "article:published_time",
                       "dc.date", "dcterms.date", "dc.date.issued", "dcterms.issued", "datepublished"});
    meta.url = canonical;
    if (meta.url.isEmpty())
        meta.url = first({"og:url", "citation_public_url", "citation_fulltext_html_url", "citation_abstract_html_url"});
    if (meta.url.isEmpty()) {
        const QString id = first({"dc.identifier", "dcterms.identifier"});
        if (id.startsWith(u"http"))
            meta.url = id;
    }
    meta.publisher = first({"citation_publisher", "dc.publisher", "dcterms.publisher", "og:site_name"});
    return meta;
}

// ---- what is not the article ----

bool isHidden(const GumboNode *node)
{
    if (hasAttribute(node, "hidden") || attribute(node, "aria-hidden").trimmed().toLower() == u"true")
        return true;
    QString style = attribute(node, "style").toLower();
    style.remove(u' ');
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

// Looks a few dozen levels up only: an article's header sits close to its article, and a page
// of headers nested ten thousand deep must not cost ten thousand steps for each.
bool hasAncestor(const GumboNode *node, std::initializer_list<GumboTag> tags)
{
    int levels = 0;
    for (const GumboNode *p = node->parent; p && levels < 48; p = p->parent, ++levels) {
        for (GumboTag tag : tags) {
            if (tagOf(p) == tag)
                return true;
        }
        if (attribute(p, "role").toLower() == u"main")
            return true;
    }
    return false;
}

bool isBackLink(const GumboNode *a)
{
    const QString text = plainText(a);
    const QString href = attribute(a, "href");
    static const QStringList arrows = {QStringLiteral("↩"),   QStringLiteral("↩︎"), QStringLiteral("↑"),
                                       QStringLiteral("^"),   QStringLiteral("↵"),      QStringLiteral("back"),
                                       QStringLiteral("返回")};
    return arrows.contains(text.toLower()) || href.startsWith(u"#fnref") || href.startsWith(u"#ref") ||
           href.startsWith(u"#_ftnref") || href.startsWith(u"#_ednref") ||
           attribute(a, "class").toLower().contains(u"backref") || attribute(a, "role").toLower() == u"doc-backlink";
}

// An ordered or unordered list, a section or a div of footnotes: named so (footnotes, endnotes,
// notes, fn), marked so (doc-endnotes), or a list whose items link back to where they were cited.
bool isFootnoteList(const GumboNode *node)
{
    const GumboTag tag = tagOf(node);
    if (tag != GUMBO_TAG_OL && tag != GUMBO_TAG_UL && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_DIV &&
        tag != GUMBO_TAG_ASIDE && tag != GUMBO_TAG_DL && tag != GUMBO_TAG_FOOTER)
        return false;
    for (const QString &word : wordsOf(node)) {
        if (word.startsWith(u"footnote") || word.startsWith(u"endnote") || word == u"notes" || word == u"fn" ||
            word == u"fns")
            return true;
    }
    const QString role = attribute(node, "role").toLower();
    if (role == u"doc-endnotes" || role == u"doc-footnotes" || role == u"doc-footnote")
        return true;
    if (attribute(node, "epub:type").toLower().contains(u"note"))
        return true;
    if (tag != GUMBO_TAG_OL && tag != GUMBO_TAG_UL)
        return false;
    int items = 0;
    int linked = 0;
    for (unsigned int i = 0; i < childrenOf(node).length; ++i) {
        const GumboNode *li = child(node, i);
        if (tagOf(li) != GUMBO_TAG_LI)
            continue;
        ++items;
        // A back link sits at the start or the end of its note, not deep inside: look at the
        // first few dozen nodes only, so that nested lists cost no more than flat ones.
        bool back = false;
        bool firstText = true;
        int budget = 64;
        walk(li, [&](const GumboNode *n) {
            if (n->type == GUMBO_NODE_TEXT && firstText) {
                firstText = false;
                back = QString::fromUtf8(n->v.text.text).trimmed().startsWith(u"↩");
            }
            if (tagOf(n) == GUMBO_TAG_A && isBackLink(n))
                back = true;
            return !back && --budget > 0;
        });
        linked += back ? 1 : 0;
    }
    return items > 0 && linked * 2 >= items;
}

const GumboNode *nextElementSibling(const GumboNode *node)
{
    const GumboNode *parent = node->parent;
    if (!parent || !hasChildren(parent))
        return nullptr;
    for (unsigned int i = unsigned(node->index_within_parent) + 1; i < childrenOf(parent).length; ++i) {
        const GumboNode *next = child(parent, i);
        if (isElement(next))
            return next;
    }
    return nullptr;
}

// Elements never part of an article, whatever the page around them.
bool isOutside(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_RT: // ruby pronunciation over Chinese characters is not part of the text
    case GUMBO_TAG_RP:
        return true;
    case GUMBO_TAG_HEADER:
        // A site's header is navigation; an article's own header holds its title.
        return !hasAncestor(node, {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN});
    default:
        break;
    }
    if (node->type == GUMBO_NODE_TEMPLATE || isHidden(node))
        return true;
    static const QSet<QString> roles = {QStringLiteral("navigation"),  QStringLiteral("banner"),
                                        QStringLiteral("contentinfo"), QStringLiteral("complementary"),
                                        QStringLiteral("search"),      QStringLiteral("menu"),
                                        QStringLiteral("menubar"),     QStringLiteral("toolbar"),
                                        QStringLiteral("dialog"),      QStringLiteral("alertdialog")};
    if (roles.contains(attribute(node, "role").trimmed().toLower()))
        return true;
    if (isFootnoteList(node))
        return true;
    // The heading of a footnote list ("Notes", "注释") goes with it.
    if (isHeadingTag(tagOf(node))) {
        const GumboNode *next = nextElementSibling(node);
        if (next && isFootnoteList(next) && plainText(node).size() <= 40)
            return true;
    }
    return false;
}

// Class and id words of page furniture: menus, sidebars, sharing bars, bylines, breadcrumbs
// ("position", "location" on Chinese sites), footers. A wrapper that merely mentions one
// ("layout-with-sidebar") is kept when it holds much of the page's text: see Article.
bool namedLikeBoilerplate(const GumboNode *node)
{
    static const QSet<QString> names = {
        QStringLiteral("nav"),        QStringLiteral("navbar"),        QStringLiteral("navigation"),
        QStringLiteral("menu"),       QStringLiteral("menubar"),       QStringLiteral("sidebar"),
        QStringLiteral("share"),      QStringLiteral("sharing"),       QStringLiteral("social"),
        QStringLiteral("related"),    QStringLiteral("comments"),      QStringLiteral("comment"),
        QStringLiteral("breadcrumb"), QStringLiteral("breadcrumbs"),   QStringLiteral("cookie"),
        QStringLiteral("cookies"),    QStringLiteral("newsletter"),    QStringLiteral("subscribe"),
        QStringLiteral("advert"),     QStringLiteral("advertisement"), QStringLiteral("ads"),
        QStringLiteral("promo"),      QStringLiteral("popup"),         QStringLiteral("modal"),
        QStringLiteral("skip"),       QStringLiteral("toolbar"),       QStringLiteral("masthead"),
        QStringLiteral("pagination"), QStringLiteral("pager"),         QStringLiteral("sharebar"),
        QStringLiteral("footer"),     QStringLiteral("copyright"),     QStringLiteral("widget"),
        QStringLiteral("crumb"),      QStringLiteral("crumbs"),        QStringLiteral("position"),
        QStringLiteral("location"),   QStringLiteral("byline"),        QStringLiteral("meta"),
        QStringLiteral("info")};
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE)
        return false;
    for (const QString &word : wordsOf(node)) {
        if (names.contains(word))
            return true;
    }
    return false;
}

// ---- the article ----

class Article final
{
public:
    Article(const GumboNode *root, Lang lang)
        : m_lang(lang)
    {
        // Visible text per element, first without the elements dropped by name, to see which of
        // those hold most of the page (and so are not furniture after all).
        count(root, false);
        const qint64 total = m_text.value(root);
        walk(root, [&](const GumboNode *node) {
            if (!isElement(node) || outside(node))
                return false;
            if (namedLikeBoilerplate(node) && m_text.value(node) * 10 < total * 3)
                m_dropped.insert(node);
            return true;
        });
        m_text.clear();
        m_inP.clear();
        m_headings.clear();
        count(root, true);
        m_root = findRoot(root);
    }

    QList<SourceParagraph> paragraphs()
    {
        if (!m_root)
            return {};
        walk(
            m_root,
            [&](const GumboNode *node) {
                if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
                    node->type == GUMBO_NODE_WHITESPACE) {
                    append(node);
                    return false;
                }
                if (!isElement(node) || dropped(node))
                    return false;
                const GumboTag tag = tagOf(node);
                if (tag == GUMBO_TAG_BR) {
                    m_buffer += u'\n';
                } else if (isBlock(tag)) {
                    flush();
                    m_blocks.append(tag);
                } else if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG) {
                    ++m_bold;
                }
                return true;
            },
            [&](const GumboNode *node) {
                const GumboTag tag = tagOf(node);
                if (isElement(node) && isBlock(tag)) {
                    flush();
                    m_blocks.removeLast();
                } else if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG) {
                    --m_bold;
                }
            });
        flush();
        return m_paragraphs;
    }

private:
    bool dropped(const GumboNode *node) const { return outside(node) || m_dropped.contains(node); }

    bool outside(const GumboNode *node) const
    {
        const auto it = m_outside.constFind(node);
        if (it != m_outside.cend())
            return it.value();
        const bool result = isOutside(node);
        m_outside.insert(node, result);
        return result;
    }

    static bool isBlock(GumboTag tag)
    {
        switch (tag) {
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_CENTER:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_DIR:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_HGROUP:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_HTML:
        case GUMBO_TAG_LEGEND:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_P:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_UL:
            return true;
        default:
            return false;
        }
    }

    // Counts the visible characters below every element into m_text.
    void count(const GumboNode *root, bool withNamed)
    {
        walk(
            root,
            [&](const GumboNode *node) {
                if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
                    qint64 n = 0;
                    for (const QChar ch : QString::fromUtf8(node->v.text.text))
                        n += script::isSpace(ch.unicode()) ? 0 : 1;
                    m_text[node->parent] += n;
                    return false;
                }
                return isElement(node) && !outside(node) && !(withNamed && m_dropped.contains(node));
            },
            [&](const GumboNode *node) {
                const GumboTag tag = tagOf(node);
                if (tag == GUMBO_TAG_P)
                    m_inP[node] = m_text.value(node);
                if (tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3)
                    m_headings[node] += 1;
                if (node->parent && node != root) {
                    m_text[node->parent] += m_text.value(node);
                    m_inP[node->parent] += m_inP.value(node);
                    m_headings[node->parent] += m_headings.value(node);
                }
            });
    }

    // The element that holds the article: an <article>, <main> or role=main that holds most of
    // the text, else the element whose paragraphs hold most, widened to take in a title or a
    // subheading next to them but not a sidebar.
    const GumboNode *findRoot(const GumboNode *root) const
    {
        QList<const GumboNode *> marked;
        QHash<const GumboNode *, qint64> inParagraphs; // text of the <p> children of each element
        walk(root, [&](const GumboNode *node) {
            if (!isElement(node) || dropped(node))
                return false;
            const GumboTag tag = tagOf(node);
            if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || attribute(node, "role").toLower() == u"main" ||
                attribute(node, "itemprop").toLower() == u"articlebody")
                marked.append(node);
            if (tag == GUMBO_TAG_P && node->parent)
                inParagraphs[node->parent] += m_text.value(node);
            return true;
        });

        const GumboNode *dense = nullptr;
        for (auto it = inParagraphs.cbegin(); it != inParagraphs.cend(); ++it) {
            if (!dense || it.value() > inParagraphs.value(dense))
                dense = it.key();
        }
        // Widen to the parent while what it adds is little and is a title or more paragraphs,
        // not a byline, a menu or a list of links that no class name gave away.
        while (dense && dense->parent && isElement(dense->parent)) {
            const GumboNode *parent = dense->parent;
            const qint64 extra = m_text.value(parent) - m_text.value(dense);
            const qint64 extraInP = m_inP.value(parent) - m_inP.value(dense);
            const qint64 extraHeadings = m_headings.value(parent) - m_headings.value(dense);
            if (extra * 4 > m_text.value(dense) || (extra > 0 && extraHeadings == 0 && extraInP * 10 < extra * 6))
                break;
            dense = parent;
        }

        const GumboNode *best = nullptr;
        for (const GumboNode *node : marked) {
            if (!best || m_text.value(node) > m_text.value(best))
                best = node;
        }
        // Inside <main>, an <article> that holds nearly all of it is the closer fit.
        for (bool moved = best != nullptr; moved;) {
            moved = false;
            for (const GumboNode *node : marked) {
                if (node != best && isInside(node, best) && m_text.value(node) * 100 >= m_text.value(best) * 85) {
                    best = node;
                    moved = true;
                }
            }
        }
        if (best && m_text.value(best) > 0 && (!dense || m_text.value(best) * 2 >= m_text.value(dense)))
            return best;
        if (dense && m_text.value(dense) > 0)
            return dense;
        // No paragraphs anywhere: whatever text the body holds.
        const GumboNode *body = nullptr;
        walk(root, [&](const GumboNode *node) {
            if (tagOf(node) == GUMBO_TAG_BODY)
                body = node;
            return !body && isElement(node);
        });
        return body && m_text.value(body) > 0 ? body : nullptr;
    }

    static bool isInside(const GumboNode *node, const GumboNode *ancestor)
    {
        for (const GumboNode *p = node->parent; p; p = p->parent) {
            if (p == ancestor)
                return true;
        }
        return false;
    }

    void append(const GumboNode *text)
    {
        const QString s = QString::fromUtf8(text->v.text.text);
        int newlines = 0;
        for (const QChar ch : s) {
            newlines += ch == u'\n' ? 1 : 0;
            if (!script::isSpace(ch.unicode())) {
                if (m_line == 0) // the line of the first character, not of the space before it
                    m_line = int(text->v.text.start_pos.line) + newlines;
                ++m_chars;
                m_boldChars += m_bold > 0 ? 1 : 0;
            }
        }
        m_buffer += s;
    }

    // Ends the paragraph being collected. Runs of spaces are one space; a line break, in the
    // source or from <br>, is a space in English and nothing between Chinese characters.
    void flush()
    {
        QString out;
        qsizetype i = 0;
        const qsizetype n = m_buffer.size();
        while (i < n) {
            if (!script::isSpace(m_buffer[i].unicode())) {
                out += m_buffer[i++];
                continue;
            }
            bool newline = false;
            for (; i < n && script::isSpace(m_buffer[i].unicode()); ++i)
                newline = newline || m_buffer[i] == u'\n';
            if (out.isEmpty() || i >= n)
                continue;
            if (!newline || LineJoiner::spaceAtBreak(out.back().unicode(), m_buffer[i].unicode(), m_lang))
                out += u' ';
        }
        if (!out.isEmpty()) {
            SourceParagraph paragraph;
            paragraph.text = out;
            paragraph.line = m_line;
            const bool inHeading = !m_blocks.isEmpty() && isHeadingTag(m_blocks.back());
            // A paragraph set wholly in bold, and short, is a heading too: many pages mark their
            // headings <p><strong>…</strong></p>.
            const bool allBold = m_boldChars == m_chars && m_chars <= 200;
            paragraph.heading = inHeading || allBold;
            m_paragraphs.append(paragraph);
        }
        m_buffer.clear();
        m_line = 0;
        m_chars = 0;
        m_boldChars = 0;
    }

    Lang m_lang;
    QHash<const GumboNode *, qint64> m_text;     // visible characters below an element
    QHash<const GumboNode *, qint64> m_inP;      // of those, inside <p>
    QHash<const GumboNode *, qint64> m_headings; // <h1>–<h3> below an element
    QSet<const GumboNode *> m_dropped;
    mutable QHash<const GumboNode *, bool> m_outside;
    const GumboNode *m_root = nullptr;

    QList<GumboTag> m_blocks;
    QString m_buffer;
    int m_line = 0;
    int m_bold = 0;
    int m_chars = 0;
    int m_boldChars = 0;
    QList<SourceParagraph> m_paragraphs;
};

} // namespace

QString HtmlSourceReader::declaredCharset(const QByteArray &bytes)
{
    // As browsers do, only the start of the page is looked at: the declaration must come early.
    const GumboTree tree = parse(bytes.left(4096));
    QString charset;
    walk(tree->root, [&](const GumboNode *node) {
        if (!charset.isEmpty() || !isElement(node))
            return false;
        if (tagOf(node) == GUMBO_TAG_META) {
            charset = attribute(node, "charset").trimmed().toLower();
            if (charset.isEmpty() && attribute(node, "http-equiv").trimmed().toLower() == u"content-type")
                charset = charsetFromContentType(attribute(node, "content"));
        }
        return true;
    });
    return charset;
}

SourceDocument HtmlSourceReader::read(const QByteArray &bytes, const QString &fileName, Lang lang)
{
    const QString text = decode(bytes, fileName);
    const QByteArray utf8 = text.toUtf8();
    if (const qsizetype at = tooDeep(utf8); at >= 0) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the page nests its elements more than %1 deep, which no web page does; the file "
                                   "may be damaged")
                        .arg(MaxDepth),
                    fileName, TextFileCheck::lineAt(utf8, at));
    }
    const GumboTree tree = parse(utf8);
    SourceDocument document;
    document.fileName = fileName;
    document.lang = lang;
    document.format = QStringLiteral("html");
    document.meta = readMeta(tree->root);
    Article article(tree->root, lang);
    document.paragraphs = article.paragraphs();
    if (document.paragraphs.isEmpty()) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the web page has no article text: nothing but navigation, scripts, headers and "
                                   "footers, or nothing at all"),
                    fileName);
    }
    return document;
}

} // namespace duizhao
