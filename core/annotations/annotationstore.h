#pragma once

#include "annotation.h"

#include <QObject>

#include <functional>
#include <optional>

namespace duizhao {

class Library;
class Statement;

// The annotations and tags of one library. Every change is one transaction, committed (WAL,
// synchronous=FULL: on disk) before the function returns, and then announced with changed(), so
// whatever a view shows as saved survives a crash or a power cut. Lives on the thread that owns
// the Library; views connect to changed() to refresh.
class AnnotationStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationStore)

public:
    explicit AnnotationStore(Library &library, QObject *parent = nullptr);
    ~AnnotationStore() override;

    Library &library() const { return m_library; }

    // The name written as /T in PDFs and "author" in exports for new marks: defaultAuthor() unless
    // the user gave one (Preferences, "Your name").
    QString author() const { return m_author; }
    void setAuthor(const QString &author)
    {
        m_author = author.trimmed().isEmpty() ? defaultAuthor() : author.trimmed();
    }

    // The user's name as the system knows it: the account's full name, else the login name; empty
    // when the system knows neither.
    static QString defaultAuthor();
    // The name an account entry gives: the full name, the first field of the GECOS field
    // ("Ada Lovelace,Room 1,,"; "&" stands for the capitalised login name), else the login name.
    static QString nameFromAccount(QStringView gecos, QStringView login);

    // Where `words` occur in `text` (UTF-16 starts, non-overlapping). The CLI marks words only when
    // there is exactly one.
    static QList<int> occurrences(QStringView text, QStringView words);

    // Stores a new mark and returns it as stored (id, uuid, times, colour and quote filled in).
    // Checks the unit, the range and the colour; creates tags it does not know yet.
    Annotation add(Annotation annotation);
    // Changes colour, note and tags of the stored mark with annotation.id; modified = now.
    Annotation update(const Annotation &annotation);
    // Writes `annotation` exactly as given (id, uuid and times kept), replacing the row with that
    // id: how undo/redo put back a removed or edited mark.
    void restore(const Annotation &annotation);
    bool remove(qint64 id);
    // Imports: stores every mark whose uuid the library does not hold yet, in one transaction, after
    // creating the tags it lacks (with their colours). Returns how many were added.
    int addMissing(const QList<Annotation> &annotations, const QList<Tag> &tags = {});

    // What add() checks, without writing: the unit exists, the range lies in its text (or the quote is
    // found again), the colour is a palette colour. Returns the mark as it would be stored.
    Annotation validate(Annotation annotation) const;

    std::optional<Annotation> get(qint64 id) const;
    std::optional<Annotation> findByUuid(const QString &uuid) const;
    // In document order: unit, then language, then position.
    QList<Annotation> list(const AnnotationFilter &filter = {}) const;

    QList<Tag> tags() const; // built-in first, then the user's, by name
    std::optional<Tag> tag(const QString &name) const;
    Tag addTag(const Tag &tag);
    // Renames (user tags only), recolours or sets the Chinese name of the tag called `name`.
    Tag updateTag(const QString &name, const Tag &changed);
    // Built-in tags cannot be removed; a removed tag disappears from every mark.
    bool removeTag(const QString &name);

    // For undo commands, which cannot throw through QUndoStack: runs `write`; if it throws, emits
    // failed() with the message and returns false.
    bool attempt(const std::function<void()> &write);

signals:
    void changed(qint64 documentId);
    void tagsChanged();
    void failed(const QString &message);

private:
    struct UnitText;
    UnitText unitText(qint64 documentId, int unitSeq) const;
    Annotation prepareNew(Annotation annotation) const;
    qint64 tagId(const QString &name, bool create);
    void createTag(const QString &name, const QString &nameZh, const QString &color);
    void writeTags(qint64 annotationId, const QStringList &tags);
    void insertRow(const Annotation &annotation, qint64 unitId);
    QList<Annotation> select(const QString &where, const std::function<void(Statement &)> &bind) const;

    Library &m_library;
    QString m_author;
};

} // namespace duizhao
